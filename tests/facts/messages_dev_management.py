"""messages.dev webhooks management, outbox and files, transcribed from:

- https://messagesdev.mintlify.app/api-reference/webhooks/create-webhook
- https://messagesdev.mintlify.app/concepts/webhooks (events that can be subscribed to)
- https://messagesdev.mintlify.app/api-reference/outbox/get-outbox-item
- https://messages.dev/docs/api-reference/files/upload-file
- https://messagesdev.mintlify.app/api-reference/files/get-file
- https://messages.dev/docs/concepts/errors (older errors page)
- https://messagesdev.mintlify.app/concepts/errors (newer errors page, extra codes)
- https://messagesdev.mintlify.app/concepts/authentication (scopes, line restrictions)
- https://messages.dev/docs/llms.txt and https://github.com/messages-dev/sdk (listing and
  deleting webhooks, which have no reference page)
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
    # DELETE /v1/webhooks
    ErrorFact("deleteWebhook", 404, "webhook_not_found"),
    ErrorFact("deleteWebhook", 400, "missing_required_parameter"),
    ErrorFact("deleteWebhook", 400, "invalid_parameter_value"),
    # GET /v1/outbox
    ErrorFact("getOutboxItem", 400, "missing_required_parameter"),
    ErrorFact("getOutboxItem", 400, "invalid_parameter_value"),
    ErrorFact("getOutboxItem", 404, "outbox_item_not_found"),
    # POST /v1/files
    ErrorFact("uploadFile", 400, "empty_file"),
    # GET /v1/files
    ErrorFact("getFile", 400, "missing_required_parameter", GET_FILE_SAMPLE),
]

LIMITS = [
    # POST /v1/webhooks
    *(
        LimitFact("createWebhook", f"body.{field}", "required", True)
        for field in ("from", "url", "events")
    ),
    LimitFact("createWebhook", "body.events[]", "enum", SUBSCRIBABLE_EVENTS),
    # "url (uri, HTTPS)": an https URL with a host ("https://" alone names no endpoint).
    LimitFact("createWebhook", "body.url", "pattern", r"^https://[^/?#\s]+"),
    # DELETE /v1/webhooks
    LimitFact("deleteWebhook", "body.id", "required", True),
    LimitFact("deleteWebhook", "body.id", "pattern", r"^wh_\S+$"),
    # GET /v1/outbox
    LimitFact("getOutboxItem", "query.id", "required", True),
    LimitFact("getOutboxItem", "query.id", "pattern", r"^obx_\S+$"),
    # POST /v1/files
    LimitFact("uploadFile", "header.X-Filename", "required", False),
    # GET /v1/files
    LimitFact("getFile", "query.id", "required", True),
    LimitFact("getFile", "query.id", "pattern", r"^file_\S+$"),
]
