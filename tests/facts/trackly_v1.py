"""Trackly v1 (deprecated), transcribed from:

- https://docs.tracklysms.com/api-reference/messages/send-single
- https://docs.tracklysms.com/api-reference/messages/send-bulk (newest version, error table)
- https://docs.tracklysms.com/api-reference/contacts/delete-contact
- https://docs.tracklysms.com/api-reference/phone/validate
- https://docs.tracklysms.com/api-reference/phone/batch-validate
- https://docs.tracklysms.com/api-reference/errors (v1 error reference)
- https://docs.tracklysms.com/api-reference/authentication
- https://docs.tracklysms.com/api-reference/introduction
- https://docs.tracklysms.com/api-reference/v2/migration-guide
- https://docs.tracklysms.com/api-reference/v2/rate-limiting (5 MB payload limit)
- https://docs.tracklysms.com/guides/platform-limits (1,600 characters per message)
"""

from tests.facts import ErrorFact, LimitFact

API = "trackly-v1"

_ALL_OPS = (
    "sendMessage",
    "sendBulkMessages",
    "deleteContact",
    "validatePhone",
    "validatePhoneBatch",
)
_BODY_OPS = ("sendMessage", "sendBulkMessages", "validatePhone", "validatePhoneBatch")
_PHONE_OPS = ("validatePhone", "validatePhoneBatch")

# Every v1 endpoint (errors page, authentication page); 429 from the errors page.
_COMMON = [
    (401, "missing_api_key", "API key required"),
    (401, "invalid_api_key", "Invalid API key"),
    (403, "account_suspended", "Account is suspended"),
    (429, "rate_limit", "Rate limit exceeded"),
    (500, "server_error", None),
]
# Billing 402 codes of the phone pages; messages not published. `suspended` is implied by prose.
_BILLING = ("no_billing_config", "no_payment_method", "payment_failed", "suspended")

ERRORS = [
    *(ErrorFact(op, status, code, msg) for op in _ALL_OPS for status, code, msg in _COMMON),
    *(ErrorFact(op, 413, "request_too_large", "Payload Too Large") for op in _BODY_OPS),
    # POST /v1/messages (errors page, newest and older wording of missing_to)
    ErrorFact("sendMessage", 400, "missing_to", "Recipient phone number (to_msisdn) is required"),
    ErrorFact("sendMessage", 400, "missing_to", "Recipient phone number (to) is required"),
    ErrorFact("sendMessage", 400, "missing_body", "Message body is required"),
    ErrorFact(
        "sendMessage", 400, "missing_from", "Sending number ID (from_phone_number_id) is required"
    ),
    ErrorFact("sendMessage", 400, "invalid_phone", "Invalid phone number format"),
    ErrorFact("sendMessage", 404, "list_not_found", "Sending number not found"),
    # POST /v1/messages/bulk (bulk page's error table; messages from the errors page)
    ErrorFact(
        "sendBulkMessages",
        400,
        "missing_from",
        "Sending number ID (from_phone_number_id) is required",
    ),
    ErrorFact("sendBulkMessages", 400, "missing_messages", "Messages array is required"),
    ErrorFact("sendBulkMessages", 400, "too_many_messages", "Maximum 1000 messages per request"),
    ErrorFact("sendBulkMessages", 404, "list_not_found", "Sending number not found"),
    # Phone validation (codes only)
    *(ErrorFact(op, 400, "invalid_force") for op in _PHONE_OPS),
    *(ErrorFact(op, 402, code) for op in _PHONE_OPS for code in _BILLING),
    ErrorFact("validatePhoneBatch", 400, "missing_phones"),
    ErrorFact("validatePhoneBatch", 413, "too_many_phones"),
]

LIMITS = [
    # POST /v1/messages: body and from_phone_number_id required; the recipient (to_msisdn or
    # to) is required as an alternative (anyOf), which a LimitFact cannot express.
    LimitFact("sendMessage", "body.body", "required", True),
    LimitFact("sendMessage", "body.from_phone_number_id", "required", True),
    LimitFact("sendMessage", "body.metadata", "required", False),
    # POST /v1/messages/bulk
    LimitFact("sendBulkMessages", "body.from_phone_number_id", "required", True),
    LimitFact("sendBulkMessages", "body.messages", "required", True),
    LimitFact("sendBulkMessages", "body.messages", "minItems", 1),
    LimitFact("sendBulkMessages", "body.messages", "maxItems", 1000),
    LimitFact("sendBulkMessages", "body.messages[].to_msisdn", "required", True),
    LimitFact("sendBulkMessages", "body.messages[].body", "required", True),
    LimitFact("sendBulkMessages", "body.messages[].body", "maxLength", 1600),
    # DELETE /v1/contacts/{msisdn}
    LimitFact("deleteContact", "path.msisdn", "required", True),
    # POST /v1/phone/validate
    LimitFact("validatePhone", "body.phone", "required", True),
    LimitFact("validatePhone", "body.force", "required", False),
    LimitFact("validatePhone", "body.force", "default", False),
    LimitFact("validatePhone", "body.force", "type", "boolean"),
    # POST /v1/phone/validate/batch
    LimitFact("validatePhoneBatch", "body.phones", "required", True),
    LimitFact("validatePhoneBatch", "body.phones", "minItems", 1),
    LimitFact("validatePhoneBatch", "body.phones", "maxItems", 500),
    LimitFact("validatePhoneBatch", "body.force", "type", "boolean"),
]
