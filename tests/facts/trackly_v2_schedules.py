"""Trackly v2 Schedules, transcribed from:

- https://docs.tracklysms.com/api-reference/v2/schedules/create-schedule
- https://docs.tracklysms.com/api-reference/v2/schedules/list-schedules
- https://docs.tracklysms.com/api-reference/v2/schedules/get-schedule
- https://docs.tracklysms.com/api-reference/v2/schedules/update-schedule
- https://docs.tracklysms.com/api-reference/v2/schedules/delete-schedule
- https://docs.tracklysms.com/api-reference/authentication (API key, 401 and 403 errors)
- https://docs.tracklysms.com/api-reference/v2/overview (request format)
- https://docs.tracklysms.com/api-reference/v2/rate-limiting (5 MB payload limit)
- https://docs.tracklysms.com/api-reference/v2/error-codes (exact error messages)

Where the pages disagree, the spec's x-doc-conflicts record the choice (C-02, C-08, C-13, C-22,
C-23).

Conditional requirements (send_date when not repeating; start_date, end_date, days_of_week
when repeating; blasts for blast schedules) live in if/then subschemas that the location
syntax of these facts cannot address; their error codes are checked below.
"""

from tests.facts import ErrorFact, LimitFact

API = "trackly-v2"

OBJECT_ID = r"^[0-9a-f]{24}$"
HH_MM = r"^([01][0-9]|2[0-3]):[0-5][0-9]$"

# create-schedule error table (400), messages where the Error Codes page publishes them.
_CREATE_400 = [
    ("missing_name", "name is required"),
    ("missing_send_type", None),
    ("invalid_send_type", None),
    ("missing_is_repeating", None),
    ("missing_send_time", None),
    ("missing_audiences", "audiences is required"),
    ("invalid_status", "status must be one of: …"),
    ("missing_send_date", None),
    ("missing_start_date", None),
    ("missing_end_date", None),
    ("no_days_selected", None),
    ("missing_blasts", None),
    ("invalid_blast_percent", None),
    ("missing_blast_message", None),
]
_ALL_OPS = ("createSchedule", "listSchedules", "getSchedule", "updateSchedule", "deleteSchedule")
_BY_ID = ("getSchedule", "updateSchedule", "deleteSchedule")
_WITH_BODY = ("createSchedule", "updateSchedule")

ERRORS = [
    *(ErrorFact(op, 400, code, msg) for op in _WITH_BODY for code, msg in _CREATE_400),
    ErrorFact("updateSchedule", 400, "schedule_complete"),
    ErrorFact("createSchedule", 404, "audience_not_found"),
    ErrorFact("createSchedule", 404, "source_list_not_found"),
    ErrorFact("updateSchedule", 404, "audience_not_found"),
    *(ErrorFact(op, 404, "not_found", "Resource not found") for op in _BY_ID),
    *(ErrorFact(op, 404, "not_found", "Schedule not found") for op in _BY_ID),
    *(ErrorFact(op, 401, "missing_api_key", "API key required") for op in _ALL_OPS),
    *(ErrorFact(op, 401, "invalid_api_key", "Invalid API key") for op in _ALL_OPS),
    *(ErrorFact(op, 401, "unauthorized") for op in _ALL_OPS),
    *(ErrorFact(op, 403, "account_suspended", "Account is suspended") for op in _ALL_OPS),
    *(ErrorFact(op, 413, "request_too_large", "Payload Too Large") for op in _WITH_BODY),
]

_ALL_STATUSES = ["draft", "off", "on", "complete", "archive"]

LIMITS = [
    *(
        LimitFact("createSchedule", f"body.{field}", "required", True)
        for field in ("name", "send_type", "is_repeating", "send_time", "audiences")
    ),
    LimitFact("createSchedule", "body.audiences", "minItems", 1),
    LimitFact("createSchedule", "body.status", "enum", ["draft", "off", "on"]),
    LimitFact("createSchedule", "body.status", "default", "draft"),
    LimitFact("updateSchedule", "body.status", "enum", _ALL_STATUSES),
    *(LimitFact(op, "body.send_type", "enum", ["blast", "automated"]) for op in _WITH_BODY),
    *(LimitFact(op, "body.send_time", "pattern", HH_MM) for op in _WITH_BODY),
    *(LimitFact(op, "body.automated_percent", "minimum", 0) for op in _WITH_BODY),
    *(LimitFact(op, "body.automated_percent", "maximum", 100) for op in _WITH_BODY),
    *(LimitFact(op, "body.blasts[].message", "required", True) for op in _WITH_BODY),
    *(LimitFact(op, "body.audiences[]", "pattern", OBJECT_ID) for op in _WITH_BODY),
    LimitFact("listSchedules", "query.status", "enum", _ALL_STATUSES),
    *(LimitFact(op, "path.id", "pattern", OBJECT_ID) for op in _BY_ID),
]
