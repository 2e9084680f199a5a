"""Behaviour of the messages.dev mock that the generic suites do not prove: accounts and keys,
the sandbox (recipient rule, daily quota and its midnight-UTC reset), the contact-first rule,
the outbox lifecycle, cursor paging, webhooks, files, rate limits and CORS.

Rule tests are keyed by the spec's rule ids (``x-rules``); stored effects are read from the
engine's records.
"""

from __future__ import annotations

import math
import re
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.mock import MockConfig
from tests.conftest import spec_of
from tests.mockharness import MockHarness
from tests.scenarios.messages_dev import (
    DEMO_CONTACT,
    DEMO_LINE,
    NO_LINE,
    SANDBOX_LINE,
    SCENARIOS,
    SMS_LINE,
    STRANGER,
)
from tests.test_error_coverage import _check, _send

API = "messages-dev"
DAY = 86400
# 2024-04-06 12:00:00 UTC: noon of a quota day, after the docs' example timestamps.
NOON = 1712404800.0
HYPOTHESIS = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


class FakeClock:
    """An injectable clock (``MockConfig.clock``) that tests set by hand."""

    def __init__(self, now: float = NOON) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


class Mock(MockHarness):
    """The messages.dev mock on a hand-set clock, with helpers for its endpoints."""

    def __init__(self, **config: Any) -> None:
        self.clock = FakeClock()
        options = config.pop("options", {})
        settings = {"rate_limits": False, **config}
        super().__init__(API, MockConfig(seed=1, clock=self.clock, options=options, **settings))

    def __enter__(self) -> Mock:
        return self

    def restart(self, now: float = NOON) -> None:
        """Back to the seeded state at ``now`` (through the admin API, as a user would)."""
        self.clock.now = now
        assert self.client.post("/__smsspec/reset", json={}).status_code == 200

    def send(self, role: str = "default", **body: Any) -> httpx.Response:
        message = {"from": DEMO_LINE, "to": DEMO_CONTACT, "text": "Hello from messages.dev!"}
        return self.call("POST", "/v1/messages", {**message, **body}, role=role)

    def get(self, path: str, role: str = "default", **query: Any) -> httpx.Response:
        return self.call("GET", path, role=role, query=query)

    def line(self, handle: str, tenant: str = "default") -> dict[str, Any]:
        lines = self.app.engine.store["lines"].visible(tenant)
        return next(line for line in lines if line["handle"] == handle)

    def receive(self, line_handle: str, sender: str, text: str = "Hi!") -> dict[str, Any]:
        """Simulate ``sender`` messaging the demo account's line: the chat (created when new)
        now has inbound traffic, so the contact-first rule lets the line answer."""
        engine = self.app.engine
        line = self.line(line_handle)
        at = int(self.clock() * 1000)
        chat = next(
            (
                chat
                for chat in engine.store["chats"].visible("default")
                if chat["line_id"] == line["id"] and chat["identifier"] == sender
            ),
            None,
        )
        if chat is None:
            service = "sms" if line["service"] == "sms" else "imessage"
            chat = engine.create(
                "chats",
                {"line_id": line["id"], "identifier": sender, "service": service, "name": None},
                "default",
            )
            chat.update(is_group=False, participants=[sender])
        chat.update(has_received_inbound=True, last_message_at=at)
        message = {
            "line_id": line["id"],
            "chat_id": chat["id"],
            "guid": str(uuid.uuid4()).upper(),
            "sender": sender,
            "text": text,
            "attachments": [],
            "service": chat["service"],
            "is_from_me": False,
            "is_audio_message": False,
            "sent_at": at,
            "synced_at": at,
            "outbox_id": None,
            "reply_to_guid": None,
        }
        return engine.create("messages", message, "default")

    def sandbox_used(self, tenant: str) -> int:
        """Sandbox messages ``tenant`` queued in the current UTC day (from the outbox)."""
        start = math.floor(self.clock() / DAY) * DAY * 1000
        sandbox = self.line(SANDBOX_LINE, tenant)["id"]
        return sum(
            1
            for item in self.records("outbox", tenant)
            if item["line_id"] == sandbox and item["created_at"] >= start
        )


@pytest.fixture
def mock() -> Iterator[Mock]:
    with Mock() as instance:
        yield instance


def code(response: httpx.Response) -> str:
    return str(response.json()["error"]["code"])


def error(response: httpx.Response) -> tuple[int, str]:
    return response.status_code, code(response)


# -- keys and roles ---------------------------------------------------------------------------


def test_demo_keys_match_the_key_pattern_and_are_distinct(mock: Mock) -> None:
    scheme = mock.spec.auth
    assert scheme is not None
    assert scheme.key_pattern is not None
    pattern = re.compile(scheme.key_pattern)
    assert set(mock.keys) == {
        "default",
        "read_only",
        "no_lines_read",
        "line_scoped",
        "sandbox_unactivated",
        "sandbox",
        "sandbox_unowned",
    }
    assert mock.keys["default"] == "sk_live_demoDefault0000000000000"
    assert all(pattern.match(key) and key.startswith("sk_live_") for key in mock.keys.values())
    assert len(set(mock.keys.values())) == len(mock.keys)


def test_default_key_holds_all_fifteen_scopes(mock: Mock) -> None:
    scopes = {scope for op in mock.spec.operations for scope in op.scopes}
    assert len(scopes) == 15
    account = mock.app.policy.account_for("default")
    assert all(account.has_scope(scope) for scope in scopes)
    read_only = mock.app.policy.account_for("read_only")
    assert {s for s in scopes if read_only.has_scope(s)} == {
        s for s in scopes if s.endswith(":read")
    }


def test_read_only_key_reads_but_cannot_write(mock: Mock) -> None:
    assert mock.get("/v1/lines", "read_only").status_code == 200
    assert mock.get("/v1/chats", "read_only", **{"from": DEMO_LINE}).is_success
    for method, path, body in [
        ("POST", "/v1/messages", {"from": DEMO_LINE, "to": DEMO_CONTACT, "text": "x"}),
        ("POST", "/v1/webhooks", {"from": DEMO_LINE, "url": "https://e.x", "events": []}),
        ("DELETE", "/v1/webhooks", {"id": "wh_abc123"}),
    ]:
        assert error(mock.call(method, path, body, role="read_only")) == (
            403,
            "insufficient_scope",
        )
    upload = mock.call("POST", "/v1/files", role="read_only", content=b"bytes")
    assert error(upload) == (403, "insufficient_scope")


def test_no_lines_read_key_lacks_only_lines_read(mock: Mock) -> None:
    assert error(mock.get("/v1/lines", "no_lines_read")) == (403, "insufficient_scope")
    assert mock.get("/v1/chats", "no_lines_read", **{"from": DEMO_LINE}).is_success
    assert mock.send("no_lines_read").status_code == 201


def test_line_scoped_key_uses_its_line_and_the_sandbox_only(mock: Mock) -> None:
    refused = mock.send("line_scoped")
    assert error(refused) == (403, "line_not_accessible")
    assert refused.json()["error"]["param"] == "from"
    assert mock.get("/v1/chats", "line_scoped", **{"from": SMS_LINE}).status_code == 200
    # Every key may use the sandbox line, whatever its restriction.
    assert mock.send("line_scoped", **{"from": SANDBOX_LINE}).status_code == 201
    lines = mock.get("/v1/lines", "line_scoped").json()["data"]
    assert [line["handle"] for line in lines] == [SMS_LINE, SANDBOX_LINE]


def test_unknown_line_is_not_found_before_the_restriction(mock: Mock) -> None:
    assert error(mock.send("line_scoped", **{"from": NO_LINE})) == (404, "line_not_found")


def test_default_key_lists_every_line_the_sandbox_last(mock: Mock) -> None:
    lines = mock.get("/v1/lines").json()["data"]
    assert [line["handle"] for line in lines] == [DEMO_LINE, SMS_LINE, SANDBOX_LINE]
    assert all(line["is_active"] for line in lines)
    assert all(set(line) == {"id", "handle", "label", "service", "is_active"} for line in lines)


def test_sandbox_needs_activation_and_an_owner(mock: Mock) -> None:
    inactive = mock.send("sandbox_unactivated", **{"from": SANDBOX_LINE})
    assert error(inactive) == (403, "sandbox_not_activated")
    listed = mock.get("/v1/lines", "sandbox_unactivated").json()["data"]
    assert listed == [
        {
            "id": "ln_sandbox",
            "handle": SANDBOX_LINE,
            "label": "Sandbox",
            "service": "imessage",
            "is_active": False,
        }
    ]
    unowned = mock.get("/v1/chats", "sandbox_unowned", **{"from": SANDBOX_LINE})
    assert error(unowned) == (403, "sandbox_requires_owner")
    # A key tied to no account has no line of its own.
    assert error(mock.send("sandbox_unowned")) == (404, "line_not_found")


def test_another_account_sees_neither_the_lines_nor_the_chats_of_the_demo_account(
    mock: Mock,
) -> None:
    assert error(mock.get("/v1/chats", "sandbox", **{"from": DEMO_LINE})) == (
        404,
        "line_not_found",
    )
    chats = mock.get("/v1/chats", "sandbox", **{"from": SANDBOX_LINE}).json()["data"]
    assert [chat["identifier"] for chat in chats] == [DEMO_CONTACT]
    assert chats[0]["id"] not in {
        c["id"] for c in mock.get("/v1/chats", **{"from": SANDBOX_LINE}).json()["data"]
    }


# -- sandbox rules ----------------------------------------------------------------------------


def test_sandbox_sends_only_to_the_paired_phone(mock: Mock) -> None:
    assert mock.send("sandbox", **{"from": SANDBOX_LINE}).status_code == 201
    for method, path, body in [
        ("POST", "/v1/messages", {"text": "hi"}),
        ("POST", "/v1/reactions", {"message_id": "msg_abc123", "type": "love"}),
        ("POST", "/v1/typing", {"state": "on"}),
        ("POST", "/v1/receipts", {}),
    ]:
        response = mock.call(
            method, path, {"from": SANDBOX_LINE, "to": STRANGER, **body}, role="sandbox"
        )
        assert error(response) == (400, "sandbox_contact_mismatch"), path
        assert response.json()["error"]["param"] == "to"


def test_the_sandbox_chat_id_names_the_paired_phone(mock: Mock) -> None:
    chats = mock.get("/v1/chats", "sandbox", **{"from": SANDBOX_LINE}).json()["data"]
    assert mock.send("sandbox", **{"from": SANDBOX_LINE, "to": chats[0]["id"]}).status_code == 201


def _use_quota(mock: Mock, role: str, count: int) -> None:
    for _ in range(count):
        assert mock.send(role, **{"from": SANDBOX_LINE}).status_code == 201


def test_sandbox_quota_is_fifty_a_day_and_resets_at_midnight_utc(mock: Mock) -> None:
    _use_quota(mock, "sandbox", 50)
    over = mock.send("sandbox", **{"from": SANDBOX_LINE})
    assert error(over) == (429, "sandbox_quota_exceeded")
    midnight = (NOON // DAY + 1) * DAY
    assert over.headers["retry-after"] == str(int(midnight - NOON))
    # Other requests and other lines are not counted.
    assert mock.send("sandbox", **{"from": SANDBOX_LINE, "to": STRANGER}).status_code == 400
    assert mock.send("default").status_code == 201
    mock.clock.now = midnight - 1
    still = mock.send("sandbox", **{"from": SANDBOX_LINE})
    assert (still.status_code, still.headers["retry-after"]) == (429, "1")
    mock.clock.now = midnight
    assert mock.send("sandbox", **{"from": SANDBOX_LINE}).status_code == 201
    assert mock.sandbox_used("sandbox") == 1


def test_sandbox_quota_is_shared_by_the_keys_of_an_account(mock: Mock) -> None:
    _use_quota(mock, "default", 30)
    _use_quota(mock, "line_scoped", 20)
    for role in ("default", "line_scoped", "no_lines_read"):
        assert error(mock.send(role, **{"from": SANDBOX_LINE})) == (429, "sandbox_quota_exceeded")
    # Another account has its own quota.
    assert mock.send("sandbox", **{"from": SANDBOX_LINE}).status_code == 201
    assert mock.sandbox_used("default") == 50


def test_rejected_sandbox_sends_do_not_use_the_quota(mock: Mock) -> None:
    for _ in range(60):
        assert mock.send("sandbox", **{"from": SANDBOX_LINE, "to": STRANGER}).status_code == 400
    assert mock.sandbox_used("sandbox") == 0


def test_other_sandbox_writes_do_not_use_the_quota(mock: Mock) -> None:
    base = {"from": SANDBOX_LINE, "to": DEMO_CONTACT}
    for _ in range(3):
        assert mock.call("POST", "/v1/typing", base, role="sandbox").status_code == 201
        assert mock.call("POST", "/v1/receipts", base, role="sandbox").status_code == 201
    assert mock.sandbox_used("sandbox") == 6  # queued on the sandbox line...
    with mock.options(sandbox_daily_quota=1):
        assert mock.send("sandbox", **{"from": SANDBOX_LINE}).status_code == 201  # ...not counted
        assert mock.send("sandbox", **{"from": SANDBOX_LINE}).status_code == 429


def test_sandbox_quota_window_is_the_utc_day_whatever_the_start() -> None:
    with Mock(options={"sandbox_daily_quota": 3}) as mock:

        @HYPOTHESIS
        @given(start=st.floats(min_value=0, max_value=4 * 10**9, allow_nan=False))
        def run(start: float) -> None:
            mock.restart(start)
            midnight = (start // DAY + 1) * DAY
            _use_quota(mock, "sandbox", 3)
            over = mock.send("sandbox", **{"from": SANDBOX_LINE})
            assert over.status_code == 429
            assert over.headers["retry-after"] == str(max(1, math.ceil(midnight - start)))
            mock.clock.now = midnight
            assert mock.send("sandbox", **{"from": SANDBOX_LINE}).status_code == 201

        run()


# -- contact-first rule and outbox ------------------------------------------------------------


def test_contact_first_rule_until_the_contact_messages_the_line(mock: Mock) -> None:
    refused = mock.send(to=STRANGER)
    assert error(refused) == (403, "contact_has_not_messaged")
    assert refused.json()["error"]["param"] == "to"
    audio = {"from": DEMO_LINE, "to": STRANGER, "audio_message": "file_abc123"}
    assert code(mock.call("POST", "/v1/audio-messages", audio)) == "contact_has_not_messaged"
    mock.receive(DEMO_LINE, STRANGER, "hello?")
    assert mock.send(to=STRANGER).status_code == 201


def test_activated_sandbox_is_exempt_from_contact_first(mock: Mock) -> None:
    chats = mock.app.engine.store["chats"]
    sandbox = mock.line(SANDBOX_LINE)["id"]
    for chat in [c for c in chats if c["line_id"] == sandbox]:
        chats.delete(chat["id"])
    assert mock.send("sandbox", **{"from": SANDBOX_LINE}).status_code == 201
    mock.clock.now += 2
    listed = mock.get("/v1/chats", "sandbox", **{"from": SANDBOX_LINE}).json()["data"]
    assert [chat["identifier"] for chat in listed] == [DEMO_CONTACT]


def test_audio_needs_a_line_with_advanced_features(mock: Mock) -> None:
    for line in (SMS_LINE, SANDBOX_LINE):
        body = {"from": line, "to": DEMO_CONTACT, "audio_message": "file_abc123"}
        response = mock.call("POST", "/v1/audio-messages", body)
        assert error(response) == (400, "advanced_features_required")


def test_writes_answer_pending_and_are_delivered_later(mock: Mock) -> None:
    sent = mock.send(text="tracked")
    assert sent.status_code == 201
    record = sent.json()
    assert set(record) == {"id", "status", "request_id"}
    assert record["status"] == "pending"
    assert record["id"].startswith("obx_")
    polled = mock.get("/v1/outbox", id=record["id"]).json()
    assert (polled["status"], polled["completed_at"], polled["attempts"]) == ("pending", None, 0)
    assert polled["payload"] == {"from": DEMO_LINE, "to": DEMO_CONTACT, "text": "tracked"}
    assert polled["created_at"] == NOON * 1000
    mock.clock.now += 2
    delivered = mock.get("/v1/outbox", id=record["id"]).json()
    assert delivered["status"] == "sent"
    assert delivered["attempts"] == 1
    assert delivered["completed_at"] == delivered["created_at"] + 2000
    newest = mock.get("/v1/messages", **{"from": DEMO_LINE, "to": DEMO_CONTACT})
    first = newest.json()["data"][0]
    assert (first["text"], first["outbox_id"], first["is_from_me"]) == (
        "tracked",
        record["id"],
        True,
    )
    assert (first["sender"], first["sent_at"]) == (DEMO_LINE, delivered["completed_at"])
    chat = mock.get("/v1/chats", **{"from": DEMO_LINE}).json()["data"][0]
    assert chat["last_message_at"] == first["sent_at"]


def test_delivery_time_is_an_option() -> None:
    with Mock(options={"delivery_seconds": 30}) as mock:
        item = mock.send().json()["id"]
        mock.clock.now += 29
        assert mock.get("/v1/outbox", id=item).json()["status"] == "pending"
        mock.clock.now += 1
        assert mock.get("/v1/outbox", id=item).json()["status"] == "sent"


def test_an_attachment_and_a_reply_are_delivered_with_the_message(mock: Mock) -> None:
    assert mock.send(attachments=["file_abc123"], reply_to="msg_abc123").status_code == 201
    audio = {"from": DEMO_LINE, "to": "cht_abc123", "voice_note": "file_abc123"}
    assert mock.call("POST", "/v1/voice-notes", audio).status_code == 201
    mock.clock.now += 2
    data = mock.get("/v1/messages", **{"from": DEMO_LINE, "to": DEMO_CONTACT}).json()["data"]
    note, message = data[0], data[1]
    attachment = {
        "filename": "photo.jpg",
        "mime_type": "image/jpeg",
        "size": 48213,
        "url": "https://storage.mock.messages.dev/files/file_abc123",
        "transcription": None,
    }
    assert message["attachments"] == [attachment]
    assert message["reply_to_guid"] == "3F2B8C1E-7A4D-4E5F-9B6A-0C1D2E3F4A5B"
    assert (message["text"], message["is_audio_message"]) == ("Hello from messages.dev!", False)
    assert (note["text"], note["is_audio_message"], note["attachments"]) == (
        None,
        True,
        [attachment],
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
        response = mock.call("POST", path, {**base, **body})
        assert response.status_code == 201, response.text
        assert response.json()["status"] == "pending"
    assert len(mock.records("outbox")) == 7  # the documented item and the six writes


def test_a_delivered_tapback_is_listed_on_its_message(mock: Mock) -> None:
    body = {"from": DEMO_LINE, "to": DEMO_CONTACT, "message_id": "msg_abc123", "type": "laugh"}
    assert mock.call("POST", "/v1/reactions", body).status_code == 201
    mock.clock.now += 2
    listed = mock.get("/v1/reactions", message_id="msg_abc123").json()
    assert [r["type"] for r in listed["data"]] == ["laugh", "love"]
    assert listed["data"][0]["sender"] == DEMO_LINE
    guid = "3F2B8C1E-7A4D-4E5F-9B6A-0C1D2E3F4A5B"
    by_guid = mock.get("/v1/reactions", message_id=guid).json()
    assert by_guid["data"] == listed["data"]
    missing = mock.call("POST", "/v1/reactions", {**body, "message_id": "msg_gone"})
    assert error(missing) == (404, "message_not_found")


def test_a_restricted_key_does_not_reach_messages_of_other_lines(mock: Mock) -> None:
    assert error(mock.get("/v1/reactions", "line_scoped", message_id="msg_abc123")) == (
        404,
        "message_not_found",
    )


def test_typing_and_receipts_list_the_records_of_the_chat(mock: Mock) -> None:
    chat = {"from": DEMO_LINE, "to": DEMO_CONTACT}
    typing = mock.get("/v1/typing", **chat).json()["data"]
    receipts = mock.get("/v1/receipts", **{**chat, "to": "cht_abc123"}).json()["data"]
    assert [t["id"] for t in typing] == ["ind_abc123"]
    assert [r["id"] for r in receipts] == ["rcp_abc123"]
    # No chat_not_found is documented for these lists: an unknown chat has no records.
    assert mock.get("/v1/typing", **{**chat, "to": STRANGER}).json()["data"] == []
    assert mock.get("/v1/receipts", **{**chat, "to": STRANGER}).json()["data"] == []


def test_not_found_codes(mock: Mock) -> None:
    cases = [
        ("/v1/chats", {"from": NO_LINE}, "line_not_found"),
        ("/v1/messages", {"from": DEMO_LINE, "to": STRANGER}, "chat_not_found"),
        ("/v1/reactions", {"message_id": "msg_unknown"}, "message_not_found"),
        ("/v1/outbox", {"id": "obx_unknown"}, "outbox_item_not_found"),
        ("/v1/files", {"id": "file_unknown"}, "file_not_found"),
    ]
    for path, query, expected in cases:
        response = mock.get(path, **query)
        assert error(response) == (404, expected)
        assert response.json()["error"]["type"] == "not_found_error"
    gone = mock.call("DELETE", "/v1/webhooks", {"id": "wh_unknown"})
    assert error(gone) == (404, "webhook_not_found")


def test_another_accounts_outbox_item_is_not_found(mock: Mock) -> None:
    record = mock.send().json()
    assert code(mock.get("/v1/outbox", "sandbox", id=record["id"])) == "outbox_item_not_found"


# -- wrong id prefixes and malformed requests -------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "query", "body", "param"),
    [
        ("GET", "/v1/outbox", {"id": "msg_abc123"}, None, "id"),
        ("GET", "/v1/files", {"id": "obx_abc123"}, None, "id"),
        ("DELETE", "/v1/webhooks", None, {"id": "obx_abc123"}, "id"),
        (
            "POST",
            "/v1/audio-messages",
            None,
            {"from": DEMO_LINE, "to": DEMO_CONTACT, "audio_message": "msg_abc123"},
            "audio_message",
        ),
        (
            "POST",
            "/v1/voice-notes",
            None,
            {"from": DEMO_LINE, "to": DEMO_CONTACT, "voice_note": "wh_abc123"},
            "voice_note",
        ),
    ],
)
def test_wrong_id_prefix_is_invalid_parameter_value_naming_the_param(
    mock: Mock, method: str, path: str, query: Any, body: Any, param: str
) -> None:
    response = mock.call(method, path, body, query=query)
    assert response.status_code == 400
    found = response.json()["error"]
    assert (found["code"], found["param"]) == ("invalid_parameter_value", param)


def test_wrong_attachment_prefix_names_attachments(mock: Mock) -> None:
    body = {"from": DEMO_LINE, "to": DEMO_CONTACT, "attachments": ["msg_abc123"]}
    response = mock.call("POST", "/v1/messages", body)
    assert error(response) == (400, "invalid_parameter_value")
    assert response.json()["error"]["param"] == "attachments"


def test_a_body_that_is_not_json_is_answered_as_the_spec_documents(mock: Mock) -> None:
    response = mock.call(
        "POST", "/v1/messages", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    documented = mock.spec.examples["invalid_json"]["value"]
    body = response.json()
    assert response.status_code == 400
    assert body["error"] == documented["error"]
    assert body["request_id"] != documented["request_id"]


def test_limit_out_of_range_names_limit(mock: Mock) -> None:
    @HYPOTHESIS
    @given(limit=st.one_of(st.integers(max_value=0), st.integers(min_value=101)))
    def run(limit: int) -> None:
        found = mock.get("/v1/chats", limit=limit, **{"from": DEMO_LINE})
        assert (found.status_code, code(found), found.json()["error"]["param"]) == (
            400,
            "invalid_parameter_value",
            "limit",
        )

    run()


# -- paging -----------------------------------------------------------------------------------


def _pages(mock: Mock, path: str, query: dict[str, Any], limit: int) -> list[list[str]]:
    pages: list[list[str]] = []
    cursor = None
    while True:
        params = {**query, "limit": limit, **({"cursor": cursor} if cursor else {})}
        body = mock.get(path, **params).json()
        pages.append([item["id"] for item in body["data"]])
        assert (body["next_cursor"] is not None) == body["has_more"]
        if not body["has_more"]:
            return pages
        assert len(body["data"]) == limit
        cursor = body["next_cursor"]


def test_chat_pages_cover_every_chat_once_newest_first(mock: Mock) -> None:
    @HYPOTHESIS
    @given(count=st.integers(0, 60), limit=st.integers(1, 100))
    def run(count: int, limit: int) -> None:
        mock.restart()
        for index in range(count):
            mock.clock.now += 1
            mock.receive(DEMO_LINE, f"+1555100{index:04d}")
        pages = _pages(mock, "/v1/chats", {"from": DEMO_LINE}, limit)
        ids = [chat_id for page in pages for chat_id in page]
        assert len(ids) == len(set(ids)) == count + 1
        assert len(pages) == max(1, -(-(count + 1) // limit))
        everything = mock.get("/v1/chats", limit=100, **{"from": DEMO_LINE})
        assert [c["id"] for c in everything.json()["data"]] == ids
        assert ids[-1] == "cht_abc123"  # the seeded chat is the oldest

    run()


def test_message_pages_cover_the_chat_and_survive_new_messages(mock: Mock) -> None:
    for index in range(24):
        mock.clock.now += 1
        mock.receive(DEMO_LINE, DEMO_CONTACT, f"message {index}")
    chat = {"from": DEMO_LINE, "to": DEMO_CONTACT}
    first = mock.get("/v1/messages", **chat, limit=10).json()
    assert [m["text"] for m in first["data"]] == [f"message {i}" for i in range(23, 13, -1)]
    # A message arriving between pages does not shift the next page.
    mock.clock.now += 1
    mock.receive(DEMO_LINE, DEMO_CONTACT, "late")
    second = mock.get("/v1/messages", **chat, limit=10, cursor=first["next_cursor"]).json()
    assert [m["text"] for m in second["data"]] == [f"message {i}" for i in range(13, 3, -1)]
    third = mock.get("/v1/messages", **chat, limit=10, cursor=second["next_cursor"]).json()
    texts = [m["text"] for m in third["data"]]
    assert texts == ["message 3", "message 2", "message 1", "message 0", "Hi there!"]
    assert (third["has_more"], third["next_cursor"]) == (False, None)
    # The chat id works as `to` too.
    by_id = mock.get("/v1/messages", **{"from": DEMO_LINE, "to": "cht_abc123"})
    assert len(by_id.json()["data"]) == 26


def test_a_foreign_cursor_ends_the_list(mock: Mock) -> None:
    response = mock.get("/v1/chats", **{"from": DEMO_LINE, "cursor": "%%%"})
    assert response.status_code == 200
    assert response.json()["data"] == []
    assert response.json()["has_more"] is False


# -- webhooks and files -----------------------------------------------------------------------


def test_webhook_create_list_delete_round_trip(mock: Mock) -> None:
    body = {"from": DEMO_LINE, "url": "https://example.org/hook", "events": ["reaction.added"]}
    created = mock.call("POST", "/v1/webhooks", body)
    assert created.status_code == 201
    hook = created.json()
    assert re.fullmatch(r"[0-9a-f]{32}", hook["secret"])
    assert (hook["line_ids"], hook["url"], hook["events"], hook["is_active"]) == (
        ["ln_abc123"],
        body["url"],
        body["events"],
        True,
    )
    stored = mock.record("webhooks", hook["id"])
    assert stored is not None
    assert stored["secret"] == hook["secret"]
    listed = mock.get("/v1/webhooks", **{"from": DEMO_LINE}).json()["data"]
    assert hook["id"] in [h["id"] for h in listed]
    assert all("secret" not in h for h in listed)
    assert mock.get("/v1/webhooks", **{"from": SMS_LINE}).json()["data"] == []
    deleted = mock.call("DELETE", "/v1/webhooks", {"id": hook["id"]})
    assert deleted.json() == {
        "id": hook["id"],
        "deleted": True,
        "request_id": deleted.json()["request_id"],
    }
    again = mock.call("DELETE", "/v1/webhooks", {"id": hook["id"]})
    assert error(again) == (404, "webhook_not_found")
    remaining = mock.get("/v1/webhooks").json()["data"]
    assert [h["id"] for h in remaining] == ["wh_abc123"]


def test_a_webhook_on_the_sms_line_belongs_to_it(mock: Mock) -> None:
    body = {"from": SMS_LINE, "url": "https://example.org/sms", "events": ["message.sent"]}
    hook = mock.call("POST", "/v1/webhooks", body, role="line_scoped").json()
    assert hook["line_ids"] == ["ln_sms001"]
    listed = mock.get("/v1/webhooks", "line_scoped").json()["data"]
    assert [h["id"] for h in listed] == [hook["id"]]


def test_webhook_secrets_differ(mock: Mock) -> None:
    body = {"from": DEMO_LINE, "url": "https://example.org/hook", "events": ["message.sent"]}
    secrets = {mock.call("POST", "/v1/webhooks", body).json()["secret"] for _ in range(5)}
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
    response = mock.call("POST", "/v1/webhooks", {**body, **change})
    assert error(response) == (400, "invalid_parameter_value")
    assert response.json()["error"]["param"] == param


def test_restricted_key_does_not_see_other_lines_webhooks(mock: Mock) -> None:
    assert mock.get("/v1/webhooks", "line_scoped").json()["data"] == []
    refused = mock.call("DELETE", "/v1/webhooks", {"id": "wh_abc123"}, role="line_scoped")
    assert error(refused) == (404, "webhook_not_found")
    assert mock.record("webhooks", "wh_abc123") is not None


def test_upload_then_fetch_redirects_to_the_file(mock: Mock) -> None:
    @HYPOTHESIS
    @given(
        content=st.binary(min_size=1, max_size=2048),
        name=st.from_regex(r"[a-z]{1,8}\.png", fullmatch=True),
    )
    def run(content: bytes, name: str) -> None:
        mock.restart()
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
        fetched = mock.get("/v1/files", id=record["id"])
        assert (fetched.status_code, fetched.headers["location"]) == (302, record["url"])
        # Another account cannot fetch it.
        assert error(mock.get("/v1/files", "sandbox", id=record["id"])) == (
            404,
            "file_not_found",
        )

    run()


def test_an_upload_without_a_name_or_type_is_octet_stream(mock: Mock) -> None:
    uploaded = mock.call("POST", "/v1/files", content=b"\x00\x01")
    record = uploaded.json()
    assert (uploaded.status_code, record["filename"], record["size"]) == (201, None, 2)
    assert record["mime_type"] == "application/octet-stream"


def test_empty_upload_is_empty_file(mock: Mock) -> None:
    assert error(mock.call("POST", "/v1/files", content=b"")) == (400, "empty_file")


def test_documented_file_redirects(mock: Mock) -> None:
    response = mock.get("/v1/files", id="file_abc123")
    assert response.status_code == 302
    assert response.headers["location"].endswith("/file_abc123")


# -- envelope, limits, CORS, reset ----------------------------------------------------------------


def test_every_body_carries_a_fresh_request_id(mock: Mock) -> None:
    chat = {"from": DEMO_LINE, "to": DEMO_CONTACT}
    responses = [
        mock.get("/v1/lines"),
        mock.send(),
        mock.get("/v1/outbox", id="obx_abc123"),
        mock.get("/v1/typing", **chat),
        mock.get("/v1/receipts", **chat),
        mock.call("POST", "/v1/files", content=b"x"),
        mock.send(to=STRANGER),
        mock.call("GET", "/v1/lines", role=None),
    ]
    ids = [response.json()["request_id"] for response in responses]
    assert all(re.fullmatch(r"req_\S+", request_id) for request_id in ids)
    assert len(set(ids)) == len(ids)
    assert "req_a1b2c3d4e5f6" not in ids


def test_hourly_rate_limit_uses_the_configured_default() -> None:
    with Mock(rate_limits=True, default_rate_limit=3) as mock:
        for _ in range(3):
            assert mock.get("/v1/lines").status_code == 200
        limited = mock.get("/v1/lines")
        assert error(limited) == (429, "rate_limit_exceeded")
        assert 1 <= int(limited.headers["retry-after"]) <= 3600
        mock.clock.now += 3600
        assert mock.get("/v1/lines").status_code == 200


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
    before = mock.get("/v1/chats", **{"from": DEMO_LINE}).json()["data"]
    mock.receive(DEMO_LINE, STRANGER)
    hook = {"from": DEMO_LINE, "url": "https://example.org/h", "events": ["message.sent"]}
    mock.call("POST", "/v1/webhooks", hook)
    _use_quota(mock, "sandbox", 50)
    mock.restart()
    after = mock.get("/v1/chats", **{"from": DEMO_LINE}).json()["data"]
    assert after == before
    assert [h["id"] for h in mock.get("/v1/webhooks").json()["data"]] == ["wh_abc123"]
    assert mock.send("sandbox", **{"from": SANDBOX_LINE}).status_code == 201


# -- rules, by id -----------------------------------------------------------------------------


def _failing_rules() -> set[str]:
    spec = spec_of(API)
    return {rule.id for op in spec.operations for rule in op.rules if rule.error is not None}


def test_every_failing_rule_has_a_scenario() -> None:
    named = {trigger.rule for trigger in SCENARIOS if trigger.rule}
    assert named == _failing_rules()


@pytest.mark.parametrize(
    "trigger", [t for t in SCENARIOS if t.rule], ids=lambda t: f"{t.rule}:{t.operation_id}"
)
def test_a_rule_answers_its_documented_error(mock: Mock, trigger: Any) -> None:
    spec = spec_of(API)
    rules = {r.id: r.error for r in spec.operation(trigger.operation_id).rules}
    documented = rules.get(trigger.rule)
    assert documented is not None, f"{trigger.operation_id} has no failing rule {trigger.rule}"
    assert spec.error_code(spec.examples[documented]["value"]) == spec.error_code(
        spec.examples[trigger.example]["value"]
    )
    if trigger.setup is not None:
        trigger.setup(mock.app)
    _check(API, trigger, _send(mock.client, mock.app, API, trigger))
