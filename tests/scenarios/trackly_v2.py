"""Business-rule triggers for Trackly v2 (the generic builder covers constraints and auth)."""

from tests.triggers import Trigger

VALID = {"to": "+14155551234", "list_number": "+18005551000", "body": "Hello"}

PATH_PARAMS: dict[str, dict[str, object]] = {}

SCENARIOS = [
    Trigger(
        "list_not_found",
        "sendMessage",
        "post",
        "/v2/send",
        "list not owned by the account",
        body={**VALID, "list_number": "+19995550000"},
    ),
    Trigger(
        "webhook_not_configured",
        "sendMessage",
        "post",
        "/v2/send",
        "BYOC list without webhook verification",
        body={**VALID, "list_number": "+18005559999"},
    ),
    Trigger(
        "not_sendable",
        "sendMessage",
        "post",
        "/v2/send",
        "VOIP recipient, VOIP sending disabled",
        body={**VALID, "to": "+13105558888"},
    ),
    Trigger(
        "account_suspended",
        "sendMessage",
        "post",
        "/v2/send",
        "suspended account",
        body=VALID,
        role="suspended",
    ),
    Trigger(
        "list_not_found",
        "sendBulkMessages",
        "post",
        "/v2/send/bulk",
        "item with an unowned list",
        body={"messages": [{**VALID, "list_number": "+19995550000"}]},
        in_band=True,
    ),
]

INJECTED = {
    "unauthorized": "older per-endpoint code for the same case as missing/invalid_api_key (conflict C-02); no distinct trigger",
}

RATE_LIMITED: list[Trigger] = []
