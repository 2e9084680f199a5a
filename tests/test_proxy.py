"""The validating proxy over real HTTP, in front of a vendor that drifts on purpose.

``smsspec proxy`` runs as users run it, in front of :mod:`tests.drifting_upstream` (the mock
of the same API, changing one thing per request where the request asks for it). Clean
traffic — including an invalid request the vendor rejects exactly as documented — yields no
finding; every drift yields its finding kind exactly once, printed with the spec file, line
and pointer to change. The recording holds every exchange with secrets redacted, and
``--strict`` answers invalid requests itself.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest

from generator.mock import demo_keys
from generator.proxy.findings import KINDS
from tests.proxyharness import Proxy, Upstream

KEY = demo_keys("trackly-v2")["default"]
SECRET_COOKIE = "session=cookieSecret0123456789"
SECRET_BEARER = "Bearer bearerSecret0123456789"
VALID_SEND = {"to": "+14155551234", "list_number": "+18005551000", "body": "Hi there"}
MISSING_TO = {"list_number": "+18005551000", "body": "Hi there"}
CONTACT = {
    "phone_number": "+13125550143",
    "list_number": "+18005551234",
    "custom_fields": {"first_name": "Ann"},
}
CREATIVE = {
    "name": "Summer Sale Promo",
    "message": "Summer sale! 30% off everything: {{link1}}",
    "offer_links": [{"key": "link1", "offer_id": "664f1a2b3c4d5e6f7a8b9c0d"}],
    "status": "active",
    "creative_type": "automated",
}
ACCEPTED = '{"success":true,"message_id":"abcd1234","status":"queued"}'
LINE = re.compile(r"^([a-z-]+): .*\[spec: (spec/[\w./-]+\.yaml):(\d+) #(/\S*)\]")


@dataclass(frozen=True)
class Call:
    method: str
    path: str
    body: Any = None
    drift: tuple[str, ...] = ()
    key: bool = True
    extra: tuple[tuple[str, str], ...] = ()


CLEAN = [
    Call("POST", "/v2/send", VALID_SEND, extra=(("cookie", SECRET_COOKIE),)),
    Call("POST", "/v2/send", MISSING_TO),  # invalid, and answered exactly as documented
    Call("GET", "/v2/lists", extra=(("authorization", SECRET_BEARER),)),
    Call("GET", "/v2/lists/42"),
    Call("POST", "/v2/contacts", CONTACT),
    Call("GET", "/v2/contacts/%2B13125550143"),
    Call("POST", "/v2/creatives", CREATIVE),
    Call("GET", "/v2/creatives/{created}"),
    Call("POST", "/v2/send", VALID_SEND, key=False),  # 401 missing_api_key, as documented
]

# kind → (call, the spec pointer the finding must name)
DRIFTS: dict[str, tuple[Call, str]] = {
    "unknown-route": (Call("GET", "/v2/nowhere"), "/paths"),
    "undocumented-status": (
        Call("POST", "/v2/send", VALID_SEND, ("status=418",)),
        "/paths/~1v2~1send/post/responses",
    ),
    "undocumented-error-code": (
        Call("POST", "/v2/send", MISSING_TO, ('set:code="recipient_absent"',)),
        "/paths/~1v2~1send/post/responses/400/content/application~1json/examples",
    ),
    "undocumented-error-message": (
        Call("POST", "/v2/send", MISSING_TO, ('set:error="Recipient is missing"',)),
        "/components/examples/missing_to",
    ),
    "response-schema": (
        Call("POST", "/v2/send", VALID_SEND, ("set:message_id=12345",)),
        "/components/schemas/MessageId/type",
    ),
    "undocumented-field": (
        Call("GET", "/v2/lists", drift=("set:next_page=2",)),
        "/components/schemas/SendingListList/properties",
    ),
    "undocumented-content-type": (
        Call("GET", "/v2/lists", drift=("content-type=text/plain",)),
        "/paths/~1v2~1lists/get/responses/200/content",
    ),
    "request-invalid": (
        Call("POST", "/v2/send", MISSING_TO, (f"answer=200:{ACCEPTED}",)),
        "/components/schemas/SendMessageRequest/required",
    ),
}

V1_MESSAGE = {
    "to_msisdn": "+14155551234",
    "body": "Hello from Trackly!",
    "from_phone_number_id": "pn_abc123def456",
}
V1_DRIFTS: dict[str, tuple[Call, str]] = {
    "missing-header": (
        Call("POST", "/v1/messages", V1_MESSAGE, ("header-drop:deprecation",)),
        "/components/headers/Deprecation/required",
    ),
    "header-invalid": (
        Call("POST", "/v1/messages", V1_MESSAGE, ("header-set:x-api-deprecated=nope",)),
        "/components/headers/X-API-Deprecated/schema",
    ),
}


def send(client: httpx.Client, base: str, call: Call, key: str, created: dict[str, Any]) -> Any:
    headers = [("content-type", "application/json")] if call.body is not None else []
    if call.key:
        headers.append(("x-api-key", key))
    headers += [("x-drift", drift) for drift in call.drift]
    headers += list(call.extra)
    path = call.path.replace("{created}", str(created.get("id", "")))
    content = orjson.dumps(call.body) if call.body is not None else None
    response = client.request(call.method, base + path, headers=headers, content=content)
    if call.path == "/v2/creatives" and call.method == "POST":
        created.update(response.json()["creative"])
    return response


def findings(output: str) -> list[re.Match[str]]:
    """The finding lines the proxy printed."""
    return [m for m in map(LINE.match, output.splitlines()) if m and m.group(1) in KINDS]


@dataclass
class Run:
    """One proxy session: what the client got, what the proxy printed and recorded."""

    responses: list[httpx.Response]
    output: str
    recording: Path
    proxy_url: str
    upstream_seen: int


def run(api: str, calls: list[Call], tmp: Path, key: str, *options: str) -> Run:
    recording = tmp / "recording.jsonl"
    with (
        Upstream(api, tmp / "upstream.log") as upstream,
        Proxy(api, upstream.url, tmp / "proxy.log", "--record", str(recording), *options) as proxy,
    ):
        created: dict[str, Any] = {}
        with httpx.Client(timeout=30) as client:
            responses = [send(client, proxy.url, call, key, created) for call in calls]
        proxy.stop()
        seen = upstream.seen()
    return Run(responses, proxy.output(), recording, proxy.url, seen)


@pytest.fixture(scope="module")
def v2_run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    calls = CLEAN + [call for call, _ in DRIFTS.values()]
    return run("trackly-v2", calls, tmp_path_factory.mktemp("proxy-v2"), KEY)


def test_clean_traffic_has_no_finding(v2_run: Run) -> None:
    statuses = [r.status_code for r in v2_run.responses[: len(CLEAN)]]
    assert statuses == [200, 400, 200, 200, 200, 200, 200, 200, 401], statuses
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
