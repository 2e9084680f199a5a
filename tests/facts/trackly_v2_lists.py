"""Trackly v2 Lists, transcribed from:

- https://docs.tracklysms.com/api-reference/v2/lists/list-all
- https://docs.tracklysms.com/api-reference/v2/lists/get-list
- https://docs.tracklysms.com/api-reference/authentication (API key, 401 and 403 errors)
- https://docs.tracklysms.com/api-reference/v2/error-codes (exact error messages)

Where the pages disagree, the spec's x-doc-conflicts record the choice (C-02, C-04, C-21, C-23).
"""

from tests.facts import ErrorFact, LimitFact

API = "trackly-v2"

_ALL_OPS = ("listLists", "getList")

ERRORS = [
    ErrorFact("getList", 404, "not_found", "Resource not found"),
    *(ErrorFact(op, 401, "unauthorized") for op in _ALL_OPS),
    *(ErrorFact(op, 401, "missing_api_key", "API key required") for op in _ALL_OPS),
    *(ErrorFact(op, 401, "invalid_api_key", "Invalid API key") for op in _ALL_OPS),
    *(ErrorFact(op, 403, "account_suspended", "Account is suspended") for op in _ALL_OPS),
]

LIMITS = [
    LimitFact("listLists", "query.status", "enum", ["active", "paused", "suspended", "deleted"]),
    LimitFact("listLists", "query.status", "required", False),
    LimitFact("getList", "path.list_id", "type", "integer"),
    LimitFact("getList", "path.list_id", "required", True),
]
