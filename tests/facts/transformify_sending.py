"""Transformify sending (SMS, Viber, messages, senders), transcribed from:

- https://api.transformify.mk/docs/api-reference/sms
- https://api.transformify.mk/docs/api-reference/viber
- https://api.transformify.mk/docs/api-reference/sms-senders
- https://api.transformify.mk/docs/guides/sending-messages
- https://api.transformify.mk/docs/getting-started/authentication
- the "Errors & Troubleshooting" page of https://api.transformify.mk/docs/ (capacity limit, message
  lookup, phone number format)
"""

from tests.facts import ErrorFact, LimitFact
from tests.facts.transformify_templates import AUTH

API = "transformify"

PHONE = r"^\+?\d{10,15}$"
CAPACITY_MESSAGE = (
    "Too many pending messages. You have 48500 pending messages and requested 5000 more. "
    "Maximum allowed: 50000. Available capacity: 1500."
)

BULK = ("sendViberBulk", "sendSmsPromotional")
ADD = ("addSmsCampaignMessage", "addViberCampaignMessage")
DIRECT = ("sendSms", "sendViberText")
OTHER = ("listSmsSenders", "listViberServices", "listMessages")
ENQUEUE = (*BULK, *ADD, *DIRECT)

ERRORS = [
    *(ErrorFact(op, status, code, msg) for op in (*ENQUEUE, *OTHER) for status, code, msg in AUTH),
    *(
        ErrorFact(op, 400, "invalid_phone_number", "Invalid phone number format")
        for op in (*BULK, *ADD, *DIRECT, "listMessages")
    ),
    *(
        ErrorFact(op, 400, "too_many_recipients", "Maximum 200000 recipients allowed per request")
        for op in BULK
    ),
    *(
        ErrorFact(op, 404, "template_not_found", "Template not found or access denied")
        for op in BULK
    ),
    ErrorFact("sendViberBulk", 400, "template_not_viber", None),
    ErrorFact("sendSmsPromotional", 400, "template_not_sms", None),
    *(ErrorFact(op, 404, "campaign_not_found", "Campaign not found") for op in ADD),
    *(
        ErrorFact(
            op,
            400,
            "campaign_not_in_progress",
            "Campaign status is Draft. Messages can only be added to InProgress campaigns.",
        )
        for op in ADD
    ),
    *(
        ErrorFact(op, 400, "cannot_add_to_bulk_campaign", "Cannot add messages to bulk campaign")
        for op in ADD
    ),
    ErrorFact("addSmsCampaignMessage", 400, "campaign_not_sms", "Campaign is not an SMS campaign"),
    # Only the SMS mismatch message is published (conflict C-09 of the spec).
    ErrorFact("addViberCampaignMessage", 400, "campaign_not_viber", None),
    *(ErrorFact(op, 429, "pending_capacity_exceeded", CAPACITY_MESSAGE) for op in ENQUEUE),
]

LIMITS = [
    *(
        LimitFact(op, f"body.{field}", "required", True)
        for op in BULK
        for field in ("templateId", "recipients")
    ),
    *(LimitFact(op, "body.placeholders", "required", False) for op in BULK),
    *(LimitFact(op, "body.recipients", "maxItems", 200000) for op in BULK),
    *(LimitFact(op, "body.recipients[].phoneNumber", "required", True) for op in BULK),
    *(LimitFact(op, "body.recipients[].phoneNumber", "pattern", PHONE) for op in BULK),
    *(LimitFact(op, "body.recipients[].placeholders", "required", False) for op in BULK),
    LimitFact("sendViberBulk", "body.recipients[].externalUserId", "required", False),
    *(LimitFact(op, "body.phoneNumber", "required", True) for op in ADD),
    *(LimitFact(op, "body.phoneNumber", "pattern", PHONE) for op in ADD),
    LimitFact("listMessages", "query.phoneNumber", "pattern", PHONE),
]
