"""Business-rule triggers for Trackly v1 (the generic builder covers constraints and auth)."""

from tests.triggers import Trigger

VALID = {
    "to_msisdn": "+14155551234",
    "body": "Hello from Trackly!",
    "from_phone_number_id": "pn_abc123def456",
}
BULK = {
    "from_phone_number_id": "pn_abc123def456",
    "messages": [{"to_msisdn": "+14155551234", "body": "Hello"}],
}
PHONE = {"phone": "+14155551234"}

PATH_PARAMS: dict[str, dict[str, object]] = {}

SCENARIOS = [
    Trigger(
        "invalid_phone",
        "sendMessage",
        "post",
        "/v1/messages",
        "recipient that cannot be normalised",
        body={**VALID, "to_msisdn": "not-a-phone"},
    ),
    Trigger(
        "invalid_phone",
        "sendMessage",
        "post",
        "/v1/messages",
        "national number (may fail: the mock rejects it)",
        body={**VALID, "to_msisdn": "4155551234"},
    ),
    Trigger(
        "list_not_found",
        "sendMessage",
        "post",
        "/v1/messages",
        "unknown sending number",
        body={**VALID, "from_phone_number_id": "pn_unknown"},
    ),
    Trigger(
        "list_not_found",
        "sendBulkMessages",
        "post",
        "/v1/messages/bulk",
        "inactive sending number",
        body={**BULK, "from_phone_number_id": "pn_inactive000"},
    ),
    Trigger(
        "invalid_phone__item",
        "sendBulkMessages",
        "post",
        "/v1/messages/bulk",
        "item whose to_msisdn cannot be normalised",
        body={**BULK, "messages": [{"to_msisdn": "12", "body": "Hello"}]},
        in_band=True,
    ),
    Trigger(
        "account_suspended",
        "sendMessage",
        "post",
        "/v1/messages",
        "suspended account",
        body=VALID,
        role="suspended",
    ),
    Trigger(
        "account_suspended",
        "deleteContact",
        "delete",
        "/v1/contacts/%2B14155551234",
        "suspended account (contacts stub)",
        role="suspended",
    ),
    Trigger(
        "no_billing_config",
        "validatePhone",
        "post",
        "/v1/phone/validate",
        "account without billing configuration",
        body=PHONE,
        role="no_billing_config",
    ),
    Trigger(
        "no_payment_method",
        "validatePhone",
        "post",
        "/v1/phone/validate",
        "account without an active payment method",
        body=PHONE,
        role="no_payment_method",
    ),
    Trigger(
        "payment_failed",
        "validatePhoneBatch",
        "post",
        "/v1/phone/validate/batch",
        "account whose last payment failed",
        body={"phones": ["+14155551234"]},
        role="payment_failed",
    ),
    Trigger(
        "suspended",
        "validatePhoneBatch",
        "post",
        "/v1/phone/validate/batch",
        "account with suspended billing",
        body={"phones": ["+14155551234"]},
        role="billing_suspended",
    ),
]

INJECTED = {
    "server_error": "documented 500 (Trackly-side failure); no client-controllable trigger",
}

# The bulk limit is 10 requests/s per key (x-rate-limit): the 11th request within a second
# is answered 429 rate_limit with Retry-After.
RATE_LIMITED: list[Trigger] = [
    Trigger(
        "rate_limit",
        "sendBulkMessages",
        "post",
        "/v1/messages/bulk",
        "11 bulk sends in one second (limit 10/s)",
        body=BULK,
        query={"_repeat": 10},
    ),
]
