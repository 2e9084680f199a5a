"""Trackly v2 Send endpoints, transcribed from:

- https://docs.tracklysms.com/api-reference/v2/messages/send-single
- https://docs.tracklysms.com/api-reference/v2/messages/send-bulk
- https://docs.tracklysms.com/api-reference/v2/messages/send-raw-single
- https://docs.tracklysms.com/api-reference/v2/messages/send-raw-bulk
- https://docs.tracklysms.com/api-reference/authentication (API key, 401 and 403 errors)
- https://docs.tracklysms.com/api-reference/v2/overview (request format, E.164 numbers)
- https://docs.tracklysms.com/api-reference/v2/rate-limiting (payload and batch limits)
- https://docs.tracklysms.com/guides/platform-limits (1,600 characters per message)
- https://docs.tracklysms.com/api-reference/v2/error-codes (exact error messages)
"""

from tests.facts import ErrorFact, LimitFact

API = "trackly-v2"

E164 = r"^\+[1-9][0-9]{1,14}$"
_SEND_400 = [
    ("missing_to", "to is required"),
    ("missing_list_number", "list_number is required"),
    ("missing_body", "body is required"),
    ("invalid_phone", "Invalid recipient phone number format"),
    ("invalid_list_number", "Invalid list_number E.164 format"),
    ("list_not_found", "Sending list not found for this list_number"),
    ("webhook_not_configured", "Webhook verification required before sending"),
    ("not_sendable", "VOIP numbers not allowed by account settings"),
]
_AUTH = [
    (401, "missing_api_key", "API key required"),
    (401, "invalid_api_key", "Invalid API key"),
    (403, "account_suspended", "Account is suspended"),
    (413, "request_too_large", "Payload Too Large"),
]

ERRORS = [
    *(
        ErrorFact(op, 400, code, msg)
        for op in ("sendMessage", "sendRawMessage")
        for code, msg in _SEND_400
    ),
    *(
        ErrorFact(op, 400, "missing_messages", "messages array is required")
        for op in ("sendBulkMessages", "sendRawBulkMessages")
    ),
    *(
        ErrorFact(op, 413, "too_many_messages", "Maximum 1000 messages per request")
        for op in ("sendBulkMessages", "sendRawBulkMessages")
    ),
    *(
        ErrorFact(op, status, code, msg)
        for op in ("sendMessage", "sendRawMessage", "sendBulkMessages", "sendRawBulkMessages")
        for status, code, msg in _AUTH
    ),
]

LIMITS = [
    *(
        LimitFact(op, f"body.{field}", "required", True)
        for op in ("sendMessage", "sendRawMessage")
        for field in ("to", "list_number", "body")
    ),
    *(
        LimitFact(op, f"body.{field}", "pattern", E164)
        for op in ("sendMessage", "sendRawMessage")
        for field in ("to", "list_number")
    ),
    *(LimitFact(op, "body.body", "maxLength", 1600) for op in ("sendMessage", "sendRawMessage")),
    *(
        LimitFact("sendRawMessage", f"body.{flag}", "default", False)
        for flag in (
            "skip_duplicate_check",
            "skip_rate_limit",
            "skip_contact_validation",
            "skip_journey_check",
        )
    ),
    *(
        LimitFact(op, "body.messages", "maxItems", 1000)
        for op in ("sendBulkMessages", "sendRawBulkMessages")
    ),
    *(
        LimitFact(op, "body.messages", "required", True)
        for op in ("sendBulkMessages", "sendRawBulkMessages")
    ),
    *(
        LimitFact(op, "body.messages[].body", "maxLength", 1600)
        for op in ("sendBulkMessages", "sendRawBulkMessages")
    ),
    *(
        LimitFact(op, "body.messages[].to", "pattern", E164)
        for op in ("sendBulkMessages", "sendRawBulkMessages")
    ),
]
