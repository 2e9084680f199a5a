"""Trackly v2 Creatives, transcribed from:

- https://docs.tracklysms.com/api-reference/v2/creatives/create-creative
- https://docs.tracklysms.com/api-reference/v2/creatives/list-creatives
- https://docs.tracklysms.com/api-reference/v2/creatives/get-creative
- https://docs.tracklysms.com/api-reference/v2/creatives/update-creative
- https://docs.tracklysms.com/api-reference/v2/creatives/delete-creative
- https://docs.tracklysms.com/api-reference/authentication (API key, 401 and 403 errors)
- https://docs.tracklysms.com/api-reference/v2/overview (request format, pagination)
- https://docs.tracklysms.com/api-reference/v2/rate-limiting (5 MB payload limit)
- https://docs.tracklysms.com/api-reference/v2/error-codes ("Creative Validation" messages)

Where the pages disagree, the spec's x-doc-conflicts record the choice (C-02, C-08, C-13, C-22).

The placeholder-coverage rule (``missing_offer_links_for_placeholders``) and offer existence
(``offer_not_found``) are server-side rules; only their error bodies are checked here.
"""

from tests.facts import ErrorFact, LimitFact

API = "trackly-v2"

LINK_PLACEHOLDER = r"\{\{link[0-9]+\}\}"

# create-creative error table (all 400), messages from the Error Codes page.
_CREATE_400 = [
    ("missing_name", "name is required"),
    ("missing_message", "message is required"),
    ("missing_offer_links", "offer_links is required"),
    ("name_too_long", "name must be 255 characters or less"),
    ("message_too_long", "message must be 1600 characters or less"),
    ("invalid_status", "status must be one of: …"),
    ("invalid_creative_type", "creative_type must be one of: …"),
    ("missing_link_placeholder", "message must contain at least one {{linkN}} placeholder"),
    ("missing_offer_links_for_placeholders", "Missing offer_links for placeholders: …"),
    ("missing_offer_link_key", "offer_link key is required"),
    ("missing_offer_link_offer_id", "offer_link offer_id is required"),
    ("offer_not_found", "Offer not found: …"),
]
# update-creative error table: the create codes minus the three missing-field codes.
_UPDATE_400 = [
    (code, msg)
    for code, msg in _CREATE_400
    if code not in ("missing_name", "missing_message", "missing_offer_links")
]
_ALL = ("createCreative", "listCreatives", "getCreative", "updateCreative", "deleteCreative")
_BY_ID = ("getCreative", "updateCreative", "deleteCreative")
_WITH_BODY = ("createCreative", "updateCreative")

ERRORS = [
    *(ErrorFact("createCreative", 400, code, msg) for code, msg in _CREATE_400),
    *(ErrorFact("updateCreative", 400, code, msg) for code, msg in _UPDATE_400),
    *(ErrorFact(op, 404, "not_found", "Resource not found") for op in _BY_ID),
    *(ErrorFact(op, 404, "not_found", "Creative not found") for op in _BY_ID),
    *(ErrorFact(op, 401, "missing_api_key", "API key required") for op in _ALL),
    *(ErrorFact(op, 401, "invalid_api_key", "Invalid API key") for op in _ALL),
    *(ErrorFact(op, 401, "unauthorized") for op in _ALL),
    *(ErrorFact(op, 403, "account_suspended", "Account is suspended") for op in _ALL),
    *(ErrorFact(op, 413, "request_too_large", "Payload Too Large") for op in _WITH_BODY),
]

LIMITS = [
    # create
    *(
        LimitFact("createCreative", f"body.{field}", "required", True)
        for field in ("name", "message", "offer_links")
    ),
    *(
        LimitFact("createCreative", f"body.{field}", "required", False)
        for field in ("status", "creative_type")
    ),
    LimitFact("createCreative", "body.offer_links", "minItems", 1),
    LimitFact("createCreative", "body.offer_links[].key", "required", True),
    LimitFact("createCreative", "body.offer_links[].offer_id", "required", True),
    LimitFact("createCreative", "body.offer_links[].url", "required", False),
    LimitFact("createCreative", "body.offer_links[].url_params", "required", False),
    LimitFact("createCreative", "body.status", "enum", ["active", "paused"]),
    LimitFact("createCreative", "body.status", "default", "active"),
    LimitFact("createCreative", "body.creative_type", "default", "automated"),
    # create and update
    *(LimitFact(op, "body.name", "maxLength", 255) for op in _WITH_BODY),
    *(LimitFact(op, "body.message", "maxLength", 1600) for op in _WITH_BODY),
    *(LimitFact(op, "body.message", "pattern", LINK_PLACEHOLDER) for op in _WITH_BODY),
    *(
        LimitFact(op, "body.creative_type", "enum", ["automated", "one_time", "welcome"])
        for op in _WITH_BODY
    ),
    # update: partial
    *(
        LimitFact("updateCreative", f"body.{field}", "required", False)
        for field in ("name", "message", "offer_links", "status", "creative_type")
    ),
    LimitFact("updateCreative", "body.status", "enum", ["active", "paused", "archived"]),
    LimitFact("updateCreative", "body.offer_links[].key", "required", True),
    LimitFact("updateCreative", "body.offer_links[].offer_id", "required", True),
    # list
    LimitFact("listCreatives", "query.status", "default", "active"),
    LimitFact("listCreatives", "query.status", "enum", ["active", "paused", "archived"]),
    LimitFact("listCreatives", "query.creative_type", "enum", ["automated", "one_time", "welcome"]),
    LimitFact("listCreatives", "query.page", "default", 1),
    LimitFact("listCreatives", "query.per_page", "default", 50),
    LimitFact("listCreatives", "query.per_page", "maximum", 100),
    # path id is an integer
    *(LimitFact(op, "path.id", "type", "integer") for op in _BY_ID),
    *(LimitFact(op, "path.id", "required", True) for op in _BY_ID),
]
