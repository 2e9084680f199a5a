"""Transformify templates, transcribed from:

- https://api.transformify.mk/docs/api-reference/templates
- https://api.transformify.mk/docs/guides/templates/overview
- https://api.transformify.mk/docs/guides/templates/viber-templates
- https://api.transformify.mk/docs/guides/templates/sms-templates
- https://api.transformify.mk/docs/getting-started/authentication
- the "Errors & Troubleshooting" page of https://api.transformify.mk/docs/ (error model, template
  errors)

Transformify has no error codes: ``code`` is the stable example name (``Spec.error_id``).
Limits without a documented field (survey question at most 85 characters, carousel title
2-38 characters, image at most 1 MB) cannot be located in a request and are checked as
``x-rules`` of the operations instead.
"""

from tests.facts import ErrorFact, LimitFact

API = "transformify"

TEMPLATE_OPS = ("createViberTemplate", "createSmsTemplate", "listTemplates")
TEMPLATE_ID_OPS = ("getTemplate", "updateTemplate", "deleteTemplate")

AUTH = [
    (
        401,
        "missing_api_key",
        "Missing or invalid X-API-Key header. Please provide a valid API key.",
    ),
    (401, "invalid_api_key", "Invalid or revoked API key. Please check your credentials."),
    (
        401,
        "invalid_or_missing_api_key",
        "Invalid or missing API key. Please check your credentials.",
    ),
    (503, "account_not_set_up", "Your account is not fully set up yet. Please contact support."),
]

ERRORS = [
    *(
        ErrorFact(op, status, code, msg)
        for op in (*TEMPLATE_OPS, *TEMPLATE_ID_OPS)
        for status, code, msg in AUTH
    ),
    *(
        ErrorFact(op, 400, "template_validation_failed", "Template validation failed")
        for op in ("createViberTemplate", "createSmsTemplate", "updateTemplate")
    ),
    *(
        ErrorFact(op, 400, "media_url_not_accessible", "Image URL is not accessible")
        for op in ("createViberTemplate", "updateTemplate")
    ),
    *(
        ErrorFact(op, 404, "template_not_found", "Template not found or access denied")
        for op in TEMPLATE_ID_OPS
    ),
]

LIMITS = [
    *(
        LimitFact("createViberTemplate", f"body.{field}", "required", True)
        for field in ("name", "messageType", "templateContent", "viberServiceId")
    ),
    LimitFact("createViberTemplate", "body.description", "required", False),
    LimitFact("createViberTemplate", "body.typeSpecificConfig", "required", False),
    LimitFact("createViberTemplate", "body.messageType", "enum", [1, 2, 3, 4, 5, 6, 7, 8]),
    LimitFact("createViberTemplate", "body.description", "maxLength", 500),
    LimitFact("createViberTemplate", "body.smsFallbackEnabled", "default", False),
    LimitFact("createViberTemplate", "body.smsFallbackTemplateContent", "maxLength", 1600),
    LimitFact("createViberTemplate", "body.typeSpecificConfig.buttonText", "minLength", 1),
    LimitFact("createViberTemplate", "body.typeSpecificConfig.buttonText", "maxLength", 30),
    LimitFact("createViberTemplate", "body.typeSpecificConfig.items", "minItems", 2),
    LimitFact("createViberTemplate", "body.typeSpecificConfig.items", "maxItems", 5),
    LimitFact("createViberTemplate", "body.typeSpecificConfig.options", "minItems", 2),
    LimitFact("createViberTemplate", "body.typeSpecificConfig.options", "maxItems", 5),
    *(
        LimitFact("createViberTemplate", f"body.typeSpecificConfig.{field}", "pattern", "^https://")
        for field in ("imageUrl", "buttonUrl", "videoUrl", "thumbnailUrl", "fileUrl")
    ),
    *(
        LimitFact("createSmsTemplate", f"body.{field}", "required", True)
        for field in ("name", "templateContent")
    ),
    LimitFact("createSmsTemplate", "body.smsSenderId", "required", False),
    LimitFact("createSmsTemplate", "body.description", "maxLength", 500),
    LimitFact("createSmsTemplate", "body.templateContent", "maxLength", 1600),
]
