"""messages.dev REST API: accounts, lines, the sandbox and the business rules its docs state.

Every rule below cites where it is stated: an operation's ``x-rules`` (the spec), the root
``x-sandbox`` block, or the compiled reference (/work/shared/reference/messages-dev.md, "ref
§n"). Errors are the documented examples, by name.

Accounts and keys. A key belongs to an account (or, for the ``sandbox_unowned`` role, to none)
and holds scopes and an optional line restriction (ref §2). Keys of the demo account:

* ``default``: all 15 scopes, every line.
* ``read_only``: only the ``*:read`` scopes.
* ``no_lines_read``: every scope except ``lines:read``.
* ``line_scoped``: all scopes, restricted to the mock's SMS line ``+15557654321`` (every key
  may still use the sandbox line, ref §2 / ``x-sandbox.bypasses-line-restrictions``).

Other accounts: ``sandbox`` (a second account that has activated the sandbox and has no line of
its own; paired phone ``+15559876543``), ``sandbox_unactivated`` (an account whose sandbox is
not activated) and ``sandbox_unowned`` (a key tied to no messages.dev account: the sandbox line
answers ``sandbox_requires_owner``, newer errors page).

Asynchronous writes answer an outbox record in ``pending`` (ref §5). The mock delivers an item
``MockConfig.options["delivery_seconds"]`` (default 2) seconds later on its clock: the item
becomes ``sent`` and its effect appears (a sent message in its chat, a tapback on its message).

Lists are newest first (the docs state no order; lines are listed in creation order, the
sandbox line last). Chats and messages page with an opaque keyset cursor, so a page boundary
survives inserts; an undecodable cursor is answered with an empty last page (the docs document
no error for it).
"""

from __future__ import annotations

import base64
import binascii
import copy
import math
import secrets
import uuid
from collections.abc import Callable
from typing import Any
from urllib.parse import quote, urlsplit

import jsonschema_rs

from ..provider import Collection, Provider, Reply, Request, demo_key

KEY_PREFIX = "sk_live_"

# Fixtures from the docs' examples (ref §11): the demo line, its chat, message and file.
DEMO_LINE = "+15551234567"
DEMO_CONTACT = "+15559876543"
# The shared sandbox line: the docs print no number; this value is the mock's choice (ref §11).
SANDBOX_LINE = "+15550005555"
# Mock-only: a second line of the demo account, an SMS line without advanced features; the
# ``line_scoped`` key is restricted to it.
SMS_LINE = "+15557654321"

DEMO_ACCOUNT = "acct_demo"
SANDBOX_ACCOUNT = "acct_sandbox"
UNACTIVATED_ACCOUNT = "acct_unactivated"

DOC_TIME = 1712345678901  # the spec examples' timestamps (Unix ms)
PAGE_DEFAULT = 50  # `limit` default (ref §4)
SECONDS_PER_DAY = 86400
_URI = jsonschema_rs.validator_for({"type": "string", "format": "uri"}, validate_formats=True)


def _file_url(file_id: str) -> str:
    # Mock-only storage URL: the docs show no storage host.
    return f"https://storage.mock.messages.dev/files/{quote(file_id, safe='')}"


# Seeded records (``_``-prefixed fields are the mock's bookkeeping). `msg_abc123` and
# `file_abc123` are the docs' own sample ids (ref §11); the message's other values are the spec's
# listMessages example.
DEMO_MESSAGE: dict[str, Any] = {
    "id": "msg_abc123",
    "line_id": "ln_abc123",
    "chat_id": "cht_abc123",
    "guid": "3F2B8C1E-7A4D-4E5F-9B6A-0C1D2E3F4A5B",
    "sender": DEMO_CONTACT,
    "text": "Hi there!",
    "attachments": [],
    "service": "imessage",
    "is_from_me": False,
    "is_audio_message": False,
    "sent_at": DOC_TIME,
    "synced_at": DOC_TIME + 111,
    "outbox_id": None,
    "reply_to_guid": None,
    "_account": DEMO_ACCOUNT,
}
DEMO_FILE: dict[str, Any] = {
    "id": "file_abc123",
    "url": _file_url("file_abc123"),
    "filename": "photo.jpg",
    "mime_type": "image/jpeg",
    "size": 48213,
    "_account": DEMO_ACCOUNT,
}
# Mock-only fixtures that make the spec's own examples answer as printed: the tapback, typing
# indicator and read receipt of the demo chat, the webhook `wh_abc123` and the delivered outbox
# item `obx_abc123`.
EXAMPLE_REACTION: dict[str, Any] = {
    "id": "rxn_abc123",
    "message_id": "msg_abc123",
    "type": "love",
    "sender": DEMO_CONTACT,
    "is_from_me": False,
    "added": True,
    "sent_at": DOC_TIME,
    "synced_at": DOC_TIME + 111,
    "_message": "msg_abc123",
}
EXAMPLE_TYPING: dict[str, Any] = {
    "id": "ind_abc123",
    "chat_id": "cht_abc123",
    "handle": DEMO_CONTACT,
    "is_typing": True,
    "updated_at": DOC_TIME,
}
EXAMPLE_RECEIPT: dict[str, Any] = {
    "id": "rcp_abc123",
    "chat_id": "cht_abc123",
    "handle": DEMO_CONTACT,
    "last_read_at": DOC_TIME,
    "synced_at": DOC_TIME + 111,
}
EXAMPLE_WEBHOOK: dict[str, Any] = {
    "id": "wh_abc123",
    "line_ids": ["ln_abc123"],
    "url": "https://example.com/webhooks/messages",
    "events": ["message.received", "message.sent"],
    "is_active": True,
    "_account": DEMO_ACCOUNT,
    "_secret": "9c1e5b2a7d4f8e3b6a0c2d1f5e7b9a8c",
}
EXAMPLE_OUTBOX: dict[str, Any] = {
    "id": "obx_abc123",
    "line_id": "ln_abc123",
    "status": "sent",
    "payload": {"from": DEMO_LINE, "to": DEMO_CONTACT, "text": "Hello from messages.dev!"},
    "completed_at": DOC_TIME + 111,
    "error": None,
    "attempts": 1,
    "max_attempts": 3,
    "created_at": DOC_TIME,
    "_account": DEMO_ACCOUNT,
}


def _public(record: dict[str, Any]) -> dict[str, Any]:
    """A stored record without the mock's bookkeeping fields (``_``-prefixed)."""
    return {k: v for k, v in record.items() if not k.startswith("_")}


class MessagesDev(Provider):
    key_prefix = KEY_PREFIX
    key_length = 24

    # -- accounts -------------------------------------------------------------------------

    def scopes(self) -> list[str]:
        """The 15 scopes, as the operations' security requirements name them."""
        return sorted({s for op in self.compiled.operations.values() for s in op.scopes})

    def roles(self) -> dict[str, dict[str, Any]]:
        every = self.scopes()

        def key(account: str | None, scopes: list[str], lines: list[str] | None = None) -> Any:
            return {"account": account, "scopes": scopes, "lines": lines}

        return {
            "default": key(DEMO_ACCOUNT, every),
            "read_only": key(DEMO_ACCOUNT, [s for s in every if s.endswith(":read")]),
            "no_lines_read": key(DEMO_ACCOUNT, [s for s in every if s != "lines:read"]),
            "line_scoped": key(DEMO_ACCOUNT, every, [SMS_LINE]),
            "sandbox_unactivated": key(UNACTIVATED_ACCOUNT, every),
            "sandbox": key(SANDBOX_ACCOUNT, every),
            "sandbox_unowned": key(None, every),
        }

    def key_for(self, role: str) -> str:
        key = demo_key(KEY_PREFIX, role, self.key_length)
        pattern = self.compiled.key_pattern
        if pattern is not None and not pattern.match(key):
            raise ValueError(f"demo key of role {role!r} does not match x-key-pattern")
        return key

    @property
    def sandbox_rules(self) -> dict[str, Any]:
        """The spec's ``x-sandbox`` block: quota, its reset, and the sandbox-only rules."""
        rules: dict[str, Any] = self.compiled.document.get("x-sandbox") or {}
        return rules

    # -- fixtures ---------------------------------------------------------------------------

    def seed(self) -> None:
        self._seq = 0
        # Sandbox state per account (ref §8, §11): activation and the paired phone.
        self.sandboxes: dict[str, dict[str, Any]] = {
            DEMO_ACCOUNT: {"activated": True, "paired": DEMO_CONTACT},
            SANDBOX_ACCOUNT: {"activated": True, "paired": DEMO_CONTACT},
            UNACTIVATED_ACCOUNT: {"activated": False, "paired": None},
        }
        self.sandbox_usage: dict[str, tuple[int, int]] = {}
        self.lines = Collection()
        self.chats = Collection()
        self.messages = Collection()
        self.reactions = Collection()
        self.typing = Collection()
        self.receipts = Collection()
        self.webhooks = Collection()
        self.outbox = Collection()
        self.files = Collection()
        self._pending: list[tuple[str, Callable[[int], None]]] = []

        demo = self._line("ln_abc123", DEMO_LINE, DEMO_ACCOUNT, "imessage", advanced=True)
        self._line("ln_sms001", SMS_LINE, DEMO_ACCOUNT, "sms", advanced=False)
        # The sandbox line is shared by every account (no owner). Audio messages are not a
        # sandbox feature (the sandbox page lists send, receive, reactions, typing, read
        # receipts and webhooks), so the line has no advanced features.
        self.sandbox_line = self._line(
            "ln_sandbox", SANDBOX_LINE, None, "imessage", advanced=False, label="Sandbox"
        )
        self._chat(DEMO_ACCOUNT, demo, DEMO_CONTACT, "cht_abc123", DOC_TIME)
        # Mock-only: pairing the phone means it texted the activation code to the sandbox
        # line, so each activated account has a chat with its paired phone there.
        for account in (DEMO_ACCOUNT, SANDBOX_ACCOUNT):
            paired = self.sandboxes[account]["paired"]
            self._chat(account, self.sandbox_line, paired, None, DOC_TIME)
        for collection, record in (
            (self.messages, DEMO_MESSAGE),
            (self.files, DEMO_FILE),
            (self.reactions, EXAMPLE_REACTION),
            (self.typing, EXAMPLE_TYPING),
            (self.receipts, EXAMPLE_RECEIPT),
            (self.webhooks, EXAMPLE_WEBHOOK),
            (self.outbox, EXAMPLE_OUTBOX),
        ):
            self._store(collection, copy.deepcopy(record), DOC_TIME)

    def _store(self, collection: Collection, record: dict[str, Any], sort: int) -> dict[str, Any]:
        """Put ``record`` with its list position (``sort`` value, then insertion order)."""
        self._seq += 1
        record["_sort"] = sort
        record["_seq"] = self._seq
        return collection.put(record["id"], record)

    def _line(
        self,
        line_id: str,
        handle: str,
        account: str | None,
        service: str,
        *,
        advanced: bool,
        label: str | None = None,
    ) -> dict[str, Any]:
        record = {
            "id": line_id,
            "handle": handle,
            "label": label,
            "service": service,
            "is_active": True,
            "_account": account,
            "_advanced": advanced,
        }
        return self._store(self.lines, record, 0)

    def _chat(
        self,
        account: str,
        line: dict[str, Any],
        contact: str,
        chat_id: str | None,
        at: int,
    ) -> dict[str, Any]:
        record = {
            "id": chat_id or "cht_" + self.new_id(16),
            "line_id": line["id"],
            "identifier": contact,
            "service": "sms" if line["service"] == "sms" else "imessage",
            "name": None,
            "is_group": False,
            "participants": [contact],
            "has_received_inbound": True,
            "last_message_at": at,
            "_account": account,
        }
        return self._store(self.chats, record, at)

    # -- simulation helpers (mock-only, for tests) ------------------------------------------

    def receive(
        self, line_handle: str, sender: str, text: str = "Hi!", account: str = DEMO_ACCOUNT
    ) -> dict[str, Any]:
        """Simulate ``sender`` messaging ``line_handle``: the chat now has inbound traffic, so
        the contact-first rule lets the line answer. Returns the stored message."""
        line = next(
            (
                item
                for item in self.lines
                if item["handle"] == line_handle and item["_account"] in (account, None)
            ),
            None,
        )
        if line is None:
            raise KeyError(line_handle)
        at = self.now_ms()
        chat = self._find_chat(account, line, sender)
        if chat is None:
            chat = self._chat(account, line, sender, None, at)
        chat["has_received_inbound"] = True
        return self._add_message(account, line, chat, sender, text, [], None, None, at)

    # -- common rules -------------------------------------------------------------------------

    def now_ms(self) -> int:
        return int(self.now() * 1000)

    @staticmethod
    def _key(request: Request) -> dict[str, Any]:
        return request.account.state if request.account is not None else {}

    def authorize(self, request: Request) -> None:
        # x-rules of every operation: "the API key must hold the `<scope>` scope".
        granted = set(self._key(request).get("scopes") or [])
        if any(scope not in granted for scope in request.op.scopes):
            request.error("insufficient_scope")

    def _may_use(self, key: dict[str, Any], line: dict[str, Any]) -> bool:
        restriction = key.get("lines")
        return line is self.sandbox_line or restriction is None or line["handle"] in restriction

    def _use_line(self, request: Request, handle: Any) -> dict[str, Any]:
        """The line ``from`` names, after the line rules every line operation lists."""
        key = self._key(request)
        owner = key.get("account")
        if handle == SANDBOX_LINE:
            # Every key may use the sandbox line (ref §2, x-sandbox.bypasses-line-restrictions).
            # A key tied to no account cannot (sandbox_requires_owner, newer errors page); that
            # is checked first because an unowned key has no sandbox to be activated.
            if owner is None:
                request.error("sandbox_requires_owner")
            if not self.sandboxes.get(owner, {}).get("activated"):
                request.error("sandbox_not_activated")
            return self.sandbox_line
        line = next(
            (
                item
                for item in self.lines
                if owner is not None and item["handle"] == handle and item["_account"] == owner
            ),
            None,
        )
        if line is None:
            request.error("line_not_found")  # "`from` must name a line of the account"
        if not self._may_use(key, line):
            request.error("line_not_accessible")  # key restricted to other lines (ref §2)
        return line

    def _find_chat(self, account: str, line: dict[str, Any], to: Any) -> dict[str, Any] | None:
        """The chat ``to`` names on ``line`` (a handle or a ``cht_`` id)."""
        field = "id" if isinstance(to, str) and to.startswith("cht_") else "identifier"
        return next(
            (
                chat
                for chat in self.chats
                if chat["line_id"] == line["id"]
                and chat["_account"] == account
                and chat[field] == to
            ),
            None,
        )

    def _sandbox_recipient(
        self, request: Request, line: dict[str, Any], account: str, to: Any
    ) -> None:
        """x-sandbox.recipient-operations: on the sandbox line `to` must be the paired phone."""
        if line is not self.sandbox_line:
            return
        if request.operation_id not in self.sandbox_rules.get("recipient-operations", []):
            return
        chat = self._find_chat(account, line, to)
        recipient = chat["identifier"] if chat is not None else to
        if recipient != self.sandboxes[account]["paired"]:
            request.error("sandbox_contact_mismatch")

    def _contact_first(
        self, request: Request, line: dict[str, Any], account: str, to: Any
    ) -> dict[str, Any] | None:
        """Outside the sandbox, the recipient must have messaged the line first (SEND-G, ref
        §6.4); the activated sandbox line is exempt (x-sandbox.contact-first-exempt)."""
        chat = self._find_chat(account, line, to)
        if line is self.sandbox_line and self.sandbox_rules.get("contact-first-exempt"):
            return chat
        if chat is None or not chat.get("has_received_inbound"):
            request.error("contact_has_not_messaged")
        return chat

    def _daily_quota(self) -> int:
        configured = self.config.options.get("sandbox_daily_quota")
        return int(configured if configured is not None else self.sandbox_rules["daily-quota"])

    def _quota_day(self, now: float) -> tuple[int, float]:
        """(index of the quota day containing ``now``, start of the next one), in UTC."""
        hours, minutes = str(self.sandbox_rules.get("reset-time", "00:00")).split(":")
        offset = int(hours) * 3600 + int(minutes) * 60  # reset-timezone is UTC
        day = math.floor((now - offset) / SECONDS_PER_DAY)
        return day, (day + 1) * SECONDS_PER_DAY + offset

    def _count_sandbox_message(self, request: Request, account: str) -> None:
        """x-sandbox: 50 messages a day per account (all keys together), reset at midnight
        UTC; over the quota → 429 sandbox_quota_exceeded with Retry-After until the reset."""
        if request.operation_id not in self.sandbox_rules.get("counted-operations", []):
            return
        now = self.now()
        day, next_reset = self._quota_day(now)
        used_day, used = self.sandbox_usage.get(account, (day, 0))
        if used_day != day:
            used = 0
        if used >= self._daily_quota():
            retry = max(1, math.ceil(next_reset - now))
            request.error("sandbox_quota_exceeded", headers={"Retry-After": str(retry)})
        self.sandbox_usage[account] = (day, used + 1)

    def sandbox_used(self, account: str) -> int:
        """Sandbox messages ``account`` sent in the current quota day."""
        day, _ = self._quota_day(self.now())
        used_day, used = self.sandbox_usage.get(account, (day, 0))
        return used if used_day == day else 0

    # -- outbox -------------------------------------------------------------------------------

    def handle(self, request: Request) -> Reply:
        self.deliver_due()
        return super().handle(request)

    def _enqueue(
        self,
        request: Request,
        account: str,
        line: dict[str, Any],
        effect: Callable[[int], None] | None = None,
    ) -> Reply:
        """Queue an asynchronous write; answer its outbox record in `pending` (ref §5)."""
        now = self.now_ms()
        item = self._store(
            self.outbox,
            {
                "id": "obx_" + self.new_id(24),
                "line_id": line["id"],
                "status": "pending",
                "payload": request.body,
                "completed_at": None,
                "error": None,
                "attempts": 0,
                "max_attempts": 3,
                "created_at": now,
                "_account": account,
            },
            now,
        )
        delay = float(self.config.options.get("delivery_seconds", 2.0))
        item["_due"] = now + int(delay * 1000)
        self._pending.append((item["id"], effect or (lambda _at: None)))
        body = {"id": item["id"], "status": "pending", "request_id": request.request_id}
        return Reply(body, status=201)

    def deliver_due(self) -> None:
        """Deliver every queued item whose time has come: pending → sent, then its effect."""
        now = self.now_ms()
        waiting = []
        for item_id, effect in self._pending:
            item = self.outbox.get(item_id)
            if item is None:
                continue
            if item["_due"] > now:
                waiting.append((item_id, effect))
                continue
            item.update(status="sent", attempts=1, completed_at=item["_due"])
            effect(item["_due"])
        self._pending = waiting

    def _add_message(
        self,
        account: str,
        line: dict[str, Any],
        chat: dict[str, Any],
        sender: str,
        text: Any,
        attachments: list[dict[str, Any]],
        outbox_id: str | None,
        reply_to_guid: Any,
        at: int,
        *,
        audio: bool = False,
    ) -> dict[str, Any]:
        chat["last_message_at"] = at
        chat["_sort"] = at
        return self._store(
            self.messages,
            {
                "id": "msg_" + self.new_id(24),
                "line_id": line["id"],
                "chat_id": chat["id"],
                "guid": str(uuid.uuid4()).upper(),
                "sender": sender,
                "text": text,
                "attachments": attachments,
                "service": chat["service"],
                "is_from_me": sender == line["handle"],
                "is_audio_message": audio,
                "sent_at": at,
                "synced_at": at,
                "outbox_id": outbox_id,
                "reply_to_guid": reply_to_guid,
                "_account": account,
            },
            at,
        )

    def _attachments(self, account: str, file_ids: list[Any]) -> list[dict[str, Any]]:
        out = []
        for file_id in file_ids:
            record = self.files.get(str(file_id))
            if record is not None and record["_account"] == account:
                out.append(
                    {
                        "filename": record["filename"] or record["id"],
                        "mime_type": record["mime_type"],
                        "size": record["size"],
                        "url": record["url"],
                        "transcription": None,
                    }
                )
        return out

    def _find_message(self, request: Request, ref: Any) -> dict[str, Any] | None:
        """A message of the account on a line the key may use, by `msg_` id or GUID."""
        key = self._key(request)
        for message in self.messages:
            if message["_account"] != key.get("account") or ref not in (
                message["id"],
                message["guid"],
            ):
                continue
            line = self.lines.get(message["line_id"])
            if line is not None and self._may_use(key, line):
                return message
        return None

    # -- paging -------------------------------------------------------------------------------

    def _list(
        self,
        request: Request,
        items: list[dict[str, Any]],
        *,
        paged: bool,
        newest_first: bool = True,
    ) -> Reply:
        """The list envelope (newest first unless told); ``limit``/``cursor`` when ``paged``."""
        ordered = sorted(items, key=lambda r: (r["_sort"], r["_seq"]), reverse=newest_first)
        has_more = False
        next_cursor = None
        if paged:
            limit = int(request.query.get("limit", PAGE_DEFAULT))
            cursor = request.query.get("cursor")
            if cursor is not None:
                position = _decode_cursor(cursor)
                ordered = (
                    [r for r in ordered if (r["_sort"], r["_seq"]) < position]
                    if position is not None
                    else []
                )
            has_more = len(ordered) > limit
            ordered = ordered[:limit]
            if has_more:
                next_cursor = _encode_cursor(ordered[-1]["_sort"], ordered[-1]["_seq"])
        return Reply(
            {
                "data": [_public(r) for r in ordered],
                "has_more": has_more,
                "next_cursor": next_cursor,
                "request_id": request.request_id,
            }
        )

    # -- Lines and chats ------------------------------------------------------------------------

    def list_lines(self, request: Request) -> Reply:
        key = self._key(request)
        owner = key.get("account")
        lines = [
            dict(line)
            for line in self.lines
            if owner is not None and line["_account"] == owner and self._may_use(key, line)
        ]
        if owner is not None:
            # The shared sandbox line is listed for every account; active once activated.
            sandbox = dict(self.sandbox_line)
            sandbox["is_active"] = bool(self.sandboxes.get(owner, {}).get("activated"))
            sandbox["_sort"] = 1
            lines.append(sandbox)
        return self._list(request, lines, paged=False, newest_first=False)

    def list_chats(self, request: Request) -> Reply:
        line = self._use_line(request, request.query.get("from"))
        owner = self._key(request)["account"]
        chats = [c for c in self.chats if c["line_id"] == line["id"] and c["_account"] == owner]
        return self._list(request, chats, paged=True)

    # -- Messages -------------------------------------------------------------------------------

    def list_messages(self, request: Request) -> Reply:
        line = self._use_line(request, request.query.get("from"))
        owner = self._key(request)["account"]
        chat = self._find_chat(owner, line, request.query.get("to"))
        if chat is None:
            request.error("chat_not_found")  # "`to` must name a chat on the line"
        messages = [m for m in self.messages if m["chat_id"] == chat["id"]]
        return self._list(request, messages, paged=True)

    def send_message(self, request: Request) -> Reply:
        body = request.body
        line = self._use_line(request, body["from"])
        owner = self._key(request)["account"]
        self._sandbox_recipient(request, line, owner, body["to"])
        chat = self._contact_first(request, line, owner, body["to"])
        if line is self.sandbox_line:
            self._count_sandbox_message(request, owner)
            chat = chat or self._chat(owner, line, body["to"], None, self.now_ms())
        assert chat is not None  # the contact-first rule found it
        attachments = self._attachments(owner, body.get("attachments") or [])
        reply_to = self._reply_guid(request, body.get("reply_to"))
        outbox: dict[str, str] = {}

        def deliver(at: int) -> None:
            self._add_message(
                owner,
                line,
                chat,
                line["handle"],
                body.get("text"),
                attachments,
                outbox["id"],
                reply_to,
                at,
            )

        reply = self._enqueue(request, owner, line, deliver)
        outbox["id"] = reply.body["id"]
        return reply

    def _reply_guid(self, request: Request, ref: Any) -> Any:
        """``reply_to`` is a `msg_` id or a raw iMessage GUID (ref §1.1)."""
        if ref is None:
            return None
        message = self._find_message(request, ref)
        if message is not None:
            return message["guid"]
        return None if str(ref).startswith("msg_") else ref

    def send_audio_message(self, request: Request) -> Reply:
        body = request.body
        file_id = body.get("audio_message", body.get("voice_note"))
        line = self._use_line(request, body["from"])
        owner = self._key(request)["account"]
        if not line["_advanced"]:
            # "the sending line must have advanced features (audio messages are iMessage only)"
            request.error("advanced_features_required")
        chat = self._contact_first(request, line, owner, body["to"])
        assert chat is not None
        attachments = self._attachments(owner, [file_id])
        reply_to = self._reply_guid(request, body.get("reply_to"))
        outbox: dict[str, str] = {}

        def deliver(at: int) -> None:
            self._add_message(
                owner,
                line,
                chat,
                line["handle"],
                None,
                attachments,
                outbox["id"],
                reply_to,
                at,
                audio=True,
            )

        reply = self._enqueue(request, owner, line, deliver)
        outbox["id"] = reply.body["id"]
        return reply

    send_voice_note = send_audio_message

    # -- Reactions, typing, receipts ------------------------------------------------------------

    def list_reactions(self, request: Request) -> Reply:
        message = self._find_message(request, request.query.get("message_id"))
        if message is None:
            request.error("message_not_found")  # "`message_id` must name an existing message"
        reactions = [r for r in self.reactions if r["_message"] == message["id"]]
        return self._list(request, reactions, paged=False)

    def send_reaction(self, request: Request) -> Reply:
        body = request.body
        line = self._use_line(request, body["from"])
        owner = self._key(request)["account"]
        self._sandbox_recipient(request, line, owner, body["to"])
        message = self._find_message(request, body["message_id"])
        if message is None:
            request.error("message_not_found")  # "`message_id` must name an existing message"

        def deliver(at: int) -> None:
            self._store(
                self.reactions,
                {
                    "id": "rxn_" + self.new_id(24),
                    "message_id": body["message_id"],
                    "type": body["type"],
                    "sender": line["handle"],
                    "is_from_me": True,
                    "added": True,
                    "sent_at": at,
                    "synced_at": at,
                    "_message": message["id"],
                },
                at,
            )

        return self._enqueue(request, owner, line, deliver)

    def _chat_records(self, request: Request, collection: Collection) -> Reply:
        line = self._use_line(request, request.query.get("from"))
        owner = self._key(request)["account"]
        chat = self._find_chat(owner, line, request.query.get("to"))
        # No chat_not_found is documented for these lists: an unknown chat has no records.
        records = [r for r in collection if chat is not None and r["chat_id"] == chat["id"]]
        return self._list(request, records, paged=False)

    def list_typing_indicators(self, request: Request) -> Reply:
        return self._chat_records(request, self.typing)

    def list_read_receipts(self, request: Request) -> Reply:
        return self._chat_records(request, self.receipts)

    def _send_chat_signal(self, request: Request) -> Reply:
        body = request.body
        line = self._use_line(request, body["from"])
        owner = self._key(request)["account"]
        self._sandbox_recipient(request, line, owner, body["to"])
        return self._enqueue(request, owner, line)

    def send_typing_indicator(self, request: Request) -> Reply:
        return self._send_chat_signal(request)

    def send_read_receipt(self, request: Request) -> Reply:
        return self._send_chat_signal(request)

    # -- Webhooks -----------------------------------------------------------------------------

    def _visible_webhooks(self, request: Request) -> list[dict[str, Any]]:
        key = self._key(request)
        out = []
        for hook in self.webhooks:
            line = self.lines.get(hook["line_ids"][0])
            if hook["_account"] == key.get("account") and line and self._may_use(key, line):
                out.append(hook)
        return out

    def list_webhooks(self, request: Request) -> Reply:
        hooks = self._visible_webhooks(request)
        if request.query.get("from") is not None:
            line = self._use_line(request, request.query["from"])
            hooks = [h for h in hooks if h["line_ids"] == [line["id"]]]
        return self._list(request, hooks, paged=False)

    def create_webhook(self, request: Request) -> Reply:
        body = request.body
        if not _is_https_url(body["url"]):
            # `url` must be an HTTPS URL (format uri; the generic validator treats formats as
            # annotations, so the mock checks it here) with a host.
            request.error("invalid_parameter_value__url")
        line = self._use_line(request, body["from"])  # each webhook belongs to one line (WHK)
        hook = self._store(
            self.webhooks,
            {
                "id": "wh_" + self.new_id(24),
                "line_ids": [line["id"]],
                "url": body["url"],
                "events": list(body["events"]),
                "is_active": True,
                "_account": self._key(request)["account"],
                # HMAC-SHA256 signing secret, returned only on creation (x-webhook-signature).
                "_secret": secrets.token_hex(16),
            },
            self.now_ms(),
        )
        created = {**_public(hook), "secret": hook["_secret"], "request_id": request.request_id}
        return Reply(created, status=201)

    def delete_webhook(self, request: Request) -> Reply:
        webhook_id = request.body["id"]
        if not any(h["id"] == webhook_id for h in self._visible_webhooks(request)):
            request.error("webhook_not_found")  # "`id` must name a webhook of the account"
        self.webhooks.delete(webhook_id)
        return Reply({"id": webhook_id, "deleted": True, "request_id": request.request_id})

    def webhook_secret(self, webhook_id: str) -> str | None:
        """The signing secret of a webhook (for tests that verify signed deliveries)."""
        hook = self.webhooks.get(webhook_id)
        return hook["_secret"] if hook is not None else None

    # -- Outbox ---------------------------------------------------------------------------------

    def get_outbox_item(self, request: Request) -> Reply:
        item = self.outbox.get(request.query["id"])
        if item is None or item["_account"] != self._key(request).get("account"):
            request.error("outbox_item_not_found")  # "`id` must name an outbox item"
        return Reply({**_public(item), "request_id": request.request_id})

    # -- Files ----------------------------------------------------------------------------------

    def upload_file(self, request: Request) -> Reply:
        raw = request.body if isinstance(request.body, bytes) else b""
        if not raw:
            request.error("empty_file")  # "the body must not be empty (zero bytes)"
        content_type = request.headers.get("content-type", "").split(";", 1)[0].strip()
        file_id = "file_" + self.new_id(24)
        record = self._store(
            self.files,
            {
                "id": file_id,
                "url": _file_url(file_id),
                "filename": request.headers.get("x-filename"),
                "mime_type": content_type or "application/octet-stream",
                "size": len(raw),
                "_account": self._key(request).get("account"),
            },
            self.now_ms(),
        )
        return Reply({**_public(record), "request_id": request.request_id}, status=201)

    def get_file(self, request: Request) -> Reply:
        # 302 to the storage URL. No file-not-found answer is documented, so an unknown id is
        # redirected too (to a storage URL that holds nothing).
        file_id = request.query["id"]
        record = self.files.get(file_id)
        url = record["url"] if record is not None else _file_url(file_id)
        return Reply(None, status=302, headers={"Location": url})

    # -- malformed requests ---------------------------------------------------------------------

    def fallback_error(self, op: Any, kind: str) -> str | None:
        """Non-JSON bodies get `invalid_json` (errors page); other unmapped violations the
        operation's generic `invalid_parameter_value` body, else its first 400."""
        names = list(op.errors)
        if kind in ("json", "content-type") and "invalid_json" in op.errors:
            return "invalid_json"
        for preferred in ("invalid_parameter_value__wrong_type", "invalid_parameter_value"):
            if preferred in op.errors:
                return preferred
        generic = [n for n in names if n.startswith("invalid_parameter_value")]
        return generic[0] if generic else super().fallback_error(op, kind)


def _is_https_url(value: str) -> bool:
    if not _URI.is_valid(value):
        return False
    try:
        parts = urlsplit(value)
        return parts.scheme == "https" and bool(parts.hostname)
    except ValueError:
        return False


def _encode_cursor(sort: int, seq: int) -> str:
    return base64.urlsafe_b64encode(f"{sort}:{seq}".encode()).decode().rstrip("=")


def _decode_cursor(cursor: str) -> tuple[int, int] | None:
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        sort, seq = text.split(":")
        return int(sort), int(seq)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return None


PROVIDER = MessagesDev
