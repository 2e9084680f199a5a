"""Traffic for the validating proxy's tests: clean calls, one drift per finding kind, and a
proxy session over real HTTP (:mod:`tests.proxyharness`) that sends them and keeps what the
client got, what the proxy printed and what it recorded."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import orjson

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
    stream: bool = False
    """Send the body in chunks, without a Content-Length (chunked transfer coding)."""


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
    Call("GET", "/v2/lists", drift=("encoding=gzip",)),  # a compressed answer is checked too
    Call("POST", "/v2/send", VALID_SEND, stream=True),  # a streamed request body
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
    content: Any = orjson.dumps(call.body) if call.body is not None else None
    if call.stream and content is not None:
        chunks = [content[i : i + 16] for i in range(0, len(content), 16)]
        content = iter(chunks)
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
    bodies: list[bytes | None]
    """The request body of each call (a streamed one cannot be read back from httpx)."""
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
    bodies = [orjson.dumps(c.body) if c.body is not None else None for c in calls]
    return Run(responses, bodies, proxy.output(), recording, proxy.url, seen)
