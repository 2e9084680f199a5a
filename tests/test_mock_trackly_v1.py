"""Behaviour of the Trackly v1 (deprecated) mock that the generic suites do not prove.

Deprecation headers on every documented answer, the bulk partial-success model with original
indexes, phone normalisation and the to_msisdn / to fallback, sending-number fixtures,
segments, the contacts no-op stub, phone validation (billing, cache, force, duplicates, the
500-number limit, in-band validation errors) and the superseded per-key rate limits.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.mock import MockApp, MockConfig, create_app
from generator.mock.plugins._trackly import LOOKUP_COST
from generator.mock.plugins.trackly_v1 import GSM7_BASIC, normalise, segments
from tests.asgi import ASGIClient
from tests.conftest import spec_of
from tests.mockharness import MockHarness
from tests.test_error_coverage import _send, scenarios
from tests.triggers import TriggerBuilder

API = "trackly-v1"
SEND = "/api/v1/messages"
BULK = "/api/v1/messages/bulk"
CONTACT = "/api/v1/contacts/%2B14155551234"
VALIDATE = "/api/v1/phone/validate"
BATCH = "/api/v1/phone/validate/batch"
DEPRECATION = {"x-api-deprecated": "v1 is deprecated", "deprecation": "true"}
DOCUMENTED_KEY = spec_of(API).demo_accounts["default"].key
HYPOTHESIS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@pytest.fixture(scope="module")
def mock() -> Iterator[tuple[MockApp, ASGIClient]]:
    with MockHarness(API) as harness:
        yield harness.app, harness.client


@pytest.fixture
def app(mock: tuple[MockApp, ASGIClient]) -> MockApp:
    mock[0].reset()
    return mock[0]


@pytest.fixture
def client(mock: tuple[MockApp, ASGIClient], app: MockApp) -> ASGIClient:
    return mock[1]


def messages(app: MockApp) -> list[dict[str, Any]]:
    """The queued messages, in queue order."""
    return list(app.engine.store["messages"])


def stored(app: MockApp, message_id: str) -> dict[str, Any]:
    found = app.engine.store["messages"].get(message_id)
    assert found is not None, message_id
    return found


def lookup_cache(app: MockApp) -> Any:
    return app.engine.scratch.get("lookup_cache")


def headers(app: MockApp, role: str = "default") -> dict[str, str]:
    return {"X-Api-Key": app.demo_keys()[role]}


def send(client: ASGIClient, app: MockApp, body: Any, role: str = "default") -> Any:
    return client.post(SEND, json=body, headers=headers(app, role))


def bulk(client: ASGIClient, app: MockApp, body: Any, role: str = "default") -> Any:
    return client.post(BULK, json=body, headers=headers(app, role))


def message(to: Any = "+14155551234", **extra: Any) -> dict[str, Any]:
    return {
        "to_msisdn": to,
        "body": "Hello from Trackly!",
        "from_phone_number_id": "pn_abc123def456",
        **extra,
    }


def assert_deprecated(response: Any) -> None:
    for name, value in DEPRECATION.items():
        assert response.headers.get(name) == value, (response.status_code, dict(response.headers))


# -- demo keys --------------------------------------------------------------------------------


def test_default_key_is_the_documented_example_key(app: MockApp) -> None:
    keys = app.demo_keys()
    assert keys["default"] == DOCUMENTED_KEY == "trk_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6"
    assert set(keys) == {
        "default",
        "suspended",
        "product_disabled",
        "no_billing_config",
        "no_payment_method",
        "payment_failed",
        "billing_suspended",
    }


# -- deprecation headers ----------------------------------------------------------------------


def test_every_success_carries_the_deprecation_headers(client: ASGIClient, app: MockApp) -> None:
    responses = [
        send(client, app, message()),
        bulk(client, app, {"from_phone_number_id": "pn_123", "messages": [message()]}),
        client.request("DELETE", CONTACT, headers=headers(app)),
        client.post(VALIDATE, json={"phone": "+14155551234"}, headers=headers(app)),
        client.post(BATCH, json={"phones": ["+14155551234"]}, headers=headers(app)),
    ]
    assert [r.status_code for r in responses] == [201, 201, 200, 200, 200]
    for response in responses:
        assert_deprecated(response)


def test_every_error_trigger_carries_the_deprecation_headers() -> None:
    """Each request of the error-coverage suite (constraints, auth, payload limit, business
    rules, rate limit) answers with both deprecation headers, whatever its status."""
    spec = spec_of(API)
    module = scenarios(API)
    builder = TriggerBuilder(spec)
    triggers = [
        *builder.auth_triggers(),
        builder.payload_trigger(),
        *builder.constraint_triggers(module.PATH_PARAMS),
        *builder.malformed_triggers(module.PATH_PARAMS),
        *module.SCENARIOS,
    ]
    app = create_app(API, MockConfig(seed=1, superseded_rate_limits=True))
    statuses = set()
    with ASGIClient(app) as client:
        for trigger in triggers:
            assert trigger is not None
            app.reset()
            response = _send(client, app, API, trigger)
            statuses.add(response.status_code)
            assert_deprecated(response)
        for _ in range(11):  # bulk limit: 10 requests/s per key
            response = _send(client, app, API, module.RATE_LIMITED[0])
        assert response.status_code == 429
        assert_deprecated(response)
        injected = client.post(
            SEND, json=message(), headers={**headers(app), "Prefer": "example=server_error"}
        )
        assert injected.status_code == 500
        assert_deprecated(injected)
    assert {400, 401, 402, 403, 404, 413} <= statuses


def test_undeclared_routes_are_not_v1_responses(client: ASGIClient, app: MockApp) -> None:
    # The spec declares no 404/405 for unknown routes; the generic app answers them plainly.
    assert client.get("/api/v1/nothing", headers=headers(app)).status_code == 404
    assert client.get(SEND, headers=headers(app)).status_code == 405


# -- POST /v1/messages ------------------------------------------------------------------------


def test_send_answers_the_documented_shape(client: ASGIClient, app: MockApp) -> None:
    response = send(client, app, message())
    assert response.status_code == 201
    body = response.json()
    assert body["status"] == "queued"
    assert body["deprecated"] is True
    assert body["id"] == body["message_id"]
    assert body["message_id"].startswith("msg_")
    assert len(body["message_id"]) == 16
    assert (body["segments"], body["gsm7"]) == (1, True)
    queued = stored(app, body["message_id"])
    assert queued["to"] == "+14155551234"
    assert queued["from_phone_number_id"] == "pn_abc123def456"


def test_documented_request_examples_are_accepted(client: ASGIClient, app: MockApp) -> None:
    op = spec_of(API).operation("sendMessage")
    content = op.request_body["content"]["application/json"]  # type: ignore[index]
    for example in content["examples"].values():
        response = send(client, app, example["value"])
        assert response.status_code == 201, response.json()


def test_legacy_to_is_the_fallback_of_to_msisdn(client: ASGIClient, app: MockApp) -> None:
    legacy = {"to": "+14155551235", "body": "Hello", "from_phone_number_id": "pn_123"}
    response = send(client, app, legacy)
    assert response.status_code == 201
    assert stored(app, response.json()["message_id"])["to"] == "+14155551235"
    # to_msisdn wins when both are present: a bad legacy to is never looked at ...
    both = send(client, app, {**message("+14155551236"), "to": "garbage"})
    assert both.status_code == 201
    assert stored(app, both.json()["message_id"])["to"] == "+14155551236"
    # ... and a bad to_msisdn is not rescued by a good to.
    rescued = send(client, app, {**message("garbage"), "to": "+14155551236"})
    assert rescued.json()["code"] == "invalid_phone"


def test_neither_recipient_is_missing_to_with_the_newest_wording(
    client: ASGIClient, app: MockApp
) -> None:
    body = message()
    del body["to_msisdn"]
    response = send(client, app, body)
    assert response.status_code == 400
    assert response.json() == {
        "error": "Recipient phone number (to_msisdn) is required",
        "code": "missing_to",
    }


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("+14155551234", "+14155551234"),  # E.164: accepted
        ("14155551234", "+14155551234"),  # country code without +: accepted
        ("+1 (415) 555-1234", "+14155551234"),  # punctuation stripped
        ("1.415.555.1234", "+14155551234"),
        ("+44 20 7946 0958", "+442079460958"),
        ("4155551234", None),  # national: "may fail" -> the mock rejects it
        ("(415) 555-1234", None),  # national once stripped
        ("not-a-phone", None),
        ("+0123456789", None),
        ("0014155551234", None),
        ("+1415555123456789", None),  # longer than E.164's 15 digits
        ("", None),
    ],
)
def test_send_normalises_as_the_send_page_documents(
    client: ASGIClient, app: MockApp, raw: str, expected: str | None
) -> None:
    response = send(client, app, message(raw))
    if expected is None:
        assert response.status_code == 400
        assert response.json() == {"error": "Invalid phone number format", "code": "invalid_phone"}
    else:
        assert response.status_code == 201
        assert stored(app, response.json()["message_id"])["to"] == expected


def test_national_numbers_can_be_configured_to_succeed() -> None:
    with MockHarness(API, national_prefix="1") as harness:
        app, client = harness.app, harness.client
        response = send(client, app, message("(415) 555-1234"))
        assert response.status_code == 201
        assert stored(app, response.json()["message_id"])["to"] == "+14155551234"


@given(
    digits=st.from_regex(r"[1-9][0-9]{7,14}", fullmatch=True),
    separators=st.lists(st.sampled_from([" ", "-", ".", "(", ")"]), max_size=20),
    positions=st.lists(st.integers(min_value=0, max_value=16), max_size=20),
)
def test_punctuation_never_changes_the_normalised_number(
    digits: str, separators: list[str], positions: list[int]
) -> None:
    text = list("+" + digits)
    for separator, position in zip(separators, positions, strict=False):
        text.insert(min(position + 1, len(text)), separator)
    assert normalise("".join(text)) == "+" + digits


def test_invalid_phone_is_checked_before_the_sending_number(
    client: ASGIClient, app: MockApp
) -> None:
    # x-rules order: recipient first, then from_phone_number_id.
    response = send(client, app, message("garbage", from_phone_number_id="pn_unknown"))
    assert response.json()["code"] == "invalid_phone"


@pytest.mark.parametrize("number_id", ["pn_abc123def456", "pn_abc123", "pn_123"])
def test_documented_sending_numbers_exist(client: ASGIClient, app: MockApp, number_id: str) -> None:
    assert send(client, app, message(from_phone_number_id=number_id)).status_code == 201


@pytest.mark.parametrize("number_id", ["pn_unknown", "pn_inactive000", "PN_123", ""])
def test_unknown_or_inactive_sending_number_is_404(
    client: ASGIClient, app: MockApp, number_id: str
) -> None:
    response = send(client, app, message(from_phone_number_id=number_id))
    assert response.status_code == 404
    assert response.json() == {"error": "Sending number not found", "code": "list_not_found"}
    assert len(messages(app)) == 0


def test_metadata_is_accepted_and_ignored(client: ASGIClient, app: MockApp) -> None:
    response = send(client, app, message(metadata={"campaign": "spring"}))
    assert response.status_code == 201
    assert "metadata" not in stored(app, response.json()["message_id"])


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("a" * 160, (1, True)),
        ("a" * 161, (2, True)),
        ("a" * 306, (2, True)),
        ("a" * 307, (3, True)),
        ("€" * 80, (1, True)),  # extension characters take two septets
        ("€" * 81, (2, True)),
        ("é" * 160, (1, True)),  # é is in the GSM-7 basic set
        ("😀", (1, False)),
        ("a" * 69 + "—", (1, False)),  # an em dash switches the message to UCS-2
        ("a" * 70 + "—", (2, False)),
        ("ж" * 134, (2, False)),
        ("ж" * 135, (3, False)),
    ],
)
def test_segments_follow_the_segment_guide(
    client: ASGIClient, app: MockApp, body: str, expected: tuple[int, bool]
) -> None:
    assert segments(body) == expected
    response = send(client, app, message(body=body))
    assert (response.json()["segments"], response.json()["gsm7"]) == expected


@given(st.text(alphabet=sorted(GSM7_BASIC), min_size=1, max_size=1600))
def test_gsm7_segment_count_formula(body: str) -> None:
    count, gsm7 = segments(body)
    assert gsm7
    assert count == (1 if len(body) <= 160 else math.ceil(len(body) / 153))


def test_product_disabled_account_still_sends(client: ASGIClient, app: MockApp) -> None:
    # Authentication page: SMS sending endpoints never return {product}_not_enabled.
    assert send(client, app, message(), role="product_disabled").status_code == 201


def test_billing_states_do_not_block_sending(client: ASGIClient, app: MockApp) -> None:
    for role in ("no_billing_config", "no_payment_method", "payment_failed", "billing_suspended"):
        assert send(client, app, message(), role=role).status_code == 201


# -- POST /v1/messages/bulk: partial success ---------------------------------------------------

# Kinds of message in a random bulk request, with the in-band error text each one gets.
KINDS: dict[str, tuple[Any, str | None]] = {
    "valid": ({"to_msisdn": "+14155551234", "body": "Hi"}, None),
    "country_code": ({"to_msisdn": "14155551235", "body": "Hi"}, None),
    "formatted": ({"to_msisdn": "+1 (415) 555-1236", "body": "Hi"}, None),
    "max_body": ({"to_msisdn": "+14155551234", "body": "x" * 1600}, None),
    "missing_to": ({"body": "Hi"}, "Recipient phone number (to_msisdn) is required"),
    "legacy_to": (
        {"to": "+14155551234", "body": "Hi"},
        "Recipient phone number (to_msisdn) is required",
    ),
    "missing_body": ({"to_msisdn": "+14155551234"}, "Message body is required"),
    "invalid_phone": ({"to_msisdn": "not-a-phone", "body": "Hi"}, "Invalid phone number format"),
    "national": ({"to_msisdn": "4155551234", "body": "Hi"}, "Invalid phone number format"),
    "numeric_to": ({"to_msisdn": 14155551234, "body": "Hi"}, "Invalid phone number format"),
    "too_long": (
        {"to_msisdn": "+14155551234", "body": "x" * 1601},
        "Message body exceeds 1600 characters",
    ),
    "not_object": ("+14155551234", "Recipient phone number (to_msisdn) is required"),
}


@HYPOTHESIS
@given(kinds=st.lists(st.sampled_from(sorted(KINDS)), min_size=1, max_size=40))
def test_bulk_queues_valid_messages_and_reports_the_rest_by_original_index(
    mock: tuple[MockApp, ASGIClient], kinds: list[str]
) -> None:
    app, client = mock
    app.reset()
    items = [KINDS[kind][0] for kind in kinds]
    response = bulk(client, app, {"from_phone_number_id": "pn_abc123", "messages": items})
    assert response.status_code == 201
    body = response.json()
    failed = [i for i, kind in enumerate(kinds) if KINDS[kind][1] is not None]
    assert body["queued_count"] == len(kinds) - len(failed)
    assert body["error_count"] == len(failed) == len(body["errors"])
    assert body["deprecated"] is True
    assert [entry["index"] for entry in body["errors"]] == failed
    for entry in body["errors"]:
        item = items[entry["index"]]
        assert entry["error"] == KINDS[kinds[entry["index"]]][1]
        sent_to = item.get("to_msisdn") if isinstance(item, dict) else None
        assert entry["to_msisdn"] == (sent_to if isinstance(sent_to, str) else None)
    queued = messages(app)
    assert len(queued) == body["queued_count"]
    expected = [items[i] for i in range(len(items)) if i not in set(failed)]
    assert [m["body"] for m in queued] == [item["body"] for item in expected]
    assert [m["to"] for m in queued] == [normalise(item["to_msisdn"]) for item in expected]
    assert all(m["from_phone_number_id"] == "pn_abc123" for m in queued)


def test_bulk_documented_example_queues_everything(client: ASGIClient, app: MockApp) -> None:
    op = spec_of(API).operation("sendBulkMessages")
    content = op.request_body["content"]["application/json"]  # type: ignore[index]
    request = next(iter(content["examples"].values()))["value"]
    response = bulk(client, app, request)
    assert response.status_code == 201
    assert response.json() == {
        "queued_count": 3,
        "error_count": 0,
        "errors": [],
        "deprecated": True,
    }


def test_bulk_where_every_message_fails_is_still_201(client: ASGIClient, app: MockApp) -> None:
    response = bulk(
        client, app, {"from_phone_number_id": "pn_123", "messages": [{"body": "x"}] * 3}
    )
    assert response.status_code == 201
    assert response.json()["queued_count"] == 0
    assert [e["index"] for e in response.json()["errors"]] == [0, 1, 2]


def test_bulk_accepts_exactly_1000_messages(client: ASGIClient, app: MockApp) -> None:
    items = [{"to_msisdn": "+14155551234", "body": f"Hi {i}"} for i in range(1000)]
    response = bulk(client, app, {"from_phone_number_id": "pn_123", "messages": items})
    assert response.status_code == 201
    assert response.json()["queued_count"] == 1000


@pytest.mark.parametrize(
    ("body", "status", "expected"),
    [
        (
            {"messages": [{"to_msisdn": "+14155551234", "body": "Hi"}]},
            400,
            {
                "error": "Sending number ID (from_phone_number_id) is required",
                "code": "missing_from",
            },
        ),
        (
            {"from_phone_number_id": "pn_123"},
            400,
            {"error": "Messages array is required", "code": "missing_messages"},
        ),
        (
            {"from_phone_number_id": "pn_123", "messages": []},
            400,
            {"error": "Messages array is required", "code": "missing_messages"},
        ),
        (
            {"from_phone_number_id": "pn_123", "messages": "x"},
            400,
            {"error": "Messages array is required", "code": "missing_messages"},
        ),
        (
            {
                "from_phone_number_id": "pn_123",
                "messages": [{"to_msisdn": "+14155551234", "body": "Hi"}] * 1001,
            },
            400,  # v1 says 400 (v2 answers 413), conflict C-07
            {"error": "Maximum 1000 messages per request", "code": "too_many_messages"},
        ),
        (
            {
                "from_phone_number_id": "pn_nope",
                "messages": [{"to_msisdn": "+14155551234", "body": "Hi"}],
            },
            404,
            {"error": "Sending number not found", "code": "list_not_found"},
        ),
        (
            {
                "from_phone_number_id": "pn_inactive000",
                "messages": [{"to_msisdn": "+14155551234", "body": "Hi"}],
            },
            404,
            {"error": "Sending number not found", "code": "list_not_found"},
        ),
    ],
)
def test_bulk_whole_request_failures_queue_nothing(
    client: ASGIClient, app: MockApp, body: Any, status: int, expected: dict[str, str]
) -> None:
    response = bulk(client, app, body)
    assert response.status_code == status
    assert response.json() == expected
    assert len(messages(app)) == 0


def test_list_not_found_is_decided_before_any_message(client: ASGIClient, app: MockApp) -> None:
    response = bulk(client, app, {"from_phone_number_id": "pn_nope", "messages": [{"body": "x"}]})
    assert response.status_code == 404


# -- contacts stub ----------------------------------------------------------------------------


@pytest.mark.parametrize("msisdn", ["%2B14155551234", "+14155551234", "anything"])
def test_contact_delete_is_a_documented_no_op(
    client: ASGIClient, app: MockApp, msisdn: str
) -> None:
    send(client, app, message())
    before = (messages(app), lookup_cache(app))
    for _ in range(2):
        response = client.request("DELETE", f"/api/v1/contacts/{msisdn}", headers=headers(app))
        assert response.status_code == 200
        assert response.json() == {
            "success": True,
            "deprecated": True,
            "message": "This endpoint is deprecated and performs no operation.",
        }
    assert (messages(app), lookup_cache(app)) == before


# -- phone validation -------------------------------------------------------------------------


def _validate(client: ASGIClient, app: MockApp, body: Any, role: str = "default") -> Any:
    return client.post(VALIDATE, json=body, headers=headers(app, role))


def _batch(client: ASGIClient, app: MockApp, body: Any, role: str = "default") -> Any:
    return client.post(BATCH, json=body, headers=headers(app, role))


def _documented(operation_id: str) -> tuple[Any, Any]:
    op = spec_of(API).operation(operation_id)
    request = next(iter(op.request_body["content"]["application/json"]["examples"].values()))  # type: ignore[index]
    response = next(iter(op.responses["200"]["content"]["application/json"]["examples"].values()))
    resolve = spec_of(API).resolve
    return resolve(request)["value"], resolve(response)["value"]


def test_single_validation_reproduces_the_documented_example(
    client: ASGIClient, app: MockApp
) -> None:
    request, documented = _documented("validatePhone")
    response = _validate(client, app, request)
    assert response.status_code == 200
    assert response.json() == documented


def test_batch_validation_reproduces_the_documented_example(
    client: ASGIClient, app: MockApp
) -> None:
    # The example serves +14155551235 from the default account's cache (seeded fixture).
    request, documented = _documented("validatePhoneBatch")
    response = _batch(client, app, request)
    assert response.status_code == 200
    assert response.json() == documented


def test_lookups_are_cached_per_account_until_forced(client: ASGIClient, app: MockApp) -> None:
    first = _validate(client, app, {"phone": "+14155559876"}).json()
    assert (first["cost"], first["cached"]) == (LOOKUP_COST, False)
    again = _validate(client, app, {"phone": "1 415 555 9876"}).json()  # same number
    assert (again["cost"], again["cached"]) == (0, True)
    assert again["phone"] == "+14155559876"
    forced = _validate(client, app, {"phone": "+14155559876", "force": True}).json()
    assert (forced["cost"], forced["cached"]) == (LOOKUP_COST, False)
    # Another account has its own cache: the seeded entry of the default one is not shared.
    other = _validate(client, app, {"phone": "+14155551235"}, role="product_disabled").json()
    assert (other["cost"], other["cached"]) == (LOOKUP_COST, False)
    mine = _validate(client, app, {"phone": "+14155551235"}).json()
    assert (mine["cost"], mine["cached"]) == (0, True)


def test_reset_restores_the_seeded_cache(client: ASGIClient, app: MockApp) -> None:
    _validate(client, app, {"phone": "+14155559876"})
    send(client, app, message())
    assert client.post("/__smsspec/reset").status_code == 200
    assert len(messages(app)) == 0
    assert _validate(client, app, {"phone": "+14155559876"}).json()["cached"] is False
    assert _validate(client, app, {"phone": "+14155551235"}).json()["cached"] is True


@pytest.mark.parametrize("raw", ["4155551234", "(415) 555-1234", "14155551234", "+1 415-555-1234"])
def test_validation_normalises_common_us_formats(
    client: ASGIClient, app: MockApp, raw: str
) -> None:
    body = _validate(client, app, {"phone": raw}).json()
    assert body["phone"] == "+14155551234"
    assert body["valid"] is True


@pytest.mark.parametrize(
    ("phone", "line_type", "disposition"),
    [
        ("+14155551234", "mobile", "ok"),
        ("+14155551236", "fixed line", "unreachable"),
        ("+13105558888", "voip", "risky"),
        ("+14155550002", "mobile", "risky"),  # on the DNC list
        ("+14155550000", "unknown", "invalid"),
        ("+14155550001", "unknown", "unknown"),
    ],
)
def test_dispositions(
    client: ASGIClient, app: MockApp, phone: str, line_type: str, disposition: str
) -> None:
    body = _validate(client, app, {"phone": phone}).json()
    assert (body["line_type"], body["disposition"]) == (line_type, disposition)


def test_unparsable_number_is_invalid_and_not_billed(client: ASGIClient, app: MockApp) -> None:
    response = _validate(client, app, {"phone": "not-a-phone"})
    assert response.status_code == 200
    body = response.json()
    assert (body["phone"], body["valid"], body["disposition"], body["cost"]) == (
        "not-a-phone",
        False,
        "invalid",
        0,
    )


@pytest.mark.parametrize("path", [VALIDATE, BATCH])
@pytest.mark.parametrize("force", ["true", 1, None])
def test_force_must_be_a_json_boolean(
    client: ASGIClient, app: MockApp, path: str, force: Any
) -> None:
    body = {"phone": "+14155551234", "phones": ["+14155551234"], "force": force}
    response = client.post(path, json=body, headers=headers(app))
    assert response.status_code == 400
    assert response.json()["code"] == "invalid_force"


@pytest.mark.parametrize(
    ("role", "code"),
    [
        ("no_billing_config", "no_billing_config"),
        ("no_payment_method", "no_payment_method"),
        ("payment_failed", "payment_failed"),
        ("billing_suspended", "suspended"),
    ],
)
@pytest.mark.parametrize("path", [VALIDATE, BATCH])
def test_unusable_billing_is_402(
    client: ASGIClient, app: MockApp, role: str, code: str, path: str
) -> None:
    body = {"phone": "+14155551234", "phones": ["+14155551234"]}
    response = client.post(path, json=body, headers=headers(app, role))
    assert response.status_code == 402
    assert response.json()["code"] == code
    assert_deprecated(response)


def test_batch_limit_is_500_numbers(client: ASGIClient, app: MockApp) -> None:
    phones = [f"+1415555{i:04d}" for i in range(501)]
    assert _batch(client, app, {"phones": phones[:500]}).status_code == 200
    response = _batch(client, app, {"phones": phones})
    assert response.status_code == 413
    assert response.json() == {"error": "Maximum 500 phones per request", "code": "too_many_phones"}


@pytest.mark.parametrize("phones", [[], None])
def test_batch_without_phones_is_missing_phones(
    client: ASGIClient, app: MockApp, phones: Any
) -> None:
    body = {} if phones is None else {"phones": phones}
    response = _batch(client, app, body)
    assert response.status_code == 400
    assert response.json()["code"] == "missing_phones"


POOL = [
    "+14155551234",
    "+14155551235",
    "+14155551236",
    "14155551236",
    "+13105558888",
    "+14155550000",
    "+14155550001",
    "+447700900123",
    "not-a-phone",
    "12",
    "",
]


@HYPOTHESIS
@given(phones=st.lists(st.sampled_from(POOL), min_size=1, max_size=30), force=st.booleans())
def test_batch_results_and_summary(
    mock: tuple[MockApp, ASGIClient], phones: list[str], force: bool
) -> None:
    app, client = mock
    app.reset()
    response = _batch(client, app, {"phones": phones, "force": force})
    assert response.status_code == 200
    results, summary = response.json()["results"], response.json()["summary"]
    assert len(results) == summary["total"] == len(phones)
    seen: set[str] = set()
    fresh = 0
    for raw, result in zip(phones, results, strict=True):
        number = normalise(raw, "1")
        if number is None:
            # One bad number never fails the batch: in-band entry, in submission order.
            assert result == {
                "phone": raw,
                "error": "validation_error",
                "code": "invalid_phone",
                "message": "invalid phone number format",
            }
            continue
        assert result["phone"] == number
        # Duplicates are looked up and billed once; the seeded cache answers unless forced.
        cached = number in seen or (number == "+14155551235" and not force)
        assert result["cached"] is cached
        assert result["cost"] == (0 if cached else LOOKUP_COST)
        fresh += not cached
        seen.add(number)
    lookups = [r for r in results if "error" not in r]
    assert summary["errors"] == len(results) - len(lookups)
    assert summary["cached"] == sum(r["cached"] for r in lookups)
    for key in ("ok", "unreachable", "invalid", "risky", "unknown"):
        assert summary[key] == sum(r["disposition"] == key for r in lookups)
    assert summary["total_cost"] == pytest.approx(fresh * LOOKUP_COST)


# -- accounts ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("POST", SEND, message()),
        ("POST", BULK, {"from_phone_number_id": "pn_123", "messages": [message()]}),
        ("DELETE", CONTACT, None),
        ("POST", VALIDATE, {"phone": "+14155551234"}),
        ("POST", BATCH, {"phones": ["+14155551234"]}),
    ],
)
def test_suspended_account_is_refused_everywhere(
    client: ASGIClient, app: MockApp, method: str, path: str, body: Any
) -> None:
    response = client.request(method, path, json=body, headers=headers(app, "suspended"))
    assert response.status_code == 403
    assert response.json() == {"error": "Account is suspended"}  # no code (C-13)
    assert_deprecated(response)


# -- rate limits ------------------------------------------------------------------------------


def test_no_rate_limit_by_default() -> None:
    """Newest pages: the API has no rate limits (conflict C-10)."""
    app = create_app(API, MockConfig(seed=1, clock=lambda: 1_000_000.0))
    with ASGIClient(app) as client:
        for _ in range(150):
            assert send(client, app, message()).status_code == 201


def test_superseded_per_key_rate_limits_on_request() -> None:
    """The older introduction's per-key limits stay reachable as an option (C-10)."""
    config = MockConfig(seed=1, clock=lambda: 1_000_000.0, superseded_rate_limits=True)
    app = create_app(API, config)
    with ASGIClient(app) as client:
        for _ in range(100):  # sendMessage: 100 requests/s per key
            assert send(client, app, message()).status_code == 201
        limited = send(client, app, message())
        assert limited.status_code == 429
        assert limited.json() == {"error": "Rate limit exceeded", "code": "rate_limit"}
        assert limited.headers["retry-after"] == "1"
        assert_deprecated(limited)
        # The window is per operation and per key.
        payload = {"from_phone_number_id": "pn_123", "messages": [message()]}
        for _ in range(10):  # sendMessageBulk: 10 requests/s per key
            assert bulk(client, app, payload).status_code == 201
        assert bulk(client, app, payload).status_code == 429
        assert send(client, app, message(), role="product_disabled").status_code == 201
        # No limit is documented for the other operations.
        for _ in range(150):
            assert client.request("DELETE", CONTACT, headers=headers(app)).status_code == 200
        # A second later the windows are open again.
        assert client.post("/__smsspec/clock", json={"advance": 1}).status_code == 200
        assert send(client, app, message()).status_code == 201
        assert bulk(client, app, payload).status_code == 201
