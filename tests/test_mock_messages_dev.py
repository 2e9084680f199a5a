"""Behaviour of the messages.dev mock that the generic suites do not prove: accounts and keys,
the sandbox (recipient rule, daily quota and its midnight-UTC reset), the contact-first rule,
the outbox lifecycle, cursor paging, webhooks, files, rate limits and CORS."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from generator.mock.providers.messages_dev import (
    DEMO_ACCOUNT,
    DEMO_CONTACT,
    DEMO_LINE,
    SANDBOX_ACCOUNT,
    SANDBOX_LINE,
    SMS_LINE,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.mock import MockApp, MockConfig, create_app
from tests.asgi import ASGIClient

API = "messages-dev"
DAY = 86400
# 2024-04-06 12:00:00 UTC: noon of a quota day, after the docs' example timestamps.
NOON = 1712404800.0
STRANGER = "+15550001111"


class FakeClock:
    """An injectable clock (``MockConfig.clock``) that tests move by hand."""

    def __init__(self, now: float = NOON) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


class Mock:
    """One mock app with its client and clock, and small helpers for its endpoints."""

    def __init__(self, **config: Any) -> None:
        self.clock = FakeClock()
        self.app: MockApp = create_app(API, MockConfig(clock=self.clock, **config))
        self.client = ASGIClient(self.app)
        self.keys = self.app.provider.demo_keys()

    def reset(self, now: float = NOON) -> None:
        self.clock.now = now
        response = self.client.post("/__smsspec/reset", json={})
        assert response.status_code == 200

    def call(self, method: str, path: str, role: str = "default", **kwargs: Any) -> httpx.Response:
        headers = {**kwargs.pop("headers", {}), "Authorization": f"Bearer {self.keys[role]}"}
        return self.client.request(method, path, headers=headers, **kwargs)

    def send(self, role: str = "default", **body: Any) -> httpx.Response:
        message = {"from": DEMO_LINE, "to": DEMO_CONTACT, "text": "Hello from messages.dev!"}
        return self.call("POST", "/v1/messages", role, json={**message, **body})

    @property
    def provider(self) -> Any:
        return self.app.provider


@pytest.fixture
def mock() -> Iterator[Mock]:
    instance = Mock()
    yield instance
    instance.client.close()


def code(response: httpx.Response) -> str:
    return str(response.json()["error"]["code"])


# -- keys and roles ---------------------------------------------------------------------------


def test_demo_keys_match_the_key_pattern_and_are_distinct(mock: Mock) -> None:
    pattern = re.compile(mock.app.compiled.security["x-key-pattern"])
    assert set(mock.keys) >= {
        "default",
        "read_only",
        "no_lines_read",
        "line_scoped",
        "sandbox_unactivated",
        "sandbox",
    }
    assert all(pattern.match(key) and key.startswith("sk_live_") for key in mock.keys.values())
    assert len(set(mock.keys.values())) == len(mock.keys)


def test_default_key_holds_all_fifteen_scopes(mock: Mock) -> None:
    scopes = mock.provider.scopes()
    assert len(scopes) == 15
    account = mock.app.provider.account(mock.keys["default"])
    assert account is not None
    assert account.state["scopes"] == scopes


def test_read_only_key_reads_but_cannot_write(mock: Mock) -> None:
    assert mock.call("GET", "/v1/lines", "read_only").status_code == 200
    assert mock.call("GET", "/v1/chats", "read_only", params={"from": DEMO_LINE}).is_success
    for method, path, body in [
        ("POST", "/v1/messages", {"from": DEMO_LINE, "to": DEMO_CONTACT, "text": "x"}),
        ("POST", "/v1/webhooks", {"from": DEMO_LINE, "url": "https://e.x", "events": []}),
        ("DELETE", "/v1/webhooks", {"id": "wh_abc123"}),
    ]:
        response = mock.call(method, path, "read_only", json=body)
        assert (response.status_code, code(response)) == (403, "insufficient_scope")
    upload = mock.call("POST", "/v1/files", "read_only", content=b"bytes")
    assert (upload.status_code, code(upload)) == (403, "insufficient_scope")


def test_no_lines_read_key_lacks_only_lines_read(mock: Mock) -> None:
    response = mock.call("GET", "/v1/lines", "no_lines_read")
    assert (response.status_code, code(response)) == (403, "insufficient_scope")
    assert mock.call("GET", "/v1/chats", "no_lines_read", params={"from": DEMO_LINE}).is_success
    assert mock.send("no_lines_read").status_code == 201


def test_line_scoped_key_uses_its_line_and_the_sandbox_only(mock: Mock) -> None:
    refused = mock.send("line_scoped")
    assert (refused.status_code, code(refused)) == (403, "line_not_accessible")
    assert refused.json()["error"]["param"] == "from"
    chats = mock.call("GET", "/v1/chats", "line_scoped", params={"from": SMS_LINE})
    assert chats.status_code == 200
    # Every key may use the sandbox line, whatever its restriction.
    assert mock.send("line_scoped", **{"from": SANDBOX_LINE}).status_code == 201
    lines = mock.call("GET", "/v1/lines", "line_scoped").json()["data"]
    assert [line["handle"] for line in lines] == [SMS_LINE, SANDBOX_LINE]


def test_unknown_line_is_not_found_before_the_restriction(mock: Mock) -> None:
    response = mock.send("line_scoped", **{"from": "+15550000000"})
    assert (response.status_code, code(response)) == (404, "line_not_found")


def test_sandbox_needs_activation_and_an_owner(mock: Mock) -> None:
    inactive = mock.send("sandbox_unactivated", **{"from": SANDBOX_LINE})
    assert (inactive.status_code, code(inactive)) == (403, "sandbox_not_activated")
    listed = mock.call("GET", "/v1/lines", "sandbox_unactivated").json()["data"]
    assert listed == [
        {
            "id": "ln_sandbox",
            "handle": SANDBOX_LINE,
            "label": "Sandbox",
            "service": "imessage",
            "is_active": False,
        }
    ]
    unowned = mock.call("GET", "/v1/chats", "sandbox_unowned", params={"from": SANDBOX_LINE})
    assert (unowned.status_code, code(unowned)) == (403, "sandbox_requires_owner")


# -- sandbox rules ----------------------------------------------------------------------------


def test_sandbox_sends_only_to_the_paired_phone(mock: Mock) -> None:
    ok = mock.send("sandbox", **{"from": SANDBOX_LINE})
    assert ok.status_code == 201
    for method, path, body in [
        ("POST", "/v1/messages", {"text": "hi"}),
        ("POST", "/v1/reactions", {"message_id": "msg_abc123", "type": "love"}),
        ("POST", "/v1/typing", {"state": "on"}),
        ("POST", "/v1/receipts", {}),
    ]:
        response = mock.call(
            method, path, "sandbox", json={"from": SANDBOX_LINE, "to": STRANGER, **body}
        )
        assert (response.status_code, code(response)) == (400, "sandbox_contact_mismatch"), path
        assert response.json()["error"]["param"] == "to"


def _use_quota(mock: Mock, role: str, count: int) -> None:
    for _ in range(count):
        assert mock.send(role, **{"from": SANDBOX_LINE}).status_code == 201


def test_sandbox_quota_is_fifty_a_day_and_resets_at_midnight_utc(mock: Mock) -> None:
    _use_quota(mock, "sandbox", 50)
    over = mock.send("sandbox", **{"from": SANDBOX_LINE})
    assert (over.status_code, code(over)) == (429, "sandbox_quota_exceeded")
    midnight = (NOON // DAY + 1) * DAY
    assert over.headers["retry-after"] == str(int(midnight - NOON))
    # Other operations and other lines are not counted.
    assert mock.send("sandbox", **{"from": SANDBOX_LINE, "to": STRANGER}).status_code == 400
    assert mock.send("default").status_code == 201
    mock.clock.now = midnight - 1
    still = mock.send("sandbox", **{"from": SANDBOX_LINE})
    assert (still.status_code, still.headers["retry-after"]) == (429, "1")
    mock.clock.now = midnight
    assert mock.send("sandbox", **{"from": SANDBOX_LINE}).status_code == 201
    assert mock.provider.sandbox_used(SANDBOX_ACCOUNT) == 1


def test_sandbox_quota_is_shared_by_the_keys_of_an_account(mock: Mock) -> None:
    _use_quota(mock, "default", 30)
    _use_quota(mock, "line_scoped", 20)
    for role in ("default", "line_scoped", "no_lines_read"):
        response = mock.send(role, **{"from": SANDBOX_LINE})
        assert (response.status_code, code(response)) == (429, "sandbox_quota_exceeded")
    # Another account has its own quota.
    assert mock.send("sandbox", **{"from": SANDBOX_LINE}).status_code == 201
    assert mock.provider.sandbox_used(DEMO_ACCOUNT) == 50


def test_rejected_sandbox_sends_do_not_use_the_quota(mock: Mock) -> None:
    for _ in range(60):
        assert mock.send("sandbox", **{"from": SANDBOX_LINE, "to": STRANGER}).status_code == 400
    assert mock.provider.sandbox_used(SANDBOX_ACCOUNT) == 0


def test_sandbox_quota_window_is_the_utc_day_whatever_the_start() -> None:
    mock = Mock(options={"sandbox_daily_quota": 3})
    try:

        @settings(max_examples=30, deadline=None)
        @given(start=st.floats(min_value=0, max_value=4 * 10**9, allow_nan=False))
        def run(start: float) -> None:
            mock.reset(start)
            midnight = (start // DAY + 1) * DAY
            _use_quota(mock, "sandbox", 3)
            over = mock.send("sandbox", **{"from": SANDBOX_LINE})
            assert over.status_code == 429
            assert over.headers["retry-after"] == str(max(1, math.ceil(midnight - start)))
            mock.clock.now = midnight
            assert mock.send("sandbox", **{"from": SANDBOX_LINE}).status_code == 201

        run()
    finally:
        mock.client.close()


# -- contact-first rule and outbox ------------------------------------------------------------


def test_contact_first_rule_until_the_contact_messages_the_line(mock: Mock) -> None:
    refused = mock.send(to=STRANGER)
    assert (refused.status_code, code(refused)) == (403, "contact_has_not_messaged")
    assert refused.json()["error"]["param"] == "to"
    audio = mock.call(
        "POST",
        "/v1/audio-messages",
        json={"from": DEMO_LINE, "to": STRANGER, "audio_message": "file_abc123"},
    )
    assert code(audio) == "contact_has_not_messaged"
    mock.provider.receive(DEMO_LINE, STRANGER, "hello?")
    assert mock.send(to=STRANGER).status_code == 201


def test_activated_sandbox_is_exempt_from_contact_first(mock: Mock) -> None:
    sandbox_chats = [c for c in mock.provider.chats if c["line_id"] == "ln_sandbox"]
    for chat in sandbox_chats:
        mock.provider.chats.delete(chat["id"])
    assert mock.send("sandbox", **{"from": SANDBOX_LINE}).status_code == 201


def test_audio_needs_a_line_with_advanced_features(mock: Mock) -> None:
    for line in (SMS_LINE, SANDBOX_LINE):
        response = mock.call(
            "POST",
            "/v1/audio-messages",
            json={"from": line, "to": DEMO_CONTACT, "audio_message": "file_abc123"},
        )
        assert (response.status_code, code(response)) == (400, "advanced_features_required")


def test_writes_answer_pending_and_are_delivered_later(mock: Mock) -> None:
    sent = mock.send(text="tracked")
    assert sent.status_code == 201
    record = sent.json()
    assert record["status"] == "pending"
    assert record["id"].startswith("obx_")
    polled = mock.call("GET", "/v1/outbox", params={"id": record["id"]}).json()
    assert polled["status"] == "pending"
    assert polled["completed_at"] is None
    assert polled["payload"] == {"from": DEMO_LINE, "to": DEMO_CONTACT, "text": "tracked"}
    mock.clock.now += 2
    delivered = mock.call("GET", "/v1/outbox", params={"id": record["id"]}).json()
    assert delivered["status"] == "sent"
    assert delivered["attempts"] == 1
    assert delivered["completed_at"] == delivered["created_at"] + 2000
    newest = mock.call("GET", "/v1/messages", params={"from": DEMO_LINE, "to": DEMO_CONTACT})
    first = newest.json()["data"][0]
    assert (first["text"], first["outbox_id"], first["is_from_me"]) == (
        "tracked",
        record["id"],
        True,
    )


def test_every_write_answers_an_outbox_record(mock: Mock) -> None:
    base = {"from": DEMO_LINE, "to": DEMO_CONTACT}
    for path, body in [
        ("/v1/messages", {"text": "hi"}),
        ("/v1/audio-messages", {"audio_message": "file_abc123"}),
        ("/v1/voice-notes", {"voice_note": "file_abc123"}),
        ("/v1/reactions", {"message_id": "msg_abc123", "type": "like"}),
        ("/v1/typing", {"state": "off"}),
        ("/v1/receipts", {}),
    ]:
        response = mock.call("POST", path, json={**base, **body})
        assert response.status_code == 201, response.text
        assert response.json()["status"] == "pending"


def test_a_delivered_tapback_is_listed_on_its_message(mock: Mock) -> None:
    body = {"from": DEMO_LINE, "to": DEMO_CONTACT, "message_id": "msg_abc123", "type": "laugh"}
    assert mock.call("POST", "/v1/reactions", json=body).status_code == 201
    mock.clock.now += 2
    listed = mock.call("GET", "/v1/reactions", params={"message_id": "msg_abc123"}).json()
    assert [r["type"] for r in listed["data"]] == ["laugh", "love"]
    guid = "3F2B8C1E-7A4D-4E5F-9B6A-0C1D2E3F4A5B"
    by_guid = mock.call("GET", "/v1/reactions", params={"message_id": guid}).json()
    assert by_guid["data"] == listed["data"]
    missing = mock.call("POST", "/v1/reactions", json={**body, "message_id": "msg_gone"})
    assert (missing.status_code, code(missing)) == (404, "message_not_found")


def test_not_found_codes(mock: Mock) -> None:
    cases = [
        ("/v1/chats", {"from": "+15550000000"}, "line_not_found"),
        ("/v1/messages", {"from": DEMO_LINE, "to": STRANGER}, "chat_not_found"),
        ("/v1/reactions", {"message_id": "msg_unknown"}, "message_not_found"),
        ("/v1/outbox", {"id": "obx_unknown"}, "outbox_item_not_found"),
    ]
    for path, params, expected in cases:
        response = mock.call("GET", path, params=params)
        assert (response.status_code, code(response)) == (404, expected)
    gone = mock.call("DELETE", "/v1/webhooks", json={"id": "wh_unknown"})
    assert (gone.status_code, code(gone)) == (404, "webhook_not_found")


def test_another_accounts_outbox_item_is_not_found(mock: Mock) -> None:
    record = mock.send().json()
    other = mock.call("GET", "/v1/outbox", "sandbox", params={"id": record["id"]})
    assert code(other) == "outbox_item_not_found"


# -- wrong id prefixes ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "request_kwargs", "param"),
    [
        ("GET", "/v1/outbox", {"params": {"id": "msg_abc123"}}, "id"),
        ("GET", "/v1/files", {"params": {"id": "obx_abc123"}}, "id"),
        ("DELETE", "/v1/webhooks", {"json": {"id": "obx_abc123"}}, "id"),
        (
            "POST",
            "/v1/audio-messages",
            {"json": {"from": DEMO_LINE, "to": DEMO_CONTACT, "audio_message": "msg_abc123"}},
            "audio_message",
        ),
        (
            "POST",
            "/v1/voice-notes",
            {"json": {"from": DEMO_LINE, "to": DEMO_CONTACT, "voice_note": "wh_abc123"}},
            "voice_note",
        ),
    ],
)
def test_wrong_id_prefix_is_invalid_parameter_value_naming_the_param(
    mock: Mock, method: str, path: str, request_kwargs: dict[str, Any], param: str
) -> None:
    response = mock.call(method, path, **request_kwargs)
    assert response.status_code == 400
    error = response.json()["error"]
    assert (error["code"], error["param"]) == ("invalid_parameter_value", param)


def test_wrong_attachment_prefix_names_attachments(mock: Mock) -> None:
    body = {"from": DEMO_LINE, "to": DEMO_CONTACT, "attachments": ["msg_abc123"]}
    response = mock.call("POST", "/v1/messages", json=body)
    error = response.json()["error"]
    assert (response.status_code, error["code"]) == (400, "invalid_parameter_value")
    # The framework names the item ("attachments[0]"); the documented example says "attachments".
    assert error["param"].split("[")[0] == "attachments"


def test_limit_out_of_range_names_limit() -> None:
    mock = Mock()
    try:

        @settings(max_examples=20, deadline=None)
        @given(limit=st.one_of(st.integers(max_value=0), st.integers(min_value=101)))
        def run(limit: int) -> None:
            response = mock.call("GET", "/v1/chats", params={"from": DEMO_LINE, "limit": limit})
            error = response.json()["error"]
            assert (response.status_code, error["code"], error["param"]) == (
                400,
                "invalid_parameter_value",
                "limit",
            )

        run()
    finally:
        mock.client.close()


# -- paging -----------------------------------------------------------------------------------


def _pages(mock: Mock, path: str, params: dict[str, Any], limit: int) -> list[list[str]]:
    pages: list[list[str]] = []
    cursor = None
    while True:
        query = {**params, "limit": limit, **({"cursor": cursor} if cursor else {})}
        body = mock.call("GET", path, params=query).json()
        pages.append([item["id"] for item in body["data"]])
        assert (body["next_cursor"] is not None) == body["has_more"]
        if not body["has_more"]:
            return pages
        assert len(body["data"]) == limit
        cursor = body["next_cursor"]


def test_chat_pages_cover_every_chat_once_newest_first() -> None:
    mock = Mock()
    try:

        @settings(max_examples=25, deadline=None)
        @given(count=st.integers(0, 60), limit=st.integers(1, 100))
        def run(count: int, limit: int) -> None:
            mock.reset()
            for index in range(count):
                mock.clock.now += 1
                mock.provider.receive(DEMO_LINE, f"+1555100{index:04d}")
            pages = _pages(mock, "/v1/chats", {"from": DEMO_LINE}, limit)
            ids = [chat_id for page in pages for chat_id in page]
            assert len(ids) == len(set(ids)) == count + 1
            assert len(pages) == max(1, -(-(count + 1) // limit))
            everything = mock.call("GET", "/v1/chats", params={"from": DEMO_LINE, "limit": 100})
            assert [c["id"] for c in everything.json()["data"]] == ids
            assert ids[-1] == "cht_abc123"  # the seeded chat is the oldest

        run()
    finally:
        mock.client.close()


def test_message_pages_cover_the_chat_and_survive_new_messages(mock: Mock) -> None:
    for index in range(24):
        mock.clock.now += 1
        mock.provider.receive(DEMO_LINE, DEMO_CONTACT, f"message {index}")
    chat = {"from": DEMO_LINE, "to": DEMO_CONTACT}
    first = mock.call("GET", "/v1/messages", params={**chat, "limit": 10}).json()
    assert [m["text"] for m in first["data"]] == [f"message {i}" for i in range(23, 13, -1)]
    # A message arriving between pages does not shift the next page.
    mock.clock.now += 1
    mock.provider.receive(DEMO_LINE, DEMO_CONTACT, "late")
    second = mock.call(
        "GET", "/v1/messages", params={**chat, "limit": 10, "cursor": first["next_cursor"]}
    ).json()
    assert [m["text"] for m in second["data"]] == [f"message {i}" for i in range(13, 3, -1)]
    third = mock.call(
        "GET", "/v1/messages", params={**chat, "limit": 10, "cursor": second["next_cursor"]}
    ).json()
    texts = [m["text"] for m in third["data"]]
    assert texts == ["message 3", "message 2", "message 1", "message 0", "Hi there!"]
    assert (third["has_more"], third["next_cursor"]) == (False, None)
    # The chat id works as `to` too.
    by_id = mock.call("GET", "/v1/messages", params={"from": DEMO_LINE, "to": "cht_abc123"})
    assert len(by_id.json()["data"]) == 26


def test_a_foreign_cursor_ends_the_list(mock: Mock) -> None:
    response = mock.call("GET", "/v1/chats", params={"from": DEMO_LINE, "cursor": "%%%"})
    assert response.status_code == 200
    assert response.json()["data"] == []
    assert response.json()["has_more"] is False


# -- webhooks and files -----------------------------------------------------------------------


def test_webhook_create_list_delete_round_trip(mock: Mock) -> None:
    body = {"from": DEMO_LINE, "url": "https://example.org/hook", "events": ["reaction.added"]}
    created = mock.call("POST", "/v1/webhooks", json=body)
    assert created.status_code == 201
    hook = created.json()
    assert re.fullmatch(r"[0-9a-f]{32}", hook["secret"])
    assert (hook["line_ids"], hook["url"], hook["is_active"]) == (
        ["ln_abc123"],
        body["url"],
        True,
    )
    listed = mock.call("GET", "/v1/webhooks", params={"from": DEMO_LINE}).json()["data"]
    assert hook["id"] in [h["id"] for h in listed]
    assert all("secret" not in h for h in listed)
    other_line = mock.call("GET", "/v1/webhooks", params={"from": SMS_LINE}).json()["data"]
    assert other_line == []
    deleted = mock.call("DELETE", "/v1/webhooks", json={"id": hook["id"]})
    assert deleted.json() == {
        "id": hook["id"],
        "deleted": True,
        "request_id": deleted.json()["request_id"],
    }
    again = mock.call("DELETE", "/v1/webhooks", json={"id": hook["id"]})
    assert (again.status_code, code(again)) == (404, "webhook_not_found")
    remaining = mock.call("GET", "/v1/webhooks").json()["data"]
    assert [h["id"] for h in remaining] == ["wh_abc123"]


def test_webhook_secrets_differ(mock: Mock) -> None:
    body = {"from": DEMO_LINE, "url": "https://example.org/hook", "events": ["message.sent"]}
    secrets = {mock.call("POST", "/v1/webhooks", json=body).json()["secret"] for _ in range(5)}
    assert len(secrets) == 5


@pytest.mark.parametrize(
    ("change", "param"),
    [
        ({"events": ["typing.started"]}, "events"),
        ({"events": ["receipt.read"]}, "events"),
        ({"url": "http://example.org/hook"}, "url"),
        ({"url": "https://"}, "url"),
    ],
)
def test_webhook_rejects_unsubscribable_events_and_non_https_urls(
    mock: Mock, change: dict[str, Any], param: str
) -> None:
    body = {"from": DEMO_LINE, "url": "https://example.org/hook", "events": ["message.sent"]}
    response = mock.call("POST", "/v1/webhooks", json={**body, **change})
    error = response.json()["error"]
    assert (response.status_code, error["code"]) == (400, "invalid_parameter_value")
    assert error["param"].split("[")[0] == param


def test_restricted_key_does_not_see_other_lines_webhooks(mock: Mock) -> None:
    assert mock.call("GET", "/v1/webhooks", "line_scoped").json()["data"] == []
    refused = mock.call("DELETE", "/v1/webhooks", "line_scoped", json={"id": "wh_abc123"})
    assert code(refused) == "webhook_not_found"


def test_upload_then_fetch_redirects_to_the_file() -> None:
    mock = Mock()
    try:

        @settings(max_examples=20, deadline=None)
        @given(
            content=st.binary(min_size=1, max_size=2048),
            name=st.from_regex(r"[a-z]{1,8}\.png", fullmatch=True),
        )
        def run(content: bytes, name: str) -> None:
            mock.reset()
            uploaded = mock.call(
                "POST",
                "/v1/files",
                content=content,
                headers={"Content-Type": "image/png", "X-Filename": name},
            )
            assert uploaded.status_code == 201
            record = uploaded.json()
            assert record["id"].startswith("file_")
            assert (record["size"], record["mime_type"], record["filename"]) == (
                len(content),
                "image/png",
                name,
            )
            fetched = mock.call("GET", "/v1/files", params={"id": record["id"]})
            assert (fetched.status_code, fetched.headers["location"]) == (302, record["url"])

        run()
    finally:
        mock.client.close()


def test_empty_upload_is_empty_file(mock: Mock) -> None:
    response = mock.call("POST", "/v1/files", content=b"")
    assert (response.status_code, code(response)) == (400, "empty_file")


def test_documented_file_redirects(mock: Mock) -> None:
    response = mock.call("GET", "/v1/files", params={"id": "file_abc123"})
    assert response.status_code == 302
    assert response.headers["location"].endswith("/file_abc123")


# -- envelope, limits, CORS, reset ----------------------------------------------------------------


def test_every_body_carries_a_fresh_request_id(mock: Mock) -> None:
    responses = [
        mock.call("GET", "/v1/lines"),
        mock.send(),
        mock.call("GET", "/v1/outbox", params={"id": "obx_abc123"}),
        mock.call("GET", "/v1/typing", params={"from": DEMO_LINE, "to": DEMO_CONTACT}),
        mock.call("GET", "/v1/receipts", params={"from": DEMO_LINE, "to": DEMO_CONTACT}),
        mock.send(to=STRANGER),
        mock.client.get("/v1/lines"),
    ]
    ids = [response.json()["request_id"] for response in responses]
    assert all(re.fullmatch(r"req_\S+", request_id) for request_id in ids)
    assert len(set(ids)) == len(ids)
    assert "req_a1b2c3d4e5f6" not in ids


def test_hourly_rate_limit_uses_the_configured_default() -> None:
    mock = Mock(default_rate_limit=3)
    try:
        for _ in range(3):
            assert mock.call("GET", "/v1/lines").status_code == 200
        limited = mock.call("GET", "/v1/lines")
        assert (limited.status_code, code(limited)) == (429, "rate_limit_exceeded")
        assert 1 <= int(limited.headers["retry-after"]) <= 3600
        mock.clock.now += 3600
        assert mock.call("GET", "/v1/lines").status_code == 200
    finally:
        mock.client.close()


def test_cors_preflight_answers_204_without_credentials(mock: Mock) -> None:
    response = mock.client.request(
        "OPTIONS",
        "/v1/messages",
        headers={"Origin": "https://app.example", "Access-Control-Request-Method": "POST"},
    )
    assert response.status_code == 204
    assert response.content == b""
    assert response.headers["access-control-allow-origin"] == "*"
    methods = {m.strip() for m in response.headers["access-control-allow-methods"].split(",")}
    assert methods == {"GET", "POST", "DELETE", "OPTIONS"}


def test_reset_restores_the_seeded_state(mock: Mock) -> None:
    before = mock.call("GET", "/v1/chats", params={"from": DEMO_LINE}).json()["data"]
    mock.provider.receive(DEMO_LINE, STRANGER)
    hook = {"from": DEMO_LINE, "url": "https://example.org/h", "events": ["message.sent"]}
    mock.call("POST", "/v1/webhooks", json=hook)
    _use_quota(mock, "sandbox", 50)
    mock.reset()
    after = mock.call("GET", "/v1/chats", params={"from": DEMO_LINE}).json()["data"]
    assert after == before
    assert [h["id"] for h in mock.call("GET", "/v1/webhooks").json()["data"]] == ["wh_abc123"]
    assert mock.send("sandbox", **{"from": SANDBOX_LINE}).status_code == 201
