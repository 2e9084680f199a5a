"""Business-rule triggers for Transformify (the generic builder covers constraints and auth).

The ids name the spec's fixtures (``x-resources`` seeds); ``rule`` names the ``x-rules`` entry a
trigger exercises.
"""

import dataclasses
from typing import Any

from tests.triggers import Trigger

VIBER_TEMPLATE = "550e8400-e29b-41d4-a716-446655440000"
SMS_TEMPLATE = "550e8400-e29b-41d4-a716-446655440010"
SMS_CAMPAIGN = "660e8400-e29b-41d4-a716-446655440001"
VIBER_CAMPAIGN = "660e8400-e29b-41d4-a716-446655440002"
DRAFT_CAMPAIGN = "660e8400-e29b-41d4-a716-446655440003"
BULK_CAMPAIGN = "660e8400-e29b-41d4-a716-446655440004"
READY_CAMPAIGN = "660e8400-e29b-41d4-a716-446655440005"
UNKNOWN_ID = "00000000-0000-0000-0000-000000000000"
DOC_NUMBER = "38970123456"  # the docs' example phone number
# A bulk campaign that a setup stores in status Queuing (its id is fixed so a trigger can name it).
QUEUING_CAMPAIGN = "660e8400-e29b-41d4-a716-446655440099"
MESSAGE = {"phoneNumber": DOC_NUMBER}
VIBER = {
    "name": "Scenario Template",
    "messageType": 1,
    "templateContent": "Hello {{name}}!",
    "viberServiceId": 12345,
}
SMS = {"name": "Scenario SMS", "templateContent": "Order {{orderId}} shipped"}

PATH_PARAMS: dict[str, dict[str, object]] = {}  # the spec's examples name the fixtures


def _recipients(count: int) -> list[dict[str, str]]:
    return [{"phoneNumber": f"3897{index:07d}"} for index in range(count)]


def _queuing_campaign(app: Any) -> None:
    """A bulk Viber campaign whose messages are still being inserted (status Queuing)."""
    campaign = {
        "campaignId": QUEUING_CAMPAIGN,
        "name": "Welcome Viber (queuing)",
        "status": "Queuing",
        "channel": "Viber",
        "sendingMode": "Bulk",
        "templateId": VIBER_TEMPLATE,
        "templateName": "Welcome Viber",
        "_ready_at": app.config.clock() + 3600,
    }
    app.engine.store["campaigns"].put(campaign, "default")


def _nearly_full(app: Any) -> None:
    """The documented 429: 48500 messages pending, 5000 more requested. The count is dated a
    minute ahead, so that none of it drains before the request arrives (the clock is real)."""
    app.policy.pending["tenant:default"] = (48500.0, app.config.clock() + 60)


def _viber_template(**config: Any) -> dict[str, Any]:
    return {**VIBER, **config}


SCENARIOS = [
    Trigger(
        "account_not_set_up",
        "listTemplates",
        "get",
        "/api/v1/templates",
        "company account not fully set up",
        role="not_set_up",
    ),
    Trigger(
        "invalid_api_key",
        "listTemplates",
        "get",
        "/api/v1/templates",
        "revoked key (a newer key was generated)",
        role="revoked",
    ),
    # -- templates ---------------------------------------------------------------------------
    Trigger(
        "template_not_found",
        "getTemplate",
        "get",
        f"/api/v1/templates/{UNKNOWN_ID}",
        "unknown template id",
    ),
    Trigger(
        "template_not_found",
        "getTemplate",
        "get",
        f"/api/v1/templates/{VIBER_TEMPLATE}",
        "another company's template (access denied)",
        role="other_company",
    ),
    Trigger(
        "template_validation_failed__name_unique",
        "createViberTemplate",
        "post",
        "/api/v1/templates/viber",
        "a template of that name exists",
        rule="template-name-unique",
        body=_viber_template(name="Welcome Viber"),
    ),
    Trigger(
        "template_validation_failed__viber_service_id",
        "createViberTemplate",
        "post",
        "/api/v1/templates/viber",
        "Viber service of no company",
        rule="viber-service-of-company",
        body=_viber_template(viberServiceId=99999),
    ),
    Trigger(
        "template_validation_failed__type_specific_config",
        "createViberTemplate",
        "post",
        "/api/v1/templates/viber",
        "ImageOnly template without typeSpecificConfig",
        rule="type-config-keys",
        body=_viber_template(messageType=2, templateContent=""),
    ),
    Trigger(
        "template_validation_failed__button_text",
        "createViberTemplate",
        "post",
        "/api/v1/templates/viber",
        "typeSpecificConfig as a JSON string with a 31-character button",
        rule="type-config-json-object",
        body=_viber_template(
            messageType=3,
            typeSpecificConfig='{"buttonText": "' + "b" * 31 + '", "buttonUrl": "https://e.mk/"}',
        ),
    ),
    Trigger(
        "media_url_not_accessible",
        "createViberTemplate",
        "post",
        "/api/v1/templates/viber",
        "image on a private host",
        rule="media-url-public",
        body=_viber_template(
            messageType=2, typeSpecificConfig={"imageUrl": "https://cdn.local/a.png"}
        ),
    ),
    Trigger(
        "media_url_not_accessible__video_url",
        "createViberTemplate",
        "post",
        "/api/v1/templates/viber",
        "video on a private address",
        rule="media-url-public",
        body=_viber_template(
            messageType=7,
            typeSpecificConfig={
                "videoUrl": "https://10.0.0.7/v.mp4",
                "thumbnailUrl": "https://example.com/t.png",
                "buttonText": "Watch",
                "buttonUrl": "https://example.com/watch",
                "fileSize": 1000,
                "duration": 10,
            },
        ),
    ),
    Trigger(
        "template_validation_failed__image_size",
        "createViberTemplate",
        "post",
        "/api/v1/templates/viber",
        "image of 2 MB",
        rule="image-at-most-1mb",
        body=_viber_template(
            messageType=2, typeSpecificConfig={"imageUrl": "https://example.com/a.png?size=2000000"}
        ),
    ),
    Trigger(
        "template_validation_failed__survey_question",
        "createViberTemplate",
        "post",
        "/api/v1/templates/viber",
        "survey question of 86 characters",
        body=_viber_template(
            messageType=6, templateContent="q" * 86, typeSpecificConfig={"options": ["a", "b"]}
        ),
    ),
    Trigger(
        "template_validation_failed__carousel_title",
        "createViberTemplate",
        "post",
        "/api/v1/templates/viber",
        "carousel title of one character",
        rule="carousel-title-length",
        body=_viber_template(
            messageType=5, typeSpecificConfig={"items": [{"title": "A"}, {"title": "Second"}]}
        ),
    ),
    Trigger(
        "template_validation_failed__sms_fallback_sender_id",
        "createViberTemplate",
        "post",
        "/api/v1/templates/viber",
        "SMS fallback from a sender that is not approved",
        rule="fallback-sender-approved",
        body=_viber_template(
            smsFallbackEnabled=True, smsFallbackTemplateContent="Hi", smsFallbackSenderId=777
        ),
    ),
    Trigger(
        "template_validation_failed__sms_sender_id",
        "createSmsTemplate",
        "post",
        "/api/v1/templates/sms",
        "sender that is not approved",
        rule="sms-sender-approved",
        body={**SMS, "smsSenderId": 777},
    ),
    # -- campaigns ---------------------------------------------------------------------------
    Trigger(
        "template_not_sms",
        "createSmsCampaign",
        "post",
        "/api/v1/sms/campaigns",
        "SMS campaign on a Viber template",
        rule="template-is-sms",
        body={"name": "Wrong channel", "templateId": VIBER_TEMPLATE},
    ),
    Trigger(
        "template_not_viber",
        "createViberCampaign",
        "post",
        "/api/v1/viber/campaigns",
        "Viber campaign on an SMS template",
        rule="template-is-viber",
        body={"name": "Wrong channel", "templateId": SMS_TEMPLATE},
    ),
    Trigger(
        "campaign_not_found",
        "getCampaign",
        "get",
        f"/api/v1/campaigns/{UNKNOWN_ID}",
        "unknown campaign id",
    ),
    Trigger(
        "campaign_not_in_progress",
        "addSmsCampaignMessage",
        "post",
        f"/api/v1/sms/campaigns/{DRAFT_CAMPAIGN}/messages",
        "message into the Draft campaign",
        rule="campaign-in-progress",
        body=MESSAGE,
    ),
    Trigger(
        "cannot_add_to_bulk_campaign",
        "addSmsCampaignMessage",
        "post",
        f"/api/v1/sms/campaigns/{BULK_CAMPAIGN}/messages",
        "single message into the bulk campaign",
        rule="campaign-is-transactional",
        body=MESSAGE,
    ),
    Trigger(
        "campaign_not_sms",
        "addSmsCampaignMessage",
        "post",
        f"/api/v1/sms/campaigns/{VIBER_CAMPAIGN}/messages",
        "SMS endpoint with the Viber campaign",
        rule="campaign-is-sms",
        body=MESSAGE,
    ),
    Trigger(
        "campaign_not_viber",
        "addViberCampaignMessage",
        "post",
        f"/api/v1/viber/campaigns/{SMS_CAMPAIGN}/messages",
        "Viber endpoint with the SMS campaign",
        rule="campaign-is-viber",
        body=MESSAGE,
    ),
    Trigger(
        "campaign_not_ready",
        "startCampaign",
        "post",
        f"/api/v1/campaigns/{QUEUING_CAMPAIGN}/start",
        "start while the bulk campaign is Queuing",
        rule="campaign-ready",
        setup=_queuing_campaign,
    ),
    Trigger(
        "campaign_not_found",
        "addViberCampaignMessage",
        "post",
        f"/api/v1/viber/campaigns/{UNKNOWN_ID}/messages",
        "message into an unknown campaign",
        rule="campaign-exists",
        body=MESSAGE,
    ),
    Trigger(
        "template_validation_failed__message_type",
        "updateTemplate",
        "put",
        f"/api/v1/templates/{VIBER_TEMPLATE}",
        "a Viber template updated with an SMS template's body",
        rule="update-body-of-channel",
        body=SMS,
    ),
    # -- sending -----------------------------------------------------------------------------
    Trigger(
        "template_not_found",
        "sendViberBulk",
        "post",
        "/api/v1/viber/send",
        "bulk send from an unknown template",
        rule="template-exists",
        body={"templateId": UNKNOWN_ID, "recipients": [MESSAGE]},
    ),
    Trigger(
        "template_not_viber",
        "sendViberBulk",
        "post",
        "/api/v1/viber/send",
        "Viber bulk send of an SMS template",
        rule="template-is-viber",
        body={"templateId": SMS_TEMPLATE, "recipients": [MESSAGE]},
    ),
    Trigger(
        "template_not_sms",
        "sendSmsPromotional",
        "post",
        "/api/v1/sms/promotional",
        "promotional SMS of a Viber template",
        rule="template-is-sms",
        body={"templateId": VIBER_TEMPLATE, "recipients": [MESSAGE]},
    ),
    Trigger(
        "invalid_phone_number",
        "sendSms",
        "post",
        "/api/v1/sms/send",
        "direct SMS to a 9-digit number",
        rule="direct-phone-number",
        body={"phoneNumber": "389701234", "text": "Hi"},
    ),
    Trigger(
        "pending_capacity_exceeded",
        "sendViberBulk",
        "post",
        "/api/v1/viber/send",
        "5000 recipients while 48500 of 50000 messages are pending",
        body={"templateId": VIBER_TEMPLATE, "recipients": _recipients(5000)},
        setup=_nearly_full,
    ),
]

# The update takes the create request of the template's channel and checks it the same way:
# each create-template rule is exercised again as an update of a seeded template.
_UPDATED_RULES = {
    "viber-service-of-company",
    "type-config-keys",
    "type-config-json-object",
    "media-url-public",
    "image-at-most-1mb",
    "carousel-title-length",
    "fallback-sender-approved",
    "sms-sender-approved",
}


def _as_update(trigger: Trigger) -> Trigger:
    template = VIBER_TEMPLATE if trigger.operation_id == "createViberTemplate" else SMS_TEMPLATE
    return dataclasses.replace(
        trigger,
        operation_id="updateTemplate",
        method="put",
        path=f"/api/v1/templates/{template}",
        how=f"update: {trigger.how}",
    )


SCENARIOS += [_as_update(t) for t in list(SCENARIOS) if t.rule in _UPDATED_RULES]
SCENARIOS += [
    Trigger(
        "template_validation_failed__name_unique",
        "createSmsTemplate",
        "post",
        "/api/v1/templates/sms",
        "an SMS template named as an existing one",
        rule="template-name-unique",
        body={**SMS, "name": "Order Update SMS"},
    ),
    Trigger(
        "template_validation_failed__name_unique",
        "updateTemplate",
        "put",
        f"/api/v1/templates/{VIBER_TEMPLATE}",
        "a template renamed to another template's name",
        rule="template-name-unique",
        body=_viber_template(name="Order Update SMS"),
    ),
    Trigger(
        "campaign_not_found",
        "addSmsCampaignMessage",
        "post",
        f"/api/v1/sms/campaigns/{UNKNOWN_ID}/messages",
        "message into an unknown campaign",
        rule="campaign-exists",
        body=MESSAGE,
    ),
    Trigger(
        "campaign_not_found",
        "startCampaign",
        "post",
        f"/api/v1/campaigns/{UNKNOWN_ID}/start",
        "start of an unknown campaign",
        rule="campaign-exists",
    ),
    Trigger(
        "invalid_phone_number",
        "sendViberText",
        "post",
        "/api/v1/viber/send-text",
        "direct Viber text to a 9-digit number",
        rule="direct-phone-number",
        body={"phoneNumber": "389701234", "text": "Hi"},
    ),
]

INJECTED: dict[str, str] = {
    "invalid_or_missing_api_key": (
        "the errors page lists this 401 body without a condition; the spec answers a missing "
        "key with missing_api_key and a bad one with invalid_api_key (conflict C-02)"
    ),
}
