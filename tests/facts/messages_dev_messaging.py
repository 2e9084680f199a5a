"""messages.dev lines, chats, messages, audio messages, reactions, typing and receipts.

Transcribed from:

- https://messages.dev/docs/api-reference/chats/list-chats
- https://messages.dev/docs/api-reference/messages/list-messages
- https://messages.dev/docs/api-reference/messages/send-message
- https://messagesdev.mintlify.app/api-reference/audio-messages/send-audio-message
- https://messages.dev/docs/api-reference/voice-notes/send-voice-note (older name)
- https://messages.dev/docs/api-reference/reactions/list-reactions
- https://messages.dev/docs/api-reference/reactions/send-reaction
- https://messages.dev/docs/api-reference/typing/send-typing-indicator
- https://messages.dev/docs/api-reference/receipts/list-read-receipts
- https://messages.dev/docs/api-reference/receipts/send-read-receipt
- https://messages.dev/docs/api-reference/overview (envelopes, pagination)
- https://messages.dev/docs/concepts/errors (older errors page)
- https://messagesdev.mintlify.app/concepts/errors (newer errors page, extra codes)
- https://messagesdev.mintlify.app/concepts/authentication (scopes, line restrictions)
- https://messages.dev/docs/concepts/sandbox
- the guides https://messages.dev/docs/guides/send-message,
  https://messages.dev/docs/guides/audio-messages,
  https://messagesdev.mintlify.app/guides/reactions and
  https://messagesdev.mintlify.app/guides/read-receipts
- https://messages.dev/docs/llms.txt and https://github.com/messages-dev/sdk (GET /v1/lines
  and GET /v1/typing, which have no reference page)
"""

from tests.facts import ErrorFact, LimitFact

API = "messages-dev"

FILE_ID = r"^file_\S+$"
REACTION_TYPES = ["love", "like", "dislike", "laugh", "emphasize", "question"]
FROM_REQUIRED = "The 'from' field is required."
CONTACT_FIRST = "Cannot send to a contact who has not messaged this line first."

# Common to every endpoint: bearer auth, scope, line access and existence, hourly rate limit.
_ALL = [
    "listLines",
    "listChats",
    "listMessages",
    "sendMessage",
    "sendAudioMessage",
    "sendVoiceNote",
    "listReactions",
    "sendReaction",
    "listTypingIndicators",
    "sendTypingIndicator",
    "listReadReceipts",
    "sendReadReceipt",
]
# Operations that name a line with `from`.
_WITH_LINE = [op for op in _ALL if op not in ("listLines", "listReactions")]

ERRORS = [
    *(
        ErrorFact(op, status, code)
        for op in _ALL
        for status, code in (
            (401, "missing_api_key"),
            (401, "invalid_api_key"),
            (403, "insufficient_scope"),
            (429, "rate_limit_exceeded"),
        )
    ),
    *(
        ErrorFact(op, status, code)
        for op in _WITH_LINE
        for status, code in ((403, "line_not_accessible"), (404, "line_not_found"))
    ),
    # GET /v1/chats
    ErrorFact("listChats", 400, "missing_required_parameter"),
    # GET /v1/messages
    ErrorFact("listMessages", 400, "missing_required_parameter"),
    ErrorFact("listMessages", 404, "chat_not_found"),
    # POST /v1/messages (send-message page and guide, newer errors page, sandbox page)
    ErrorFact("sendMessage", 400, "missing_required_parameter", FROM_REQUIRED),
    ErrorFact("sendMessage", 400, "invalid_parameter_value"),
    ErrorFact("sendMessage", 400, "invalid_json"),
    ErrorFact("sendMessage", 400, "sandbox_contact_mismatch"),
    ErrorFact("sendMessage", 403, "contact_has_not_messaged", CONTACT_FIRST),
    ErrorFact("sendMessage", 403, "sandbox_not_activated"),
    ErrorFact("sendMessage", 403, "sandbox_requires_owner"),
    ErrorFact("sendMessage", 429, "sandbox_quota_exceeded"),
    # POST /v1/audio-messages and legacy /v1/voice-notes: advanced features, contact-first rule
    ErrorFact("sendAudioMessage", 400, "missing_required_parameter"),
    ErrorFact("sendAudioMessage", 400, "advanced_features_required"),
    ErrorFact("sendAudioMessage", 403, "contact_has_not_messaged"),
    ErrorFact("sendVoiceNote", 400, "missing_required_parameter"),
    # GET /v1/reactions
    ErrorFact("listReactions", 400, "missing_required_parameter"),
    ErrorFact("listReactions", 404, "message_not_found"),
    # POST /v1/reactions
    ErrorFact("sendReaction", 400, "missing_required_parameter"),
    ErrorFact("sendReaction", 400, "invalid_parameter_value"),
    ErrorFact("sendReaction", 404, "message_not_found"),
]

LIMITS = [
    # GET /v1/chats and GET /v1/messages: pagination
    *(
        LimitFact(op, "query.limit", keyword, value)
        for op in ("listChats", "listMessages")
        for keyword, value in (("minimum", 1), ("maximum", 100), ("default", 50))
    ),
    LimitFact("listChats", "query.from", "required", True),
    LimitFact("listMessages", "query.from", "required", True),
    LimitFact("listMessages", "query.to", "required", True),
    # POST /v1/messages
    LimitFact("sendMessage", "body.from", "required", True),
    LimitFact("sendMessage", "body.to", "required", True),
    LimitFact("sendMessage", "body.text", "required", False),
    LimitFact("sendMessage", "body.attachments", "required", False),
    LimitFact("sendMessage", "body.attachments", "maxItems", 1),
    LimitFact("sendMessage", "body.attachments[]", "pattern", FILE_ID),
    LimitFact("sendMessage", "body.reply_to", "required", False),
    # POST /v1/audio-messages and POST /v1/voice-notes
    *(
        LimitFact("sendAudioMessage", f"body.{field}", "required", True)
        for field in ("from", "to", "audio_message")
    ),
    LimitFact("sendAudioMessage", "body.audio_message", "pattern", FILE_ID),
    LimitFact("sendAudioMessage", "body.reply_to", "required", False),
    *(
        LimitFact("sendVoiceNote", f"body.{field}", "required", True)
        for field in ("from", "to", "voice_note")
    ),
    # GET and POST /v1/reactions
    LimitFact("listReactions", "query.message_id", "required", True),
    *(
        LimitFact("sendReaction", f"body.{field}", "required", True)
        for field in ("from", "to", "message_id", "type")
    ),
    LimitFact("sendReaction", "body.type", "enum", REACTION_TYPES),
    # GET and POST /v1/typing
    LimitFact("listTypingIndicators", "query.from", "required", True),
    LimitFact("listTypingIndicators", "query.to", "required", True),
    LimitFact("sendTypingIndicator", "body.from", "required", True),
    LimitFact("sendTypingIndicator", "body.to", "required", True),
    LimitFact("sendTypingIndicator", "body.state", "enum", ["on", "off"]),
    LimitFact("sendTypingIndicator", "body.state", "default", "on"),
    # GET and POST /v1/receipts
    LimitFact("listReadReceipts", "query.from", "required", True),
    LimitFact("listReadReceipts", "query.to", "required", True),
    LimitFact("sendReadReceipt", "body.from", "required", True),
    LimitFact("sendReadReceipt", "body.to", "required", True),
]
