"""messages.dev lines, chats, messages, audio messages, reactions, typing and receipts.

Transcribed from ../shared/reference/messages-dev.md §2, §3, §4, §6.1-6.11, §8 and seed 004
(the older errors page, which outranks the reference).
"""

from tests.facts import ErrorFact, LimitFact

API = "messages-dev"

FILE_ID = r"^file_\S+$"
REACTION_TYPES = ["love", "like", "dislike", "laugh", "emphasize", "question"]
FROM_REQUIRED = "The 'from' field is required."
CONTACT_FIRST = "Cannot send to a contact who has not messaged this line first."

# §6 "common to all": bearer auth, scope, line access and existence, hourly rate limit.
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
    # §6.2 list chats
    ErrorFact("listChats", 400, "missing_required_parameter"),
    # §6.3 list messages
    ErrorFact("listMessages", 400, "missing_required_parameter"),
    ErrorFact("listMessages", 404, "chat_not_found"),
    # §6.4 send message (E-smsg, SEND-G, ERR-new, SBX)
    ErrorFact("sendMessage", 400, "missing_required_parameter", FROM_REQUIRED),
    ErrorFact("sendMessage", 400, "invalid_parameter_value"),
    ErrorFact("sendMessage", 400, "invalid_json"),
    ErrorFact("sendMessage", 400, "sandbox_contact_mismatch"),
    ErrorFact("sendMessage", 403, "contact_has_not_messaged", CONTACT_FIRST),
    ErrorFact("sendMessage", 403, "sandbox_not_activated"),
    ErrorFact("sendMessage", 403, "sandbox_requires_owner"),
    ErrorFact("sendMessage", 429, "sandbox_quota_exceeded"),
    # §6.5 audio messages: advanced features, contact-first rule
    ErrorFact("sendAudioMessage", 400, "missing_required_parameter"),
    ErrorFact("sendAudioMessage", 400, "advanced_features_required"),
    ErrorFact("sendAudioMessage", 403, "contact_has_not_messaged"),
    ErrorFact("sendVoiceNote", 400, "missing_required_parameter"),
    # §6.6 list reactions
    ErrorFact("listReactions", 400, "missing_required_parameter"),
    ErrorFact("listReactions", 404, "message_not_found"),
    # §6.7 send reaction
    ErrorFact("sendReaction", 400, "missing_required_parameter"),
    ErrorFact("sendReaction", 400, "invalid_parameter_value"),
    ErrorFact("sendReaction", 404, "message_not_found"),
]

LIMITS = [
    # §6.2 / §6.3 / §4 pagination
    *(
        LimitFact(op, "query.limit", keyword, value)
        for op in ("listChats", "listMessages")
        for keyword, value in (("minimum", 1), ("maximum", 100), ("default", 50))
    ),
    LimitFact("listChats", "query.from", "required", True),
    LimitFact("listMessages", "query.from", "required", True),
    LimitFact("listMessages", "query.to", "required", True),
    # §6.4
    LimitFact("sendMessage", "body.from", "required", True),
    LimitFact("sendMessage", "body.to", "required", True),
    LimitFact("sendMessage", "body.text", "required", False),
    LimitFact("sendMessage", "body.attachments", "required", False),
    LimitFact("sendMessage", "body.attachments", "maxItems", 1),
    LimitFact("sendMessage", "body.attachments[]", "pattern", FILE_ID),
    LimitFact("sendMessage", "body.reply_to", "required", False),
    # §6.5
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
    # §6.6 / §6.7
    LimitFact("listReactions", "query.message_id", "required", True),
    *(
        LimitFact("sendReaction", f"body.{field}", "required", True)
        for field in ("from", "to", "message_id", "type")
    ),
    LimitFact("sendReaction", "body.type", "enum", REACTION_TYPES),
    # §6.8 / §6.9
    LimitFact("listTypingIndicators", "query.from", "required", True),
    LimitFact("listTypingIndicators", "query.to", "required", True),
    LimitFact("sendTypingIndicator", "body.from", "required", True),
    LimitFact("sendTypingIndicator", "body.to", "required", True),
    LimitFact("sendTypingIndicator", "body.state", "enum", ["on", "off"]),
    LimitFact("sendTypingIndicator", "body.state", "default", "on"),
    # §6.10 / §6.11
    LimitFact("listReadReceipts", "query.from", "required", True),
    LimitFact("listReadReceipts", "query.to", "required", True),
    LimitFact("sendReadReceipt", "body.from", "required", True),
    LimitFact("sendReadReceipt", "body.to", "required", True),
]
