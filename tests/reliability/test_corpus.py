"""Hostile and malformed requests: documented errors, quickly, never a 5xx or a hang.

The corpus (``tests/reliability/corpus.py``, generated from the specs) is sent byte for byte
over real HTTP to the ``smsspec mock`` command (uvicorn + httptools: header limits and HTTP
parsing are the real server's), each request on its own connection with a deadline. After
every category the server must still answer a normal request, and its log must hold no
internal error. The same cases then run in-process against a fresh ASGI app, which must
give the same status as the server did wherever the mock (not uvicorn) answered.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest

from generator.mock import MockConfig, create_app
from tests.conftest import APIS, spec_of
from tests.reliability.corpus import Case, build_corpus, judge
from tests.reliability.harness import MockServer
from tests.reliability.rawhttp import Hang, exchange
from tests.reliability.summary import record
from tests.triggers import base_body, sample_path

HANG_SECONDS = 10.0
"""No answer within this long is a hang."""
LATENCY_BOUND = 3.0
"""Every answer must come within this long (the slowest is reported)."""
MIN_CASES_PER_API = 100
INTERNAL_ERROR = re.compile(r"Exception in ASGI application|Traceback|internal error", re.I)


def _normal_request(server: MockServer) -> tuple[str, str, bytes]:
    """A documented request of the API that succeeds on a fresh mock (reads preferred)."""
    spec = spec_of(server.api)
    ops = sorted(spec.operations, key=lambda op: op.method != "get")
    headers = server.auth()
    for op in ops:
        required = [
            p for p in op.parameters if p.get("required") and p.get("in") in ("query", "header")
        ]
        path = sample_path(spec, op)
        if required or path is None:
            continue
        body = base_body(spec, op)
        response = server.client.request(
            op.method,
            server.prefix + path,
            headers=headers,
            json=body if op.request_body is not None else None,
        )
        if response.status_code < 300:
            content = json.dumps(body).encode() if op.request_body is not None else b""
            return op.method.upper(), server.prefix + path, content
    # A provider still being written may answer nothing documented successfully yet; the
    # spec document is then the normal request the server must keep answering.
    return "GET", "/openapi.json", b""


def _still_serving(server: MockServer, normal: tuple[str, str, bytes]) -> str | None:
    """Why the server does not answer the normal request normally, or ``None``."""
    method, path, body = normal
    headers = {**server.auth(), **({"Content-Type": "application/json"} if body else {})}
    if not server.alive() or server.health()["status"] != "ok":
        return "the server is down"
    answer = server.client.request(method, path, headers=headers, content=body or None)
    return None if answer.status_code < 300 else f"{method} {path}: HTTP {answer.status_code}"


async def _asgi_call(app: Any, case: Case, timeout: float) -> tuple[int, str | None, bytes]:
    path, query, headers, body = case.scope_parts()
    scope = {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.4"},
        "http_version": "1.1",
        "method": case.method,
        "scheme": "http",
        "path": unquote(path),
        "raw_path": path.encode("latin-1"),
        "query_string": query,
        "root_path": "",
        "headers": [(b"host", b"mock"), *headers],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 80),
    }
    step = 1 << 16
    pending = [
        {"type": "http.request", "body": body[i : i + step], "more_body": i + step < len(body)}
        for i in range(0, max(len(body), 1), step)
    ]
    status = 0
    content_type: str | None = None
    chunks: list[bytes] = []

    async def receive() -> dict[str, Any]:
        return pending.pop(0) if pending else {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status, content_type
        if message["type"] == "http.response.start":
            status = message["status"]
            found = dict(message.get("headers") or [])
            content_type = found[b"content-type"].decode() if b"content-type" in found else None
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    await asyncio.wait_for(app(scope, receive, send), timeout)
    return status, content_type, b"".join(chunks)


@pytest.mark.parametrize("api", APIS)
def test_hostile_requests_get_documented_errors(api: str, tmp_path: Path) -> None:
    spec = spec_of(api)
    cases = build_corpus(api)
    assert len(cases) >= MIN_CASES_PER_API, f"{api}: only {len(cases)} cases"
    log = tmp_path / "mock.log"
    problems: list[str] = []
    hangs: list[str] = []
    five_xx: list[str] = []
    slowest = (0.0, "")
    by_category: Counter[str] = Counter()
    server_level = 0
    http_status: dict[int, tuple[int, bool]] = {}
    not_serving: list[str] = []
    normal: tuple[str, str, bytes] = ("GET", "/openapi.json", b"")
    with MockServer(api, log, cli=True) as server:
        normal = _normal_request(server)
        for category, group in itertools.groupby(cases, key=lambda c: c.category):
            for case in group:
                by_category[category] += 1
                try:
                    answer = exchange(server.port, case.to_bytes(server.port), timeout=HANG_SECONDS)
                except Hang:
                    hangs.append(case.name)
                    continue
                except (ConnectionError, OSError) as exc:
                    problems.append(f"{case.name}: no HTTP answer ({exc})")
                    continue
                if answer.elapsed > slowest[0]:
                    slowest = (answer.elapsed, case.name)
                if answer.status >= 500:
                    five_xx.append(f"{case.name}: HTTP {answer.status} {answer.body[:200]!r}")
                ctype = answer.header("content-type")
                uvicorn_answer = (ctype or "").startswith("text/plain")
                server_level += uvicorn_answer
                http_status[id(case)] = (answer.status, uvicorn_answer)
                problem = judge(spec, case, answer.status, ctype, answer.body)
                if problem is not None:
                    problems.append(f"{case.name}: {problem}: {answer.body[:160]!r}")
            broken = _still_serving(server, normal)
            if broken is not None:
                not_serving.append(f"{category}: {broken}")
    output = log.read_text(errors="replace")
    internal = INTERNAL_ERROR.findall(output)

    # The same cases in-process: the mock, not the server, must give the same answers.
    app = create_app(api, MockConfig(rate_limits=False))
    loop = asyncio.new_event_loop()
    mismatches: list[str] = []
    compared = 0
    try:
        for case in cases:
            seen = http_status.get(id(case))
            if case.raw is not None or case.chunked or seen is None or seen[1]:
                continue
            compared += 1
            try:
                status, ctype, body = loop.run_until_complete(_asgi_call(app, case, HANG_SECONDS))
            except TimeoutError:
                hangs.append(f"in-process {case.name}")
                continue
            except Exception as exc:  # the in-process app must not raise either
                five_xx.append(f"in-process {case.name}: {type(exc).__name__}: {exc}")
                continue
            if status >= 500:
                five_xx.append(f"in-process {case.name}: HTTP {status} {body[:200]!r}")
            if status != seen[0]:
                mismatches.append(f"{case.name}: HTTP {seen[0]} over HTTP, {status} in-process")
    finally:
        loop.close()

    summary = {
        "requests_tried": len(cases),
        "in_process_compared": compared,
        "5xx_seen": len(five_xx),
        "hangs": len(hangs),
        "wrong_answers": len(problems),
        "answered_by_uvicorn": server_level,
        "internal_errors_logged": len(internal),
        "slowest_s": round(slowest[0], 3),
        "slowest_case": slowest[1],
        "normal_request": " ".join(normal[:2]),
        "categories": dict(by_category),
    }
    record("corpus", api, summary)
    print(f"\ncorpus {api}: " + json.dumps(summary))
    failures = [
        *(f"5xx: {x}" for x in five_xx[:30]),
        *(f"hang: {x}" for x in hangs[:30]),
        *(f"no normal answer after category {x}" for x in not_serving[:10]),
        *(f"internal error logged: {x}" for x in internal[:5]),
        *(f"wrong answer: {x}" for x in problems[:60]),
        *(f"HTTP vs in-process: {x}" for x in mismatches[:40]),
    ]
    if slowest[0] >= LATENCY_BOUND:
        failures.append(f"slowest answer {slowest[0]:.2f} s: {slowest[1]}")
    if internal:
        failures.append("mock log tail:\n" + output[-3000:])
    assert not failures, "\n".join(failures)
