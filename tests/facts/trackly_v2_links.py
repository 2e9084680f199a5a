"""Trackly v2 Links, transcribed from:

- https://docs.tracklysms.com/api-reference/v2/links/shorten-link
- https://docs.tracklysms.com/api-reference/v2/links/create-link
- https://docs.tracklysms.com/api-reference/authentication (API key, product gating)
- https://docs.tracklysms.com/api-reference/v2/rate-limiting (5 MB payload limit)
- https://docs.tracklysms.com/api-reference/v2/error-codes (exact error messages)

Where the pages disagree, the spec's x-doc-conflicts record the choice (C-03, C-13, C-18, C-24).

Only the shorten-link page's error table is retrievable; create-link documents its product
gate (403 ``product_not_enabled``) and no other code, so only that is expected of it here.
"Required unless" pairs (url/offerId, listId/phoneNumber, offerId/externalOfferId) are
``anyOf`` branches, which the location syntax of these facts cannot address: each field is
individually optional, and the branch failures are checked through their error codes.
No links error message is published.
"""

from tests.facts import ErrorFact, LimitFact

API = "trackly-v2"

E164 = r"^\+[1-9][0-9]{1,14}$"

_BOTH = ("shortenLink", "createLink")

ERRORS = [
    ErrorFact("shortenLink", 400, "missing_url_or_offer"),
    ErrorFact("shortenLink", 400, "missing_list_identifier"),
    ErrorFact("shortenLink", 400, "invalid_url"),
    ErrorFact("shortenLink", 400, "invalid_phone"),
    ErrorFact("shortenLink", 404, "offer_not_found"),
    ErrorFact("shortenLink", 404, "list_not_found"),
    ErrorFact("shortenLink", 409, "no_domain_configured"),
    ErrorFact("shortenLink", 500, "id_collision"),
    *(ErrorFact(op, 403, "product_not_enabled") for op in _BOTH),
    # authentication page: the {product}_not_enabled pattern (conflict C-18)
    *(
        ErrorFact(op, 403, "email_not_enabled", "EMAIL product not enabled for this account")
        for op in _BOTH
    ),
    *(ErrorFact(op, 403, "partnerships_not_enabled") for op in _BOTH),
    *(ErrorFact(op, 401, "missing_api_key", "API key required") for op in _BOTH),
    *(ErrorFact(op, 401, "invalid_api_key", "Invalid API key") for op in _BOTH),
    *(ErrorFact(op, 403, "account_suspended", "Account is suspended") for op in _BOTH),
    *(ErrorFact(op, 413, "request_too_large", "Payload Too Large") for op in _BOTH),
]

LIMITS = [
    # shorten-link body
    *(
        LimitFact("shortenLink", f"body.{field}", "required", False)
        for field in ("url", "offerId", "listId", "phoneNumber", "contactPhone")
    ),
    LimitFact("shortenLink", "body.url", "type", "string"),
    LimitFact("shortenLink", "body.offerId", "type", "string"),
    LimitFact("shortenLink", "body.listId", "type", "integer"),
    LimitFact("shortenLink", "body.phoneNumber", "pattern", E164),
    LimitFact("shortenLink", "body.contactPhone", "pattern", E164),
    # create-link body
    *(
        LimitFact("createLink", f"body.{field}", "required", False)
        for field in ("offerId", "externalOfferId", "listId", "phoneNumber")
    ),
    LimitFact("createLink", "body.offerId", "type", "string"),
    LimitFact("createLink", "body.externalOfferId", "type", "string"),
    LimitFact("createLink", "body.listId", "type", "integer"),
    LimitFact("createLink", "body.phoneNumber", "pattern", E164),
]
