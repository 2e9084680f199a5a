"""Business-rule triggers for messages.dev (the generic builder covers constraints and auth)."""

from typing import Any

from generator.mock.providers.messages_dev import (
    DEMO_CONTACT,
    DEMO_LINE,
    SANDBOX_ACCOUNT,
    SANDBOX_LINE,
    SMS_LINE,
)

from generator.mock import MockConfig
from tests.triggers import Trigger

TEXT = {"from": DEMO_LINE, "to": DEMO_CONTACT, "text": "Hello from messages.dev!"}
SANDBOX_TEXT = {**TEXT, "from": SANDBOX_LINE}
STRANGER = "+15550001111"  # never messaged any line (reference §11, "everything else")
NO_LINE = "+15550000000"  # names no line (reference §11)

PATH_PARAMS: dict[str, dict[str, object]] = {}  # the API has no path parameters


def _quota_used_up(app: Any) -> None:
    """The sandbox account already sent its 50 messages today."""
    provider = app.provider
    day, _ = provider._quota_day(provider.now())
    provider.sandbox_usage[SANDBOX_ACCOUNT] = (day, provider._daily_quota())


SCENARIOS = [
    Trigger(
        "insufficient_scope",
        "sendMessage",
        "post",
        "/v1/messages",
        "read-only key sends",
        body=TEXT,
        role="read_only",
    ),
    Trigger(
        "line_not_accessible",
        "sendMessage",
        "post",
        "/v1/messages",
        "key restricted to the SMS line sends from the demo line",
        body=TEXT,
        role="line_scoped",
    ),
    Trigger(
        "sandbox_not_activated",
        "sendMessage",
        "post",
        "/v1/messages",
        "account without an activated sandbox uses the sandbox line",
        body=SANDBOX_TEXT,
        role="sandbox_unactivated",
    ),
    Trigger(
        "sandbox_requires_owner",
        "sendMessage",
        "post",
        "/v1/messages",
        "key tied to no account uses the sandbox line",
        body=SANDBOX_TEXT,
        role="sandbox_unowned",
    ),
    Trigger(
        "sandbox_contact_mismatch",
        "sendMessage",
        "post",
        "/v1/messages",
        "sandbox line sends to a number other than the paired phone",
        body={**SANDBOX_TEXT, "to": STRANGER},
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
    ),
    Trigger(
        "contact_has_not_messaged",
        "sendMessage",
        "post",
        "/v1/messages",
        "recipient never messaged the demo line",
        body={**TEXT, "to": STRANGER},
    ),
    Trigger(
        "advanced_features_required",
        "sendAudioMessage",
        "post",
        "/v1/audio-messages",
        "audio from the SMS line",
        body={"from": SMS_LINE, "to": DEMO_CONTACT, "audio_message": "file_abc123"},
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
    ),
    Trigger(
        "chat_not_found",
        "listMessages",
        "get",
        "/v1/messages",
        "`to` names no chat on the demo line",
        query={"from": DEMO_LINE, "to": STRANGER},
    ),
    Trigger(
        "message_not_found",
        "listReactions",
        "get",
        "/v1/reactions",
        "unknown message id",
        query={"message_id": "msg_unknown"},
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
        "empty_file",
        "uploadFile",
        "post",
        "/v1/files",
        "zero-byte upload",
        raw_body=b"",
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
