"""Trackly v2 Revenue, transcribed from:

- https://docs.tracklysms.com/api-reference/v2/revenue/record-revenue
- https://docs.tracklysms.com/api-reference/v2/revenue/bulk-revenue
- https://docs.tracklysms.com/api-reference/authentication (API key, 401 and 403 errors)
- https://docs.tracklysms.com/api-reference/v2/overview (request format)
- https://docs.tracklysms.com/api-reference/v2/rate-limiting (payload and batch limits)
- https://docs.tracklysms.com/api-reference/v2/error-codes (exact error messages)

Where the pages disagree, the spec's x-doc-conflicts record the choice (C-01, C-12, C-17).

The record-revenue error table is not retrievable; its facts here are the global ones.
"""

from tests.facts import ErrorFact, LimitFact

API = "trackly-v2"

_ALL_OPS = ("recordRevenue", "bulkRecordRevenue")
_BULK_400 = (
    "missing_message_id",
    "missing_revenue",
    "missing_attribution_type",
    "invalid_revenue",
    "invalid_attribution_type",
    "message_not_found",
    "contact_not_found",
)

ERRORS = [
    ErrorFact("bulkRecordRevenue", 400, "missing_records", "records array is required"),
    ErrorFact("bulkRecordRevenue", 413, "too_many_records", "Maximum 1000 records per request"),
    *(ErrorFact("bulkRecordRevenue", 400, code) for code in _BULK_400),
    *(ErrorFact(op, 401, "missing_api_key", "API key required") for op in _ALL_OPS),
    *(ErrorFact(op, 401, "invalid_api_key", "Invalid API key") for op in _ALL_OPS),
    *(ErrorFact(op, 403, "account_suspended", "Account is suspended") for op in _ALL_OPS),
    *(ErrorFact(op, 413, "request_too_large", "Payload Too Large") for op in _ALL_OPS),
]

LIMITS = [
    *(
        LimitFact("recordRevenue", f"body.{field}", "required", True)
        for field in ("message_id", "revenue", "attribution_type")
    ),
    LimitFact("recordRevenue", "body.offer_id", "required", False),
    LimitFact("recordRevenue", "body.timestamp", "required", False),
    LimitFact("recordRevenue", "body.revenue", "minimum", 0),
    LimitFact("recordRevenue", "body.attribution_type", "enum", ["sale", "click", "send"]),
    LimitFact("bulkRecordRevenue", "body.records", "required", True),
    LimitFact("bulkRecordRevenue", "body.records", "maxItems", 1000),
    LimitFact("bulkRecordRevenue", "body.imported", "required", False),
    *(
        LimitFact("bulkRecordRevenue", f"body.records[].{field}", "required", True)
        for field in ("message_id", "revenue", "attribution_type")
    ),
    LimitFact("bulkRecordRevenue", "body.records[].revenue", "minimum", 0),
    LimitFact(
        "bulkRecordRevenue", "body.records[].attribution_type", "enum", ["sale", "click", "send"]
    ),
]
