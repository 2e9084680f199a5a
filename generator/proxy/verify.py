"""``smsspec verify``: recorded exchanges checked offline, and the drift report.

Inputs are the proxy's JSON-lines recordings (:mod:`.recording`) and HAR files
(:mod:`.har`), in any mix. Each exchange the vendor answered is checked with the proxy's
checks (:class:`~.checks.ContractChecker`); the report groups the findings by operation and
kind, each distinct finding once with how often and where it was seen.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from .checks import ContractChecker
from .exchange import Exchange
from .findings import KINDS, Finding
from .har import BaseUrl, looks_like_har, read_har
from .recording import read_recording

SKIP_PROXY = "answered by the proxy (--strict rejection or unreachable upstream)"
MAX_SOURCES = 3


@dataclass
class Checked:
    """One exchange and its findings."""

    exchange: Exchange
    findings: list[Finding]


@dataclass
class VerifyResult:
    """Everything ``verify`` saw."""

    api: str
    files: list[str]
    checked: list[Checked] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)

    @property
    def findings(self) -> int:
        return sum(len(c.findings) for c in self.checked)

    @property
    def drift(self) -> bool:
        return self.findings > 0

    @property
    def passing(self) -> list[Exchange]:
        """Exchanges without findings, in input order."""
        return [c.exchange for c in self.checked if not c.findings]


def default_bases(checker: ContractChecker) -> list[BaseUrl]:
    """The API's base URLs from the spec's ``servers``."""
    bases = []
    for server in checker.document.get("servers") or ():
        url = str(server.get("url", ""))
        if "://" in url:
            bases.append(BaseUrl.parse(url))
    return bases


def read_exchanges(
    files: Iterable[Path], bases: list[BaseUrl], prefix: str, skipped: Counter[str]
) -> list[Exchange]:
    """Every exchange of the files, in order (raises ``RecordingError`` on bad input)."""
    exchanges: list[Exchange] = []
    for path in files:
        if looks_like_har(path):
            contents = read_har(path, bases, prefix)
            exchanges.extend(contents.exchanges)
            skipped.update(contents.skipped)
        else:
            exchanges.extend(read_recording(path))
    return exchanges


def verify(checker: ContractChecker, files: list[Path], bases: list[BaseUrl]) -> VerifyResult:
    """Check every exchange of ``files`` against ``checker``'s spec."""
    result = VerifyResult(checker.api, [str(p) for p in files])
    for exchange in read_exchanges(files, bases, checker.compiled.prefix, result.skipped):
        if exchange.answered_by != "upstream":
            result.skipped[SKIP_PROXY] += 1
            continue
        result.checked.append(Checked(exchange, checker.check(exchange)))
    return result


# -- the report -------------------------------------------------------------------------------


@dataclass
class _Group:
    finding: Finding
    count: int = 0
    seen: list[str] = field(default_factory=list)


def _grouped(result: VerifyResult) -> dict[tuple[str, str, str], list[_Group]]:
    """(operation, method, route) → distinct findings in kind order."""
    groups: dict[tuple[str, str, str], dict[tuple[str, str | None, str, str], _Group]] = {}
    for checked in result.checked:
        for finding in checked.findings:
            key = (finding.operation or "", finding.method, finding.route)
            bucket = groups.setdefault(key, {})
            group = bucket.setdefault(finding.key, _Group(finding))
            group.count += 1
            if len(group.seen) < MAX_SOURCES and checked.exchange.source not in group.seen:
                group.seen.append(checked.exchange.source)
    order = list(KINDS)
    return {
        key: sorted(
            bucket.values(),
            key=lambda g: (order.index(g.finding.kind), g.finding.pointer, g.finding.message),
        )
        for key, bucket in sorted(groups.items(), key=lambda item: (item[0][0] or "~", item[0]))
    }


def _headline(result: VerifyResult) -> str:
    skipped = sum(result.skipped.values())
    reasons = ", ".join(f"{n} {reason}" for reason, n in sorted(result.skipped.items()))
    text = (
        f"smsspec verify {result.api}: {len(result.checked)} exchanges checked from "
        f"{', '.join(result.files)}"
    )
    if skipped:
        text += f"; {skipped} skipped ({reasons})"
    return text


def render_text(result: VerifyResult) -> str:
    """The drift report, for people."""
    lines = [_headline(result)]
    grouped = _grouped(result)
    if not result.drift:
        lines.append("no drift: every exchange agrees with the spec")
        return "\n".join(lines) + "\n"
    distinct = sum(len(groups) for groups in grouped.values())
    lines.append(
        f"drift: {result.findings} findings ({distinct} distinct) in {len(grouped)} "
        f"operations or routes"
    )
    for (operation, method, route), groups in grouped.items():
        lines.append("")
        lines.append(f"{operation or '(no operation)'}  {method} {route}")
        for group in groups:
            finding = group.finding
            lines.append(f"  {finding.kind} ×{group.count}: {finding.message}")
            lines.append(f"    spec: {finding.location}  #{finding.pointer}")
            lines.append(f"    seen: {', '.join(group.seen)}")
            if finding.evidence:
                lines.append(f"    evidence: {finding.evidence}")
    return "\n".join(lines) + "\n"


def report_data(result: VerifyResult) -> dict[str, Any]:
    """The drift report as JSON data."""
    operations = []
    for (operation, method, route), groups in _grouped(result).items():
        operations.append(
            {
                "operation": operation or None,
                "method": method,
                "route": route,
                "findings": [
                    {
                        "kind": g.finding.kind,
                        "message": g.finding.message,
                        "pointer": g.finding.pointer,
                        "location": g.finding.location,
                        "evidence": g.finding.evidence,
                        "count": g.count,
                        "seen": g.seen,
                    }
                    for g in groups
                ],
            }
        )
    return {
        "api": result.api,
        "files": result.files,
        "exchanges": len(result.checked),
        "skipped": dict(sorted(result.skipped.items())),
        "findings": result.findings,
        "drift": result.drift,
        "operations": operations,
    }


def render_json(result: VerifyResult) -> str:
    return (
        orjson.dumps(
            report_data(result), option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS
        ).decode()
        + "\n"
    )
