"""Transformify campaigns, transcribed from:

- https://api.transformify.mk/docs/api-reference/campaigns
- https://api.transformify.mk/docs/api-reference/sms (creating an SMS campaign)
- https://api.transformify.mk/docs/api-reference/viber (Viber campaigns)
- https://api.transformify.mk/docs/guides/sending-messages
- https://api.transformify.mk/docs/getting-started/authentication
- the "Errors & Troubleshooting" page of https://api.transformify.mk/docs/ (campaign errors)
"""

from tests.facts import ErrorFact, LimitFact
from tests.facts.transformify_templates import AUTH

API = "transformify"

OPS = (
    "listCampaigns",
    "getCampaign",
    "startCampaign",
    "createSmsCampaign",
    "createViberCampaign",
)

ERRORS = [
    *(ErrorFact(op, status, code, msg) for op in OPS for status, code, msg in AUTH),
    *(
        ErrorFact(op, 404, "campaign_not_found", "Campaign not found")
        for op in ("getCampaign", "startCampaign")
    ),
    *(
        ErrorFact(op, 404, "template_not_found", "Template not found or access denied")
        for op in ("createSmsCampaign", "createViberCampaign")
    ),
    # "a Viber template is rejected with a 400 error" - no body published.
    ErrorFact("createSmsCampaign", 400, "template_not_sms", None),
    ErrorFact("createViberCampaign", 400, "template_not_viber", None),
]

LIMITS = [
    LimitFact("listCampaigns", "query.page", "default", 1),
    LimitFact("listCampaigns", "query.pageSize", "default", 20),
    LimitFact("listCampaigns", "query.pageSize", "maximum", 100),
    LimitFact("listCampaigns", "query.sendingMode", "enum", ["Bulk", "Transactional"]),
    *(
        LimitFact(op, f"body.{field}", "required", True)
        for op in ("createSmsCampaign", "createViberCampaign")
        for field in ("name", "templateId")
    ),
    *(
        LimitFact(op, "body.description", "required", False)
        for op in ("createSmsCampaign", "createViberCampaign")
    ),
    *(
        LimitFact(op, "body.name", "maxLength", 200)
        for op in ("createSmsCampaign", "createViberCampaign")
    ),
    *(
        LimitFact(op, "body.description", "maxLength", 1000)
        for op in ("createSmsCampaign", "createViberCampaign")
    ),
    *(
        LimitFact(op, "body.templateId", "format", "uuid")
        for op in ("createSmsCampaign", "createViberCampaign")
    ),
]
