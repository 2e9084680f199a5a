"""Operation registry of this client, generated from the spec — do not edit."""

from __future__ import annotations

from ._base_client import (
    AuthInfo,
    BulkInfo,
    CapacityInfo,
    Envelope,
    ErrorSignature,
    OperationInfo,
)

__all__ = ["AUTH", "ENVELOPE", "OPERATIONS", "SIGNATURES"]

AUTH = AuthInfo(header="X-API-Key", prefix="", key_pattern="^om_[A-Za-z0-9]{32}$")

ENVELOPE = Envelope(
    message="message",
    title="error",
    details="validationErrors",
)

SIGNATURES: tuple[ErrorSignature, ...] = (
    ErrorSignature(
        "account_not_set_up",
        503,
        "Service Unavailable",
        "Your account is not fully set up yet. Please contact support.",
    ),
    ErrorSignature("campaign_not_found", 404, "Not Found", "Campaign not found"),
    ErrorSignature(
        "campaign_not_in_progress",
        400,
        "Campaign is not active",
        "Campaign status is Draft. Messages can only be added to InProgress campaigns.",
    ),
    ErrorSignature(
        "campaign_not_ready",
        400,
        "Bad Request",
        "Campaign status is Queuing. Only Ready campaigns can be started.",
    ),
    ErrorSignature("campaign_not_sms", 400, "Bad Request", "Campaign is not an SMS campaign"),
    ErrorSignature("campaign_not_viber", 400, "Bad Request", "Campaign is not a Viber campaign"),
    ErrorSignature(
        "cannot_add_to_bulk_campaign", 400, "Bad Request", "Cannot add messages to bulk campaign"
    ),
    ErrorSignature(
        "invalid_api_key",
        401,
        "Unauthorized",
        "Invalid or revoked API key. Please check your credentials.",
    ),
    ErrorSignature(
        "invalid_or_missing_api_key",
        401,
        "Unauthorized",
        "Invalid or missing API key. Please check your credentials.",
    ),
    ErrorSignature("invalid_phone_number", 400, "Bad Request", "Invalid phone number format"),
    ErrorSignature("malformed_request", 400, "Bad Request", "Request body is not valid JSON"),
    ErrorSignature("media_url_not_accessible", 400, "Bad Request", "Image URL is not accessible"),
    ErrorSignature("media_url_not_accessible", 400, "Bad Request", "Video URL is not accessible"),
    ErrorSignature(
        "media_url_not_accessible", 400, "Bad Request", "Thumbnail URL is not accessible"
    ),
    ErrorSignature("media_url_not_accessible", 400, "Bad Request", "File URL is not accessible"),
    ErrorSignature(
        "missing_api_key",
        401,
        "Unauthorized",
        "Missing or invalid X-API-Key header. Please provide a valid API key.",
    ),
    ErrorSignature(
        "pending_capacity_exceeded",
        429,
        "Rate limit exceeded",
        "Too many pending messages. You have 48500 pending messages and requested 5000 more. Maximum allowed: 50000. Available capacity: 1500.",
    ),
    ErrorSignature("template_not_found", 404, "Not Found", "Template not found or access denied"),
    ErrorSignature("template_not_sms", 400, "Bad Request", "Template is not an SMS template"),
    ErrorSignature("template_not_viber", 400, "Bad Request", "Template is not a Viber template"),
    ErrorSignature("template_validation_failed", 400, "Bad Request", "Template validation failed"),
    ErrorSignature(
        "too_many_recipients", 400, "Bad Request", "Maximum 200000 recipients allowed per request"
    ),
)
"""Catalogued error bodies, used to name errors whose body has no code."""

OPERATIONS: dict[tuple[str, str], OperationInfo] = {
    ("post", "/api/v1/templates/viber"): OperationInfo(
        operation_id="createViberTemplate",
        method="post",
        path="/api/v1/templates/viber",
        idempotent=False,
        deprecated=False,
        replaced_by=None,
    ),
    ("post", "/api/v1/templates/sms"): OperationInfo(
        operation_id="createSmsTemplate",
        method="post",
        path="/api/v1/templates/sms",
        idempotent=False,
        deprecated=False,
        replaced_by=None,
    ),
    ("get", "/api/v1/templates"): OperationInfo(
        operation_id="listTemplates",
        method="get",
        path="/api/v1/templates",
        idempotent=True,
        deprecated=False,
        replaced_by=None,
    ),
    ("get", "/api/v1/templates/{id}"): OperationInfo(
        operation_id="getTemplate",
        method="get",
        path="/api/v1/templates/{id}",
        idempotent=True,
        deprecated=False,
        replaced_by=None,
    ),
    ("put", "/api/v1/templates/{id}"): OperationInfo(
        operation_id="updateTemplate",
        method="put",
        path="/api/v1/templates/{id}",
        idempotent=True,
        deprecated=False,
        replaced_by=None,
    ),
    ("delete", "/api/v1/templates/{id}"): OperationInfo(
        operation_id="deleteTemplate",
        method="delete",
        path="/api/v1/templates/{id}",
        idempotent=True,
        deprecated=False,
        replaced_by=None,
    ),
    ("post", "/api/v1/sms/campaigns"): OperationInfo(
        operation_id="createSmsCampaign",
        method="post",
        path="/api/v1/sms/campaigns",
        idempotent=False,
        deprecated=False,
        replaced_by=None,
    ),
    ("post", "/api/v1/sms/campaigns/{id}/messages"): OperationInfo(
        operation_id="addSmsCampaignMessage",
        method="post",
        path="/api/v1/sms/campaigns/{id}/messages",
        idempotent=False,
        deprecated=False,
        replaced_by=None,
    ),
    ("post", "/api/v1/sms/promotional"): OperationInfo(
        operation_id="sendSmsPromotional",
        method="post",
        path="/api/v1/sms/promotional",
        idempotent=False,
        deprecated=False,
        replaced_by=None,
        bulk=BulkInfo(
            items="recipients",
            errors="invalidPhoneNumbers",
            index=None,
            match="phoneNumber",
            max_items=200000,
            max_errors=None,
            code=None,
            message=None,
            max_pending=50000,
            capacity=CapacityInfo(
                available="availableCapacity",
                limit="maxAllowed",
                retry_after="retryAfterSeconds",
                requested="requestedCount",
            ),
        ),
    ),
    ("post", "/api/v1/sms/send"): OperationInfo(
        operation_id="sendSms",
        method="post",
        path="/api/v1/sms/send",
        idempotent=False,
        deprecated=False,
        replaced_by=None,
    ),
    ("get", "/api/v1/sms-senders"): OperationInfo(
        operation_id="listSmsSenders",
        method="get",
        path="/api/v1/sms-senders",
        idempotent=True,
        deprecated=False,
        replaced_by=None,
    ),
    ("post", "/api/v1/viber/send"): OperationInfo(
        operation_id="sendViberBulk",
        method="post",
        path="/api/v1/viber/send",
        idempotent=False,
        deprecated=False,
        replaced_by=None,
        bulk=BulkInfo(
            items="recipients",
            errors="invalidPhoneNumbers",
            index=None,
            match="phoneNumber",
            max_items=200000,
            max_errors=None,
            code=None,
            message=None,
            max_pending=50000,
            capacity=CapacityInfo(
                available="availableCapacity",
                limit="maxAllowed",
                retry_after="retryAfterSeconds",
                requested="requestedCount",
            ),
        ),
    ),
    ("post", "/api/v1/viber/campaigns"): OperationInfo(
        operation_id="createViberCampaign",
        method="post",
        path="/api/v1/viber/campaigns",
        idempotent=False,
        deprecated=False,
        replaced_by=None,
    ),
    ("post", "/api/v1/viber/campaigns/{id}/messages"): OperationInfo(
        operation_id="addViberCampaignMessage",
        method="post",
        path="/api/v1/viber/campaigns/{id}/messages",
        idempotent=False,
        deprecated=False,
        replaced_by=None,
    ),
    ("post", "/api/v1/viber/send-text"): OperationInfo(
        operation_id="sendViberText",
        method="post",
        path="/api/v1/viber/send-text",
        idempotent=False,
        deprecated=False,
        replaced_by=None,
    ),
    ("get", "/api/v1/viber-services"): OperationInfo(
        operation_id="listViberServices",
        method="get",
        path="/api/v1/viber-services",
        idempotent=True,
        deprecated=False,
        replaced_by=None,
    ),
    ("get", "/api/v1/campaigns"): OperationInfo(
        operation_id="listCampaigns",
        method="get",
        path="/api/v1/campaigns",
        idempotent=True,
        deprecated=False,
        replaced_by=None,
    ),
    ("get", "/api/v1/campaigns/{id}"): OperationInfo(
        operation_id="getCampaign",
        method="get",
        path="/api/v1/campaigns/{id}",
        idempotent=True,
        deprecated=False,
        replaced_by=None,
    ),
    ("post", "/api/v1/campaigns/{id}/start"): OperationInfo(
        operation_id="startCampaign",
        method="post",
        path="/api/v1/campaigns/{id}/start",
        idempotent=False,
        deprecated=False,
        replaced_by=None,
    ),
    ("get", "/api/v1/messages"): OperationInfo(
        operation_id="listMessages",
        method="get",
        path="/api/v1/messages",
        idempotent=True,
        deprecated=False,
        replaced_by=None,
    ),
}
