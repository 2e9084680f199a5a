"""API keys never appear in logs, reprs, exception text or reports.

Representative flows run with everything captured:

* the generated clients against the ``smsspec mock`` command (access log on, debug logging)
  over HTTP: a success, an unknown key (401), retried 503s, a timeout, a reset after
  processing, a malformed answer, a refused connection, a bulk run with failed batches,
  client-side validation and deprecation warnings. Captured: every log record of every
  logger at DEBUG (with tracebacks), stdout and stderr at the file-descriptor level, warnings,
  ``str``/``repr``/formatted tracebacks (with causes) of every exception, and reprs of the
  clients and results;
* the mock's own output (its start-up banner deliberately lists the demo keys; everything
  after it is scanned);
* ``smsspec fuzz`` against a mock that fails on purpose (so failures and their reproduction
  commands are printed), its stdout, stderr and JUnit report.

Every text is scanned for every key in play: the demo keys of every API and the unknown key.
"""

from __future__ import annotations

import base64
import contextlib
import logging
import os
import subprocess
import sys
import traceback
import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.contract import API_KEY_ENV, auth_headers
from generator.mock import demo_keys
from generator.paths import REPO_ROOT, generated_dir, package_name
from tests.clients import client_module, client_package
from tests.conftest import APIS, spec_of
from tests.reliability.faults import discover, discover_bulk, make_client
from tests.reliability.harness import MockServer, free_port
from tests.reliability.summary import record

BANNER_END = "demo keys (role: key"
"""Start of the banner line before the demo keys (the CLI prints what each key is for)."""
CLIENT_APIS = [a for a in APIS if (generated_dir(a) / "python" / package_name(a)).is_dir()]


def all_keys() -> dict[str, str]:
    """Every key in play, by a label; for HTTP Basic also the base64 form it travels in (as
    secret as the key itself)."""
    keys = {f"{api}:{role}": key for api in APIS for role, key in demo_keys(api).items()}
    for api in APIS:
        scheme = spec_of(api).auth
        if scheme is not None and scheme.kind == "basic":
            for role, key in demo_keys(api).items():
                keys[f"{api}:{role} (base64)"] = base64.b64encode(key.encode()).decode()
    return {label: key for label, key in keys.items() if len(key) >= 8}


def unknown_key(api: str) -> str:
    """A well-formed key the mock does not know (a revoked key, say)."""
    demo = demo_keys(api)["default"]
    return demo[: len(demo) // 2] + "Z" * (len(demo) - len(demo) // 2)


class Capture(logging.Handler):
    """Formats every record (with its traceback) of every logger."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self.texts: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.texts.append(self.format(record))


@contextlib.contextmanager
def captured_logging() -> Iterator[Capture]:
    handler = Capture()
    root = logging.getLogger()
    previous = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(previous)


def describe(value: Any) -> list[str]:
    """Every text form of ``value`` a program might print or log."""
    texts = [str(value), repr(value)]
    if isinstance(value, BaseException):
        texts.append("".join(traceback.format_exception(value)))
        texts.append(logging.Formatter().formatException((type(value), value, value.__traceback__)))
    return texts


def scan(texts: list[str], keys: dict[str, str]) -> list[str]:
    leaks = []
    for index, text in enumerate(texts):
        for label, key in keys.items():
            if key in text:
                at = text.index(key)
                leaks.append(f"{label} in text #{index}: …{text[max(at - 80, 0) : at + 40]!r}…")
    return leaks


def mock_output(log: Path) -> str:
    """The mock's output after its start-up banner (which lists the demo keys on purpose)."""
    text = log.read_text(errors="replace")
    lines = text.splitlines()
    if BANNER_END in text:
        start = next(i for i, line in enumerate(lines) if BANNER_END in line) + 1
        while start < len(lines) and lines[start].startswith("  "):
            start += 1
        lines = lines[start:]
    return "\n".join(lines)


def _attempt(texts: list[str], call: Any) -> Any:
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            result = call()
        texts.extend(str(w.message) for w in caught)
        texts.extend(describe(result))
        return result
    except Exception as exc:
        texts.extend(describe(exc))
        logging.getLogger("user.code").exception("the call failed")
        return exc


@pytest.mark.parametrize("api", CLIENT_APIS)
def test_client_and_mock_output_hold_no_key(
    api: str, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    keys = {**all_keys(), f"{api}:unknown": unknown_key(api)}
    texts: list[str] = []
    log = tmp_path / "mock.log"
    with MockServer(api, log, cli=True, access_log=True, log_level="debug") as cli_server:
        # The probe server finds the operations; the CLI server (access log on) serves them.
        with MockServer(api, tmp_path / "probe.log") as probe:
            send, read = discover(probe)
            bulks = discover_bulk(probe)
        server = cli_server
        with captured_logging() as handler:
            good = make_client(server, max_retries=2)
            texts += describe(good) + describe(good.with_options(max_retries=1))
            for target in (t for t in (send, read) if t is not None):
                # Swap in the CLI server's address (same demo keys, same paths).
                _attempt(texts, lambda t=target: t.call(good, uuid.uuid4().hex))
                wrong = client_package(api).AuthenticatedClient(
                    base_url=server.base_url, token=unknown_key(api), max_retries=0
                )
                texts += describe(wrong)
                _attempt(texts, lambda t=target, c=wrong: t.call(c))
                for schedule in (
                    ["status:503", "status:503"],
                    ["timeout:800"],
                    ["reset-after"],
                    ["malformed"],
                ):
                    server.push_faults(schedule)
                    _attempt(texts, lambda t=target: t.call(good, uuid.uuid4().hex))
                    server.reset()
            # Retries on any idempotent operation (faults come before the credential check).
            operations = client_module(api, "_operations").OPERATIONS
            info = next(o for o in operations.values() if o.idempotent)
            path = info.path.replace("{", "").replace("}", "")
            for schedule in (["status:503", "status:503", "status:503"], ["reset"]):
                server.push_faults(schedule)
                _attempt(texts, lambda: good._send(info, {"method": info.method, "url": path}))
                server.reset()
            refused = client_package(api).AuthenticatedClient(
                base_url=f"http://127.0.0.1:{free_port()}",
                token=demo_keys(api)["default"],
                max_retries=1,
            )
            if read is not None:
                _attempt(texts, lambda: read.call(refused))
            validating = make_client(server, max_retries=0, validate_requests=True)
            if send is not None:
                broken = {k: 12345 for k in send.body}
                _attempt(
                    texts,
                    lambda: validating._send(
                        send.info, {"method": send.op.method, "url": send.op.path, "json": broken}
                    ),
                )
            for bulk in bulks:
                server.push_faults(["status:500", "reset-after"])
                items = [dict(bulk.item) for _ in range(4)]
                result = _attempt(
                    texts, lambda b=bulk, i=items: b.function(good, i, batch_size=2, **b.fields)
                )
                texts += [repr(item) for item in getattr(result, "items", [])]
                server.reset()
        texts += handler.texts
        assert any("retrying" in t for t in handler.texts), "the retry flow did not run"
    out, err = capfd.readouterr()
    texts += [out, err, mock_output(log)]
    assert "GET" in texts[-1] or "POST" in texts[-1], "the access log recorded nothing"
    assert scan([log.read_text()], keys), "the banner lists the demo keys: the scan must see them"
    leaks = scan(texts, keys)
    record(
        "secrets",
        f"{api} client+mock",
        {
            "texts_scanned": len(texts),
            "characters": sum(map(len, texts)),
            "keys": len(keys),
            "leaks": len(leaks),
        },
    )
    assert not leaks, "\n".join(leaks[:20])


@pytest.mark.parametrize("api", CLIENT_APIS)
def test_generated_clients_never_put_the_key_in_urls_or_reprs(api: str) -> None:
    """The key travels only in its header: every URL the client builds is key-free."""
    key = demo_keys(api)["default"]
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(503, json={})

    client = client_package(api).AuthenticatedClient(
        base_url="http://test" + spec_of(api).server_path,
        token=key,
        max_retries=1,
        sleep=lambda _s: None,
        httpx_args={"transport": httpx.MockTransport(handler)},
    )
    operations = client_module(api, "_operations").OPERATIONS
    info = next(o for o in operations.values() if o.idempotent)
    with contextlib.suppress(Exception), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        client._send(info, {"method": info.method, "url": info.path})
    assert len(seen) == 2, "the 503 was retried once"
    for request in seen:
        assert key not in str(request.url)
        assert key not in repr(request)
        for name, value in auth_headers(spec_of(api), key).items():  # as the scheme says
            assert request.headers.get(name) == value


def _one_api_per_auth_scheme() -> list[str]:
    chosen: dict[tuple[str, str], str] = {}
    for api in sorted(APIS, key=lambda a: -len(spec_of(a).operations)):
        scheme = spec_of(api).auth
        assert scheme is not None
        chosen.setdefault((scheme.kind, scheme.param), api)
    return sorted(chosen.values())


def test_the_scan_finds_a_leak(capfd: pytest.CaptureFixture[str]) -> None:
    """The capture and the scan work: a key that is logged and printed is found twice."""
    key = demo_keys(APIS[0])["default"]
    with captured_logging() as handler:
        logging.getLogger("some.library").debug("sending with %s", key)
    print(f"key={key}")
    out, err = capfd.readouterr()
    assert len(scan([*handler.texts, out, err], {"key": key})) == 2


@pytest.mark.parametrize("api", _one_api_per_auth_scheme())
def test_fuzz_report_holds_no_key(api: str, tmp_path: Path) -> None:
    """``smsspec fuzz`` against a mock that answers 500 on purpose: failures, reproduction
    commands and the JUnit report are printed and written — without the key."""
    key = demo_keys(api)["default"]
    junit = tmp_path / "junit.xml"
    with MockServer(api, tmp_path / "mock.log", cli=True, access_log=True) as server:
        server.push_faults(["status:500"] * 400)
        env = {**os.environ, API_KEY_ENV: key}
        proc = subprocess.run(
            [
                str(Path(sys.executable).parent / "smsspec"),
                "fuzz",
                api,
                "--url",
                server.base_url,
                "--max-examples",
                "3",
                "--junit",
                str(junit),
            ],
            cwd=REPO_ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        mock_text = mock_output(server.output)
    report = junit.read_text(errors="replace") if junit.exists() else ""
    texts = [proc.stdout, proc.stderr, report, mock_text]
    assert proc.returncode != 0, "the injected 500s were not reported"
    assert "500" in proc.stdout + report
    assert "curl" in proc.stdout, "no reproduction command was printed"
    leaks = scan(texts, {**all_keys(), "fuzz key": key})
    record(
        "secrets",
        f"{api} fuzz",
        {"texts_scanned": len(texts), "characters": sum(map(len, texts)), "leaks": len(leaks)},
    )
    assert not leaks, "\n".join(leaks[:20])
