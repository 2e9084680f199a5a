"""Business-rule triggers for messages.dev (the generic builder covers constraints and auth)."""

from typing import Any

from generator.contract import auth_headers
from generator.mock import MockConfig
from tests.asgi import ASGIClient
from tests.conftest import spec_of
from tests.triggers import Trigger, base_body

API = "messages-dev"

# Fixtures of the spec's x-resources: the demo line and its contact, the
# shared sandbox line, the SMS line the `line_scoped` key is restricted to.
DEMO_LINE = "+15551234567"
DEMO_CONTACT = "+15559876543"
SANDBOX_LINE = "+15550005555"
SMS_LINE = "+15557654321"
STRANGER = "+15550001111"  # never messaged any line (the sandbox answers "everything else")
NO_LINE = "+15550000000"  # names no line

TEXT = {"from": DEMO_LINE, "to": DEMO_CONTACT, "text": "Hello from messages.dev!"}
SANDBOX_TEXT = {**TEXT, "from": SANDBOX_LINE}

PATH_PARAMS: dict[str, dict[str, object]] = {}  # the API has no path parameters


def _quota_used_up(app: Any) -> None:
    """The sandbox account already sent its messages of the day (sent through the API)."""
    headers = auth_headers(app.spec, app.demo_keys()["sandbox"])
    quota = app.spec.sandbox.daily_quota
    with ASGIClient(app) as client:
        for _ in range(quota):
            sent = client.post(
                app.compiled.prefix + "/v1/messages", json=SANDBOX_TEXT, headers=headers
            )
            assert sent.status_code == 201, sent.text


SCENARIOS = [
    Trigger(
        "insufficient_scope",
        "sendMessage",
        "post",
        "/v1/messages",
        "read-only key sends",
        body=TEXT,
        role="read_only",
        rule="key-has-scope",
    ),
    Trigger(
        "line_not_accessible",
        "sendMessage",
        "post",
        "/v1/messages",
        "key restricted to the SMS line sends from the demo line",
        body=TEXT,
        role="line_scoped",
        rule="line-accessible",
    ),
    Trigger(
        "sandbox_not_activated",
        "sendMessage",
        "post",
        "/v1/messages",
        "account without an activated sandbox uses the sandbox line",
        body=SANDBOX_TEXT,
        role="sandbox_unactivated",
        rule="sandbox-activated",
    ),
    Trigger(
        "sandbox_requires_owner",
        "sendMessage",
        "post",
        "/v1/messages",
        "key tied to no account uses the sandbox line",
        body=SANDBOX_TEXT,
        role="sandbox_unowned",
        rule="sandbox-has-owner",
    ),
    Trigger(
        "sandbox_contact_mismatch",
        "sendMessage",
        "post",
        "/v1/messages",
        "sandbox line sends to a number other than the paired phone",
        body={**SANDBOX_TEXT, "to": STRANGER},
        rule="sandbox-paired-recipient",
    ),
    Trigger(
        "sandbox_quota_exceeded",
        "sendMessage",
        "post",
        "/v1/messages",
        "51st sandbox message of the day",
        body=SANDBOX_TEXT,
        role="sandbox",
        setup=_quota_used_up,
        rule="sandbox-daily-quota",
    ),
    Trigger(
        "contact_has_not_messaged",
        "sendMessage",
        "post",
        "/v1/messages",
        "recipient never messaged the demo line",
        body={**TEXT, "to": STRANGER},
        rule="contact-messaged-first",
    ),
    Trigger(
        "advanced_features_required",
        "sendAudioMessage",
        "post",
        "/v1/audio-messages",
        "audio from the SMS line",
        body={"from": SMS_LINE, "to": DEMO_CONTACT, "audio_message": "file_abc123"},
        rule="line-has-advanced-features",
    ),
    Trigger(
        "invalid_json",
        "sendMessage",
        "post",
        "/v1/messages",
        "body is not JSON",
        raw_body=b"{not json",
    ),
    Trigger(
        "line_not_found",
        "listChats",
        "get",
        "/v1/chats",
        "`from` names no line",
        query={"from": NO_LINE},
        rule="line-exists",
    ),
    Trigger(
        "chat_not_found",
        "listMessages",
        "get",
        "/v1/messages",
        "`to` names no chat on the demo line",
        query={"from": DEMO_LINE, "to": STRANGER},
        rule="chat-exists",
    ),
    Trigger(
        "message_not_found",
        "listReactions",
        "get",
        "/v1/reactions",
        "unknown message id",
        query={"message_id": "msg_unknown"},
        rule="message-exists",
    ),
    Trigger(
        "outbox_item_not_found",
        "getOutboxItem",
        "get",
        "/v1/outbox",
        "unknown outbox id",
        query={"id": "obx_unknown"},
    ),
    Trigger(
        "webhook_not_found",
        "deleteWebhook",
        "delete",
        "/v1/webhooks",
        "unknown webhook id",
        body={"id": "wh_unknown"},
    ),
    Trigger(
        "webhook_not_found",
        "deleteWebhook",
        "delete",
        "/v1/webhooks",
        "key restricted to another line deletes the demo line's webhook",
        body={"id": "wh_abc123"},
        role="line_scoped",
        rule="webhook-visible",
    ),
    Trigger(
        "file_not_found",
        "getFile",
        "get",
        "/v1/files",
        "unknown file id",
        query={"id": "file_unknown"},
    ),
    Trigger(
        "empty_file",
        "uploadFile",
        "post",
        "/v1/files",
        "zero-byte upload",
        raw_body=b"",
        rule="file-not-empty",
    ),
    Trigger(
        "invalid_parameter_value__outbox_id",
        "getOutboxItem",
        "get",
        "/v1/outbox",
        "wrong id prefix",
        query={"id": "msg_abc123"},
    ),
]


def _each_operation(
    rule: str, error: str, how: str, role: str = "default", **request: Any
) -> list[Trigger]:
    """The trigger of a rule every line operation shares, on each operation that declares it
    (other than the one a hand-written trigger above covers): the operation's documented
    request with ``request`` (``from``, ``to``…) merged into its body or query."""
    spec = spec_of(API)
    covered = {(t.operation_id, t.rule) for t in SCENARIOS}
    out = []
    for op in spec.operations:
        if (op.operation_id, rule) in covered or rule not in {r.id for r in op.rules}:
            continue
        body = base_body(spec, op)
        query = {p["name"]: p.get("example") for p in op.parameters if p["in"] == "query"}
        query = {k: v for k, v in query.items() if v is not None}
        if isinstance(body, dict):
            body = {**body, **request}
        else:
            query = {**query, **request}
        out.append(
            Trigger(
                error,
                op.operation_id,
                op.method,
                op.path,
                how,
                body=body,
                query=query,
                role=role,
                rule=rule,
            )
        )
    return out


SCENARIOS += [
    *_each_operation(
        "line-accessible",
        "line_not_accessible",
        "key restricted to the SMS line uses the demo line",
        role="line_scoped",
        **{"from": DEMO_LINE},
    ),
    *_each_operation(
        "contact-messaged-first",
        "contact_has_not_messaged",
        "recipient never messaged the demo line",
        **{"from": DEMO_LINE, "to": STRANGER},
    ),
    *_each_operation(
        "sandbox-paired-recipient",
        "sandbox_contact_mismatch",
        "sandbox line to a number other than the paired phone",
        **{"from": SANDBOX_LINE, "to": STRANGER},
    ),
    *_each_operation(
        "message-exists",
        "message_not_found",
        "unknown message id",
        message_id="msg_unknown",
    ),
]

INJECTED: dict[str, str] = {}

RATE_LIMITED = [
    Trigger(
        "rate_limit_exceeded",
        "listLines",
        "get",
        "/v1/lines",
        "hourly API rate limit (number unpublished: MockConfig.default_rate_limit)",
        query={"_repeat": MockConfig().default_rate_limit},
    ),
]
