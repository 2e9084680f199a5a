"""Behaviour of the Transformify mock that the generic suites do not prove: companies and keys,
template rules, campaign states and their order, the bulk campaign life cycle, Viber delivery
failures 8/9/10 and SMS fallback, the pending-message capacity, and 120,000 recipients sent
through the generated client over real HTTP against a reduced capacity.

Everything runs on ``MockHarness``; tests assert on answers, and on the engine's records where
an answer cannot show a stored effect. Rule tests name the ``x-rules`` id they exercise.
"""

from __future__ import annotations

import collections
import functools
import json
import re
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import uvicorn
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.mock import MockApp, MockConfig
from generator.mock.server import uvicorn_settings
from tests.clients import client_module, client_package
from tests.conftest import spec_of
from tests.mockharness import MockHarness
from tests.scenarios.transformify import (
    BULK_CAMPAIGN,
    DOC_NUMBER,
    DRAFT_CAMPAIGN,
    READY_CAMPAIGN,
    SMS_CAMPAIGN,
    SMS_TEMPLATE,
    UNKNOWN_ID,
    VIBER_CAMPAIGN,
    VIBER_TEMPLATE,
)

API = "transformify"
V1 = "/api/v1"
DOCUMENTED_KEY = "om_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6"  # the docs' example key, completed
NOW = 1717243200.0  # 2024-06-01T12:00:00Z
VIBER = {
    "name": "Test Viber",
    "messageType": 1,
    "templateContent": "Hello {{name}}!",
    "viberServiceId": 12345,
}
SMS = {"name": "Test SMS", "templateContent": "Order {{orderId}} shipped", "smsSenderId": 42}


class Mock(MockHarness):
    """The Transformify mock at a fixed time (``advance`` moves it), with endpoint helpers."""

    def __init__(self, **options: Any) -> None:
        config = MockConfig(rate_limits=False, seed=1, clock=lambda: NOW, options=options)
        super().__init__(API, config)

    def __enter__(self) -> Mock:
        return self

    def get(self, path: str, role: str = "default", **query: Any) -> httpx.Response:
        return self.call("get", V1 + path, role=role, query=query)

    def post(self, path: str, body: Any = None, role: str = "default") -> httpx.Response:
        return self.call("post", V1 + path, body, role=role)

    def put(self, path: str, body: Any, role: str = "default") -> httpx.Response:
        return self.call("put", V1 + path, body, role=role)

    def delete(self, path: str, role: str = "default") -> httpx.Response:
        return self.call("delete", V1 + path, role=role)

    def campaign(self, campaign_id: str, role: str = "default") -> dict[str, Any]:
        body: dict[str, Any] = self.ok("get", f"{V1}/campaigns/{campaign_id}", role=role)
        return body

    def messages(self, phone: str) -> list[dict[str, Any]]:
        body: list[dict[str, Any]] = self.ok("get", V1 + "/messages", query={"phoneNumber": phone})
        return body

    def template(self, body: dict[str, Any], channel: str = "viber") -> dict[str, Any]:
        response = self.post(f"/templates/{channel}", body)
        assert response.status_code == 201, response.text
        created: dict[str, Any] = response.json()
        return created

    def queued(self) -> list[str]:
        """Every phone number a message of the demo company was queued for, once per message."""
        return [message["phoneNumber"] for message in self.records("messages")]


@pytest.fixture
def mock() -> Iterator[Mock]:
    with Mock() as instance:
        yield instance


def is_error(response: httpx.Response, name: str, status: int | None = None) -> bool:
    """``response`` is the documented error example ``name`` (message included)."""
    example = spec_of(API).examples[name]["value"]
    found = response.json() == example
    return found and (status is None or response.status_code == status)


def recipients(count: int, start: int = 0) -> list[dict[str, str]]:
    return [{"phoneNumber": f"3897{index:07d}"} for index in range(start, start + count)]


# -- keys and companies -------------------------------------------------------------------------


def test_demo_keys_match_the_key_pattern(mock: Mock) -> None:
    scheme = mock.spec.auth
    assert scheme is not None
    assert scheme.key_pattern is not None
    pattern = re.compile(scheme.key_pattern)
    assert set(mock.keys) == {"default", "other_company", "not_set_up", "revoked"}
    assert mock.keys["default"] == DOCUMENTED_KEY
    assert DOCUMENTED_KEY.startswith("om_a1B2c3D4e5F6g7H8i9J0")  # the docs' example key
    assert all(pattern.match(key) for key in mock.keys.values())
    assert len(set(mock.keys.values())) == len(mock.keys)


def test_missing_and_unknown_keys_get_their_documented_401(mock: Mock) -> None:
    missing = mock.call("get", V1 + "/templates", role=None)
    assert is_error(missing, "missing_api_key", 401)
    for key in ("om_" + "x" * 32, "om_short", DOCUMENTED_KEY.lower(), "x" * 35):
        unknown = mock.call("get", V1 + "/templates", role=None, headers={"X-API-Key": key})
        assert is_error(unknown, "invalid_api_key", 401)
    # Header names are case-insensitive (errors page).
    lower = mock.call("get", V1 + "/templates", role=None, headers={"x-api-key": DOCUMENTED_KEY})
    assert lower.status_code == 200


def test_revoked_key_is_refused(mock: Mock) -> None:
    assert is_error(mock.get("/templates", "revoked"), "invalid_api_key", 401)


def test_account_not_set_up_is_503_on_every_operation(mock: Mock) -> None:
    for op in mock.spec.operations:
        path = op.path.replace("{id}", SMS_CAMPAIGN)
        response = mock.call(op.method, path, role="not_set_up")
        assert is_error(response, "account_not_set_up", 503), op.operation_id


def test_another_company_sees_none_of_the_demo_data(mock: Mock) -> None:
    other = "other_company"
    assert is_error(mock.get(f"/templates/{VIBER_TEMPLATE}", other), "template_not_found", 404)
    assert is_error(mock.get(f"/campaigns/{SMS_CAMPAIGN}", other), "campaign_not_found", 404)
    added = mock.post(f"/sms/campaigns/{SMS_CAMPAIGN}/messages", {"phoneNumber": DOC_NUMBER}, other)
    assert is_error(added, "campaign_not_found", 404)
    bulk = mock.post(
        "/viber/send", {"templateId": VIBER_TEMPLATE, "recipients": recipients(1)}, other
    )
    assert is_error(bulk, "template_not_found", 404)
    assert mock.get("/templates", other).json() == []
    assert mock.get("/campaigns", other).json()["totalCount"] == 0
    assert mock.get("/sms-senders", other).json() == [{"id": 44, "senderId": "OtherBrand"}]
    # Its own Viber service works for it, the demo company's does not.
    created = mock.post("/templates/viber", {**VIBER, "viberServiceId": 23456}, other)
    assert created.status_code == 201, created.text
    refused = mock.post("/templates/viber", {**VIBER, "name": "Other"}, other)
    assert is_error(refused, "template_validation_failed__viber_service_id", 400)
    # The template belongs to the other company only.
    assert [t["id"] for t in mock.records("templates", tenant="other")] == [created.json()["id"]]
    assert created.json()["id"] not in {t["id"] for t in mock.records("templates")}


# -- senders, services, fixtures ----------------------------------------------------------------


def test_documented_fixtures(mock: Mock) -> None:
    assert mock.get("/sms-senders").json() == [
        {"id": 42, "senderId": "MyBrand"},
        {"id": 43, "senderId": "Alerts"},
    ]
    assert [s["id"] for s in mock.get("/viber-services").json()] == [12345]
    campaign = mock.campaign(SMS_CAMPAIGN)
    # The campaigns page's example, field for field.
    documented = {
        "campaignId": SMS_CAMPAIGN,
        "name": "Order Notifications",
        "description": "Real-time order status updates",
        "status": "InProgress",
        "channel": "Smpp",
        "sendingMode": "Transactional",
        "totalMessages": 1543,
        "deliveredCount": 1520,
        "failedCount": 12,
        "pendingCount": 11,
        "seenCount": 1200,
        "createdAt": "2024-01-15T10:30:00Z",
    }
    assert {key: campaign[key] for key in documented} == documented
    assert campaign["viberServiceId"] is None
    assert campaign["templateId"] == SMS_TEMPLATE
    listed = mock.get("/campaigns").json()["campaigns"]
    assert {key: listed[-1][key] for key in documented} == documented
    viber = mock.get(f"/templates/{VIBER_TEMPLATE}").json()
    assert (viber["channelType"], viber["messageType"], viber["viberServiceId"]) == (
        "Viber",
        1,
        12345,
    )
    sms = mock.get(f"/templates/{SMS_TEMPLATE}").json()
    assert (sms["channelType"], sms["smsSenderId"]) == ("Smpp", 42)
    assert mock.campaign(READY_CAMPAIGN)["status"] == "Ready"
    assert is_error(mock.get(f"/campaigns/{UNKNOWN_ID}"), "campaign_not_found", 404)
    assert is_error(mock.get(f"/templates/{UNKNOWN_ID}"), "template_not_found", 404)


def _example_path(op: Any) -> str:
    path = str(op.path)
    for param in op.parameters:
        if param["in"] == "path":
            path = path.replace("{" + param["name"] + "}", str(param["example"]))
    return path


def test_docs_sample_requests_succeed() -> None:
    """Every request example of the spec is accepted by a fresh mock."""
    spec = spec_of(API)
    for op in spec.operations:
        for media in ((op.request_body or {}).get("content") or {}).values():
            for name, example in (media.get("examples") or {}).items():
                with Mock() as fresh:
                    body = spec.resolve(example)["value"]
                    response = fresh.call(op.method, _example_path(op), body)
                    assert response.is_success, f"{op.operation_id} {name}: {response.text}"


def test_reset_restores_the_fixtures(mock: Mock) -> None:
    assert mock.delete(f"/templates/{VIBER_TEMPLATE}").status_code == 204
    mock.post("/sms/campaigns", {"name": "x", "templateId": SMS_TEMPLATE})
    mock.post("/sms/send", {"phoneNumber": DOC_NUMBER})
    assert mock.client.post("/__smsspec/reset", json={}).status_code == 200
    assert mock.get(f"/templates/{VIBER_TEMPLATE}").status_code == 200
    assert mock.get("/campaigns").json()["totalCount"] == 5
    assert mock.get("/messages").json() == []


# -- templates ----------------------------------------------------------------------------------


def test_create_read_list_update_delete_templates(mock: Mock) -> None:
    created = mock.template(
        {
            **VIBER,
            "smsFallbackEnabled": True,
            "smsFallbackTemplateContent": "Hi",
            "smsFallbackSenderId": 42,
        }
    )
    assert created["channelType"] == "Viber"
    assert created["smsFallbackEnabled"] is True
    assert created["createdAt"] == created["updatedAt"] == "2024-06-01T12:00:00Z"
    sms = mock.template(SMS, "sms")
    assert (sms["channelType"], sms["messageType"], sms["smsSenderId"]) == ("Smpp", 1, 42)
    assert mock.get(f"/templates/{created['id']}").json() == created
    names = [t["name"] for t in mock.get("/templates").json()]
    assert names == [
        "Welcome Viber",
        "Order Update SMS",
        "Retired Newsletter",
        "Test Viber",
        "Test SMS",
    ]

    mock.advance(60)
    updated = mock.put(
        f"/templates/{created['id']}",
        {
            **VIBER,
            "name": "Renamed",
            "messageType": 3,
            "typeSpecificConfig": {"buttonText": "Go", "buttonUrl": "https://e.mk/"},
        },
    )
    assert updated.status_code == 200, updated.text
    body = updated.json()
    assert (body["name"], body["messageType"], body["createdAt"]) == (
        "Renamed",
        3,
        created["createdAt"],
    )
    assert body["updatedAt"] == "2024-06-01T12:01:00Z"
    # A PUT replaces the content: the fallback it leaves out is off again.
    assert (body["smsFallbackEnabled"], body["smsFallbackSenderId"], body["description"]) == (
        False,
        None,
        None,
    )
    # Keeping its own name is not a conflict; taking another template's is.
    assert mock.put(f"/templates/{created['id']}", {**VIBER, "name": "Renamed"}).is_success
    taken = mock.put(f"/templates/{created['id']}", {**VIBER, "name": "Test SMS"})
    assert is_error(taken, "template_validation_failed__name_unique", 400)
    # A Viber template takes the Viber body (rule update-body-of-channel); an SMS template
    # the SMS body, and stays an SMS template whatever else the body says.
    wrong = mock.put(f"/templates/{created['id']}", SMS)
    assert is_error(wrong, "template_validation_failed__message_type", 400)
    renamed = mock.put(f"/templates/{sms['id']}", {**SMS, "name": "SMS 2", "channelType": "Viber"})
    assert (renamed.json()["name"], renamed.json()["channelType"]) == ("SMS 2", "Smpp")

    assert mock.delete(f"/templates/{created['id']}").status_code == 204
    assert is_error(mock.get(f"/templates/{created['id']}"), "template_not_found", 404)
    gone = mock.delete(f"/templates/{created['id']}")
    assert is_error(gone, "template_not_found", 404)
    assert created["id"] not in {t["id"] for t in mock.records("templates")}


def test_template_names_are_unique_across_channels(mock: Mock) -> None:
    """Rule template-name-unique."""
    mock.template(VIBER)
    again = mock.post("/templates/viber", VIBER)
    assert is_error(again, "template_validation_failed__name_unique", 400)
    as_sms = mock.post("/templates/sms", {**SMS, "name": VIBER["name"]})
    assert is_error(as_sms, "template_validation_failed__name_unique", 400)
    # Another company may use the name.
    assert mock.post(
        "/templates/viber", {**VIBER, "viberServiceId": 23456}, "other_company"
    ).is_success


CONFIGS: list[tuple[str, str, dict[str, Any], str]] = [
    # (x-rules id, or "schema" for a schema constraint; what; body changes; expected error)
    (
        "type-config-keys",
        "type 2 without config",
        {"messageType": 2},
        "template_validation_failed__type_specific_config",
    ),
    (
        "type-config-keys",
        "type 4 without its button",
        {"messageType": 4, "typeSpecificConfig": {"imageUrl": "https://example.com/a.png"}},
        "template_validation_failed__type_specific_config",
    ),
    (
        "type-config-json-object",
        "config string that is not JSON",
        {"messageType": 2, "typeSpecificConfig": "{imageUrl:"},
        "template_validation_failed__type_specific_config",
    ),
    (
        "type-config-json-object",
        "config string holding an array",
        {"messageType": 5, "typeSpecificConfig": "[1, 2]"},
        "template_validation_failed__type_specific_config",
    ),
    (
        "schema",
        "config of the wrong JSON type",
        {"messageType": 2, "typeSpecificConfig": 7},
        "template_validation_failed__type_specific_config",
    ),
    (
        "schema",
        "image over plain HTTP",
        {"messageType": 2, "typeSpecificConfig": {"imageUrl": "http://example.com/a.png"}},
        "media_url_not_accessible",
    ),
    (
        "type-config-json-object",
        "image over plain HTTP, string form",
        {
            "messageType": 2,
            "typeSpecificConfig": json.dumps({"imageUrl": "http://example.com/a.png"}),
        },
        "media_url_not_accessible",
    ),
    (
        "media-url-public",
        "image on localhost",
        {"messageType": 2, "typeSpecificConfig": {"imageUrl": "https://localhost/a.png"}},
        "media_url_not_accessible",
    ),
    (
        "media-url-public",
        "image behind credentials",
        {"messageType": 2, "typeSpecificConfig": {"imageUrl": "https://u:p@example.com/a.png"}},
        "media_url_not_accessible",
    ),
    (
        "image-at-most-1mb",
        "image of 1 MB + 1 byte",
        {
            "messageType": 2,
            "typeSpecificConfig": {"imageUrl": f"https://example.com/a.png?size={2**20 + 1}"},
        },
        "template_validation_failed__image_size",
    ),
    (
        "media-url-public",
        "thumbnail on a private address",
        {
            "messageType": 7,
            "typeSpecificConfig": {
                "videoUrl": "https://example.com/v.mp4",
                "thumbnailUrl": "https://192.168.1.2/t.png",
                "buttonText": "Watch",
                "buttonUrl": "https://example.com/",
                "fileSize": 1,
                "duration": 1,
            },
        },
        "media_url_not_accessible__thumbnail_url",
    ),
    (
        "media-url-public",
        "file on an .internal host",
        {
            "messageType": 8,
            "typeSpecificConfig": {
                "fileUrl": "https://files.internal/a.pdf",
                "fileName": "a.pdf",
                "fileType": "pdf",
            },
        },
        "media_url_not_accessible__file_url",
    ),
    (
        "schema",
        "button text of 31 characters",
        {
            "messageType": 3,
            "typeSpecificConfig": {"buttonText": "b" * 31, "buttonUrl": "https://e.mk/"},
        },
        "template_validation_failed__button_text",
    ),
    (
        "type-config-json-object",
        "button URL over HTTP, string form",
        {
            "messageType": 3,
            "typeSpecificConfig": json.dumps({"buttonText": "Go", "buttonUrl": "http://e.mk/"}),
        },
        "template_validation_failed__button_url",
    ),
    (
        "schema",
        "carousel of one item",
        {"messageType": 5, "typeSpecificConfig": {"items": [{"title": "Only"}]}},
        "template_validation_failed__carousel_items",
    ),
    (
        "type-config-json-object",
        "carousel of six items, string form",
        {"messageType": 5, "typeSpecificConfig": json.dumps({"items": [{"title": "Card"}] * 6})},
        "template_validation_failed__carousel_items",
    ),
    (
        "carousel-title-length",
        "carousel title of 39 characters",
        {"messageType": 5, "typeSpecificConfig": {"items": [{"title": "t" * 39}, {"title": "ok"}]}},
        "template_validation_failed__carousel_title",
    ),
    (
        "schema",
        "survey of six options",
        {"messageType": 6, "typeSpecificConfig": {"options": list("abcdef")}},
        "template_validation_failed__survey_options",
    ),
    (
        "schema",
        "survey question of 86 characters",
        {
            "messageType": 6,
            "templateContent": "q" * 86,
            "typeSpecificConfig": {"options": ["a", "b"]},
        },
        "template_validation_failed__survey_question",
    ),
    ("schema", "message type 9", {"messageType": 9}, "template_validation_failed__message_type"),
    (
        "schema",
        "description of 501 characters",
        {"description": "d" * 501},
        "template_validation_failed__description",
    ),
    (
        "schema",
        "no content",
        {"templateContent": None},
        "template_validation_failed__template_content",
    ),
    ("schema", "no name", {"name": None}, "template_validation_failed__name_required"),
    (
        "schema",
        "fallback without its content",
        {"smsFallbackEnabled": True, "smsFallbackSenderId": 42},
        "template_validation_failed__sms_fallback_template_content",
    ),
    (
        "schema",
        "fallback without its sender",
        {"smsFallbackEnabled": True, "smsFallbackTemplateContent": "Hi"},
        "template_validation_failed__sms_fallback_sender_id",
    ),
    (
        "schema",
        "fallback content of 1601 characters",
        {
            "smsFallbackEnabled": True,
            "smsFallbackTemplateContent": "f" * 1601,
            "smsFallbackSenderId": 42,
        },
        "template_validation_failed__sms_fallback_template_content",
    ),
    (
        "fallback-sender-approved",
        "fallback from another company's sender",
        {"smsFallbackEnabled": True, "smsFallbackTemplateContent": "Hi", "smsFallbackSenderId": 44},
        "template_validation_failed__sms_fallback_sender_id",
    ),
]


@pytest.mark.parametrize(
    ("rule", "what", "changes", "expected"), CONFIGS, ids=[f"{c[0]}: {c[1]}" for c in CONFIGS]
)
def test_viber_template_rules(
    mock: Mock, rule: str, what: str, changes: dict[str, Any], expected: str
) -> None:
    body = {**VIBER, **changes}
    body = {key: value for key, value in body.items() if value is not None}
    response = mock.post("/templates/viber", body)
    assert is_error(response, expected, 400), (
        f"{rule}, {what}: {response.status_code} {response.text}"
    )
    # The update applies the same rules.
    update = mock.put(f"/templates/{VIBER_TEMPLATE}", body)
    assert is_error(update, expected, 400), f"{rule}, {what} (update): {update.text}"
    assert mock.get(f"/templates/{VIBER_TEMPLATE}").json()["name"] == "Welcome Viber"


@pytest.mark.parametrize(
    "config",
    [
        {"imageUrl": "https://example.com/a.png"},
        json.dumps({"imageUrl": "https://example.com/a.png?size=1048576"}),
    ],
    ids=["object", "JSON string"],
)
def test_type_specific_config_is_accepted_as_object_or_string(mock: Mock, config: Any) -> None:
    created = mock.template(
        {**VIBER, "messageType": 2, "templateContent": "", "typeSpecificConfig": config}
    )
    assert created["typeSpecificConfig"] == config


def test_every_message_type_with_its_keys_is_accepted(mock: Mock) -> None:
    button = {"buttonText": "Open", "buttonUrl": "https://example.com/{{orderId}}"}
    configs: dict[int, Any] = {
        1: None,
        2: {"imageUrl": "https://example.com/a.png"},
        3: button,
        4: {"imageUrl": "https://example.com/a.png", **button},
        5: {"items": [{"title": "First"}, {"title": "Second"}]},
        6: {"options": ["Yes", "No"]},
        7: {
            "videoUrl": "https://example.com/v.mp4",
            "thumbnailUrl": "https://example.com/t.png",
            "fileSize": 1024,
            "duration": 30,
            **button,
        },
        8: {"fileUrl": "https://example.com/a.pdf", "fileName": "a.pdf", "fileType": "pdf"},
    }
    for message_type, config in configs.items():
        body = {**VIBER, "name": f"Type {message_type}", "messageType": message_type}
        if config is not None:
            body["typeSpecificConfig"] = config
        assert mock.template(body)["messageType"] == message_type
    # An 85-character survey question is allowed (the limit is 85).
    survey = {**VIBER, "name": "Survey", "messageType": 6, "templateContent": "q" * 85}
    assert mock.template({**survey, "typeSpecificConfig": configs[6]})["messageType"] == 6


def test_sms_template_rules(mock: Mock) -> None:
    assert is_error(
        mock.post("/templates/sms", {**SMS, "templateContent": "x" * 1601}),
        "template_validation_failed__template_content_length",
        400,
    )
    assert mock.template({**SMS, "templateContent": "x" * 1600}, "sms")["templateContent"]
    for sender in (777, 44):  # rule sms-sender-approved: unknown; another company's
        response = mock.post("/templates/sms", {**SMS, "name": "New", "smsSenderId": sender})
        assert is_error(response, "template_validation_failed__sms_sender_id", 400)
    assert is_error(
        mock.post("/templates/sms", {**SMS, "name": None}),
        "template_validation_failed__name_required",
        400,
    )
    # An SMS template without a sender is an SMS template without a sender.
    plain = mock.template({"name": "No sender", "templateContent": "Hi"}, "sms")
    assert (plain["smsSenderId"], plain["description"]) == (None, None)


@pytest.mark.parametrize(
    ("url", "public"),
    [
        ("https://example.com/a.png", True),
        ("https://8.8.8.8/a.png", True),
        ("http://example.com/a.png", False),
        ("https://localhost/a.png", False),
        ("https://127.0.0.1/a.png", False),
        ("https://[::1]/a.png", False),
        ("https://10.1.2.3/a.png", False),
        ("https://cdn.local/a.png", False),
        ("https://a.invalid/a.png", False),
        ("https://intranet/a.png", False),
        ("https://user:secret@example.com/a.png", False),
    ],
)
def test_media_accessibility_convention(mock: Mock, url: str, public: bool) -> None:
    """Rule media-url-public: the mock reads a URL's host, it downloads nothing. Both forms
    of the configuration are checked alike."""
    for index, config in enumerate(({"imageUrl": url}, json.dumps({"imageUrl": url}))):
        body = {**VIBER, "name": f"Image {index}", "messageType": 2, "templateContent": ""}
        response = mock.post("/templates/viber", {**body, "typeSpecificConfig": config})
        if public:
            assert response.status_code == 201, response.text
        else:
            assert is_error(response, "media_url_not_accessible", 400), response.text


def test_an_unparsable_media_url_is_refused(mock: Mock) -> None:
    """Not a URI: the object form breaks the schema's format (an undocumented 400), the string
    form is not publicly accessible (rule media-url-public)."""
    body = {**VIBER, "messageType": 2, "templateContent": ""}
    config = {"imageUrl": "https://[bad/a.png"}
    refused = mock.post("/templates/viber", {**body, "typeSpecificConfig": config})
    assert (refused.status_code, refused.json()["error"]) == (400, "Bad Request")
    text = mock.post("/templates/viber", {**body, "typeSpecificConfig": json.dumps(config)})
    assert is_error(text, "media_url_not_accessible", 400)


# -- campaigns ----------------------------------------------------------------------------------


def test_transactional_campaigns_start_in_progress(mock: Mock) -> None:
    """Rules template-exists, template-is-sms / template-is-viber, then
    transactional-campaign-created."""
    sms = mock.post("/sms/campaigns", {"name": "Orders", "templateId": SMS_TEMPLATE})
    assert sms.status_code == 201
    assert sms.json()["status"] == "InProgress"
    assert sms.json()["createdAt"] == "2024-06-01T12:00:00Z"
    detail = mock.campaign(sms.json()["campaignId"])
    assert (detail["channel"], detail["sendingMode"], detail["templateName"]) == (
        "Smpp",
        "Transactional",
        "Order Update SMS",
    )
    assert (detail["totalMessages"], detail["pendingCount"]) == (0, 0)
    viber = mock.post("/viber/campaigns", {"name": "Alerts", "templateId": VIBER_TEMPLATE})
    assert viber.status_code == 201
    assert mock.campaign(viber.json()["campaignId"])["viberServiceId"] == 12345
    wrong = mock.post("/sms/campaigns", {"name": "x", "templateId": VIBER_TEMPLATE})
    assert is_error(wrong, "template_not_sms", 400)
    wrong = mock.post("/viber/campaigns", {"name": "x", "templateId": SMS_TEMPLATE})
    assert is_error(wrong, "template_not_viber", 400)
    missing = mock.post("/viber/campaigns", {"name": "x", "templateId": UNKNOWN_ID})
    assert is_error(missing, "template_not_found", 404)
    long_name = mock.post("/sms/campaigns", {"name": "n" * 201, "templateId": SMS_TEMPLATE})
    assert (long_name.status_code, long_name.json()["error"]) == (400, "Bad Request")
    assert len(mock.records("campaigns")) == 7  # five fixtures and the two accepted


def test_adding_messages_checks_channel_mode_then_status(mock: Mock) -> None:
    message = {"phoneNumber": DOC_NUMBER, "placeholders": {"orderId": "1001"}}
    cases = [
        ("sms", UNKNOWN_ID, "campaign_not_found", 404),  # campaign-exists
        ("sms", VIBER_CAMPAIGN, "campaign_not_sms", 400),  # campaign-is-sms
        ("viber", SMS_CAMPAIGN, "campaign_not_viber", 400),  # campaign-is-viber
        ("viber", DRAFT_CAMPAIGN, "campaign_not_viber", 400),  # channel before status
        ("sms", BULK_CAMPAIGN, "cannot_add_to_bulk_campaign", 400),  # campaign-is-transactional
        ("sms", DRAFT_CAMPAIGN, "campaign_not_in_progress", 400),  # campaign-in-progress
    ]
    for channel, campaign, expected, status in cases:
        response = mock.post(f"/{channel}/campaigns/{campaign}/messages", message)
        assert is_error(response, expected, status), (channel, campaign, response.text)
    assert mock.records("messages") == []
    for channel, campaign in (("sms", SMS_CAMPAIGN), ("viber", VIBER_CAMPAIGN)):
        accepted = mock.post(f"/{channel}/campaigns/{campaign}/messages", message)
        assert accepted.status_code == 202
        answer = accepted.json()
        assert (answer["status"], answer["campaignId"], answer["phoneNumber"]) == (
            "Pending",
            campaign,
            DOC_NUMBER,
        )
    bad = mock.post(f"/sms/campaigns/{SMS_CAMPAIGN}/messages", {"phoneNumber": "12345"})
    assert is_error(bad, "invalid_phone_number", 400)
    assert len(mock.records("messages")) == 2


def test_campaign_not_in_progress_names_the_status(mock: Mock) -> None:
    """Rule campaign-in-progress fills the documented message with the campaign's status."""
    campaign = mock.record("campaigns", SMS_CAMPAIGN)
    assert campaign is not None
    campaign["status"] = "Paused"
    response = mock.post(f"/sms/campaigns/{SMS_CAMPAIGN}/messages", {"phoneNumber": DOC_NUMBER})
    assert response.status_code == 400
    assert response.json() == {
        "error": "Campaign is not active",
        "message": "Campaign status is Paused. Messages can only be added to InProgress campaigns.",
    }


def test_list_campaigns_pages_and_filters(mock: Mock) -> None:
    for index in range(5):
        mock.advance(1)
        mock.post("/sms/campaigns", {"name": f"C{index}", "templateId": SMS_TEMPLATE})
    first = mock.get("/campaigns", pageSize=3).json()
    assert (first["totalCount"], first["page"], first["pageSize"], first["totalPages"]) == (
        10,
        1,
        3,
        4,
    )
    assert [c["name"] for c in first["campaigns"]] == ["C4", "C3", "C2"]  # newest first
    # List items are the summary of the list page, without the detail's fields.
    assert "templateId" not in first["campaigns"][0]
    assert "smsFallbackDeliveredCount" not in first["campaigns"][0]
    assert len(mock.get("/campaigns", pageSize=3, page=3).json()["campaigns"]) == 3
    assert len(mock.get("/campaigns", pageSize=3, page=4).json()["campaigns"]) == 1
    beyond = mock.get("/campaigns", page=9).json()
    assert beyond["campaigns"] == []
    bulk = mock.get("/campaigns", sendingMode="Bulk").json()
    assert [c["campaignId"] for c in bulk["campaigns"]] == [READY_CAMPAIGN, BULK_CAMPAIGN]
    assert bulk["totalCount"] == 2
    default = mock.get("/campaigns").json()
    assert (default["pageSize"], len(default["campaigns"])) == (20, 10)
    for params in ({"pageSize": 101}, {"page": 0}, {"sendingMode": "Both"}, {"page": "x"}):
        refused = mock.get("/campaigns", **params)
        assert refused.status_code == 400, params
        assert refused.json()["error"] == "Bad Request"


# -- bulk sends and delivery --------------------------------------------------------------------


def test_bulk_campaign_life_cycle(mock: Mock) -> None:
    """Rules bulk-campaign-queued, bulk-campaign-clock, campaign-ready, campaign-started,
    message-delivery and campaign-counters, in the order a bulk send goes through them."""
    sent = mock.post(
        "/viber/send",
        {
            "templateId": VIBER_TEMPLATE,
            "recipients": [
                {
                    "phoneNumber": "38970000001",
                    "placeholders": {"name": "Ana"},
                    "externalUserId": "u1",
                },
                {"phoneNumber": "38970000008"},
                {"phoneNumber": "38970000009"},
                {"phoneNumber": "38970000010"},
            ],
            "placeholders": {"name": "Customer"},
        },
    )
    assert sent.status_code == 202
    answer = sent.json()
    assert (answer["messageCount"], answer["skippedCount"], answer["status"]) == (4, 0, "Queuing")
    assert answer["invalidPhoneNumbers"] == []
    assert answer["message"].startswith("Campaign accepted. 4 recipients are being queued")
    assert answer["queuedAt"] == "2024-06-01T12:00:00Z"
    campaign_id = answer["campaignId"]
    assert mock.campaign(campaign_id)["status"] == "Queuing"
    early = mock.post(f"/campaigns/{campaign_id}/start")
    assert is_error(early, "campaign_not_ready", 400)  # "Campaign status is Queuing. …"
    assert mock.messages("38970000001")[0]["status"] == "Pending"

    mock.advance(2)  # queue_seconds
    assert mock.campaign(campaign_id)["status"] == "Ready"
    started = mock.post(f"/campaigns/{campaign_id}/start")
    assert started.status_code == 202
    assert started.json()["status"] == "InProgress"
    running = mock.campaign(campaign_id)
    assert (running["status"], running["pendingCount"], running["totalMessages"]) == (
        "InProgress",
        4,
        4,
    )
    assert mock.messages("38970000001")[0]["status"] == "Sending"
    again = mock.post(f"/campaigns/{campaign_id}/start")
    assert again.status_code == 400
    assert (
        again.json()["message"]
        == "Campaign status is InProgress. Only Ready campaigns can be started."
    )

    mock.advance(2)  # delivery_seconds
    done = mock.campaign(campaign_id)
    counters = {k: done[k] for k in ("status", "deliveredCount", "failedCount", "pendingCount")}
    assert counters == {
        "status": "Completed",
        "deliveredCount": 1,
        "failedCount": 3,
        "pendingCount": 0,
    }
    assert done["smsFallbackDeliveredCount"] == 0
    first = mock.messages("38970000001")[0]
    assert (first["status"], first["text"], first["externalUserId"]) == (
        "Delivered",
        "Hello Ana! Welcome to our service.",
        "u1",
    )
    for phone, code, name in (
        ("38970000008", 8, "USER_BLOCKED"),
        ("38970000009", 9, "NOT_VIBER_USER"),
        ("38970000010", 10, "NO_SUITABLE_DEVICE"),
    ):
        (message,) = mock.messages(phone)
        assert (message["status"], message["viberErrorCode"], message["smsFallback"]) == (
            "Failed",
            code,
            False,
        )
        assert message["details"].startswith(f"{code} {name}")
        # Recipients without placeholders take the request-level ones.
        assert message["text"] == "Hello Customer! Welcome to our service."
    mock.advance(2)
    assert mock.campaign(campaign_id)["seenCount"] == 1
    assert mock.messages("38970000001")[0]["status"] == "Seen"


def test_the_documented_ready_campaign_starts(mock: Mock) -> None:
    """The startCampaign request example: the Ready fixture starts, and completes."""
    started = mock.post(f"/campaigns/{READY_CAMPAIGN}/start")
    assert started.status_code == 202, started.text
    assert mock.campaign(READY_CAMPAIGN)["status"] == "InProgress"
    mock.advance(2)
    assert mock.campaign(READY_CAMPAIGN)["status"] == "Completed"
    assert is_error(mock.post(f"/campaigns/{UNKNOWN_ID}/start"), "campaign_not_found", 404)


def test_sms_fallback_delivers_viber_failures(mock: Mock) -> None:
    template = mock.template(
        {
            **VIBER,
            "smsFallbackEnabled": True,
            "smsFallbackTemplateContent": "Hello {{name}} (SMS)",
            "smsFallbackSenderId": 43,
        }
    )
    numbers = ["38971111108", "38971111109", "38971111110", "38971111111"]
    sent = mock.post(
        "/viber/send",
        {"templateId": template["id"], "recipients": [{"phoneNumber": n} for n in numbers]},
    )
    campaign_id = sent.json()["campaignId"]
    mock.advance(2)
    mock.post(f"/campaigns/{campaign_id}/start")
    mock.advance(2)
    done = mock.campaign(campaign_id)
    assert (done["deliveredCount"], done["failedCount"], done["smsFallbackDeliveredCount"]) == (
        4,
        0,
        3,
    )
    fallback = mock.messages("38971111109")[0]
    assert (fallback["status"], fallback["viberErrorCode"], fallback["smsFallback"]) == (
        "Delivered",
        9,
        True,
    )
    assert "delivered by SMS fallback" in fallback["details"]

    # Transactional: one message at a time, the same rule.
    created = mock.post("/viber/campaigns", {"name": "Fallback", "templateId": template["id"]})
    transactional = created.json()["campaignId"]
    for number in ("38972222208", "38972222220"):
        added = mock.post(f"/viber/campaigns/{transactional}/messages", {"phoneNumber": number})
        assert added.status_code == 202
    pending = mock.campaign(transactional)
    assert (pending["pendingCount"], pending["totalMessages"]) == (2, 2)
    mock.advance(2)
    counted = mock.campaign(transactional)
    assert (
        counted["deliveredCount"],
        counted["smsFallbackDeliveredCount"],
        counted["pendingCount"],
    ) == (2, 1, 0)

    # Without fallback the failure stays a failure; SMS messages never fail on Viber codes.
    plain = mock.post(f"/viber/campaigns/{VIBER_CAMPAIGN}/messages", {"phoneNumber": "38973333309"})
    assert plain.status_code == 202
    mock.post(f"/sms/campaigns/{SMS_CAMPAIGN}/messages", {"phoneNumber": "38973333308"})
    mock.advance(2)
    assert mock.campaign(VIBER_CAMPAIGN)["failedCount"] == 1
    assert mock.messages("38973333308")[0]["status"] == "Delivered"
    sms = mock.campaign(SMS_CAMPAIGN)
    assert (sms["totalMessages"], sms["deliveredCount"]) == (1544, 1521)


def test_viber_failure_marking(mock: Mock) -> None:
    """The mock's convention: the last two digits 08, 09, 10 mark a number as unreachable on
    Viber (codes 8, 9, 10); any other number is delivered."""
    expected = {7: None, 8: 8, 9: 9, 10: 10, 11: None}
    for suffix in expected:
        sent = mock.post("/viber/send-text", {"phoneNumber": f"389700000{suffix:02d}", "text": "x"})
        assert sent.status_code == 202
    assert mock.post("/viber/send-text", {"phoneNumber": DOC_NUMBER}).status_code == 202
    mock.advance(2)
    for suffix, code in expected.items():
        (message,) = mock.messages(f"389700000{suffix:02d}")
        assert message["viberErrorCode"] == code
        assert message["status"] == ("Failed" if code else "Delivered")
    assert mock.messages(DOC_NUMBER)[0]["viberErrorCode"] is None


def test_bulk_sends_check_template_and_recipients(mock: Mock) -> None:
    checks = [
        ("/viber/send", SMS_TEMPLATE, recipients(1), "template_not_viber", 400),
        ("/sms/promotional", VIBER_TEMPLATE, recipients(1), "template_not_sms", 400),
        ("/sms/promotional", UNKNOWN_ID, recipients(1), "template_not_found", 404),
        (
            "/viber/send",
            VIBER_TEMPLATE,
            [*recipients(2), {"phoneNumber": "+1"}],
            "invalid_phone_number",
            400,
        ),
    ]
    for path, template, people, expected, status in checks:
        response = mock.post(path, {"templateId": template, "recipients": people})
        assert is_error(response, expected, status), (path, response.text)
    too_many = mock.post(
        "/sms/promotional", {"templateId": SMS_TEMPLATE, "recipients": recipients(200_001)}
    )
    assert is_error(too_many, "too_many_recipients", 400)  # validation before the capacity
    assert mock.records("messages") == []
    ok = mock.post("/sms/promotional", {"templateId": SMS_TEMPLATE, "recipients": recipients(3)})
    assert ok.status_code == 202
    assert ok.json()["message"] == (
        "Campaign accepted. 3 recipients are being queued for insertion. Poll GET "
        "/api/v1/campaigns/{id} for status, then call POST /api/v1/campaigns/{id}/start when Ready."
    )
    assert sorted(mock.queued()) == [r["phoneNumber"] for r in recipients(3)]


def test_direct_sends_and_message_lookup(mock: Mock) -> None:
    sms = mock.post("/sms/send", {"phoneNumber": "+38970123456", "text": "Hi"})
    assert sms.status_code == 202
    viber = mock.post("/viber/send-text", {"phoneNumber": "38970123409", "text": "Hi"})
    assert viber.status_code == 202
    for body in ({}, {"phoneNumber": 38970123456}, {"phoneNumber": "070-123-456"}):
        refused = mock.post("/sms/send", body)  # rule direct-phone-number
        assert is_error(refused, "invalid_phone_number", 400), body
    mock.advance(2)
    (direct,) = mock.messages("+38970123456")
    assert (direct["channel"], direct["status"], direct["campaignId"], direct["text"]) == (
        "Smpp",
        "Delivered",
        None,
        "Hi",
    )
    (text,) = mock.messages("38970123409")
    assert (text["channel"], text["status"], text["viberErrorCode"]) == ("Viber", "Failed", 9)
    latest = mock.get("/messages").json()
    assert [m["phoneNumber"] for m in latest] == ["38970123409", "+38970123456"]
    assert mock.messages("38979999999") == []
    assert is_error(mock.get("/messages", phoneNumber="abc"), "invalid_phone_number", 400)
    # Another company does not see them.
    assert mock.get("/messages", "other_company").json() == []


def test_message_lookup_without_a_number_answers_the_100_newest(mock: Mock) -> None:
    """Rule message-lookup (a mock choice: the docs show only the lookup by number)."""
    sent = mock.post(
        "/sms/promotional", {"templateId": SMS_TEMPLATE, "recipients": recipients(150)}
    )
    assert sent.status_code == 202
    latest = mock.get("/messages").json()
    assert [m["phoneNumber"] for m in latest] == [r["phoneNumber"] for r in recipients(100, 50)][
        ::-1
    ]


# -- pending-message capacity -------------------------------------------------------------------


def capacity_error(response: httpx.Response, current: int, requested: int, limit: int) -> None:
    assert response.status_code == 429, response.text
    assert response.headers["retry-after"] == "30"
    available = limit - current
    assert response.json() == {
        "error": "Rate limit exceeded",
        "message": (
            f"Too many pending messages. You have {current} pending messages and requested "
            f"{requested} more. Maximum allowed: {limit}. Available capacity: {available}."
        ),
        "currentPending": current,
        "requestedCount": requested,
        "maxAllowed": limit,
        "availableCapacity": available,
        "retryAfterSeconds": 30,
    }


def test_capacity_of_50000_pending_messages(mock: Mock) -> None:
    body = {"templateId": VIBER_TEMPLATE, "recipients": recipients(50_001)}
    capacity_error(mock.post("/viber/send", body), 0, 50_001, 50_000)
    assert mock.post("/viber/send", {**body, "recipients": recipients(50_000)}).status_code == 202
    one = {"phoneNumber": DOC_NUMBER}
    capacity_error(mock.post(f"/sms/campaigns/{SMS_CAMPAIGN}/messages", one), 50_000, 1, 50_000)
    capacity_error(mock.post("/sms/send", one), 50_000, 1, 50_000)
    capacity_error(mock.post("/viber/send-text", one), 50_000, 1, 50_000)
    # The count is per account: another company is not affected.
    other = mock.post("/sms/send", one, "other_company")
    assert other.status_code == 202
    # Pending messages drain on the mock clock (the whole capacity in Retry-After seconds).
    mock.advance(3)
    capacity_error(
        mock.post("/viber/send", {**body, "recipients": recipients(5001)}), 45_000, 5001, 50_000
    )
    assert mock.post("/viber/send", {**body, "recipients": recipients(5000)}).status_code == 202
    mock.advance(30)
    assert mock.post("/viber/send", {**body, "recipients": recipients(50_000)}).status_code == 202
    # Nothing that was refused was stored.
    assert len(mock.queued()) == 105_000
    assert len(mock.records("messages", tenant="other")) == 1


def test_capacity_is_configurable() -> None:
    with Mock(max_pending=10, capacity_drain_per_second=1) as small:
        body = {"templateId": SMS_TEMPLATE, "recipients": recipients(8)}
        assert small.post("/sms/promotional", body).status_code == 202
        capacity_error(small.post("/sms/promotional", body), 8, 8, 10)
        small.advance(6)
        assert small.post("/sms/promotional", body).status_code == 202


def test_campaign_clock_is_configurable() -> None:
    """Options queue_seconds and delivery_seconds set the bulk campaign clock."""
    with Mock(queue_seconds=10, delivery_seconds=5) as slow:
        sent = slow.post(
            "/sms/promotional", {"templateId": SMS_TEMPLATE, "recipients": recipients(1)}
        )
        campaign_id = sent.json()["campaignId"]
        slow.advance(9)
        assert slow.campaign(campaign_id)["status"] == "Queuing"
        slow.advance(1)
        assert slow.post(f"/campaigns/{campaign_id}/start").status_code == 202
        slow.advance(4)
        assert slow.campaign(campaign_id)["status"] == "InProgress"
        slow.advance(1)
        assert slow.campaign(campaign_id)["status"] == "Completed"


# -- robustness -----------------------------------------------------------------------------------

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)


def _documented(api_op: str) -> set[tuple[int, str]]:
    op = spec_of(API).operation(api_op)
    return {(e.status, e.value["error"]) for e in op.iter_error_examples()}


@settings(
    max_examples=150, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True
)
@given(
    message_type=st.integers(0, 9) | JSON,
    config=JSON | JSON.map(json.dumps),
    extra=st.dictionaries(
        st.sampled_from(
            [
                "name",
                "templateContent",
                "viberServiceId",
                "smsFallbackEnabled",
                "smsFallbackSenderId",
            ]
        ),
        JSON,
        max_size=2,
    ),
)
def test_template_bodies_get_documented_answers(
    message_type: Any, config: Any, extra: dict[str, Any]
) -> None:
    """Whatever the message type and configuration, the answer is a success or a documented
    error of the operation, never a 5xx."""
    mock = _shared()
    body = {**VIBER, "messageType": message_type, "typeSpecificConfig": config, **extra}
    for method, path, op_id in (
        ("post", "/templates/viber", "createViberTemplate"),
        ("put", f"/templates/{VIBER_TEMPLATE}", "updateTemplate"),
    ):
        response = mock.call(method, V1 + path, body)
        assert response.status_code < 500, response.text
        if not response.is_success:
            answer = response.json()
            assert (response.status_code, answer["error"]) in _documented(op_id), answer


@functools.cache
def _shared() -> Mock:
    return Mock()


# -- 120,000 recipients through the generated client, over real HTTP ------------------------------


class Served:
    """The mock on a real socket (uvicorn, as ``smsspec mock`` runs it) in a thread of this
    process, so the test can read the engine's records directly."""

    def __init__(self, app: MockApp) -> None:
        self.app = app
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(128)
        self.base_url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        config = uvicorn.Config(app, **uvicorn_settings())
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True
        )

    def __enter__(self) -> Served:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            assert time.monotonic() < deadline, "the mock did not start"
            time.sleep(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)
        self.sock.close()


def test_120000_recipients_back_off_on_capacity_and_are_each_sent_once() -> None:
    """Issue #7 and #15: 120,000 recipients through ``bulk.send_viber_bulk`` against a mock
    whose capacity is 4,000 pending messages (the spec documents 50,000). The client's
    ``sleep`` moves the mock clock instead of waiting. The first refusal shows that a batch of
    the documented capacity can never fit: it is split at once, not retried as is; later
    batches never exceed the capacity; each wait is only as long as the capacity needs, so
    the waits add up to the minimum the capacity allows (its drain rate, the whole capacity
    per ``Retry-After``); and every recipient is accounted for exactly once on both sides."""
    capacity, total = 4000, 120_000
    harness = MockHarness(API, MockConfig(options={"max_pending": capacity}))
    app = harness.app
    pkg = client_package(API)
    bulk = client_module(API, "bulk")
    statuses: collections.Counter[int] = collections.Counter()
    refusals: list[dict[str, Any]] = []
    waits: list[float] = []
    people = recipients(total)
    with Served(app) as served, httpx.Client(base_url=served.base_url) as admin:

        def sleep(seconds: float) -> None:
            waits.append(seconds)
            admin.post("/__smsspec/clock", json={"advance": seconds}).raise_for_status()

        def seen(response: httpx.Response) -> None:
            statuses[response.status_code] += 1
            if response.status_code == 429:
                response.read()
                refusals.append({**response.json(), "retry-after": response.headers["retry-after"]})

        client = pkg.AuthenticatedClient(
            base_url=served.base_url,
            token=harness.keys["default"],
            sleep=sleep,
            timeout=httpx.Timeout(120.0),
            httpx_args={"event_hooks": {"response": [seen]}},
        )
        started = time.perf_counter()
        result = bulk.send_viber_bulk(client, people, template_id=uuid.UUID(VIBER_TEMPLATE))
        elapsed = time.perf_counter() - started
        accepted = {body["campaignId"] for body in result.responses}
        campaigns = [c for c in harness.records("campaigns") if c["campaignId"] in accepted]
        messages = harness.records("messages")
        per_campaign = collections.Counter(m["campaignId"] for m in messages)
        queued = collections.Counter(m["phoneNumber"] for m in messages)
    harness.close()

    # It backed off: 429s came, each with the documented figures; only the first request
    # was larger than the capacity; no wait exceeded the advised Retry-After and together
    # they are the minimum the capacity allows (virtual time: the mock clock).
    assert statuses[429] > 0
    assert statuses[202] == len(result.responses) == len(campaigns)
    assert set(statuses) == {202, 429}
    assert result.capacity_waits > 0
    for refusal in refusals:
        assert refusal["maxAllowed"] == capacity
        assert refusal["availableCapacity"] == capacity - refusal["currentPending"]
        assert refusal["retry-after"] == "30"
    too_big = [r for r in refusals if r["requestedCount"] > r["maxAllowed"]]
    assert [r["requestedCount"] for r in too_big] == [50_000]
    assert refusals[0] is too_big[0]
    assert all(0 < wait <= 30.0 for wait in waits)
    minimum = (total - capacity) / (capacity / 30.0)
    # (The mock clock also runs in real time, so the waits alone may fall short of it.)
    assert sum(waits) <= 1.1 * minimum, (sum(waits), minimum)
    # Client side: one accepted result per input item, with its original index.
    assert len(result) == total
    assert [item.index for item in result.items] == list(range(total))
    assert len(result.accepted) == total
    assert (len(result.rejected), len(result.failed), len(result.unknown)) == (0, 0, 0)
    assert sum(body["messageCount"] for body in result.responses) == total
    # Mock side: every recipient queued exactly once, and no batch exceeded the capacity.
    assert len(queued) == total
    assert set(queued.values()) == {1}
    assert set(queued) == {p["phoneNumber"] for p in people}
    assert all(c["sendingMode"] == "Bulk" for c in campaigns)
    assert all(per_campaign[c["campaignId"]] <= capacity for c in campaigns)
    assert elapsed < 60, f"120,000 recipients took {elapsed:.1f}s"
    print(
        f"\ntransformify: {total} recipients in {len(campaigns)} batches, "
        f"{statuses[429]} capacity answers, {elapsed:.1f}s"
    )


BAD_NUMBERS = {7: "123", 999: "+38970 123", 1500: ""}
"""Invalid recipients (by index) among the 2,000 of the mixed bulk sends below."""


def send_mixed_bulk(
    *, validate_requests: bool
) -> tuple[Any, list[dict[str, str]], collections.Counter[str]]:
    """2,000 Viber recipients, three of them invalid, in batches of 500 through the generated
    bulk helper over real HTTP: (result, recipients, numbers the mock queued)."""
    harness = MockHarness(API, MockConfig(options={"max_pending": 600}))
    pkg = client_package(API)
    bulk = client_module(API, "bulk")
    people = recipients(2000)
    for index, phone in BAD_NUMBERS.items():
        people[index] = {"phoneNumber": phone}
    with Served(harness.app) as served, httpx.Client(base_url=served.base_url) as admin:
        client = pkg.AuthenticatedClient(
            base_url=served.base_url,
            token=harness.keys["default"],
            validate_requests=validate_requests,
            sleep=lambda s: admin.post("/__smsspec/clock", json={"advance": s}).raise_for_status(),
        )
        result = bulk.send_viber_bulk(
            client, people, batch_size=500, template_id=uuid.UUID(VIBER_TEMPLATE)
        )
        queued = collections.Counter(m["phoneNumber"] for m in harness.records("messages"))
    harness.close()
    return result, people, queued


def test_a_refused_batch_is_reported_item_by_item() -> None:
    """A bulk send is all or nothing (``partial-success: false``): a batch holding an invalid
    number is refused as a whole (400 ``invalid_phone_number``), and each of its items is
    reported ``failed`` with that error and its index; the other batches go through."""
    result, people, queued = send_mixed_bulk(validate_requests=False)
    assert len(result) == 2000
    assert [item.index for item in result.accepted] == list(range(1000, 1500))
    failed = result.failed
    assert [item.index for item in failed] == [*range(1000), *range(1500, 2000)]
    assert {item.code for item in failed} == {"invalid_phone_number"}
    assert {item.error.status_code for item in failed if item.error is not None} == {400}
    assert set(queued) == {p["phoneNumber"] for p in people[1000:1500]}
    assert set(queued.values()) == {1}


def test_client_side_checks_keep_a_bad_item_from_sinking_its_batch() -> None:
    """With ``validate_requests`` the bulk helper checks each recipient against the item
    schema first: the invalid ones are reported ``rejected`` (client side, with the error the
    server would give and their own index) and the rest are sent and queued once each."""
    result, people, queued = send_mixed_bulk(validate_requests=True)
    assert len(result) == 2000
    rejected = result.rejected
    assert [item.index for item in rejected] == sorted(BAD_NUMBERS)
    assert all(item.client_side and item.batch is None for item in rejected)
    assert {item.error.status_code for item in rejected if item.error is not None} == {400}
    assert len(result.accepted) == 2000 - len(BAD_NUMBERS)
    assert not result.failed
    good = [p["phoneNumber"] for i, p in enumerate(people) if i not in BAD_NUMBERS]
    assert collections.Counter(good) == queued
