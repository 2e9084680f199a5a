"""``smsspec verify``: recordings and HAR files checked offline, and cases from traffic.

The traffic of :mod:`tests.proxytraffic` goes through ``smsspec proxy`` once (over real
HTTP, recorded); the client's own view of the same exchanges is written as a HAR file by
``harfile`` (the HAR writer schemathesis uses), with the unredacted API key in it, as a
browser's export would have, plus an entry for another host and one without a response.
Both files must give the same drift report; clean traffic verifies clean; the exchanges
that pass become cases that replay green against the mock.
"""

from __future__ import annotations

import contextlib
import io
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import harfile
import httpx
import orjson
import pytest

from generator.cli import main
from generator.proxy.har import SKIP_NO_RESPONSE, SKIP_OTHER
from tests.casereplay import replay_directory
from tests.proxytraffic import CLEAN, DRIFTS, KEY, Run, run

API = "trackly-v2"
STARTED = datetime(2026, 1, 1, tzinfo=UTC)


def cli(*args: str) -> tuple[int, str, str]:
    """(exit status, stdout, stderr) of ``smsspec`` in-process."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(list(args))
    return status, out.getvalue(), err.getvalue()


def _records(headers: Any) -> list[harfile.Record]:
    return [harfile.Record(name=k, value=v) for k, v in headers.multi_items()]


def write_har(
    path: Path, responses: list[httpx.Response], bodies: list[bytes | None], *, others: bool = True
) -> None:
    """The client's view of ``responses`` (request ``bodies``) as a HAR 1.2 file."""
    with harfile.open(path) as har:
        for response, body in zip(responses, bodies, strict=True):
            request = response.request
            post = None
            if body:
                post = harfile.PostData(
                    mimeType=request.headers.get("content-type", ""), text=body.decode("utf-8")
                )
            har.add_entry(
                startedDateTime=STARTED,
                time=response.elapsed.total_seconds() * 1000,
                request=harfile.Request(
                    method=request.method,
                    url=str(request.url),
                    httpVersion="HTTP/1.1",
                    headers=_records(request.headers),
                    postData=post,
                ),
                response=harfile.Response(
                    status=response.status_code,
                    statusText=response.reason_phrase,
                    httpVersion="HTTP/1.1",
                    headers=_records(response.headers),
                    content=harfile.Content(
                        size=len(response.content),
                        mimeType=response.headers.get("content-type", ""),
                        text=response.text,
                    ),
                ),
                timings=harfile.Timings(send=0, wait=1, receive=0),
            )
        if others:
            asset = harfile.Request(
                method="GET", url="https://cdn.example.com/app.js", httpVersion="HTTP/1.1"
            )
            har.add_entry(
                startedDateTime=STARTED,
                time=1,
                request=asset,
                response=harfile.Response(
                    status=200,
                    statusText="OK",
                    httpVersion="HTTP/1.1",
                    content=harfile.Content(size=2, mimeType="text/javascript", text="{}"),
                ),
                timings=harfile.Timings(send=0, wait=1, receive=0),
            )
            blocked = harfile.Request(
                method="GET",
                url=responses[0].request.url.copy_with(path="/api/v2/lists").__str__(),
                httpVersion="HTTP/1.1",
            )
            har.add_entry(
                startedDateTime=STARTED,
                time=0,
                request=blocked,
                response=harfile.Response(status=0, statusText="", httpVersion=""),
                timings=harfile.Timings(send=0, wait=0, receive=0),
            )


@pytest.fixture(scope="module")
def traffic(tmp_path_factory: pytest.TempPathFactory) -> Run:
    calls = CLEAN + [call for call, _ in DRIFTS.values()]
    return run(API, calls, tmp_path_factory.mktemp("verify"), KEY)


def _without_sources(report: dict[str, Any]) -> list[Any]:
    return [
        {**op, "findings": [{k: v for k, v in f.items() if k != "seen"} for f in op["findings"]]}
        for op in report["operations"]
    ]


def test_har_and_recording_find_the_same_drift(traffic: Run, tmp_path: Path) -> None:
    har = tmp_path / "traffic.har"
    write_har(har, traffic.responses, traffic.bodies)
    status, out, _ = cli("verify", API, str(traffic.recording), "--format", "json")
    from_recording = orjson.loads(out)
    status_har, out_har, _ = cli(
        "verify", API, str(har), "--server", traffic.proxy_url, "--format", "json"
    )
    from_har = orjson.loads(out_har)
    assert status == status_har == 1
    assert _without_sources(from_recording) == _without_sources(from_har)
    kinds = {f["kind"] for op in from_har["operations"] for f in op["findings"]}
    assert kinds == set(DRIFTS)
    assert from_har["exchanges"] == from_recording["exchanges"] == len(traffic.responses)
    assert from_har["skipped"] == {SKIP_NO_RESPONSE: 1, SKIP_OTHER: 1}
    assert KEY in har.read_text(encoding="utf-8")
    assert KEY not in out_har  # the HAR's secrets stay out of the report


def test_har_without_server_option_uses_the_spec_servers(traffic: Run, tmp_path: Path) -> None:
    """The traffic went to the proxy on localhost, which the spec's servers are not."""
    har = tmp_path / "traffic.har"
    write_har(har, traffic.responses, traffic.bodies, others=False)
    status, out, _ = cli("verify", API, str(har), "--format", "json")
    report = orjson.loads(out)
    assert status == 0
    assert report["exchanges"] == 0
    assert report["skipped"] == {SKIP_OTHER: len(traffic.responses)}


def test_clean_traffic_verifies_clean(traffic: Run, tmp_path: Path) -> None:
    clean = tmp_path / "clean.jsonl"
    lines = traffic.recording.read_bytes().splitlines(keepends=True)
    clean.write_bytes(b"".join(lines[: len(CLEAN)]))
    har = tmp_path / "clean.har"
    write_har(har, traffic.responses[: len(CLEAN)], traffic.bodies[: len(CLEAN)])
    status, out, _ = cli("verify", API, str(clean), str(har), "--server", traffic.proxy_url)
    assert status == 0, out
    assert f"{2 * len(CLEAN)} exchanges checked" in out
    assert "no drift: every exchange agrees with the spec" in out


def test_text_report_names_operation_kind_and_spec_place(traffic: Run) -> None:
    status, out, _ = cli("verify", API, str(traffic.recording))
    assert status == 1
    assert "sendMessage  POST /v2/send" in out
    assert "  undocumented-status ×1: status 418 is not documented for sendMessage" in out
    assert "    spec: spec/trackly-v2/paths/send.yaml:" in out
    assert f"    seen: {traffic.recording}:{len(CLEAN) + 2}" in out
    assert f"drift: {len(DRIFTS)} findings ({len(DRIFTS)} distinct)" in out


def test_unreadable_input_exits_2(tmp_path: Path) -> None:
    status, _, err = cli("verify", API, str(tmp_path / "absent.jsonl"))
    assert status == 2
    assert "no such file" in err
    broken = tmp_path / "broken.jsonl"
    broken.write_text(
        '{"method": "GET", "path": "/api/v2/lists", "response": {"status": 200}}\n{oops\n'
    )
    status, _, err = cli("verify", API, str(broken))
    assert status == 2
    assert f"{broken}:2: not JSON" in err
    not_har = tmp_path / "other.har"
    not_har.write_text('{"log": {}}')
    status, _, err = cli("verify", API, str(not_har))
    assert (status, "not a HAR file" in err) == (2, True)
    status, _, err = cli("verify", "no-such-api", str(broken))
    assert (status, "unknown API" in err) == (2, True)


# -- cases ------------------------------------------------------------------------------------


def _clean_recording(traffic: Run, path: Path) -> Path:
    lines = traffic.recording.read_bytes().splitlines(keepends=True)
    path.write_bytes(b"".join(lines[: len(CLEAN)]))
    return path


def test_emitted_cases_replay_green_against_the_mock(traffic: Run, tmp_path: Path) -> None:
    recording = _clean_recording(traffic, tmp_path / "clean.jsonl")
    cases = tmp_path / "cases"
    status, out, _ = cli("verify", API, str(recording), "--emit-cases", str(cases))
    assert status == 0
    assert f"cases: {len(CLEAN)} written to {cases}" in out
    assert "left out" not in out
    replayed, failures = replay_directory(cases)
    assert replayed == len(CLEAN)
    assert not failures, failures
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(cases.iterdir())}
    everything = "".join(texts.values())
    assert KEY not in everything
    assert "3125550143" not in everything  # the unpublished number is masked
    assert "+14155551234" in everything  # a number the spec publishes is kept
    create = orjson.loads(texts["0005-createContact.json"])
    read = orjson.loads(texts["0006-getContact.json"])
    masked = create["request"]["json"]["phone_number"]
    assert masked != CLEAN[4].body["phone_number"]
    assert len(masked) == len(CLEAN[4].body["phone_number"])
    assert read["request"]["path"] == "/v2/contacts/" + masked.replace("+", "%2B")
    assert orjson.loads(texts["0009-sendMessage.json"])["request"]["credential"] == "none"
    again = tmp_path / "again"
    cli("verify", API, str(recording), "--emit-cases", str(again))
    assert {p.name: p.read_text(encoding="utf-8") for p in sorted(again.iterdir())} == texts


def test_cases_the_mock_cannot_reproduce_are_left_out(traffic: Run, tmp_path: Path) -> None:
    lines = traffic.recording.read_bytes().splitlines(keepends=True)[: len(CLEAN)]
    record = orjson.loads(lines[3])
    assert record["path"] == "/api/v2/lists/42"
    record["path"] = "/api/v2/lists/4242"  # vendor-side state the mock's seed does not have
    lines[3] = orjson.dumps(record) + b"\n"
    recording = tmp_path / "state.jsonl"
    recording.write_bytes(b"".join(lines))
    status, out, _ = cli("verify", API, str(recording), "--emit-cases", str(tmp_path / "cases"))
    assert status == 0
    assert f"cases: {len(CLEAN) - 1} written" in out
    assert f"left out {recording}:4: the mock answers 404" in out
    replayed, failures = replay_directory(tmp_path / "cases")
    assert (replayed, failures) == (len(CLEAN) - 1, [])
