"""Replay a directory of cases emitted by ``smsspec verify --emit-cases`` against the mock.

The cases of each API are sent in order to one freshly seeded in-process mock
(:class:`~tests.mockharness.MockHarness`), with the credential each case asks for; ids the
mock gives where the recorded vendor gave others are carried into later cases
(:class:`~generator.proxy.cases.Correlator`). For every case the answer must have the
recorded status, a body valid against the spec's schema for that status and, for an error,
the documented error id it recorded. These assertions are made here, independently of the
replay the emitter ran before writing the cases.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.contract import auth_headers, auth_query
from generator.proxy.cases import INVALID_KEY, Case, Correlator, load_cases
from generator.schemas import compile_validator
from generator.specmodel import Spec
from tests.mockharness import MockHarness


def _schema(spec: Spec, case: Case) -> Any:
    op = spec.operation(case.operation)
    status = case.status
    for key in (str(status), f"{status // 100}XX", "default"):
        if key in op.responses:
            content = op.responses[key].get("content") or {}
            media = content.get("application/json") or next(iter(content.values()), {})
            return media.get("schema")
    raise AssertionError(f"{case.name}: status {status} is not documented for {case.operation}")


def _credentials(harness: MockHarness, case: Case) -> tuple[dict[str, str], dict[str, str]]:
    if case.credential == "demo":
        return harness.auth("default")
    if case.credential == "invalid":
        spec = harness.spec
        return auth_headers(spec, INVALID_KEY), auth_query(spec, INVALID_KEY)
    return {}, {}


def _error_id(harness: MockHarness, response: Any) -> str | None:
    found = harness.error_id(response)
    return found.split("__", 1)[0] if found else None


def replay_directory(directory: Path) -> tuple[int, list[str]]:
    """(cases replayed, what failed: one line per failing case)."""
    cases = load_cases(directory)
    failures: list[str] = []
    by_api: dict[str, list[Case]] = {}
    for case in cases:
        by_api.setdefault(case.api, []).append(case)
    for api, api_cases in by_api.items():
        with MockHarness(api) as harness:
            correlator = Correlator()
            for case in api_cases:
                headers, params = _credentials(harness, case)
                presented = "&".join(f"{k}={v}" for k, v in params.items())
                query = "&".join(q for q in (correlator.query(case.query), presented) if q)
                url = harness.prefix + correlator.path(case.path) + (f"?{query}" if query else "")
                body = correlator.body(case.body)
                response = harness.client.request(
                    case.method,
                    url,
                    headers={**case.headers, **headers},
                    content=body.encode("utf-8") if body is not None else None,
                )
                answer = response.json() if response.content else None
                correlator.learn(case.recorded, answer)
                problem = None
                if response.status_code != case.status:
                    problem = (
                        f"status {response.status_code}, recorded {case.status}: "
                        f"{response.text[:200]}"
                    )
                else:
                    schema = _schema(harness.spec, case)
                    if schema is not None:
                        validator = compile_validator(schema, harness.spec.doc, formats=True)
                        error = next(iter(validator.iter_errors(answer)), None)
                        if error is not None:
                            problem = f"answer breaks the schema: {error.message}"
                    if problem is None and case.error is not None:
                        got = _error_id(harness, response)
                        if got != case.error:
                            problem = f"error {got}, recorded {case.error}"
                if problem is not None:
                    failures.append(f"{case.name} ({case.method} {case.path}): {problem}")
    return len(cases), failures
