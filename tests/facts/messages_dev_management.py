"""messages.dev webhooks management, outbox and files.

Transcribed from ../shared/reference/messages-dev.md §2, §3, §6.12-6.17 and seed 004 (the
older errors page, which outranks the reference).
"""

from tests.facts import ErrorFact, LimitFact

API = "messages-dev"

SUBSCRIBABLE_EVENTS = ["message.received", "message.sent", "reaction.added", "reaction.removed"]
# GET /v1/files page sample (conflict C-10: it names `from` although the parameter is `id`).
GET_FILE_SAMPLE = "The 'from' query parameter is required."

_ALL = [
    "listWebhooks",
    "createWebhook",
    "deleteWebhook",
    "getOutboxItem",
    "uploadFile",
    "getFile",
]

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
    # webhooks are scoped to a line named by `from`
    *(
        ErrorFact(op, status, code)
        for op in ("listWebhooks", "createWebhook")
        for status, code in ((403, "line_not_accessible"), (404, "line_not_found"))
    ),
    ErrorFact("createWebhook", 400, "missing_required_parameter"),
    ErrorFact("createWebhook", 400, "invalid_json"),
    # §6.14
    ErrorFact("deleteWebhook", 404, "webhook_not_found"),
    ErrorFact("deleteWebhook", 400, "missing_required_parameter"),
    ErrorFact("deleteWebhook", 400, "invalid_parameter_value"),
    # §6.15
    ErrorFact("getOutboxItem", 400, "missing_required_parameter"),
    ErrorFact("getOutboxItem", 400, "invalid_parameter_value"),
    ErrorFact("getOutboxItem", 404, "outbox_item_not_found"),
    # §6.16
    ErrorFact("uploadFile", 400, "empty_file"),
    # §6.17
    ErrorFact("getFile", 400, "missing_required_parameter", GET_FILE_SAMPLE),
]

LIMITS = [
    # §6.13
    *(
        LimitFact("createWebhook", f"body.{field}", "required", True)
        for field in ("from", "url", "events")
    ),
    LimitFact("createWebhook", "body.events[]", "enum", SUBSCRIBABLE_EVENTS),
    # "url (uri, HTTPS)": an https URL with a host ("https://" alone names no endpoint).
    LimitFact("createWebhook", "body.url", "pattern", r"^https://[^/?#\s]+"),
    # §6.14
    LimitFact("deleteWebhook", "body.id", "required", True),
    LimitFact("deleteWebhook", "body.id", "pattern", r"^wh_\S+$"),
    # §6.15
    LimitFact("getOutboxItem", "query.id", "required", True),
    LimitFact("getOutboxItem", "query.id", "pattern", r"^obx_\S+$"),
    # §6.16
    LimitFact("uploadFile", "header.X-Filename", "required", False),
    # §6.17
    LimitFact("getFile", "query.id", "required", True),
    LimitFact("getFile", "query.id", "pattern", r"^file_\S+$"),
]
