"""The proxy's checks on single exchanges, in-process.

Two directions: the mock's answers to every documented request and every documented error
trigger (:mod:`tests.triggers`, the scenarios) agree with the spec — no finding at all — and
each kind of disagreement is found on a hand-made exchange, at the spec place a user would
change.
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import Any

import httpx
import orjson
import pytest

from generator.contract import auth_headers
from generator.paths import REPO_ROOT
from generator.proxy.checks import ContractChecker, message_matches
from generator.proxy.exchange import Exchange
from generator.proxy.places import SpecPlaces
from generator.proxy.secrets import REDACTED
from tests.conftest import APIS, spec_of
from tests.documented_requests import documented_requests
from tests.mockharness import MockHarness
from tests.triggers import Trigger, TriggerBuilder

KEY = ("x-api-key", "trk_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6")
JSON = ("content-type", "application/json")
VALID_SEND = {"to": "+14155551234", "list_number": "+18005551000", "body": "Hi"}
QUEUED = {"success": True, "message_id": "a1b2c3d4", "status": "queued"}


@cache
def checker(api: str) -> ContractChecker:
    return ContractChecker(api, SpecPlaces.for_api(api))


def to_exchange(response: httpx.Response) -> Exchange:
    request = response.request
    path, _, query = request.url.raw_path.decode("latin-1").partition("?")
    return Exchange(
        method=request.method,
        path=path,
        query=query,
        request_headers=[(k.decode().lower(), v.decode()) for k, v in request.headers.raw],
        request_body=request.content,
        status=response.status_code,
        response_headers=[(k.decode().lower(), v.decode()) for k, v in response.headers.raw],
        response_body=response.content,
    )


def _send(harness: MockHarness, trigger: Trigger) -> httpx.Response:
    headers = dict(trigger.headers)
    role: str | None = trigger.role or None
    if trigger.role == "invalid":
        headers.update(auth_headers(harness.spec, "x" * 8))
        role = None
    if trigger.raw_body is not None:
        headers["content-type"] = "application/json"
    return harness.call(
        trigger.method,
        trigger.path,
        trigger.body,
        role=role,
        headers=headers,
        query=trigger.query,
        content=trigger.raw_body,
    )


@pytest.mark.parametrize("api", APIS)
def test_the_mock_agrees_with_its_spec(api: str) -> None:
    """Every answer of the mock to the docs' requests and to every documented error's
    trigger passes every check: the checks report disagreements, not the spec's style."""
    spec = spec_of(api)
    module = importlib.import_module(f"tests.scenarios.{api.replace('-', '_')}")
    path_params = getattr(module, "PATH_PARAMS", {})
    builder = TriggerBuilder(spec)
    triggers: list[Trigger] = [*builder.auth_triggers()]
    payload = builder.payload_trigger()
    if payload is not None:
        triggers.append(payload)
    triggers += list(builder.constraint_triggers(path_params))
    triggers += list(builder.malformed_triggers(path_params))
    triggers += list(module.SCENARIOS)
    found: list[str] = []
    exchanges = 0
    with MockHarness(api) as harness:
        for trigger in triggers:
            harness.reset()
            if trigger.setup is not None:
                trigger.setup(harness.app)
            findings = checker(api).check(to_exchange(_send(harness, trigger)))
            found += [f"{trigger.describe()}: {f.line()}" for f in findings]
            exchanges += 1
        for request in documented_requests(spec):
            if request.path is None:
                continue
            harness.reset()
            response = harness.call(request.method, request.path, request.body, query=request.query)
            findings = checker(api).check(to_exchange(response))
            found += [f"{request.operation_id} {request.name}: {f.line()}" for f in findings]
            exchanges += 1
    assert exchanges > 20
    assert not found, "\n".join(found)


# -- one disagreement at a time (Trackly v2) ------------------------------------------------


def exchange(
    method: str,
    path: str,
    body: Any,
    status: int,
    answer: Any,
    *,
    headers: list[tuple[str, str]] | None = None,
    response_headers: list[tuple[str, str]] | None = None,
) -> Exchange:
    return Exchange(
        method=method,
        path=path,
        query="",
        request_headers=headers if headers is not None else [KEY, JSON],
        request_body=orjson.dumps(body) if body is not None else b"",
        status=status,
        response_headers=response_headers if response_headers is not None else [JSON],
        response_body=answer if isinstance(answer, bytes) else orjson.dumps(answer),
    )


def found(ex: Exchange) -> list[tuple[str, str]]:
    return [(f.kind, f.pointer) for f in checker("trackly-v2").check(ex)]


SEND_400 = "/paths/~1v2~1send/post/responses/400/content/application~1json"


@pytest.mark.parametrize(
    ("ex", "expected"),
    [
        (exchange("POST", "/api/v2/send", VALID_SEND, 200, QUEUED), []),
        (
            exchange("POST", "/api/v2/send", VALID_SEND, 409, {"error": "conflict"}),
            [("undocumented-status", "/paths/~1v2~1send/post/responses")],
        ),
        (
            exchange("POST", "/api/v2/send", VALID_SEND, 400, {"error": "x", "code": "new_code"}),
            [("undocumented-error-code", f"{SEND_400}/examples")],
        ),
        (
            exchange("POST", "/api/v2/send", VALID_SEND, 401, {"error": "Who are you?"}),
            [
                (
                    "undocumented-error-code",
                    "/components/responses/Unauthorized/content/application~1json/examples",
                )
            ],
        ),
        (
            exchange(
                "POST",
                "/api/v2/send",
                VALID_SEND,
                400,
                {"error": "Unknown list", "code": "list_not_found"},
            ),
            [("undocumented-error-message", "/components/examples/list_not_found")],
        ),
        (
            exchange("POST", "/api/v2/send", VALID_SEND, 200, {**QUEUED, "status": "sent"}),
            [
                (
                    "response-schema",
                    "/components/schemas/SendMessageResponse/properties/status/const",
                )
            ],
        ),
        (
            exchange("POST", "/api/v2/send", VALID_SEND, 200, {"success": True}),
            [("response-schema", "/components/schemas/SendMessageResponse/required")],
        ),
        (
            exchange("POST", "/api/v2/send", VALID_SEND, 200, b"{not json"),
            [("response-schema", "/paths/~1v2~1send/post/responses/200/content/application~1json")],
        ),
        (
            exchange("POST", "/api/v2/send", VALID_SEND, 200, b""),
            [("response-schema", "/paths/~1v2~1send/post/responses/200/content/application~1json")],
        ),
        (
            exchange(
                "POST",
                "/api/v2/send",
                VALID_SEND,
                500,
                b"<html>Bad gateway</html>",
                response_headers=[("content-type", "text/html")],
            ),
            [("undocumented-status", "/paths/~1v2~1send/post/responses")],
        ),
        (
            exchange("GET", "/api/v2/send", None, 405, {"error": "no"}),
            [("unknown-route", "/paths/~1v2~1send")],
        ),
        (
            exchange("GET", "/elsewhere", None, 404, {"error": "no"}),
            [("unknown-route", "/paths")],
        ),
    ],
    ids=[
        "clean",
        "status",
        "code",
        "no-code",
        "message",
        "const",
        "required",
        "not-json",
        "empty",
        "html",
        "method",
        "outside-prefix",
    ],
)
def test_each_kind_of_disagreement(ex: Exchange, expected: list[tuple[str, str]]) -> None:
    assert found(ex) == expected


def test_findings_name_a_file_and_line_of_the_spec() -> None:
    ex = exchange("POST", "/api/v2/send", VALID_SEND, 409, {"error": "conflict"})
    (finding,) = checker("trackly-v2").check(ex)
    path, _, line = finding.location.rpartition(":")
    assert path == "spec/trackly-v2/paths/send.yaml"
    text = (REPO_ROOT / path).read_text(encoding="utf-8").splitlines()
    assert text[int(line) - 1].strip() == "responses:"


def test_undeclared_fields_in_array_items_are_reported_once() -> None:
    lists = {
        "lists": [
            {
                "id": 42,
                "phone_number": "+18005551000",
                "brand_name": "A",
                "list_name": "L",
                "list_type": "infobip",
                "status": "active",
                "contact_count": 1,
                "created_at": "2024-01-15T10:30:00Z",
                "tier": "gold",
            }
            for _ in range(3)
        ]
    }
    findings = checker("trackly-v2").check(exchange("GET", "/api/v2/lists", None, 200, lists))
    assert [(f.kind, f.message) for f in findings] == [
        ("undocumented-field", "/lists/*/tier is not declared by the 200 schema")
    ]
    assert findings[0].pointer == "/components/schemas/SendingList/properties"


def test_a_request_the_vendor_rejects_as_documented_is_no_finding() -> None:
    missing_to = {"list_number": "+18005551000", "body": "Hi"}
    answer = {"error": "to is required", "code": "missing_to"}
    assert found(exchange("POST", "/api/v2/send", missing_to, 400, answer)) == []
    # Answered before validation (credentials): says nothing about the body.
    unauthorized = {"error": "Invalid API key", "code": "invalid_api_key"}
    assert found(exchange("POST", "/api/v2/send", missing_to, 401, unauthorized)) == []
    # Another documented code for the same request is a disagreement.
    other = {"error": "body is required", "code": "missing_body"}
    assert found(exchange("POST", "/api/v2/send", missing_to, 400, other)) == [
        ("request-invalid", "/components/schemas/SendMessageRequest/required")
    ]
    # A missing credential the vendor accepts.
    assert found(exchange("POST", "/api/v2/send", VALID_SEND, 200, QUEUED, headers=[JSON])) == [
        ("request-invalid", "/components/securitySchemes/ApiKeyAuth")
    ]


def test_documented_messages_with_filled_in_text() -> None:
    assert message_matches("Offer not found: …", "Offer not found: 664f1a2b")
    assert not message_matches("Offer not found: …", "Offer missing: 664f1a2b")
    assert message_matches("to is required", "to is required")
    assert not message_matches("to is required", "to is required.")
    suspended = {"error": "Account is suspended"}
    assert found(exchange("GET", "/api/v2/lists", None, 403, suspended)) == []
    assert found(exchange("GET", "/api/v2/lists", None, 403, {"error": "Suspended"})) == [
        ("undocumented-error-message", "/components/examples/account_suspended")
    ]


def test_redacted_values_are_not_checked() -> None:
    answer = {**QUEUED, "message_id": REDACTED}
    assert found(exchange("POST", "/api/v2/send", VALID_SEND, 200, answer)) == []


def test_headers_of_trackly_v1() -> None:
    v1 = checker("trackly-v1")
    message = {"to_msisdn": "+14155551234", "body": "Hi", "from_phone_number_id": "pn_1"}
    answer = spec_of("trackly-v1").operation("sendMessage").responses["201"]
    example = next(iter(answer["content"]["application/json"]["examples"].values()))["value"]
    deprecation = [("deprecation", "true"), ("x-api-deprecated", "v1 is deprecated")]
    base = exchange("POST", "/api/v1/messages", message, 201, example)
    clean = Exchange(**{**base.__dict__, "response_headers": [JSON, *deprecation]})
    assert v1.check(clean) == []
    missing = Exchange(**{**base.__dict__, "response_headers": [JSON, deprecation[1]]})
    assert [(f.kind, f.pointer) for f in v1.check(missing)] == [
        ("missing-header", "/components/headers/Deprecation/required")
    ]
    wrong = Exchange(
        **{**base.__dict__, "response_headers": [JSON, ("deprecation", "false"), deprecation[1]]}
    )
    assert [(f.kind, f.pointer) for f in v1.check(wrong)] == [
        ("header-invalid", "/components/headers/Deprecation/schema")
    ]
