"""Trackly v2 Data import (history), transcribed from:

- https://docs.tracklysms.com/api-reference/v2/history/import-sends
- https://docs.tracklysms.com/api-reference/v2/history/import-clicks
- https://docs.tracklysms.com/api-reference/v2/history/import-revenue
- https://docs.tracklysms.com/api-reference/v2/history/clear-history
- https://docs.tracklysms.com/api-reference/authentication (API key, 401 and 403 errors)
- https://docs.tracklysms.com/api-reference/v2/overview (request format)
- https://docs.tracklysms.com/api-reference/v2/rate-limiting (payload and batch limits)
- https://docs.tracklysms.com/api-reference/v2/error-codes (exact error messages)

Where the pages disagree, the spec's x-doc-conflicts record the choice (C-01, C-03, C-11, C-12,
C-13, C-17).
"""

from tests.facts import ErrorFact, LimitFact

API = "trackly-v2"

E164 = r"^\+[1-9][0-9]{1,14}$"
_IMPORTS = ("importSendHistory", "importClickHistory", "importRevenueHistory")
_ALL_OPS = (*_IMPORTS, "clearHistory")

ERRORS = [
    *(ErrorFact(op, 400, "missing_records", "records array is required") for op in _IMPORTS),
    *(
        ErrorFact(op, 413, "too_many_records", "Maximum 1000 records per request")
        for op in _IMPORTS
    ),
    *(ErrorFact(op, 500, "save_error") for op in _IMPORTS),
    # import-sends page.
    *(
        ErrorFact("importSendHistory", 400, code)
        for code in (
            "missing_id",
            "missing_to_number",
            "missing_timestamp",
            "invalid_phone",
            "invalid_timestamp",
        )
    ),
    ErrorFact("importSendHistory", 404, "list_not_found"),
    # import-clicks page.
    *(
        ErrorFact("importClickHistory", 400, code)
        for code in (
            "missing_message_id",
            "missing_offer_id",
            "missing_phone_number",
            "missing_timestamp",
            "invalid_timestamp",
        )
    ),
    ErrorFact("importClickHistory", 404, "message_not_found"),
    ErrorFact("importClickHistory", 404, "offer_not_found"),
    # import-revenue page.
    *(
        ErrorFact("importRevenueHistory", 400, code)
        for code in ("missing_message_id", "missing_offer_id", "missing_revenue")
    ),
    *(
        ErrorFact("importRevenueHistory", 404, code)
        for code in ("message_not_found", "offer_not_found", "contact_not_found")
    ),
    # clear-history page, message from the Error Codes page.
    ErrorFact("clearHistory", 400, "confirm_required", "confirm must be true"),
    # Global errors.
    *(ErrorFact(op, 401, "missing_api_key", "API key required") for op in _ALL_OPS),
    *(ErrorFact(op, 401, "invalid_api_key", "Invalid API key") for op in _ALL_OPS),
    *(ErrorFact(op, 403, "account_suspended", "Account is suspended") for op in _ALL_OPS),
    *(ErrorFact(op, 413, "request_too_large", "Payload Too Large") for op in _ALL_OPS),
]

LIMITS = [
    *(LimitFact(op, "body.records", "required", True) for op in _IMPORTS),
    *(LimitFact(op, "body.records", "maxItems", 1000) for op in _IMPORTS),
    LimitFact("importSendHistory", "body.records", "minItems", 1),
    *(
        LimitFact("importSendHistory", f"body.records[].{field}", "required", True)
        for field in ("id", "to_number", "timestamp")
    ),
    *(
        LimitFact("importSendHistory", f"body.records[].{field}", "required", False)
        for field in ("list_number", "list_id", "message", "send_type", "delivered", "length")
    ),
    LimitFact("importSendHistory", "body.records[].to_number", "pattern", E164),
    *(
        LimitFact("importClickHistory", f"body.records[].{field}", "required", True)
        for field in ("message_id", "offer_id", "phone_number", "timestamp")
    ),
    LimitFact("importClickHistory", "body.records[].send_timestamp", "required", False),
    LimitFact("importClickHistory", "body.records[].phone_number", "pattern", E164),
    *(
        LimitFact("importRevenueHistory", f"body.records[].{field}", "required", True)
        for field in ("message_id", "offer_id", "revenue")
    ),
    *(
        LimitFact("importRevenueHistory", f"body.records[].{field}", "required", False)
        for field in ("payout", "attribution_type", "timestamp")
    ),
    LimitFact("clearHistory", "body.entities", "required", True),
    LimitFact("clearHistory", "body.confirm", "required", True),
    LimitFact("clearHistory", "body.confirm", "const", True),
    LimitFact("clearHistory", "body.before_date", "required", False),
    LimitFact("clearHistory", "body.entities[]", "enum", ["sends", "clicks", "revenue"]),
]
