"""Operation registry of this client, generated from the spec — do not edit."""

from __future__ import annotations

from ._base_client import (
    AuthInfo,
    BulkInfo,
    Envelope,
    ErrorSignature,
    OperationInfo,
)

__all__ = ["AUTH", "ENVELOPE", "OPERATIONS", "SIGNATURES"]

AUTH = AuthInfo(header="X-Api-Key", prefix="", key_pattern="^trk_[A-Za-z0-9]{32}$")

ENVELOPE = Envelope(
    message="error",
    code="code",
)

SIGNATURES: tuple[ErrorSignature, ...] = (
    ErrorSignature("account_suspended", 403, None, "Account is suspended"),
    ErrorSignature("invalid_api_key", 401, None, "Invalid API key"),
    ErrorSignature("invalid_force", 400, None, "force must be a boolean"),
    ErrorSignature("invalid_phone", 400, None, "Invalid phone number format"),
    ErrorSignature("list_not_found", 404, None, "Sending number not found"),
    ErrorSignature("malformed_request", 400, None, "Request body is not valid JSON"),
    ErrorSignature("missing_api_key", 401, None, "API key required"),
    ErrorSignature("missing_body", 400, None, "Message body is required"),
    ErrorSignature(
        "missing_from", 400, None, "Sending number ID (from_phone_number_id) is required"
    ),
    ErrorSignature("missing_messages", 400, None, "Messages array is required"),
    ErrorSignature("missing_phones", 400, None, "Phones array is required"),
    ErrorSignature("missing_to", 400, None, "Recipient phone number (to_msisdn) is required"),
    ErrorSignature("missing_to", 400, None, "Recipient phone number (to) is required"),
    ErrorSignature("no_billing_config", 402, None, "Billing is not configured for this account"),
    ErrorSignature("no_payment_method", 402, None, "No active payment method on file"),
    ErrorSignature("payment_failed", 402, None, "Payment failed"),
    ErrorSignature("rate_limit", 429, None, "Rate limit exceeded"),
    ErrorSignature("request_too_large", 413, None, "Payload Too Large"),
    ErrorSignature("server_error", 500, None, "Internal Server Error"),
    ErrorSignature("suspended", 402, None, "Billing is suspended"),
    ErrorSignature("too_many_messages", 400, None, "Maximum 1000 messages per request"),
    ErrorSignature("too_many_phones", 413, None, "Maximum 500 phones per request"),
)
"""Catalogued error bodies, used to name errors whose body has no code."""

OPERATIONS: dict[tuple[str, str], OperationInfo] = {
    ("post", "/v1/messages"): OperationInfo(
        operation_id="sendMessage",
        method="post",
        path="/v1/messages",
        idempotent=False,
        deprecated=True,
        replaced_by="trackly-v2 sendMessage",
    ),
    ("post", "/v1/messages/bulk"): OperationInfo(
        operation_id="sendBulkMessages",
        method="post",
        path="/v1/messages/bulk",
        idempotent=False,
        deprecated=True,
        replaced_by="trackly-v2 sendBulkMessages",
        bulk=BulkInfo(
            items="messages",
            errors="errors",
            index="index",
            match=None,
            max_items=1000,
            max_errors=None,
            code=None,
            message="error",
        ),
    ),
    ("delete", "/v1/contacts/{msisdn}"): OperationInfo(
        operation_id="deleteContact",
        method="delete",
        path="/v1/contacts/{msisdn}",
        idempotent=True,
        deprecated=True,
        replaced_by="trackly-v2 deleteContact",
    ),
    ("post", "/v1/phone/validate"): OperationInfo(
        operation_id="validatePhone",
        method="post",
        path="/v1/phone/validate",
        idempotent=False,
        deprecated=False,
        replaced_by=None,
    ),
    ("post", "/v1/phone/validate/batch"): OperationInfo(
        operation_id="validatePhoneBatch",
        method="post",
        path="/v1/phone/validate/batch",
        idempotent=False,
        deprecated=False,
        replaced_by=None,
    ),
}
