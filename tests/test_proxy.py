"""The validating proxy over real HTTP, in front of a vendor that drifts on purpose.

``smsspec proxy`` runs as users run it, in front of :mod:`tests.drifting_upstream` (the mock
of the same API, changing one thing per request where the request asks for it). Clean
traffic — including an invalid request the vendor rejects exactly as documented — yields no
finding; every drift yields its finding kind exactly once, printed with the spec file, line
and pointer to change. The recording holds every exchange with secrets redacted, and
``--strict`` answers invalid requests itself.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import httpx
import orjson
import pytest

from generator.cli import main
from generator.mock import demo_keys
from tests.proxyharness import Proxy, free_port
from tests.proxytraffic import (
    CLEAN,
    DRIFTS,
    KEY,
    MISSING_TO,
    V1_DRIFTS,
    V1_MESSAGE,
    VALID_SEND,
    Call,
    Run,
    findings,
    run,
)


@pytest.fixture(scope="module")
def v2_run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    calls = CLEAN + [call for call, _ in DRIFTS.values()]
    return run("trackly-v2", calls, tmp_path_factory.mktemp("proxy-v2"), KEY)


def test_clean_traffic_has_no_finding(v2_run: Run) -> None:
    statuses = [r.status_code for r in v2_run.responses[: len(CLEAN)]]
    assert statuses == [200, 400, 200, 200, 200, 200, 200, 200, 401, 200, 200], statuses
    records = [orjson.loads(line) for line in v2_run.recording.read_bytes().splitlines()]
    assert len(records) == len(CLEAN) + len(DRIFTS)
    assert all(record["findings"] == [] for record in records[: len(CLEAN)])
    assert all(record["findings"] for record in records[len(CLEAN) :])


def test_each_drift_is_reported_once_with_its_spec_location(v2_run: Run) -> None:
    found = findings(v2_run.output)
    kinds = Counter(m.group(1) for m in found)
    assert kinds == Counter(list(DRIFTS)), v2_run.output
    for match in found:
        _, expected_pointer = DRIFTS[match.group(1)]
        assert match.group(4) == expected_pointer, match.group(0)
        assert (
            Path(match.group(2)).is_file() or (Path(__file__).parents[1] / match.group(2)).is_file()
        )
        assert int(match.group(3)) > 1
    assert f"{len(found)} findings ({len(found)} distinct)" in v2_run.output


def test_secrets_are_redacted_in_output_and_recording(v2_run: Run) -> None:
    recorded = v2_run.recording.read_text(encoding="utf-8")
    for secret in (KEY, "cookieSecret0123456789", "bearerSecret0123456789"):
        assert secret not in recorded
        assert secret not in v2_run.output
    first = orjson.loads(recorded.splitlines()[0])
    headers = dict(first["request"]["headers"])
    assert headers["x-api-key"] == "<redacted>"
    assert headers["cookie"] == "session=<redacted>"


def test_recording_keeps_the_exchange(v2_run: Run) -> None:
    record = orjson.loads(v2_run.recording.read_bytes().splitlines()[0])
    assert record["method"] == "POST"
    assert record["path"] == "/api/v2/send"
    assert orjson.loads(record["request"]["body"]) == VALID_SEND
    assert record["response"]["status"] == 200
    assert orjson.loads(record["response"]["body"]) == v2_run.responses[0].json()
    assert record["answered_by"] == "upstream"
    assert record["duration_ms"] > 0


def test_missing_and_invalid_headers_are_reported(tmp_path: Path) -> None:
    key = demo_keys("trackly-v1")["default"]
    clean = Call("POST", "/v1/messages", V1_MESSAGE)
    result = run("trackly-v1", [clean, *(c for c, _ in V1_DRIFTS.values())], tmp_path, key)
    assert [r.status_code for r in result.responses] == [201, 201, 201]
    found = findings(result.output)
    assert Counter(m.group(1) for m in found) == Counter(list(V1_DRIFTS)), result.output
    for match in found:
        assert match.group(4) == V1_DRIFTS[match.group(1)][1], match.group(0)


def test_strict_answers_invalid_requests_itself(tmp_path: Path) -> None:
    calls = [Call("POST", "/v2/send", MISSING_TO), Call("POST", "/v2/send", VALID_SEND, key=False)]
    calls.append(Call("POST", "/v2/send", VALID_SEND))
    result = run("trackly-v2", calls, tmp_path, KEY, "--strict")
    missing_to, no_key, valid = result.responses
    assert missing_to.status_code == 400
    assert missing_to.json() == {"error": "to is required", "code": "missing_to"}
    assert missing_to.headers["x-smsspec-proxy"] == "strict"
    assert no_key.status_code == 401
    assert no_key.json()["code"] == "missing_api_key"
    assert valid.status_code == 200
    assert "x-smsspec-proxy" not in valid.headers
    assert result.upstream_seen == 1  # only the valid send was forwarded
    assert not findings(result.output)
    assert "strict: POST /api/v2/send: answered 400 missing_to" in result.output
    records = [orjson.loads(line) for line in result.recording.read_bytes().splitlines()]
    assert [r["answered_by"] for r in records] == ["proxy", "proxy", "upstream"]


def test_compressed_answers_and_streamed_requests(v2_run: Run) -> None:
    records = [orjson.loads(line) for line in v2_run.recording.read_bytes().splitlines()]
    compressed, streamed = records[len(CLEAN) - 2], records[len(CLEAN) - 1]
    assert dict(compressed["response"]["headers"])["content-encoding"] == "gzip"
    assert orjson.loads(compressed["response"]["body"]) == v2_run.responses[len(CLEAN) - 2].json()
    assert compressed["findings"] == []
    assert dict(streamed["request"]["headers"])["transfer-encoding"] == "chunked"
    assert orjson.loads(streamed["request"]["body"]) == VALID_SEND
    assert streamed["response"]["status"] == 200


def test_unreachable_upstream_is_answered_502(tmp_path: Path) -> None:
    closed = f"http://127.0.0.1:{free_port()}/api"
    with Proxy("trackly-v2", closed, tmp_path / "proxy.log") as proxy:
        answer = httpx.get(proxy.url + "/v2/lists", headers={"x-api-key": KEY}, timeout=30)
        proxy.stop()
    assert answer.status_code == 502
    assert answer.headers["x-smsspec-proxy"] == "upstream-error"
    assert "upstream unreachable" in answer.json()["error"]
    assert "upstream-error: GET /api/v2/lists: upstream unreachable" in proxy.output()
    assert not findings(proxy.output())


@pytest.mark.parametrize(
    ("upstream", "problem"),
    [
        ("app.tracklysms.com/api", "must be an absolute http(s) URL"),
        ("ftp://example.com/api", "must be an absolute http(s) URL"),
        ("https://example.com/api?x=1", "must not have a query"),
    ],
)
def test_a_bad_upstream_is_refused(
    upstream: str, problem: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["proxy", "trackly-v2", "--upstream", upstream]) == 2
    assert problem in capsys.readouterr().err
