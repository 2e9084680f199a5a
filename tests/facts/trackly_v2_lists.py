"""Trackly v2 Lists: ../shared/reference/trackly-v2.md §1.2, §5, §13, §14 (C-02, C-04, C-21,
C-23), and seed 000 (v2 Error Codes page)."""

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
