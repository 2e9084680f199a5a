"""Trackly v2 Contacts, transcribed from:

- https://docs.tracklysms.com/api-reference/v2/contacts/create-contact
- https://docs.tracklysms.com/api-reference/v2/contacts/bulk-create
- https://docs.tracklysms.com/api-reference/v2/contacts/update-contact
- https://docs.tracklysms.com/api-reference/v2/contacts/delete-contact
- https://docs.tracklysms.com/api-reference/v2/contacts/list-contacts
- https://docs.tracklysms.com/api-reference/v2/contacts/get-contact
- https://docs.tracklysms.com/api-reference/authentication (API key, 401 and 403 errors)
- https://docs.tracklysms.com/api-reference/v2/overview (request format, pagination)
- https://docs.tracklysms.com/api-reference/v2/rate-limiting (5 MB payload, 4,000-byte contact)
- https://docs.tracklysms.com/api-reference/v2/error-codes (exact error messages)

Where the pages disagree, the spec's x-doc-conflicts record the choice (C-01, C-02, C-03, C-12,
C-21).

The create-contact, list-contacts and get-contact error tables are not retrievable: the
facts below for those pages are the ones other pages state for them (402 billing codes and
413 payload_too_large for create) plus the global errors.
"""

from tests.facts import ErrorFact, LimitFact

API = "trackly-v2"

E164 = r"^\+[1-9][0-9]{1,14}$"
_ALL_OPS = (
    "createContact",
    "bulkCreateContacts",
    "updateContact",
    "deleteContact",
    "listContacts",
    "getContact",
)
_WITH_BODY = ("createContact", "bulkCreateContacts", "updateContact", "deleteContact")
_BILLING_402 = ("no_billing_config", "no_payment_method", "payment_failed", "suspended")

ERRORS = [
    # bulk-create page: request-level errors.
    ErrorFact("bulkCreateContacts", 400, "missing_contacts", "contacts array is required"),
    ErrorFact("bulkCreateContacts", 413, "too_many_contacts", "Maximum 1000 contacts per request"),
    ErrorFact("bulkCreateContacts", 401, "unauthorized"),
    ErrorFact("bulkCreateContacts", 500, "internal_error"),
    *(
        ErrorFact(op, 402, code)
        for op in ("createContact", "bulkCreateContacts")
        for code in _BILLING_402
    ),
    # 4,000-byte contact object (rate-limiting, platform limits pages).
    *(ErrorFact(op, 413, "payload_too_large") for op in ("createContact", "bulkCreateContacts")),
    # update-contact page (all 400).
    ErrorFact("updateContact", 400, "missing_phone_number", "phone_number is required"),
    ErrorFact("updateContact", 400, "missing_list_number", "list_number is required"),
    ErrorFact("updateContact", 400, "missing_custom_fields"),
    ErrorFact("updateContact", 400, "invalid_custom_fields"),
    ErrorFact("updateContact", 400, "invalid_phone"),
    ErrorFact("updateContact", 400, "invalid_list_number", "Invalid list_number E.164 format"),
    ErrorFact("updateContact", 400, "contact_not_found"),
    ErrorFact("updateContact", 400, "list_not_found"),
    ErrorFact("updateContact", 400, "list_contact_not_found"),
    # delete-contact page.
    ErrorFact("deleteContact", 400, "missing_phone_number", "phone_number is required"),
    ErrorFact("deleteContact", 400, "missing_list_number", "list_number is required"),
    ErrorFact("deleteContact", 400, "invalid_phone"),
    ErrorFact("deleteContact", 400, "invalid_list_number"),
    ErrorFact("deleteContact", 401, "unauthorized"),
    ErrorFact("deleteContact", 500, "internal_error"),
    # get-contact: 404 presumably (unconfirmed); "Contact not found" body from the Error Codes page.
    ErrorFact("getContact", 404, "not_found", "Contact not found"),
    # Global errors (authentication and Error Codes pages).
    *(ErrorFact(op, 401, "missing_api_key", "API key required") for op in _ALL_OPS),
    *(ErrorFact(op, 401, "invalid_api_key", "Invalid API key") for op in _ALL_OPS),
    *(ErrorFact(op, 403, "account_suspended", "Account is suspended") for op in _ALL_OPS),
    *(ErrorFact(op, 413, "request_too_large", "Payload Too Large") for op in _WITH_BODY),
]

LIMITS = [
    # create-contact field table.
    LimitFact("createContact", "body.phone_number", "required", True),
    LimitFact("createContact", "body.list_number", "required", True),
    LimitFact("createContact", "body.phone_number", "pattern", E164),
    LimitFact("createContact", "body.list_number", "pattern", E164),
    LimitFact("createContact", "body.use_journeys", "default", False),
    LimitFact("createContact", "body.skip_journey_if_exists", "default", True),
    LimitFact("createContact", "body.use_journeys", "required", False),
    LimitFact("createContact", "body.custom_fields", "required", False),
    # bulk-create: up to 1,000 contacts, each a create-contact object.
    LimitFact("bulkCreateContacts", "body.contacts", "required", True),
    LimitFact("bulkCreateContacts", "body.contacts", "maxItems", 1000),
    LimitFact("bulkCreateContacts", "body.contacts[].phone_number", "required", True),
    LimitFact("bulkCreateContacts", "body.contacts[].list_number", "required", True),
    LimitFact("bulkCreateContacts", "body.contacts[].phone_number", "pattern", E164),
    LimitFact("bulkCreateContacts", "body.contacts[].skip_journey_if_exists", "default", True),
    # update-contact field table.
    *(
        LimitFact("updateContact", f"body.{field}", "required", True)
        for field in ("phone_number", "list_number", "custom_fields")
    ),
    LimitFact("updateContact", "body.merge_fields", "default", True),
    LimitFact("updateContact", "body.merge_fields", "required", False),
    LimitFact("updateContact", "body.phone_number", "pattern", E164),
    # delete-contact body.
    LimitFact("deleteContact", "body.phone_number", "required", True),
    LimitFact("deleteContact", "body.list_number", "required", True),
    LimitFact("deleteContact", "body.list_number", "pattern", E164),
    # list-contacts query.
    LimitFact("listContacts", "query.list_number", "required", False),
    LimitFact("listContacts", "query.active", "enum", ["true", "false"]),
    LimitFact("listContacts", "query.page", "default", 1),
    LimitFact("listContacts", "query.per_page", "default", 50),
    LimitFact("listContacts", "query.per_page", "maximum", 1000),
    # get-contact path.
    LimitFact("getContact", "path.phone_number", "required", True),
    LimitFact("getContact", "path.phone_number", "pattern", E164),
]
