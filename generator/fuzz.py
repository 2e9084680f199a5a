"""``smsspec fuzz``: the contract suite against any running server (mock or live), as a gate
that cannot pass by accident.

schemathesis (``st run``) runs every check over every operation with the configuration
derived from the spec (:mod:`generator.contract`). On top of its verdict the run fails, with
a one-line reason, when it tested nothing: every answer of an operation was 401/403 (the key
was refused), no operation answered with success, or — with ``--fail-on-warnings``, the
default in CI — schemathesis raised a warning of a class that means the run did not reach
the API as intended. A closing coverage line says what was exercised
(:mod:`generator.fuzzcoverage`). Reproduction commands in schemathesis' report are rewritten
to run outside the venv: ``st`` by its absolute path, and the key as ``$SMSSPEC_API_KEY``
instead of schemathesis' ``[Filtered]``; the key itself is never printed.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urlsplit

from .contract import (
    API_KEY_ENV,
    BASIC_PASSWORD_ENV,
    BASIC_USER_ENV,
    auth_headers,
    config_toml,
    used_schemes,
)
from .paths import GENERATED_DIR, REPO_ROOT
from .specmodel import Spec
from .yamlio import dump_json

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
PHASES = ("examples", "coverage", "fuzzing", "stateful")

# schemathesis warning classes that mean the run did not reach the API as intended (failed
# by --fail-on-warnings): credentials refused, a base URL that misses the API, answers that
# are mostly 429, an --operation that matches nothing, parts of the spec it cannot use.
# Left out on purpose: missing_test_data and validation_mismatch, which fire on any API
# whose answers depend on state (an id that does not exist yet, a sending list that is not
# the account's), and low_valid_rate, which schemathesis itself leaves opt-in.
DEFAULT_FAIL_WARNINGS = (
    "missing_auth",
    "base_url_mismatch",
    "rate_limited",
    "unmatched_filter",
    "unsupported_regex",
    "unresolvable_reference",
    "missing_deserializer",
)
WARNING_CLASSES = (
    "missing_auth",
    "missing_test_data",
    "base_url_mismatch",
    "validation_mismatch",
    "missing_deserializer",
    "unused_openapi_auth",
    "unsupported_regex",
    "method_not_allowed",
    "constants_extraction",
    "unmatched_filter",
    "unresolvable_reference",
    "low_valid_rate",
    "rate_limited",
    "dictionary_mismatch",
    "timeout_units",
)

_BIN = Path(sys.executable).parent
_FILTERED = "[Filtered]"


class FuzzUsageError(ValueError):
    """The command cannot start: no key, an unknown operation, a server of another API…"""


@dataclass
class FuzzOptions:
    """Settings of one run (``smsspec fuzz --help`` explains each)."""

    max_examples: int = 50
    seed: int = 1
    workers: int = 1
    junit: Path | None = None
    operations: list[str] = field(default_factory=list)
    phases: Sequence[str] = PHASES
    headers: list[str] = field(default_factory=list)
    fail_on_warnings: Sequence[str] = ()


def ci_mode(env: Mapping[str, str]) -> bool:
    """Whether ``CI`` says this runs in CI (set, and not ``0``/``false``)."""
    return env.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def parse_warning_classes(text: str) -> tuple[str, ...]:
    """``--fail-on-warnings`` value: ``default``, ``all`` or a comma-separated list."""
    names = [name.strip() for name in text.split(",") if name.strip()]
    if names == ["default"]:
        return DEFAULT_FAIL_WARNINGS
    if names == ["all"]:
        return WARNING_CLASSES
    unknown = [name for name in names if name not in WARNING_CLASSES]
    if unknown or not names:
        raise FuzzUsageError(
            f"unknown warning class {', '.join(unknown) or repr(text)} "
            f"(known: default, all, {', '.join(WARNING_CLASSES)})"
        )
    return tuple(names)


def _admin_url(url: str, name: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/__smsspec/{name}"


def demo_key(api: str, url: str) -> str | None:
    """The ``default`` demo key of the smsspec mock of ``api`` serving ``url`` (``None``: the
    server is not such a mock)."""
    import httpx

    try:
        health = httpx.get(_admin_url(url, "health"), timeout=5.0).json()
        served = health.get("api") if isinstance(health, dict) else None
        keys = httpx.get(_admin_url(url, "keys"), timeout=5.0).json() if served else None
    except (httpx.HTTPError, ValueError):
        return None
    if served is None or not isinstance(keys, dict):
        return None
    if served != api:
        raise FuzzUsageError(f"{url} is served by the smsspec mock of {served}, not of {api}")
    key = keys.get("default")
    return key if isinstance(key, str) and key else None


def resolve_key(api: str, url: str, env: Mapping[str, str]) -> tuple[str, str]:
    """The key to test with and where it came from (never the key in the description)."""
    key = env.get(API_KEY_ENV)
    if key:
        return key, f"${API_KEY_ENV}"
    mock_key = demo_key(api, url)
    if mock_key:
        return mock_key, "the smsspec mock's demo key (role default)"
    raise FuzzUsageError(
        f"set {API_KEY_ENV} to the API key to test with ({url} is not an smsspec mock, "
        "whose demo key would be used)"
    )


def work_dir(api: str) -> Path:
    """Where a run keeps its spec, configuration and schemathesis' crash files, so that
    ``st replay`` works after the run (``.smsspec-cache/fuzz/<api>/``)."""
    return REPO_ROOT / ".smsspec-cache" / "fuzz" / api


def fuzz_command(url: str, options: FuzzOptions, *, report: Path) -> list[str]:
    """The ``st run`` command line (run in :func:`work_dir`)."""
    cmd = [
        str(_BIN / "st"),
        "--config-file",
        "schemathesis.toml",
        "run",
        "openapi.json",
        "--url",
        url,
        "--phases",
        ",".join(options.phases),
        "--max-examples",
        str(options.max_examples),
        "--seed",
        str(options.seed),
        "--workers",
        str(options.workers),
        "--request-timeout",
        "10",
    ]
    for operation in options.operations:
        cmd += ["--include-operation-id", operation]
    for header in options.headers:
        cmd += ["--header", header]
    reports = ["json"]
    cmd += ["--report-json-path", str(report)]
    if options.junit is not None:
        reports.insert(0, "junit")
        cmd += ["--report-junit-path", str(options.junit.resolve())]
    return [*cmd, "--report", ",".join(reports)]


class ReproRewriter:
    """Makes schemathesis' reproduction commands runnable outside the venv, without the key."""

    def __init__(self, spec: Spec, workdir: Path) -> None:
        header, value = next(
            iter(auth_headers(spec, f"${API_KEY_ENV}").items()), ("X-Smsspec-No-Header", "")
        )
        self.filtered = f"-H '{header}: {_FILTERED}'"
        self.header = f'-H "{header}: {value}"'
        self.replay = f"cd {shlex.quote(str(workdir))} && {shlex.quote(str(_BIN / 'st'))} replay"
        self.replay_header = f'--header "{header}: {value}"'

    def __call__(self, line: str) -> str:
        stripped = line.lstrip()
        indent = line[: len(line) - len(stripped)]
        if stripped.startswith("curl ") and self.filtered in stripped:
            return indent + stripped.replace(self.filtered, self.header)
        match = re.fullmatch(r"st replay (\S+)(\s*)", stripped)
        if match:
            return f"{indent}{self.replay} {match[1]} {self.replay_header}{match[2]}"
        return line


def _stream(
    cmd: list[str], cwd: Path, env: Mapping[str, str], rewrite: Callable[[str], str], out: TextIO
) -> int:
    with subprocess.Popen(
        cmd,
        cwd=cwd,
        env=dict(env),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        errors="replace",
        bufsize=1,
    ) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            out.write(rewrite(line))
            out.flush()
        return proc.wait()


def _read_calls(path: Path) -> Iterator[dict[str, Any]]:
    if not path.is_file():
        return
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            try:
                yield json.loads(line)
            except ValueError:
                continue


def warning_problems(report: Mapping[str, Any], classes: Sequence[str]) -> list[str]:
    """The configured warning classes schemathesis raised in a run (from its JSON report)."""
    fired = report.get("warnings") or {}
    problems = []
    for name in classes:
        labels = fired.get(name) or []
        if labels:
            shown = ", ".join(map(str, labels[:3])) + (
                f", +{len(labels) - 3} more" if len(labels) > 3 else ""
            )
            problems.append(f"schemathesis warning {name} ({shown})")
    return problems


def _failure_summary(report: Mapping[str, Any]) -> str:
    failures = report.get("failures") or []
    errors = report.get("errors") or []
    parts = [
        f"{f.get('code') or f.get('title')} {f.get('title')} x{f.get('count')}" for f in failures
    ]
    parts += [f"error: {e.get('title')} x{e.get('count')}" for e in errors]
    return "; ".join(parts) or "see the report above"


def run_fuzz(api: str, url: str, options: FuzzOptions, *, out: TextIO = sys.stdout) -> int:
    """Fuzz ``url`` with the contract of ``api``; print the report, the coverage line and a
    one-line verdict; return the exit status (0 passed, 1 failed, 2 could not start)."""
    from .catalogue import build_catalogue
    from .fuzzcoverage import coverage
    from .fuzzhooks import RECORD_ENV
    from .mock import load_document

    document = load_document(api)
    spec = Spec(document)
    unknown = sorted(set(options.operations) - {op.operation_id for op in spec.operations})
    if unknown:
        raise FuzzUsageError(
            f"{api} has no operation {', '.join(unknown)} "
            f"(operations: {', '.join(op.operation_id for op in spec.operations)})"
        )
    key, source = resolve_key(api, url, os.environ)
    print(f"smsspec fuzz {api} against {url}, key from {source}", file=out, flush=True)
    credentials = {API_KEY_ENV: key}
    if any(spec.security_schemes[name].kind == "basic" for name in used_schemes(spec)):
        user, colon, password = key.partition(":")
        if not colon:
            raise FuzzUsageError(f"{api} uses HTTP Basic: set {API_KEY_ENV} to user:password")
        credentials |= {BASIC_USER_ENV: user, BASIC_PASSWORD_ENV: password}
    workdir = work_dir(api)
    workdir.mkdir(parents=True, exist_ok=True)
    _write_if_changed(workdir / "openapi.json", dump_json(document))
    _write_if_changed(workdir / "schemathesis.toml", config_toml(spec, api))
    with tempfile.TemporaryDirectory(prefix="smsspec-fuzz-") as tmp:
        calls, report_path = Path(tmp) / "calls.jsonl", workdir / "report.json"
        report_path.unlink(missing_ok=True)
        env = {
            **os.environ,
            **credentials,
            RECORD_ENV: str(calls),
            "SCHEMATHESIS_HOOKS": "generator.fuzzhooks",
        }
        status = _stream(
            fuzz_command(url, options, report=report_path),
            workdir,
            env,
            ReproRewriter(spec, workdir),
            out,
        )
        report = _load_json(report_path)
        catalogue_path = GENERATED_DIR / api / "errors.json"
        catalogue = (
            _load_json(catalogue_path)
            if catalogue_path.is_file()
            else build_catalogue(api, document).as_dict()
        )
        result = coverage(api, spec, catalogue, _read_calls(calls))
    print(result.line(), file=out)
    problems = result.problems() + warning_problems(report, options.fail_on_warnings)
    if status != 0 and (report.get("failures") or report.get("errors")):
        problems.insert(0, f"contract failures: {_failure_summary(report)}")
    elif status != 0:
        problems.insert(0, f"schemathesis stopped with exit status {status} (see above)")
    if problems:
        print(f"smsspec fuzz: FAILED: {'; '.join(problems)}", file=out)
        return EXIT_FAILED
    print(f"smsspec fuzz: passed ({api}, {url})", file=out)
    return EXIT_OK


def _load_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_if_changed(path: Path, text: str) -> None:
    if not path.is_file() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
