"""Trackly v2 Offers, transcribed from:

- https://docs.tracklysms.com/api-reference/v2/offers/create-offer
- https://docs.tracklysms.com/api-reference/v2/offers/list-offers
- https://docs.tracklysms.com/api-reference/v2/offers/get-offer
- https://docs.tracklysms.com/api-reference/v2/offers/update-offer
- https://docs.tracklysms.com/api-reference/v2/offers/delete-offer
- https://docs.tracklysms.com/api-reference/authentication (API key, 401 and 403 errors)
- https://docs.tracklysms.com/api-reference/v2/overview (request format, pagination)
- https://docs.tracklysms.com/api-reference/v2/rate-limiting (5 MB payload limit)
- https://docs.tracklysms.com/api-reference/v2/error-codes (exact error messages)

Where the pages disagree, the spec's x-doc-conflicts record the choice (C-02, C-08, C-22).

The create-offer error table is not retrievable; the update page's codes most likely apply,
so they are expected on create too. No message is published for any offer code.
``external_platform`` is "tune, everflow or null": the spec writes it as ``anyOf`` of a string
enum and null, which the location syntax below cannot look into, so that enum is not listed.
"""

from tests.facts import ErrorFact, LimitFact

API = "trackly-v2"

OBJECT_ID = r"^[0-9a-f]{24}$"

_VALIDATION_400 = (
    "name_too_long",
    "invalid_external_platform",
    "invalid_payout_type",
    "invalid_status",
)
_ALL = ("createOffer", "listOffers", "getOffer", "updateOffer", "deleteOffer")
_BY_ID = ("getOffer", "updateOffer", "deleteOffer")
_WITH_BODY = ("createOffer", "updateOffer")
_FIELDS = (
    "name",
    "tracking_url",
    "external_platform",
    "external_id",
    "advertiser_id",
    "payout",
    "payout_type",
    "filter_bots",
    "status",
    "metadata",
)

ERRORS = [
    *(ErrorFact(op, 400, code) for op in _WITH_BODY for code in _VALIDATION_400),
    ErrorFact("updateOffer", 400, "name_too_long", "name must be 255 characters or less"),
    *(ErrorFact(op, 404, "not_found", "Resource not found") for op in _BY_ID),
    *(ErrorFact(op, 500, "server_error") for op in _BY_ID),
    *(ErrorFact(op, 401, "missing_api_key", "API key required") for op in _ALL),
    *(ErrorFact(op, 401, "invalid_api_key", "Invalid API key") for op in _ALL),
    *(ErrorFact(op, 401, "unauthorized") for op in _BY_ID),
    *(ErrorFact(op, 403, "account_suspended", "Account is suspended") for op in _ALL),
    *(ErrorFact(op, 413, "request_too_large", "Payload Too Large") for op in _WITH_BODY),
]

LIMITS = [
    # create (field table of the create page)
    LimitFact("createOffer", "body.name", "required", True),
    LimitFact("createOffer", "body.tracking_url", "required", True),
    *(LimitFact("createOffer", f"body.{field}", "required", False) for field in _FIELDS[2:]),
    LimitFact("createOffer", "body.payout", "default", 0),
    LimitFact("createOffer", "body.payout_type", "default", "cpa"),
    LimitFact("createOffer", "body.filter_bots", "default", False),
    LimitFact("createOffer", "body.status", "default", "active"),
    LimitFact("createOffer", "body.status", "enum", ["active", "paused"]),
    # create and update
    *(LimitFact(op, "body.name", "maxLength", 255) for op in _WITH_BODY),
    *(LimitFact(op, "body.payout_type", "enum", ["cpa", "cpc"]) for op in _WITH_BODY),
    *(LimitFact(op, "body.payout", "type", "number") for op in _WITH_BODY),
    *(LimitFact(op, "body.filter_bots", "type", "boolean") for op in _WITH_BODY),
    # update: every field optional, status may be archived
    *(LimitFact("updateOffer", f"body.{field}", "required", False) for field in _FIELDS),
    LimitFact("updateOffer", "body.status", "enum", ["active", "paused", "archived"]),
    # list
    LimitFact("listOffers", "query.status", "enum", ["active", "paused", "archived"]),
    LimitFact("listOffers", "query.page", "default", 1),
    LimitFact("listOffers", "query.per_page", "default", 50),
    LimitFact("listOffers", "query.per_page", "maximum", 100),
    # path id is a 24-hex ObjectId
    *(LimitFact(op, "path.id", "pattern", OBJECT_ID) for op in _BY_ID),
    *(LimitFact(op, "path.id", "required", True) for op in _BY_ID),
]
