"""messages.dev: the rules its spec declares but cannot express.

Line restrictions of keys (a key restricted to some lines may use only those, every key the
sandbox line), chats named by a handle or a ``cht_`` id, messages by a ``msg_`` id or a GUID,
the sandbox's paired phone and daily quota (``x-sandbox``), the outbox of asynchronous writes
and their later effects, webhook secrets and raw file uploads. Accounts, lines, fixtures and
every other rule are declared in the spec.

Writes answer an outbox item in ``pending`` (overview page); the mock delivers it
``delivery_seconds`` later on its clock (option, default 2): the item becomes ``sent`` and its
message appears in the chat, or its tapback on the message. Option ``sandbox_daily_quota``
replaces the documented 50 sandbox messages a day.
"""

from __future__ import annotations

import math
import secrets
import uuid
from typing import Any
from urllib.parse import quote

from ..answers import Reply
from ..engine import Engine, Request
from ..engine.store import TENANT
from . import Plugin

PLUGIN = Plugin("messages-dev", options={"delivery_seconds": 2.0, "sandbox_daily_quota": None})

STORAGE_URL = "https://storage.mock.messages.dev/files/"
"""Mock-only storage host of uploaded files (the docs show none)."""
SECONDS_PER_DAY = 86400
QUEUE = "outbox_queue"
"""``engine.scratch`` key: ids of the outbox items not delivered yet, in queue order."""
PENDING: dict[str, Any] = {"status": "pending", "attempts": 0, "max_attempts": 3}
"""A new outbox item (3 attempts allowed, as the docs' example shows; no ``completed_at`` or
``error`` yet: both answer null)."""


# -- lines ------------------------------------------------------------------------------------


def _usable(request: Request, line: dict[str, Any]) -> bool:
    """Whether the key may use ``line``: no restriction, one of its lines, or the sandbox
    line when the sandbox bypasses line restrictions (``x-sandbox``)."""
    allowed = request.state.get("lines")
    sandbox = request.engine.spec.sandbox
    bypass = sandbox is not None and sandbox.bypasses_line_restrictions and line.get("sandbox")
    return allowed is None or bool(bypass) or line.get("handle") in allowed


@PLUGIN.check("line-accessible")
def _line_accessible(request: Request) -> None:
    line = request.bound.get("line")
    if line is not None and not _usable(request, line):
        request.fail()


@PLUGIN.action("lines-of-key")
def _lines_of_key(request: Request) -> dict[str, Any]:
    """The lines the key may use in creation order (the shared sandbox line is seeded last);
    the sandbox line is active for an account whose sandbox is activated."""
    activated = request.state.get("sandbox") == "activated"
    listed = []
    for line in request.collection("lines"):
        if _usable(request, line):
            rendered = request.engine.render("lines", line)
            if line.get("sandbox"):
                rendered["is_active"] = activated
            listed.append(rendered)
    return {"data": listed}


# -- chats and messages -----------------------------------------------------------------------


def _chat(request: Request, to: Any) -> dict[str, Any] | None:
    """The chat ``to`` names on the bound line: a ``cht_`` id, else the contact's handle."""
    line = request.bound["line"]
    field = "id" if isinstance(to, str) and to.startswith("cht_") else "identifier"
    for chat in request.collection("chats"):
        if chat["line_id"] == line["id"] and chat.get(field) == to:
            return chat
    return None


@PLUGIN.check("chat-exists", "chat-of-recipient")
def _bind_chat(request: Request) -> None:
    """Bind the chat ``to`` names (the list's filter); fail when the rule has an error."""
    chat = _chat(request, request.query.get("to"))
    if chat is None and request.rule is not None and request.rule.error is not None:
        request.fail()
    request.bound["chat"] = chat


def _message(request: Request, ref: Any) -> dict[str, Any] | None:
    """The account's message with id or GUID ``ref`` on a line the key may use."""
    for message in request.collection("messages"):
        if ref in (message["id"], message["guid"]):
            line = request.find("lines", message["line_id"])
            if line is not None and _usable(request, line):
                return message
    return None


@PLUGIN.check("message-exists")
def _message_exists(request: Request) -> None:
    ref = request.value("query.message_id", request.value("body.message_id"))
    message = _message(request, ref)
    if message is None:
        request.fail()
    request.bound["message"] = message


# -- sandbox ----------------------------------------------------------------------------------


@PLUGIN.check("contact-messaged-first")
def _contact_messaged_first(request: Request) -> None:
    chat = _chat(request, request.body["to"])
    if chat is None or not chat.get("has_received_inbound"):
        request.fail()


@PLUGIN.check("sandbox-paired-recipient")
def _paired_recipient(request: Request) -> None:
    to = request.body["to"]
    chat = _chat(request, to)
    recipient = chat["identifier"] if chat is not None else to
    if recipient != request.state.get("paired_phone"):
        request.fail()


def _quota_day(request: Request) -> tuple[int, float]:
    """(index of the quota day containing now, start of the next one): days start at
    ``x-sandbox``'s reset time, UTC."""
    sandbox = request.engine.spec.sandbox
    hours, minutes = (sandbox.reset_time if sandbox else "00:00").split(":")
    offset = int(hours) * 3600 + int(minutes) * 60
    day = math.floor((request.now() - offset) / SECONDS_PER_DAY)
    return day, (day + 1) * SECONDS_PER_DAY + offset


@PLUGIN.check("sandbox-daily-quota")
def _sandbox_quota(request: Request) -> None:
    """The account's sandbox messages of the quota day (all its keys) are its outbox items
    marked with that day; over the quota, ``Retry-After`` runs to the next reset."""
    day, next_reset = _quota_day(request)
    used = sum(1 for item in request.collection("outbox") if item.get("_quota_day") == day)
    quota = request.engine.config.options.get("sandbox_daily_quota")
    sandbox = request.engine.spec.sandbox
    if used >= int(quota if quota is not None else sandbox.daily_quota if sandbox else 0):
        retry = max(1, math.ceil(next_reset - request.now()))
        request.fail(headers={"Retry-After": str(retry)})


# -- the outbox -------------------------------------------------------------------------------


def _enqueue(request: Request, effect: tuple[str, dict[str, Any]] | None) -> dict[str, Any]:
    """Queue the write as an outbox item in ``pending``; ``effect`` (resource, values) is the
    record its delivery creates."""
    line = request.bound["line"]
    item = request.create("outbox", {**PENDING, "line_id": line["id"], "payload": request.body})
    delay = float(request.engine.config.options.get("delivery_seconds", 2.0))
    item["_due"] = item["created_at"] + int(delay * 1000)
    item["_effect"] = effect
    sandbox = request.engine.spec.sandbox
    if line.get("sandbox") and sandbox and request.operation_id in sandbox.counted_operations:
        item["_quota_day"] = _quota_day(request)[0]
    if effect is not None and effect[0] == "messages":
        effect[1]["outbox_id"] = item["id"]
    request.engine.scratch.setdefault(QUEUE, []).append(item["id"])
    return item


def _attachments(request: Request, file_ids: list[Any]) -> list[dict[str, Any]]:
    """The account's files among ``file_ids``, as message attachments (unknown ids are left
    out: no error is documented for them)."""
    files = [request.find("files", file_id) for file_id in file_ids]
    return [
        {"filename": f["filename"] or f["id"], "mime_type": f["mime_type"], "size": f["size"]}
        | {"url": f["url"], "transcription": None}
        for f in files
        if f is not None
    ]


def _reply_guid(request: Request, ref: Any) -> Any:
    """``reply_to`` as a GUID: a ``msg_`` id names a message, anything else is a raw GUID."""
    if ref is None:
        return None
    message = _message(request, ref)
    if message is not None:
        return message["guid"]
    return None if str(ref).startswith("msg_") else ref


@PLUGIN.action("message-queued")
def _queue_message(request: Request) -> dict[str, Any]:
    body, line = request.body, request.bound["line"]
    to, chat = body["to"], _chat(request, body["to"])
    if chat is None:  # the sandbox line is exempt from the contact-first rule: a new chat
        values = {"line_id": line["id"], "identifier": to, "participants": [to], "name": None}
        values |= {"service": line["service"], "is_group": False, "has_received_inbound": True}
        chat = request.create("chats", {**values, "last_message_at": int(request.now() * 1000)})
    audio = body.get("audio_message", body.get("voice_note"))
    files = [audio] if audio is not None else body.get("attachments") or []
    guid = uuid.UUID(int=request.engine.rng.getrandbits(128), version=4)
    message = {
        "line_id": line["id"],
        "chat_id": chat["id"],
        "guid": str(guid).upper(),
        "sender": line["handle"],
        "text": body.get("text"),
        "attachments": _attachments(request, files),
        "service": chat["service"],
        "is_from_me": True,
        "is_audio_message": audio is not None,
        "reply_to_guid": _reply_guid(request, body.get("reply_to")),
    }
    return _enqueue(request, ("messages", message))


@PLUGIN.action("tapback-queued")
def _queue_tapback(request: Request) -> dict[str, Any]:
    reaction = {
        "message_id": request.bound["message"]["id"],
        "type": request.body["type"],
        "sender": request.bound["line"]["handle"],
        "is_from_me": True,
        "added": True,
    }
    return _enqueue(request, ("reactions", reaction))


@PLUGIN.action("signal-queued")
def _queue_signal(request: Request) -> dict[str, Any]:
    return _enqueue(request, None)


@PLUGIN.tick("outbox-delivery")
def _deliver(engine: Engine) -> None:
    """Deliver every queued item whose time has come: ``pending`` → ``sent``, then its
    effect (a message in its chat, or a tapback on its message)."""
    queue: list[str] = engine.scratch.get(QUEUE) or []
    if not queue:
        return
    now = int(engine.config.clock() * 1000)
    outbox = engine.store["outbox"]
    waiting = []
    for item_id in queue:
        item = outbox.get(item_id)
        if item is None:
            continue
        if item["_due"] > now:
            waiting.append(item_id)
            continue
        at = item["_due"]
        item.update(status="sent", attempts=1, completed_at=at)
        effect = item.pop("_effect", None)
        if effect is not None:
            resource, values = effect
            engine.create(resource, {**values, "sent_at": at, "synced_at": at}, item[TENANT])
            chat = engine.store["chats"].get(values.get("chat_id"))
            if chat is not None:
                chat["last_message_at"] = at
    engine.scratch[QUEUE] = waiting


# -- webhooks ---------------------------------------------------------------------------------


def _visible_webhook(request: Request, hook: dict[str, Any]) -> bool:
    """A webhook is seen through its line (each belongs to one): one the key may use."""
    line = request.find("lines", hook["line_ids"][0]) if hook.get("line_ids") else None
    return line is not None and _usable(request, line)


@PLUGIN.action("webhooks-of-key")
def _webhooks_of_key(request: Request) -> dict[str, Any]:
    line = request.bound.get("line")
    hooks = [
        hook
        for hook in request.collection("webhooks")
        if _visible_webhook(request, hook) and (line is None or hook["line_ids"] == [line["id"]])
    ]
    return {"data": [request.engine.render("webhooks", hook) for hook in hooks]}


@PLUGIN.action("webhook-created")
def _create_webhook(request: Request) -> dict[str, Any]:
    body = request.body
    hook = request.create(
        "webhooks",
        {
            "line_ids": [request.bound["line"]["id"]],
            "url": body["url"],
            "events": body["events"],
            "is_active": True,
            "secret": secrets.token_hex(16),  # HMAC-SHA256 signing key (x-webhook-signature)
        },
    )
    return {**request.engine.render("webhooks", hook), "secret": hook["secret"]}


@PLUGIN.check("webhook-visible")
def _webhook_visible(request: Request) -> None:
    if not _visible_webhook(request, request.bound["target"]):
        request.fail()


# -- files ------------------------------------------------------------------------------------


@PLUGIN.check("file-not-empty")
def _file_not_empty(request: Request) -> None:
    if not request.body:
        request.fail()


@PLUGIN.action("file-stored")
def _store_file(request: Request) -> dict[str, Any]:
    raw = request.body if isinstance(request.body, bytes) else b""
    media = request.headers.get("content-type", "").split(";", 1)[0].strip()
    record = request.create(
        "files",
        {
            "filename": request.headers.get("x-filename"),
            "mime_type": media or "application/octet-stream",
            "size": len(raw),
        },
    )
    record["url"] = STORAGE_URL + quote(str(record["id"]), safe="")
    return record


@PLUGIN.action("file-redirect")
def _redirect_to_file(request: Request) -> Reply:
    return Reply(None, status=302, headers={"Location": request.bound["target"]["url"]})
