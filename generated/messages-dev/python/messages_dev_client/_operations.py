"""Operation registry of this client, generated from the spec — do not edit."""

from __future__ import annotations

from ._base_client import (
    AuthInfo,
    Envelope,
    ErrorSignature,
    OperationInfo,
)

__all__ = ["AUTH", "ENVELOPE", "OPERATIONS", "SIGNATURES"]

AUTH = AuthInfo(header="Authorization", prefix="Bearer", key_pattern="^sk_live_\\S+$")

ENVELOPE = Envelope(
    message="error.message",
    code="error.code",
    type="error.type",
    param="error.param",
    request_id="request_id",
)

SIGNATURES: tuple[ErrorSignature, ...] = (
    ErrorSignature(
        "advanced_features_required",
        400,
        None,
        "This line does not have advanced features enabled.",
    ),
    ErrorSignature(
        "chat_not_found", 404, None, "No chat found for the given identifier on this line."
    ),
    ErrorSignature(
        "contact_has_not_messaged",
        403,
        None,
        "Cannot send to a contact who has not messaged this line first.",
    ),
    ErrorSignature("empty_file", 400, None, "The uploaded file is empty."),
    ErrorSignature("file_not_found", 404, None, "No file found with the given ID."),
    ErrorSignature(
        "insufficient_scope",
        403,
        None,
        "This API key does not have the required scope for this endpoint.",
    ),
    ErrorSignature("invalid_api_key", 401, None, "The API key is invalid, revoked or expired."),
    ErrorSignature("invalid_json", 400, None, "Request body is not valid JSON"),
    ErrorSignature(
        "invalid_parameter_value",
        400,
        None,
        "The 'limit' query parameter must be an integer between 1 and 100.",
    ),
    ErrorSignature("invalid_parameter_value", 400, None, "A parameter has an invalid value."),
    ErrorSignature(
        "invalid_parameter_value",
        400,
        None,
        "The 'attachments' field must contain file IDs starting with 'file_'.",
    ),
    ErrorSignature(
        "invalid_parameter_value", 400, None, "The 'attachments' field accepts at most one file."
    ),
    ErrorSignature(
        "invalid_parameter_value",
        400,
        None,
        "The 'audio_message' field must be a file ID starting with 'file_'.",
    ),
    ErrorSignature(
        "invalid_parameter_value",
        400,
        None,
        "The 'voice_note' field must be a file ID starting with 'file_'.",
    ),
    ErrorSignature(
        "invalid_parameter_value",
        400,
        None,
        "The 'type' field must be one of: love, like, dislike, laugh, emphasize, question.",
    ),
    ErrorSignature(
        "invalid_parameter_value", 400, None, "The 'state' field must be 'on' or 'off'."
    ),
    ErrorSignature("invalid_parameter_value", 400, None, "The 'url' field must be an HTTPS URL."),
    ErrorSignature(
        "invalid_parameter_value",
        400,
        None,
        "The 'events' field contains an event that cannot be subscribed to.",
    ),
    ErrorSignature(
        "invalid_parameter_value",
        400,
        None,
        "The 'id' field must be a webhook ID starting with 'wh_'.",
    ),
    ErrorSignature(
        "invalid_parameter_value",
        400,
        None,
        "The 'id' query parameter must be an outbox item ID starting with 'obx_'.",
    ),
    ErrorSignature(
        "invalid_parameter_value",
        400,
        None,
        "The 'id' query parameter must be a file ID starting with 'file_'.",
    ),
    ErrorSignature(
        "line_not_accessible", 403, None, "This API key cannot access the requested line."
    ),
    ErrorSignature("line_not_found", 404, None, "No line exists with the given handle."),
    ErrorSignature("message_not_found", 404, None, "No message found with the given ID."),
    ErrorSignature("missing_api_key", 401, None, "No Authorization header provided."),
    ErrorSignature(
        "missing_required_parameter", 400, None, "The 'from' query parameter is required."
    ),
    ErrorSignature(
        "missing_required_parameter", 400, None, "The 'to' query parameter is required."
    ),
    ErrorSignature("missing_required_parameter", 400, None, "The 'from' field is required."),
    ErrorSignature("missing_required_parameter", 400, None, "The 'to' field is required."),
    ErrorSignature(
        "missing_required_parameter", 400, None, "Either 'text' or 'attachments' is required."
    ),
    ErrorSignature(
        "missing_required_parameter", 400, None, "The 'audio_message' field is required."
    ),
    ErrorSignature("missing_required_parameter", 400, None, "The 'voice_note' field is required."),
    ErrorSignature(
        "missing_required_parameter", 400, None, "The 'message_id' query parameter is required."
    ),
    ErrorSignature("missing_required_parameter", 400, None, "The 'message_id' field is required."),
    ErrorSignature("missing_required_parameter", 400, None, "The 'type' field is required."),
    ErrorSignature("missing_required_parameter", 400, None, "The 'url' field is required."),
    ErrorSignature("missing_required_parameter", 400, None, "The 'events' field is required."),
    ErrorSignature("missing_required_parameter", 400, None, "The 'id' field is required."),
    ErrorSignature(
        "missing_required_parameter", 400, None, "The 'id' query parameter is required."
    ),
    ErrorSignature("outbox_item_not_found", 404, None, "No outbox item found with the given ID."),
    ErrorSignature("rate_limit_exceeded", 429, None, "Hourly API rate limit exceeded."),
    ErrorSignature(
        "sandbox_contact_mismatch",
        400,
        None,
        "You can only send to your paired phone number on the sandbox line.",
    ),
    ErrorSignature(
        "sandbox_not_activated",
        403,
        None,
        "Your sandbox hasn't been activated yet. Text the activation code to the sandbox number.",
    ),
    ErrorSignature(
        "sandbox_quota_exceeded",
        429,
        None,
        "Daily sandbox limit of 50 messages reached. Resets at midnight UTC.",
    ),
    ErrorSignature(
        "sandbox_requires_owner",
        403,
        None,
        "This sandbox key isn't tied to a messages.dev account.",
    ),
    ErrorSignature("webhook_not_found", 404, None, "No webhook found with the given ID."),
)
"""Catalogued error bodies, used to name errors whose body has no code."""

OPERATIONS: dict[tuple[str, str], OperationInfo] = {
    ("get", "/v1/lines"): OperationInfo(
        operation_id="listLines",
        method="get",
        path="/v1/lines",
        idempotent=True,
        deprecated=False,
        replaced_by=None,
    ),
    ("get", "/v1/chats"): OperationInfo(
        operation_id="listChats",
        method="get",
        path="/v1/chats",
        idempotent=True,
        deprecated=False,
        replaced_by=None,
    ),
    ("get", "/v1/messages"): OperationInfo(
        operation_id="listMessages",
        method="get",
        path="/v1/messages",
        idempotent=True,
        deprecated=False,
        replaced_by=None,
    ),
    ("post", "/v1/messages"): OperationInfo(
        operation_id="sendMessage",
        method="post",
        path="/v1/messages",
        idempotent=False,
        deprecated=False,
        replaced_by=None,
    ),
    ("post", "/v1/audio-messages"): OperationInfo(
        operation_id="sendAudioMessage",
        method="post",
        path="/v1/audio-messages",
        idempotent=False,
        deprecated=False,
        replaced_by=None,
    ),
    ("post", "/v1/voice-notes"): OperationInfo(
        operation_id="sendVoiceNote",
        method="post",
        path="/v1/voice-notes",
        idempotent=False,
        deprecated=True,
        replaced_by=None,
    ),
    ("get", "/v1/reactions"): OperationInfo(
        operation_id="listReactions",
        method="get",
        path="/v1/reactions",
        idempotent=True,
        deprecated=False,
        replaced_by=None,
    ),
    ("post", "/v1/reactions"): OperationInfo(
        operation_id="sendReaction",
        method="post",
        path="/v1/reactions",
        idempotent=False,
        deprecated=False,
        replaced_by=None,
    ),
    ("get", "/v1/typing"): OperationInfo(
        operation_id="listTypingIndicators",
        method="get",
        path="/v1/typing",
        idempotent=True,
        deprecated=False,
        replaced_by=None,
    ),
    ("post", "/v1/typing"): OperationInfo(
        operation_id="sendTypingIndicator",
        method="post",
        path="/v1/typing",
        idempotent=False,
        deprecated=False,
        replaced_by=None,
    ),
    ("get", "/v1/receipts"): OperationInfo(
        operation_id="listReadReceipts",
        method="get",
        path="/v1/receipts",
        idempotent=True,
        deprecated=False,
        replaced_by=None,
    ),
    ("post", "/v1/receipts"): OperationInfo(
        operation_id="sendReadReceipt",
        method="post",
        path="/v1/receipts",
        idempotent=False,
        deprecated=False,
        replaced_by=None,
    ),
    ("get", "/v1/webhooks"): OperationInfo(
        operation_id="listWebhooks",
        method="get",
        path="/v1/webhooks",
        idempotent=True,
        deprecated=False,
        replaced_by=None,
    ),
    ("post", "/v1/webhooks"): OperationInfo(
        operation_id="createWebhook",
        method="post",
        path="/v1/webhooks",
        idempotent=False,
        deprecated=False,
        replaced_by=None,
    ),
    ("delete", "/v1/webhooks"): OperationInfo(
        operation_id="deleteWebhook",
        method="delete",
        path="/v1/webhooks",
        idempotent=True,
        deprecated=False,
        replaced_by=None,
    ),
    ("get", "/v1/outbox"): OperationInfo(
        operation_id="getOutboxItem",
        method="get",
        path="/v1/outbox",
        idempotent=True,
        deprecated=False,
        replaced_by=None,
    ),
    ("get", "/v1/files"): OperationInfo(
        operation_id="getFile",
        method="get",
        path="/v1/files",
        idempotent=True,
        deprecated=False,
        replaced_by=None,
    ),
    ("post", "/v1/files"): OperationInfo(
        operation_id="uploadFile",
        method="post",
        path="/v1/files",
        idempotent=False,
        deprecated=False,
        replaced_by=None,
    ),
}
