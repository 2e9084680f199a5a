"""Trackly v2 Audiences and the audience filter DSL, transcribed from:

- https://docs.tracklysms.com/api-reference/v2/audiences/list-audiences
- https://docs.tracklysms.com/api-reference/v2/audiences/get-audience
- https://docs.tracklysms.com/api-reference/v2/audiences/update-audience
- https://docs.tracklysms.com/api-reference/v2/audiences/delete-audience
- https://docs.tracklysms.com/api-reference/v2/audiences/get-audience-size
- https://docs.tracklysms.com/api-reference/v2/audience-filter-dsl
- https://docs.tracklysms.com/guides/audiences/creating-audiences
- https://docs.tracklysms.com/api-reference/authentication (API key, 401 and 403 errors)
- https://docs.tracklysms.com/api-reference/v2/overview (request format, pagination)
- https://docs.tracklysms.com/api-reference/v2/rate-limiting (5 MB payload limit)
- https://docs.tracklysms.com/api-reference/v2/error-codes (exact error messages)

Where the pages disagree, the spec's x-doc-conflicts record the choice (C-02, C-07, C-13, C-16,
C-22).

The create-audience page is not retrievable: its request follows the update page and its only
documented missing-field code is ``missing_filter`` (Error Codes page). The per-type rules of filter
conditions (time/count/custom_field/carrier/timezone/revenue fields and operators) live in
conditional subschemas that the location syntax of these facts cannot address; their error
codes are checked below.
"""

from tests.facts import ErrorFact, LimitFact

API = "trackly-v2"

OBJECT_ID = r"^[0-9a-f]{24}$"

# update-audience error table (all 400); messages only where the Error Codes page has them.
_DSL_400 = [
    ("invalid_group_operator", None),
    ("empty_filter_group", None),
    ("invalid_condition_type", "Invalid condition type"),
    ("invalid_time_field", "Invalid time field"),
    ("invalid_time_operator", "Invalid time operator"),
    ("invalid_time_unit", None),
    ("missing_time_value", None),
    ("invalid_count_field", None),
    ("invalid_count_operator", None),
    ("missing_count_value", None),
    ("missing_custom_field_name", None),
    ("invalid_custom_field_operator", None),
    ("missing_custom_field_value", None),
    ("invalid_carrier_operator", None),
    ("missing_carrier_value", None),
    ("invalid_timezone_operator", None),
    ("missing_timezone_value", None),
    ("invalid_revenue_field", None),
    ("invalid_revenue_operator", None),
    ("missing_revenue_value", None),
]
_UPDATE_400 = [
    ("name_too_long", "name must be 255 characters or less"),
    ("source_list_not_found", None),
    *_DSL_400,
]
_ALL_OPS = (
    "createAudience",
    "listAudiences",
    "getAudience",
    "updateAudience",
    "deleteAudience",
    "getAudienceSize",
)
_BY_ID = ("getAudience", "updateAudience", "deleteAudience", "getAudienceSize")
_WITH_BODY = ("createAudience", "updateAudience")

ERRORS = [
    ErrorFact("createAudience", 400, "missing_filter", "filter is required"),
    *(ErrorFact(op, 400, code, msg) for op in _WITH_BODY for code, msg in _UPDATE_400),
    *(ErrorFact(op, 404, "not_found", "Resource not found") for op in _BY_ID),
    *(ErrorFact(op, 401, "missing_api_key", "API key required") for op in _ALL_OPS),
    *(ErrorFact(op, 401, "invalid_api_key", "Invalid API key") for op in _ALL_OPS),
    *(ErrorFact(op, 401, "unauthorized") for op in _ALL_OPS),
    *(ErrorFact(op, 403, "account_suspended", "Account is suspended") for op in _ALL_OPS),
    *(ErrorFact(op, 413, "request_too_large", "Payload Too Large") for op in _WITH_BODY),
]

_CONDITION_TYPES = ["time", "count", "custom_field", "carrier", "timezone", "revenue"]

LIMITS = [
    LimitFact("createAudience", "body.filter", "required", True),
    *(LimitFact(op, "body.name", "maxLength", 255) for op in _WITH_BODY),
    *(LimitFact(op, "body.filter.operator", "enum", ["AND", "OR"]) for op in _WITH_BODY),
    *(LimitFact(op, "body.filter.operator", "required", True) for op in _WITH_BODY),
    *(
        LimitFact(op, "body.filter.conditions[].condition_type", "enum", _CONDITION_TYPES)
        for op in _WITH_BODY
    ),
    *(
        LimitFact(op, "body.filter.conditions[].condition_type", "required", True)
        for op in _WITH_BODY
    ),
    *(LimitFact(op, "body.filter.groups[].operator", "enum", ["AND", "OR"]) for op in _WITH_BODY),
    LimitFact("listAudiences", "query.status", "enum", ["active", "archived"]),
    LimitFact("listAudiences", "query.page", "default", 1),
    LimitFact("listAudiences", "query.per_page", "default", 50),
    LimitFact("listAudiences", "query.per_page", "maximum", 100),
    *(LimitFact(op, "path.id", "pattern", OBJECT_ID) for op in _BY_ID),
    *(LimitFact(op, "path.id", "required", True) for op in _BY_ID),
]
