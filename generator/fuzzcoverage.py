"""What a fuzz run exercised, and whether it tested anything at all.

``smsspec fuzz`` records every call (``generator.fuzzhooks``); :func:`coverage` folds the
records into per-operation results, naming each error answer with the error catalogue
(``generated/<api>/errors.json``): its code, or for providers without codes its catalogued
message (:mod:`generator.errormatch`). :meth:`Coverage.problems` are the reasons a run that
found no contract failure still proves nothing: every answer of an operation was 401/403
(the key was refused), or no operation answered with success.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .errormatch import ErrorSignature, match_signature
from .specmodel import Spec, get_field

AUTH_STATUSES = frozenset({401, 403})


class ErrorNamer:
    """Names an error answer by the catalogue: its code, else its catalogued message."""

    def __init__(self, catalogue: Mapping[str, Any]) -> None:
        self.envelope: dict[str, str] = dict(catalogue.get("envelope") or {})
        entries = [e for e in catalogue.get("errors") or [] if e.get("status") is not None]
        self.ids = frozenset(str(e["id"]) for e in entries)
        self.signatures = tuple(
            ErrorSignature(str(e["id"]), int(e["status"]), e.get("title"), message)
            for e in entries
            for message in (e.get("messages") or [e.get("message")])
        )

    def name(self, status: int, body: str | None) -> str | None:
        if not body:
            return None
        try:
            document = json.loads(body)
        except ValueError:
            return None
        code = get_field(document, self.envelope.get("code"))
        if isinstance(code, str) and code in self.ids:
            return code
        title = get_field(document, self.envelope.get("title"))
        message = get_field(document, self.envelope.get("message"))
        return match_signature(self.signatures, status, title, message)


@dataclass
class OperationCoverage:
    """The calls made to one operation."""

    operation_id: str
    label: str
    documented_errors: frozenset[str]
    statuses: Counter[int] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)

    @property
    def calls(self) -> int:
        return sum(self.statuses.values())

    @property
    def succeeded(self) -> bool:
        """Some call got a 2xx (or a documented 3xx, the success answer of a redirect)."""
        return any(200 <= status < 400 for status in self.statuses)

    @property
    def auth_only(self) -> bool:
        """Every call was refused with 401 or 403: nothing behind authentication ran."""
        return self.calls > 0 and set(self.statuses) <= AUTH_STATUSES


@dataclass
class Coverage:
    """Per-operation results of one run, against the spec and its error catalogue."""

    api: str
    operations: dict[str, OperationCoverage]
    catalogued: frozenset[str]
    unmatched: Counter[str] = field(default_factory=Counter)

    @property
    def exercised(self) -> list[OperationCoverage]:
        return [op for op in self.operations.values() if op.calls]

    @property
    def seen_errors(self) -> set[str]:
        return {name for op in self.operations.values() for name in op.errors}

    def line(self) -> str:
        """The closing coverage line."""
        exercised = self.exercised
        succeeded = sum(1 for op in exercised if op.succeeded)
        pairs = sum(len(op.documented_errors) for op in exercised)
        pairs_seen = sum(len(op.documented_errors & set(op.errors)) for op in exercised)
        calls = sum(op.calls for op in exercised)
        seen = len(self.seen_errors & self.catalogued)
        return (
            f"coverage: {succeeded}/{len(exercised)} operations answered with success; "
            f"{pairs_seen}/{pairs} documented errors seen on their operations; "
            f"{seen}/{len(self.catalogued)} catalogued errors seen "
            f"(generated/{self.api}/errors.json); {_count(calls, 'call')}"
        )

    def problems(self) -> list[str]:
        """Why the run tested nothing worth a pass (empty: it did test)."""
        exercised = self.exercised
        if not exercised:
            return ["no operation was called"]
        refused = [op for op in exercised if op.auth_only]
        if refused:
            named = Counter[str]()
            for op in refused:
                named.update(op.errors)
            why = ", ".join(name for name, _ in named.most_common(2)) or "no documented error"
            which = (
                f"all {len(exercised)} operations"
                if len(refused) == len(exercised)
                else f"{len(refused)} of {len(exercised)} operations ({_labels(refused)})"
            )
            return [
                f"authentication failed: {which} answered only 401/403 ({why}); is "
                "SMSSPEC_API_KEY the right key for this server?"
            ]
        if not any(op.succeeded for op in exercised):
            return [
                "no operation answered with success (2xx) in "
                f"{_count(sum(op.calls for op in exercised), 'call')}: nothing past the error "
                "paths was tested"
            ]
        return []


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _labels(operations: list[OperationCoverage], limit: int = 3) -> str:
    labels = [op.label for op in operations]
    more = f", +{len(labels) - limit} more" if len(labels) > limit else ""
    return ", ".join(labels[:limit]) + more


def coverage(
    api: str, spec: Spec, catalogue: Mapping[str, Any], calls: Iterable[Mapping[str, Any]]
) -> Coverage:
    """Fold call records (``generator.fuzzhooks.call_record``) into a :class:`Coverage`."""
    namer = ErrorNamer(catalogue)
    operations: dict[str, OperationCoverage] = {}
    by_label: dict[str, OperationCoverage] = {}
    for op in spec.operations:
        documented = frozenset(
            spec.error_id(name, example.value) for name, example in op.error_examples.items()
        )
        item = OperationCoverage(op.operation_id, f"{op.method.upper()} {op.path}", documented)
        operations[op.operation_id] = item
        by_label[item.label] = item
    result = Coverage(api, operations, namer.ids)
    for call in calls:
        target = operations.get(str(call.get("operation"))) or by_label.get(str(call.get("label")))
        if target is None or call.get("probe"):
            continue
        status = int(call["status"])
        target.statuses[status] += 1
        if status >= 400:
            name = namer.name(status, call.get("body"))
            if name is None:
                result.unmatched[f"{target.label} {status}"] += 1
            else:
                target.errors[name] += 1
    return result
