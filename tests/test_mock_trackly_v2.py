"""Behaviour of the Trackly v2 mock that the generic suites do not prove.

The docs' request examples (the spec's, and the reference's) answer the documented status and
shape; fixtures come from the docs' examples; state round trips (create, get, list with
paging, partial update, soft delete and restore) per resource; the x-rules: bulk partial
success with original indexes, max-errors truncation, duplicates, billing states, journeys,
paid validation and its cache, audience sizes from the filter DSL, blast percentages,
complete-schedule immutability, placeholder coverage and counts, revenue attribution, the
scope of clearing history, short links on a list's domain and product gating.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.mock import MockApp
from generator.mock.engine import Collection
from generator.mock.plugins.trackly_v2 import parse_ts
from generator.schemas import compile_validator
from tests.asgi import ASGIClient
from tests.conftest import bundled, spec_of
from tests.mockharness import MockHarness
from tests.triggers import base_body, sample_path

API = "trackly-v2"
P = "/api/v2"
AUDIENCE = "664f1a2b3c4d5e6f7a8b9c0d"
SCHEDULE = "6651a3f2e4b0a1c2d3e4f567"
RECENT_CLICKERS = "665fa1b2c3d4e5f6a7b8c901"
OFFER = "664f1a2b3c4d5e6f7a8b9c0d"
JANE = "+14155559876"
PROMO_LIST = "+18005551234"  # list 43, the contacts pages' list
MAIN_LIST = "+18005551000"  # list 42, shortener domain yourdomain.com, a Welcome Journey
HYPOTHESIS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


DOCUMENTED_KEY = spec_of(API).demo_accounts["default"].key


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


def stored(app: MockApp, resource: str) -> Collection:
    """The engine's records of a resource (stored effects an answer cannot show)."""
    return app.engine.store[resource]


def subscription(app: MockApp, phone: str, list_id: int) -> dict[str, Any]:
    found = [
        s
        for s in stored(app, "list-contacts")
        if (s["phone_number"], s["list_id"]) == (phone, list_id)
    ]
    assert len(found) == 1, found
    return found[0]


def find_offer(app: MockApp, ref: str) -> dict[str, Any] | None:
    """A live offer by id or external id."""
    offers = stored(app, "offers")
    found = offers.get(ref) or next((o for o in offers if o.get("external_id") == ref), None)
    return found if found is not None and found["status"] != "archived" else None


def key(app: MockApp, role: str = "default") -> dict[str, str]:
    return {"X-Api-Key": app.demo_keys()[role]}


def call(
    client: ASGIClient,
    app: MockApp,
    method: str,
    path: str,
    body: Any = None,
    role: str = "default",
    **params: Any,
) -> Any:
    kwargs: dict[str, Any] = {"headers": key(app, role), "params": params}
    if body is not None:
        kwargs["json"] = body
    return client.request(method, P + path, **kwargs)


def ok(response: Any, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    return response.json()


def code(response: Any) -> tuple[int, str | None]:
    return response.status_code, response.json().get("code")


def contact(phone: str, list_number: str = PROMO_LIST, **extra: Any) -> dict[str, Any]:
    return {"phone_number": phone, "list_number": list_number, **extra}


def success_schema(operation_id: str) -> Any:
    op = spec_of(API).operation(operation_id)
    response = op.responses[str(op.success_status)]
    media = next(iter(response["content"].values()))
    return compile_validator(media["schema"], bundled(API))


# -- demo keys and account states -------------------------------------------------------------


def test_default_key_is_the_documented_example_key(app: MockApp) -> None:
    keys = app.demo_keys()
    assert keys["default"] == DOCUMENTED_KEY
    assert set(keys) == {
        "default",
        "suspended",
        "product_disabled",
        "no_billing_config",
        "no_payment_method",
        "payment_failed",
        "billing_suspended",
    }


def _every_operation() -> list[tuple[str, str, str, Any]]:
    spec = spec_of(API)
    cases = []
    for op in spec.operations:
        path = sample_path(spec, op)
        assert path is not None, op.operation_id
        cases.append((op.operation_id, op.method, path.removeprefix("/v2"), base_body(spec, op)))
    return cases


@pytest.mark.parametrize(("operation_id", "method", "path", "body"), _every_operation())
def test_a_suspended_account_is_refused_everywhere(
    client: ASGIClient, app: MockApp, operation_id: str, method: str, path: str, body: Any
) -> None:
    response = call(client, app, method, path, body, role="suspended")
    assert response.status_code == 403
    assert response.json() == {"error": "Account is suspended"}


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("no_billing_config", "no_billing_config"),
        ("no_payment_method", "no_payment_method"),
        ("payment_failed", "payment_failed"),
        ("billing_suspended", "suspended"),
    ],
)
def test_billing_states_refuse_paid_validation_only(
    client: ASGIClient, app: MockApp, role: str, expected: str
) -> None:
    new = contact("+14155550201", use_validation=True)
    assert code(call(client, app, "post", "/contacts", new, role=role)) == (402, expected)
    bulk = {"contacts": [contact("+14155550202"), new]}
    assert code(call(client, app, "post", "/contacts/bulk", bulk, role=role)) == (402, expected)
    # Nothing was stored by the refused requests ...
    assert call(client, app, "get", "/contacts/%2B14155550202").status_code == 404
    # ... and without use_validation the same account stores contacts.
    plain = contact("+14155550201")
    assert ok(call(client, app, "post", "/contacts", plain, role=role))["is_new_contact"] is True


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/links", {"offerId": "6789abcd1234ef5678901234", "listId": 42}),
        ("/links/shorten", {"url": "https://example.com/landing-page", "listId": 42}),
    ],
)
def test_links_need_their_product(
    client: ASGIClient, app: MockApp, path: str, body: dict[str, Any]
) -> None:
    refused = call(client, app, "post", path, body, role="product_disabled")
    assert code(refused) == (403, "product_not_enabled")
    # Sending is always enabled for active accounts.
    send = {"to": "+14155551234", "list_number": MAIN_LIST, "body": "Hi"}
    assert call(client, app, "post", "/send", send, role="product_disabled").status_code == 200


# -- the docs' requests -----------------------------------------------------------------------


def _request_examples() -> list[tuple[str, str, Any]]:
    spec = spec_of(API)
    cases = []
    for op in spec.operations:
        for media in ((op.request_body or {}).get("content") or {}).values():
            for name, example in (media.get("examples") or {}).items():
                cases.append((op.operation_id, name, spec.resolve(example)["value"]))
    return cases


# The reference's documented requests that the spec's examples do not already hold verbatim.
REFERENCE_REQUESTS: list[tuple[str, str, Any]] = [
    (
        "sendMessage",
        "send-single page",
        {"to": "+14155551234", "list_number": "+18005551000", "body": "Hello {{messageId}}"},
    ),
    (
        "createContact",
        "create-contact page",
        {
            "phone_number": JANE,
            "list_number": PROMO_LIST,
            "custom_fields": {"first_name": "Jane", "source": "landing_page_v2"},
        },
    ),
    (
        "importSendHistory",
        "import-sends page",
        {
            "records": [
                {
                    "id": "hist_0001",
                    "list_number": "+14155551234",
                    "to_number": "+12025559876",
                    "timestamp": "2024-01-15T10:30:00Z",
                }
            ]
        },
    ),
    ("createLink", "create-link page", {"offerId": "6789abcd1234ef5678901234", "listId": 42}),
    ("shortenLink", "shorten-link page", {"url": "https://example.com/landing-page", "listId": 42}),
]


@pytest.mark.parametrize(
    ("operation_id", "name", "body"),
    _request_examples() + REFERENCE_REQUESTS,
    ids=[f"{o}-{n}" for o, n, _ in _request_examples() + REFERENCE_REQUESTS],
)
def test_documented_requests_get_the_documented_answer(
    client: ASGIClient, app: MockApp, operation_id: str, name: str, body: Any
) -> None:
    spec = spec_of(API)
    op = spec.operation(operation_id)
    path = sample_path(spec, op)
    assert path is not None
    response = call(client, app, op.method, path.removeprefix("/v2"), body)
    assert response.status_code == op.success_status, response.text
    answer = response.json()
    errors = [e.message for e in success_schema(operation_id).iter_errors(answer)]
    assert not errors, errors
    documented = set(app.compiled.operations[operation_id].success_example)
    if operation_id == "shortenLink" and "offerId" not in body:
        # C-24: the page answers a URL request with an offer's answer; a shortened URL has no
        # offer, so its answer has no offerId.
        documented.discard("offerId")
    assert set(answer) == documented


@pytest.mark.parametrize(
    ("operation_id", "path"),
    [
        ("getContact", f"/contacts/{quote(JANE, safe='')}"),
        ("getList", "/lists/42"),
        ("getAudience", f"/audiences/{AUDIENCE}"),
        ("getSchedule", f"/schedules/{SCHEDULE}"),
        ("getCreative", "/creatives/101"),
        ("getOffer", f"/offers/{OFFER}"),
    ],
)
def test_documented_resources_are_seeded_from_the_spec_examples(
    client: ASGIClient, app: MockApp, operation_id: str, path: str
) -> None:
    answer = ok(call(client, app, "get", path))
    documented = app.compiled.operations[operation_id].success_example
    # Every documented field is served as documented (counts are computed, so not compared).
    for field, value in documented.items():
        if field not in ("contact_count",):
            assert answer[field] == value, field


def test_documented_example_ids_exist(client: ASGIClient, app: MockApp) -> None:
    assert ok(call(client, app, "get", f"/audiences/{RECENT_CLICKERS}"))["status"] == "active"
    for message_id in ("a1b2c3d4", "e5f6g7h8", "i9j0k1l2", "AbC12345"):
        assert message_id in stored(app, "messages")
    for external in ("offer_123", "offer_456", "offer_abc123"):
        assert find_offer(app, external) is not None
    lists = {item["id"]: item for item in ok(call(client, app, "get", "/lists"))["lists"]}
    assert lists[42]["phone_number"] == MAIN_LIST
    assert stored(app, "lists").get(42)["domain"] == "yourdomain.com"  # type: ignore[index]


# -- generic request handling -----------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    ["/creatives/101", f"/audiences/{AUDIENCE}", f"/offers/{OFFER}", f"/schedules/{SCHEDULE}"],
)
def test_a_partial_update_without_a_body_is_malformed(
    client: ASGIClient, app: MockApp, path: str
) -> None:
    response = client.request("PUT", P + path, headers=key(app))
    assert response.status_code == 400
    assert "code" not in response.json()
    # An empty JSON object is a valid partial update that changes nothing.
    assert call(client, app, "put", path, {}).status_code == 200


def test_date_time_formats_are_enforced(client: ASGIClient, app: MockApp) -> None:
    bad = call(client, app, "put", f"/schedules/{SCHEDULE}", {"send_date": "next tuesday"})
    assert bad.status_code == 400
    assert "send_date" in bad.json()["error"]
    good = ok(
        call(
            client, app, "put", f"/schedules/{SCHEDULE}", {"send_date": "2024-07-01T09:00:00+02:00"}
        )
    )
    assert good["schedule"]["send_date"] == "2024-07-01T07:00:00Z"


# -- Contacts ---------------------------------------------------------------------------------


def test_contact_upsert_round_trip(client: ASGIClient, app: MockApp) -> None:
    phone = "+14155550301"
    created = ok(call(client, app, "post", "/contacts", contact(phone, custom_fields={"a": 1})))
    assert (created["is_new_contact"], created["is_new_list_contact"]) == (True, True)
    again = ok(call(client, app, "post", "/contacts", contact(phone, custom_fields={"b": "x"})))
    assert (again["is_new_contact"], again["is_new_list_contact"]) == (False, False)
    assert again["contact_id"] == created["contact_id"]
    other_list = ok(call(client, app, "post", "/contacts", contact(phone, MAIN_LIST)))
    assert (other_list["is_new_contact"], other_list["is_new_list_contact"]) == (False, True)
    assert other_list["contact_id"] == created["contact_id"]
    assert other_list["list_contact_id"] != created["list_contact_id"]
    detail = ok(call(client, app, "get", f"/contacts/{quote(phone, safe='')}"))
    memberships = {m["list_number"]: m for m in detail["lists"]}
    assert memberships[PROMO_LIST]["custom_fields"] == {"a": 1, "b": "x"}  # merged
    assert memberships[MAIN_LIST]["list_id"] == 42


def test_documented_contact_keeps_its_documented_ids(client: ASGIClient, app: MockApp) -> None:
    spec_value = app.compiled.operations["createContact"].success_example
    body = contact(JANE, custom_fields={"first_name": "Jane", "source": "landing_page_v2"})
    answer = ok(call(client, app, "post", "/contacts", body))
    assert answer["contact_id"] == spec_value["contact_id"]
    assert answer["list_contact_id"] == spec_value["list_contact_id"]


def test_update_contact_merges_or_replaces(client: ASGIClient, app: MockApp) -> None:
    body = contact(JANE, custom_fields={"plan": "premium"})
    merged = ok(call(client, app, "put", "/contacts", body))
    assert merged["custom_fields"] == {
        "first_name": "Jane",
        "source": "landing_page_v2",
        "plan": "premium",
    }
    replaced = ok(call(client, app, "put", "/contacts", {**body, "merge_fields": False}))
    assert replaced["custom_fields"] == {"plan": "premium"}
    listed = ok(call(client, app, "get", "/contacts", list_number=PROMO_LIST))["contacts"]
    assert listed[0]["custom_fields"] == {"plan": "premium"}


def test_update_contact_rules_in_order(client: ASGIClient, app: MockApp) -> None:
    fields = {"custom_fields": {"a": 1}}
    unknown = call(client, app, "put", "/contacts", {**contact("+14155550399"), **fields})
    assert code(unknown) == (400, "contact_not_found")
    no_list = call(client, app, "put", "/contacts", {**contact(JANE, "+19995550000"), **fields})
    assert code(no_list) == (400, "list_not_found")
    not_on = call(client, app, "put", "/contacts", {**contact(JANE, MAIN_LIST), **fields})
    assert code(not_on) == (400, "list_contact_not_found")


def test_delete_contact_unsubscribes_softly(client: ASGIClient, app: MockApp) -> None:
    before = ok(call(client, app, "get", "/lists/43"))["contact_count"]
    assert ok(call(client, app, "delete", "/contacts", contact(JANE)))["unsubscribed"] is True
    assert ok(call(client, app, "delete", "/contacts", contact(JANE)))["unsubscribed"] is False
    unknown = contact("+14155550398", "+19995550000")
    assert ok(call(client, app, "delete", "/contacts", unknown)) == {
        "success": True,
        "unsubscribed": False,
    }
    assert ok(call(client, app, "get", "/lists/43"))["contact_count"] == before - 1
    inactive = ok(call(client, app, "get", "/contacts", active="false"))["contacts"]
    assert [c["phone_number"] for c in inactive] == [JANE]
    assert subscription(app, JANE, 43)["unsubscribe_reason"] == "api"
    # History is kept: the contact and its subscription still exist.
    detail = ok(call(client, app, "get", f"/contacts/{quote(JANE, safe='')}"))
    assert detail["lists"][0]["active"] is False
    # Creating the contact again subscribes it again.
    assert ok(call(client, app, "post", "/contacts", contact(JANE)))["is_new_list_contact"] is False
    assert ok(call(client, app, "get", "/lists/43"))["contact_count"] == before


@HYPOTHESIS
@given(
    days=st.lists(st.integers(min_value=1, max_value=365), min_size=1, max_size=25, unique=True),
    per_page=st.integers(min_value=1, max_value=7),
)
def test_contacts_are_paged_newest_signup_first(
    mock: tuple[MockApp, ASGIClient], days: list[int], per_page: int
) -> None:
    app, client = mock
    app.reset()
    phones = []
    for index, day in enumerate(days):
        phone = f"+1646555{index:04d}"
        signup = _day(day)
        ok(call(client, app, "post", "/contacts", contact(phone, MAIN_LIST, signup_date=signup)))
        phones.append((day, phone))
    expected = [p for _, p in sorted(phones, reverse=True)]
    seen: list[str] = []
    total_pages = math.ceil((len(days) + 2) / per_page)  # + the two seeded contacts of list 42
    for page in range(1, total_pages + 2):
        answer = ok(
            call(
                client, app, "get", "/contacts", list_number=MAIN_LIST, page=page, per_page=per_page
            )
        )
        assert answer["pagination"] == {
            "page": page,
            "per_page": per_page,
            "total": len(days) + 2,
            "total_pages": total_pages,
        }
        seen += [c["phone_number"] for c in answer["contacts"]]
    assert seen[: len(days)] == expected  # the seeded ones signed up in 2024-01-10, before


def _day(day: int) -> str:
    moment = datetime(2025, 1, 1, tzinfo=UTC) + timedelta(days=day, hours=day % 24)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def test_contact_paging_defaults_and_limits(client: ASGIClient, app: MockApp) -> None:
    answer = ok(call(client, app, "get", "/contacts"))
    assert answer["pagination"]["page"] == 1
    assert answer["pagination"]["per_page"] == 50
    assert (
        ok(call(client, app, "get", "/contacts", per_page=1000))["pagination"]["per_page"] == 1000
    )
    assert call(client, app, "get", "/contacts", per_page=1001).status_code == 400
    assert call(client, app, "get", "/audiences", per_page=101).status_code == 400
    # ``page`` has no documented maximum: a page far beyond 64 bits is an empty page.
    huge = 79907281921367678571384027488452608
    beyond = ok(call(client, app, "get", "/contacts", page=huge))
    assert beyond["contacts"] == []
    assert beyond["pagination"]["page"] == huge


def test_bulk_contacts_report_failures_with_original_indexes(
    client: ASGIClient, app: MockApp
) -> None:
    body = {
        "contacts": [
            contact("+14155550401"),
            contact("+13105558888"),  # VoIP: fails carrier validation
            {"list_number": PROMO_LIST},  # no phone_number
            contact("+14155550402", "+19995550000"),  # unknown list
            "not an object",
            contact("+14155550403", "12345"),  # list_number not E.164
            contact("+14155550404", custom_fields="oops"),  # unmapped: ignored
        ]
    }
    answer = ok(call(client, app, "post", "/contacts/bulk", body))
    failures = {e["index"]: e["code"] for e in answer["errors"]}
    assert failures == {
        1: "not_sendable",
        2: "missing_phone_number",
        3: "list_not_found",
        4: "missing_phone_number",
        5: "invalid_list_number",
    }
    assert answer["errors"][0]["phone_number"] == "+13105558888"
    assert answer["errors"][0]["error"] == "Phone number failed carrier validation"
    assert (answer["success_count"], answer["error_count"]) == (2, 5)
    assert (answer["contacts_created"], answer["list_contacts_created"]) == (2, 2)
    stored = ok(call(client, app, "get", f"/contacts/{quote('+14155550404', safe='')}"))
    assert stored["lists"][0]["custom_fields"] == {}


def test_bulk_contacts_over_4000_bytes_refuse_the_batch(client: ASGIClient, app: MockApp) -> None:
    big = contact("+14155550411", custom_fields={"notes": "x" * 4000})
    answer = call(
        client, app, "post", "/contacts/bulk", {"contacts": [contact("+14155550410"), big]}
    )
    assert code(answer) == (413, "payload_too_large")
    assert all(s["phone_number"] != "+14155550410" for s in stored(app, "list-contacts"))
    single = call(client, app, "post", "/contacts", big)
    assert code(single) == (413, "payload_too_large")


def test_journeys_and_their_warning(client: ASGIClient, app: MockApp) -> None:
    enrolled = ok(
        call(
            client, app, "post", "/contacts", contact("+14155550501", MAIN_LIST, use_journeys=True)
        )
    )
    assert enrolled["journeys_enrolled"] == 1
    assert "warnings" not in enrolled
    # skip_journey_if_exists (default true): the list contact existed, no new enrolment.
    again = ok(
        call(
            client, app, "post", "/contacts", contact("+14155550501", MAIN_LIST, use_journeys=True)
        )
    )
    assert again["journeys_enrolled"] == 0
    forced = contact("+14155550501", MAIN_LIST, use_journeys=True, skip_journey_if_exists=False)
    assert ok(call(client, app, "post", "/contacts", forced))["journeys_enrolled"] == 1
    warned = ok(call(client, app, "post", "/contacts", contact("+14155550502", MAIN_LIST)))
    assert warned["journeys_enrolled"] == 0
    assert warned["warnings"]
    # List 43 has no journey: no warning.
    assert "warnings" not in ok(call(client, app, "post", "/contacts", contact("+14155550503")))


def test_paid_validation_is_cached_per_account(client: ASGIClient, app: MockApp) -> None:
    body = contact("+14155550601", use_validation=True)
    first = ok(call(client, app, "post", "/contacts", body))["validation"]
    assert (first["cached"], first["cost"]) == (False, 0.003)
    second = ok(call(client, app, "post", "/contacts", body))["validation"]
    assert (second["cached"], second["cost"]) == (True, 0)
    # A landline is unreachable: stored by the single create, refused per item in bulk.
    landline = contact("+14155551236", use_validation=True)
    assert (
        ok(call(client, app, "post", "/contacts", landline))["validation"]["disposition"]
        == "unreachable"
    )
    bulk = ok(
        call(
            client,
            app,
            "post",
            "/contacts/bulk",
            {"contacts": [landline, contact("+14155550099", use_validation=True)]},
        )
    )
    assert [(e["index"], e["code"]) for e in bulk["errors"]] == [
        (0, "validation_failed"),
        (1, "provider_error"),
    ]


def test_sends_update_the_contacts_stats(client: ASGIClient, app: MockApp) -> None:
    send = {"to": JANE, "list_number": PROMO_LIST, "body": "Hi {{messageId}}"}
    message_id = ok(call(client, app, "post", "/send", send))["message_id"]
    assert stored(app, "messages").get(message_id)["body"] == f"Hi {message_id}"  # type: ignore[index]
    listed = ok(call(client, app, "get", "/contacts", list_number=PROMO_LIST))["contacts"][0]
    assert listed["send_count"] == 4  # documented 3, plus this one
    assert listed["last_sent_at"] is not None


# -- Lists ------------------------------------------------------------------------------------


def test_lists_filter_by_status_and_hide_deleted(client: ASGIClient, app: MockApp) -> None:
    ids = [item["id"] for item in ok(call(client, app, "get", "/lists"))["lists"]]
    assert 42 in ids
    assert 46 not in ids
    deleted = ok(call(client, app, "get", "/lists", status="deleted"))["lists"]
    assert [item["id"] for item in deleted] == [46]
    assert [
        item["id"] for item in ok(call(client, app, "get", "/lists", status="paused"))["lists"]
    ] == [44]
    assert code(call(client, app, "get", "/lists/46")) == (404, "not_found")
    assert code(call(client, app, "get", "/lists/4242")) == (404, "not_found")


# -- Audiences --------------------------------------------------------------------------------


def audience_body(*conditions: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "name": "Segment",
        "filter": {"operator": "AND", "conditions": list(conditions)},
        **extra,
    }


def test_audience_round_trip_and_archive(client: ASGIClient, app: MockApp) -> None:
    condition = {
        "condition_type": "custom_field",
        "field": "custom_fields.source",
        "operator": "eq",
        "value": "x",
    }
    created = ok(
        call(client, app, "post", "/audiences", audience_body(condition, source_lists=[43]))
    )
    assert created["filter"]["conditions"] == [
        {
            "conditionType": "custom_field",
            "field": "custom_fields.source",
            "operator": "eq",
            "value": "x",
        }
    ]
    assert (created["cached_size"], created["status"]) == (None, "active")
    path = f"/audiences/{created['id']}"
    assert ok(call(client, app, "get", path)) == created
    renamed = ok(call(client, app, "put", path, {"name": "Renamed"}))
    assert renamed["name"] == "Renamed"
    assert renamed["filter"] == created["filter"]  # partial update
    listed = [a["id"] for a in ok(call(client, app, "get", "/audiences"))["audiences"]]
    assert listed == [AUDIENCE, RECENT_CLICKERS, created["id"]]
    assert ok(call(client, app, "delete", path)) == {"success": True, "archived": True}
    assert code(call(client, app, "get", path)) == (404, "not_found")
    assert code(call(client, app, "delete", path)) == (404, "not_found")
    # No page documents a restore for audiences: an archived one is gone for PUT and size too.
    assert code(call(client, app, "put", path, {"name": "Back"})) == (404, "not_found")
    assert code(call(client, app, "get", path + "/size")) == (404, "not_found")
    assert created["id"] not in [
        a["id"] for a in ok(call(client, app, "get", "/audiences"))["audiences"]
    ]
    archived = ok(call(client, app, "get", "/audiences", status="archived"))["audiences"]
    assert [(a["id"], a["status"]) for a in archived] == [(created["id"], "archived")]


def test_audience_source_lists_must_exist(client: ASGIClient, app: MockApp) -> None:
    condition = {"condition_type": "count", "field": "click_count", "operator": "gte", "value": 1}
    for lists in ([999], [42, 46]):
        answer = call(
            client, app, "post", "/audiences", audience_body(condition, source_lists=lists)
        )
        assert code(answer) == (400, "source_list_not_found")
    update = call(client, app, "put", f"/audiences/{AUDIENCE}", {"source_lists": [1]})
    assert code(update) == (400, "source_list_not_found")


def test_audience_size_evaluates_the_filter(client: ASGIClient, app: MockApp) -> None:
    for index, state in enumerate(["CA", "CA", "NY"]):
        body = contact(f"+1415555070{index}", MAIN_LIST, custom_fields={"state": state})
        ok(call(client, app, "post", "/contacts", body))
    state_ca = {
        "condition_type": "custom_field",
        "field": "custom_fields.state",
        "operator": "eq",
        "value": "CA",
    }
    created = ok(call(client, app, "post", "/audiences", audience_body(state_ca)))
    path = f"/audiences/{created['id']}"
    size = ok(call(client, app, "get", path + "/size"))
    assert size["size"] == 2
    assert size["audience_id"] == created["id"]
    refreshed = ok(call(client, app, "get", path))
    assert (refreshed["cached_size"], refreshed["cached_size_updated_at"]) == (
        2,
        size["calculated_at"],
    )
    either = {
        "condition_type": "custom_field",
        "field": "state",
        "operator": "in",
        "value": ["CA", "NY"],
    }
    changed = ok(
        call(client, app, "put", path, {"filter": {"operator": "OR", "conditions": [either]}})
    )
    assert (changed["cached_size"], changed["cached_size_updated_at"]) == (None, None)
    assert ok(call(client, app, "get", path + "/size"))["size"] == 3
    # Source lists narrow the scope: none of these contacts is on list 43.
    ok(call(client, app, "put", path, {"source_lists": [43]}))
    assert ok(call(client, app, "get", path + "/size"))["size"] == 0


def test_audience_time_and_count_conditions(client: ASGIClient, app: MockApp) -> None:
    # Jane (list 43) clicked on 2025-03-20 and was sent 3 messages (documented example).
    app.clock_offset = _epoch("2025-03-25T00:00:00Z") - app.config.clock()
    clicked_7d = {
        "condition_type": "time",
        "field": "last_clicked_at",
        "operator": "within",
        "value": 7,
        "unit": "days",
    }
    clicked_3d = {**clicked_7d, "value": 3}
    sent_3 = {"condition_type": "count", "field": "send_count", "operator": "gte", "value": 3}
    never = {"condition_type": "time", "field": "last_clicked_at", "operator": "not_exists"}

    def size(*conditions: dict[str, Any]) -> int:
        body = audience_body(*conditions, source_lists=[43])
        created = ok(call(client, app, "post", "/audiences", body))
        return int(ok(call(client, app, "get", f"/audiences/{created['id']}/size"))["size"])

    assert size(clicked_7d) == 1
    assert size(clicked_3d) == 0
    assert size(clicked_7d, sent_3) == 1
    assert size(clicked_7d, {**sent_3, "value": 4}) == 0
    assert size(never) == 0


def _epoch(text: str) -> float:
    value = parse_ts(text)
    assert value is not None
    return value


# -- Schedules --------------------------------------------------------------------------------


def schedule_body(**extra: Any) -> dict[str, Any]:
    return {
        "name": "Weekend Promo",
        "send_type": "blast",
        "is_repeating": False,
        "send_time": "14:30",
        "send_date": "2024-06-01T14:30:00Z",
        "audiences": [RECENT_CLICKERS],
        "blasts": [{"message": "Deal {{link1}}", "percent_audience": 100}],
        **extra,
    }


def test_schedule_round_trip_archive_and_restore(client: ASGIClient, app: MockApp) -> None:
    created = ok(call(client, app, "post", "/schedules", schedule_body()))["schedule"]
    assert created["status"] == "draft"
    assert created["days_of_week"] == dict.fromkeys(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"), False
    )
    assert created["blasts"][0]["mms_image_url"] is None
    path = f"/schedules/{created['id']}"
    assert ok(call(client, app, "get", path)) == created
    updated = ok(call(client, app, "put", path, {"status": "on", "skip_within_hours": 12}))
    assert updated["schedule"]["status"] == "on"
    assert updated["schedule"]["name"] == "Weekend Promo"
    assert ok(call(client, app, "delete", path)) == {"success": True, "archived": True}
    assert code(call(client, app, "get", path)) == (404, "not_found")
    assert created["id"] not in [
        s["id"] for s in ok(call(client, app, "get", "/schedules"))["schedules"]
    ]
    archived = ok(call(client, app, "get", "/schedules", status="archive"))["schedules"]
    assert [s["status"] for s in archived] == ["archive"]  # spelled archive (C-22)
    restored = ok(call(client, app, "put", path, {"status": "off"}))["schedule"]
    assert restored["status"] == "off"
    assert ok(call(client, app, "get", path))["status"] == "off"


@HYPOTHESIS
@given(st.lists(st.integers(min_value=0, max_value=100), min_size=1, max_size=5))
def test_blast_percentages_must_total_100(
    mock: tuple[MockApp, ASGIClient], shares: list[int]
) -> None:
    app, client = mock
    app.reset()
    blasts = [
        {"message": f"V{i} {{{{link1}}}}", "percent_audience": s} for i, s in enumerate(shares)
    ]
    answer = call(client, app, "post", "/schedules", schedule_body(blasts=blasts))
    if sum(shares) == 100:
        assert answer.status_code == 200, answer.text
    else:
        assert code(answer) == (400, "invalid_blast_percent")
    update = call(client, app, "put", f"/schedules/{SCHEDULE}", {"blasts": blasts})
    assert update.status_code == (200 if sum(shares) == 100 else 400)


def test_fractional_blast_percentages(client: ASGIClient, app: MockApp) -> None:
    thirds = [{"message": "x", "percent_audience": 100 / 3} for _ in range(3)]
    assert call(client, app, "post", "/schedules", schedule_body(blasts=thirds)).status_code == 200


def test_schedule_audiences_and_lists_must_exist(client: ASGIClient, app: MockApp) -> None:
    unknown = call(client, app, "post", "/schedules", schedule_body(audiences=["0" * 24]))
    assert code(unknown) == (404, "audience_not_found")
    ok(call(client, app, "delete", f"/audiences/{RECENT_CLICKERS}"))
    archived = call(client, app, "post", "/schedules", schedule_body())
    assert code(archived) == (404, "audience_not_found")  # must be active
    lists = call(client, app, "put", f"/schedules/{SCHEDULE}", {"source_lists": [999]})
    assert code(lists) == (404, "source_list_not_found")


def test_a_complete_schedule_is_immutable(client: ASGIClient, app: MockApp) -> None:
    path = f"/schedules/{SCHEDULE}"
    assert (
        ok(call(client, app, "put", path, {"status": "complete"}))["schedule"]["status"]
        == "complete"
    )
    for change in ({"name": "New"}, {"status": "draft"}, {}):
        assert code(call(client, app, "put", path, change)) == (400, "schedule_complete")
    assert ok(call(client, app, "get", path))["status"] == "complete"


def test_schedule_conditional_fields(client: ASGIClient, app: MockApp) -> None:
    repeating = schedule_body(is_repeating=True)
    assert code(call(client, app, "post", "/schedules", repeating)) == (400, "missing_start_date")
    days = {"start_date": "2024-06-01T00:00:00Z", "end_date": "2024-06-30T00:00:00Z"}
    no_day = {**repeating, **days, "days_of_week": {"monday": False}}
    assert code(call(client, app, "post", "/schedules", no_day)) == (400, "no_days_selected")
    monday = ok(
        call(client, app, "post", "/schedules", {**no_day, "days_of_week": {"monday": True}})
    )
    assert monday["schedule"]["days_of_week"]["monday"] is True
    assert monday["schedule"]["days_of_week"]["sunday"] is False


# -- Creatives --------------------------------------------------------------------------------


def creative_body(message: str = "Deal: {{link1}}", **extra: Any) -> dict[str, Any]:
    return {
        "name": "Summer Sale Promo",
        "message": message,
        "offer_links": [{"key": "link1", "offer_id": OFFER}],
        **extra,
    }


@HYPOTHESIS
@given(
    text=st.text(alphabet="abc ,.!", max_size=300),
    links=st.integers(min_value=1, max_value=4),
)
def test_creative_counts_follow_the_documented_rule(
    mock: tuple[MockApp, ASGIClient], text: str, links: int
) -> None:
    app, client = mock
    app.reset()
    message = text + "".join(f" {{{{link{n}}}}}" for n in range(1, links + 1))
    offer_links = [{"key": f"link{n}", "offer_id": OFFER} for n in range(1, links + 1)]
    created = ok(
        call(client, app, "post", "/creatives", creative_body(message, offer_links=offer_links))
    )
    creative = created["creative"]
    expected = len(text) + links + links * 23 + 34
    assert creative["character_count"] == expected
    assert creative["segment_count"] == (1 if expected <= 160 else math.ceil(expected / 153))
    assert creative["offers"] == [OFFER]


def test_documented_creative_counts(client: ASGIClient, app: MockApp) -> None:
    created = ok(
        call(
            client,
            app,
            "post",
            "/creatives",
            creative_body("Summer sale! 30% off everything: {{link1}}"),
        )
    )
    assert created["creative"]["character_count"] == 90
    updated = ok(
        call(
            client,
            app,
            "put",
            "/creatives/101",
            {
                "name": "Summer Sale Promo v2",
                "message": "Summer sale v2! 40% off everything: {{link1}}",
            },
        )
    )
    assert updated["character_count"] == 93
    assert updated["slug"] == "cre_summer-sale-promo-v2_a1b2c3"


def test_creative_placeholders_must_be_covered(client: ASGIClient, app: MockApp) -> None:
    two = creative_body("A {{link1}} B {{link2}} C {{link3}}")
    answer = call(client, app, "post", "/creatives", two)
    assert code(answer) == (400, "missing_offer_links_for_placeholders")
    assert answer.json()["error"] == "Missing offer_links for placeholders: link2, link3"
    # Update: a new message is checked against the current offer_links ...
    update = call(client, app, "put", "/creatives/101", {"message": "Now {{link2}}"})
    assert code(update) == (400, "missing_offer_links_for_placeholders")
    # ... and new offer_links against the current message.
    update = call(
        client, app, "put", "/creatives/101", {"offer_links": [{"key": "link9", "offer_id": OFFER}]}
    )
    assert code(update) == (400, "missing_offer_links_for_placeholders")
    both = {"message": "Now {{link2}}", "offer_links": [{"key": "link2", "offer_id": OFFER}]}
    assert ok(call(client, app, "put", "/creatives/101", both))["message"] == "Now {{link2}}"


def test_creative_offers_must_exist(client: ASGIClient, app: MockApp) -> None:
    missing = creative_body(offer_links=[{"key": "link1", "offer_id": "f" * 24}])
    answer = call(client, app, "post", "/creatives", missing)
    assert code(answer) == (400, "offer_not_found")
    assert answer.json()["error"] == f"Offer not found: {'f' * 24}"
    ok(call(client, app, "delete", f"/offers/{OFFER}"))
    assert code(call(client, app, "post", "/creatives", creative_body())) == (
        400,
        "offer_not_found",
    )


def test_creative_round_trip_archive_and_restore(client: ASGIClient, app: MockApp) -> None:
    created = ok(call(client, app, "post", "/creatives", creative_body(creative_type="welcome")))[
        "creative"
    ]
    assert created["id"] == 102
    assert created["offer_links"] == [
        {"key": "link1", "offer_id": OFFER, "url": None, "url_params": {}}
    ]
    path = f"/creatives/{created['id']}"
    assert ok(call(client, app, "get", path)) == created
    assert [
        c["id"]
        for c in ok(call(client, app, "get", "/creatives", creative_type="welcome"))["creatives"]
    ] == [102]
    ok(call(client, app, "put", path, {"status": "paused"}))
    assert [c["id"] for c in ok(call(client, app, "get", "/creatives"))["creatives"]] == [101]
    assert ok(call(client, app, "delete", path)) == {"success": True, "archived": True}
    assert code(call(client, app, "get", path)) == (404, "not_found")
    archived = ok(call(client, app, "get", "/creatives", status="archived"))["creatives"]
    assert [c["id"] for c in archived] == [102]
    assert ok(call(client, app, "put", path, {"status": "active"}))["status"] == "active"
    assert ok(call(client, app, "get", path))["status"] == "active"
    assert code(call(client, app, "get", "/creatives/abc")) == (404, "not_found")


# -- Offers -----------------------------------------------------------------------------------


def test_offer_defaults_merge_archive_and_restore(client: ASGIClient, app: MockApp) -> None:
    created = ok(
        call(
            client,
            app,
            "post",
            "/offers",
            {"name": "Fall Offer", "tracking_url": "https://example.com/x", "metadata": {"a": "1"}},
        )
    )
    assert (
        created["payout"],
        created["payout_type"],
        created["filter_bots"],
        created["status"],
    ) == (0, "cpa", False, "active")
    assert created["slug"].startswith("ofr_fall-offer_")
    path = f"/offers/{created['id']}"
    merged = ok(call(client, app, "put", path, {"metadata": {"b": "2"}, "payout": 3}))
    assert merged["metadata"] == {"a": "1", "b": "2"}
    assert merged["payout"] == 3
    assert merged["name"] == "Fall Offer"
    assert ok(call(client, app, "delete", path)) == {"success": True, "archived": True}
    assert code(call(client, app, "get", path)) == (404, "not_found")
    assert created["id"] not in [o["id"] for o in ok(call(client, app, "get", "/offers"))["offers"]]
    assert ok(call(client, app, "put", path, {"status": "paused"}))["status"] == "paused"
    assert ok(call(client, app, "get", path))["status"] == "paused"
    archive_by_put = ok(call(client, app, "put", path, {"status": "archived"}))
    assert archive_by_put["status"] == "archived"
    assert code(call(client, app, "get", path)) == (404, "not_found")


def test_offer_list_pages(client: ASGIClient, app: MockApp) -> None:
    first = ok(call(client, app, "get", "/offers", per_page=2))
    second = ok(call(client, app, "get", "/offers", per_page=2, page=2))
    assert first["pagination"] == {"page": 1, "per_page": 2, "total": 4, "total_pages": 2}
    ids = [o["id"] for o in first["offers"] + second["offers"]]
    assert ids[0] == OFFER
    assert len(set(ids)) == 4


# -- Revenue ----------------------------------------------------------------------------------


def test_revenue_updates_the_contact_and_resolves_the_offer(
    client: ASGIClient, app: MockApp
) -> None:
    answer = ok(
        call(
            client,
            app,
            "post",
            "/revenue",
            {"message_id": "a1b2c3d4", "revenue": 24.99, "attribution_type": "sale"},
        )
    )
    revenue = stored(app, "revenue").get(answer["revenue_id"])
    assert revenue is not None
    assert revenue["offer_id"] == find_offer(app, "offer_123")["id"]  # type: ignore[index]
    listed = ok(call(client, app, "get", "/contacts", list_number=MAIN_LIST))["contacts"]
    recipient = next(c for c in listed if c["phone_number"] == "+14155551234")
    assert (recipient["revenue_total"], recipient["conversion_count"]) == (24.99, 1)


def test_revenue_needs_the_message_and_its_contact(client: ASGIClient, app: MockApp) -> None:
    unknown = {"message_id": "zzzzzzzz", "revenue": 1, "attribution_type": "sale"}
    assert code(call(client, app, "post", "/revenue", unknown)) == (400, "message_not_found")
    sent = ok(
        call(
            client,
            app,
            "post",
            "/send",
            {"to": "+14155550801", "list_number": MAIN_LIST, "body": "x"},
        )
    )
    orphan = {**unknown, "message_id": sent["message_id"]}
    assert code(call(client, app, "post", "/revenue", orphan)) == (400, "contact_not_found")


def test_bulk_revenue_partial_success(client: ASGIClient, app: MockApp) -> None:
    records = [
        {"message_id": "a1b2c3d4", "revenue": 10, "attribution_type": "sale"},
        {"message_id": "nope0000", "revenue": 5, "attribution_type": "sale"},
        {"message_id": "e5f6g7h8", "revenue": -1, "attribution_type": "sale"},
        {"message_id": "e5f6g7h8", "revenue": 2.5, "attribution_type": "migration"},
        {"message_id": "e5f6g7h8", "revenue": 2.5, "attribution_type": "click"},
    ]
    answer = ok(call(client, app, "post", "/revenue/bulk", {"records": records}))
    assert [(e["index"], e["code"]) for e in answer["errors"]] == [
        (1, "message_not_found"),
        (2, "invalid_revenue"),
        (3, "invalid_attribution_type"),
    ]
    assert (answer["success_count"], answer["error_count"], answer["total_revenue"]) == (2, 3, 12.5)


# -- Data import ------------------------------------------------------------------------------


def send_record(record_id: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": record_id,
        "to_number": "+12025559876",
        "timestamp": "2024-01-15T10:30:00Z",
        **extra,
    }


def test_history_sends_skip_duplicates_and_check_lists(client: ASGIClient, app: MockApp) -> None:
    records = [
        send_record("h1", list_number="+14155551234"),
        send_record("h1"),  # duplicate within the request
        send_record("a1b2c3d4"),  # an existing message id
        send_record("h2", list_id=999),
        send_record("h3", timestamp="yesterday"),
        send_record("h4", to_number="555"),
        send_record("h5", list_number="not-a-number"),
    ]
    answer = ok(call(client, app, "post", "/history/sends", {"records": records}))
    assert [(e["index"], e["id"], e["code"]) for e in answer["errors"]] == [
        (3, "h2", "list_not_found"),
        (4, "h3", "invalid_timestamp"),
        (5, "h4", "invalid_phone"),
        (6, "h5", "list_not_found"),
    ]
    assert answer["success_count"] == 1
    assert (answer["duplicates_skipped"], answer["invalid_phones"]) == (2, 1)
    assert stored(app, "messages").get("h1")["imported"] is True  # type: ignore[index]


@pytest.mark.parametrize(
    ("path", "record"),
    [
        ("/history/sends", {"to_number": "+12025559876", "timestamp": "2024-01-15T10:30:00Z"}),
        (
            "/history/clicks",
            {
                "message_id": "nope",
                "offer_id": "offer_123",
                "phone_number": "+14155551234",
                "timestamp": "2024-01-15T10:30:00Z",
            },
        ),
        ("/history/revenue", {"message_id": "nope", "offer_id": "offer_123", "revenue": 1}),
    ],
)
def test_history_lists_at_most_100_errors_and_counts_all(
    client: ASGIClient, app: MockApp, path: str, record: dict[str, Any]
) -> None:
    answer = ok(call(client, app, "post", path, {"records": [record] * 150}))
    assert answer["error_count"] == 150
    assert len(answer["errors"]) == 100
    assert [e["index"] for e in answer["errors"]] == list(range(100))


def test_history_clicks(client: ASGIClient, app: MockApp) -> None:
    click = {
        "message_id": "a1b2c3d4",
        "offer_id": "offer_123",
        "phone_number": "+14155551234",
        "timestamp": "2025-03-01T10:00:00Z",
    }
    records = [
        click,
        {**click, "timestamp": "2025-03-02T10:00:00Z"},  # second click of the same message
        {**click, "message_id": "i9j0k1l2", "offer_id": "no_such_offer"},
        {**click, "message_id": "nope"},
        {**click, "message_id": "i9j0k1l2", "send_timestamp": "garbage"},
    ]
    answer = ok(call(client, app, "post", "/history/clicks", {"records": records}))
    assert [(e["index"], e["code"]) for e in answer["errors"]] == [
        (2, "offer_not_found"),
        (3, "message_not_found"),
        (4, "invalid_timestamp"),
    ]
    assert (answer["success_count"], answer["duplicates_skipped"]) == (1, 1)
    listed = ok(call(client, app, "get", "/contacts", list_number=MAIN_LIST))["contacts"]
    recipient = next(c for c in listed if c["phone_number"] == "+14155551234")
    assert (recipient["click_count"], recipient["last_clicked_at"]) == (1, "2025-03-01T10:00:00Z")
    again = ok(call(client, app, "post", "/history/clicks", {"records": [click]}))
    assert again["duplicates_skipped"] == 1


def test_history_revenue(client: ASGIClient, app: MockApp) -> None:
    records = [
        {
            "message_id": "i9j0k1l2",
            "offer_id": "offer_456",
            "revenue": 49.5,
            "attribution_type": "migration",
        },
        {"message_id": "i9j0k1l2", "offer_id": "missing", "revenue": 1},
        {"message_id": "i9j0k1l2", "offer_id": "offer_456"},
    ]
    answer = ok(call(client, app, "post", "/history/revenue", {"records": records}))
    assert [(e["index"], e["code"]) for e in answer["errors"]] == [
        (1, "offer_not_found"),
        (2, "missing_revenue"),
    ]
    assert answer["total_revenue"] == 49.5
    imported = ok(call(client, app, "post", "/history/sends", {"records": [send_record("h9")]}))
    assert imported["success_count"] == 1
    orphan = {"message_id": "h9", "offer_id": "offer_456", "revenue": 1}
    answer = ok(call(client, app, "post", "/history/revenue", {"records": [orphan]}))
    assert answer["errors"][0]["code"] == "contact_not_found"  # +12025559876 is no contact


def test_clear_history_scope(client: ASGIClient, app: MockApp) -> None:
    ok(
        call(
            client,
            app,
            "post",
            "/history/sends",
            {
                "records": [
                    send_record("old", timestamp="2023-01-01T00:00:00Z"),
                    send_record("new", timestamp="2025-01-01T00:00:00Z"),
                ]
            },
        )
    )
    for message_id in ("old", "a1b2c3d4"):
        click = {
            "message_id": message_id,
            "offer_id": "offer_123",
            "phone_number": "+14155551234",
            "timestamp": "2023-06-01T00:00:00Z",
        }
        ok(call(client, app, "post", "/history/clicks", {"records": [click]}))
    ok(
        call(
            client,
            app,
            "post",
            "/revenue",
            {
                "message_id": "a1b2c3d4",
                "revenue": 5,
                "attribution_type": "sale",
                "timestamp": "2023-02-01T00:00:00Z",
            },
        )
    )
    ok(
        call(
            client,
            app,
            "post",
            "/history/revenue",
            {
                "records": [
                    {
                        "message_id": "i9j0k1l2",
                        "offer_id": "offer_456",
                        "revenue": 1,
                        "timestamp": "2023-03-01T00:00:00Z",
                    }
                ]
            },
        )
    )
    refused = call(
        client, app, "delete", "/history/clear", {"entities": ["sends"], "confirm": False}
    )
    assert code(refused) == (400, "confirm_required")
    assert code(
        call(client, app, "delete", "/history/clear", {"entities": ["sends"], "confirm": "true"})
    ) == (400, "confirm_required")
    body = {
        "entities": ["sends", "clicks", "revenue"],
        "before_date": "2024-01-01T00:00:00Z",
        "confirm": True,
    }
    cleared = ok(call(client, app, "delete", "/history/clear", body))
    # sends: only imported ones; clicks: only those of imported sends; revenue: all of it.
    assert cleared == {"success": True, "cleared": {"sends": 1, "clicks": 1, "revenue": 2}}
    assert "a1b2c3d4" in stored(app, "messages")
    assert "old" not in stored(app, "messages")
    assert "new" in stored(app, "messages")
    assert "a1b2c3d4" in stored(app, "clicks")
    only = ok(
        call(client, app, "delete", "/history/clear", {"entities": ["revenue"], "confirm": True})
    )
    assert only == {"success": True, "cleared": {"revenue": 0}}


# -- Links ------------------------------------------------------------------------------------


def test_shorten_link_on_the_list_domain(client: ASGIClient, app: MockApp) -> None:
    first = ok(
        call(
            client,
            app,
            "post",
            "/links/shorten",
            {
                "url": "https://example.com/p?c={{contact.phone}}",
                "phoneNumber": MAIN_LIST,
                "contactPhone": JANE,
            },
        )
    )
    assert first["domain"] == "yourdomain.com"
    assert first["shortUrl"] == f"https://yourdomain.com/{first['linkId']}"
    assert first["destinationUrl"] == f"https://example.com/p?c={JANE}"
    assert first["filterBots"] is False
    assert "offerId" not in first
    second = ok(
        call(client, app, "post", "/links/shorten", {"url": "https://example.com/p", "listId": 42})
    )
    assert second["linkId"] != first["linkId"]  # every call creates a new link
    offer = ok(
        call(
            client,
            app,
            "post",
            "/links/shorten",
            {"url": "https://ignored.example", "offerId": OFFER, "listId": 42},
        )
    )
    assert offer["offerId"] == OFFER
    assert offer["destinationUrl"] == "https://example.com/spring?aff_sub={{sendId}}"
    assert code(
        call(client, app, "post", "/links/shorten", {"url": "https://x.example", "listId": 43})
    ) == (409, "no_domain_configured")
    assert code(
        call(client, app, "post", "/links/shorten", {"url": "https://x.example", "listId": 46})
    ) == (404, "list_not_found")
    assert code(
        call(client, app, "post", "/links/shorten", {"offerId": "f" * 24, "listId": 42})
    ) == (404, "offer_not_found")
    assert code(
        call(client, app, "post", "/links/shorten", {"url": "ftp://x.example", "listId": 42})
    ) == (400, "invalid_url")


def test_create_link_and_message_attribution(client: ASGIClient, app: MockApp) -> None:
    link = ok(
        call(client, app, "post", "/links", {"externalOfferId": "1001", "phoneNumber": MAIN_LIST})
    )
    assert link["offerId"] == "6789abcd1234ef5678901234"
    assert link["clickTrackerUrl"].startswith("https://ct.yourdomain.click/c/")
    assert link["destinationUrl"] == "https://example.com/offer?aff_sub={{sendId}}"
    paused = {"offerId": "6789abcd1234ef5678909999", "listId": 42}
    assert code(call(client, app, "post", "/links", paused)) == (404, "offer_not_found")
    inactive_list = {"offerId": "6789abcd1234ef5678901234", "listId": 44}
    assert code(call(client, app, "post", "/links", inactive_list)) == (404, "list_not_found")
    shortened = ok(call(client, app, "post", "/links/shorten", {"offerId": OFFER, "listId": 42}))
    send = {"to": "+14155551234", "list_number": MAIN_LIST, "body": f"Deal {shortened['shortUrl']}"}
    message_id = ok(call(client, app, "post", "/send", send))["message_id"]
    revenue = ok(
        call(
            client,
            app,
            "post",
            "/revenue",
            {"message_id": message_id, "revenue": 3, "attribution_type": "click"},
        )
    )
    assert stored(app, "revenue").get(revenue["revenue_id"])["offer_id"] == OFFER  # type: ignore[index]


def test_reset_restores_the_seeded_state(client: ASGIClient, app: MockApp) -> None:
    before = ok(call(client, app, "get", "/contacts"))
    ok(call(client, app, "post", "/contacts", contact("+14155550901")))
    ok(call(client, app, "delete", f"/offers/{OFFER}"))
    app.reset()
    assert ok(call(client, app, "get", "/contacts")) == before
    assert ok(call(client, app, "get", f"/offers/{OFFER}"))["status"] == "active"
