"""Triggers for Twilio Messaging v1 (imported; its errors come from smsspec's overlay).

The generic builder covers the credential errors (``x-auth-errors``: 20003); the overlay maps
no constraint to a code (Twilio answers every invalid or missing parameter with 20001), so
the parameter and not-found errors are reached by these requests. Bodies are form-encoded, as
the vendor's operations take them.
"""

from tests.triggers import Trigger

UNKNOWN_SERVICE = "MG" + "0" * 32

PATH_PARAMS: dict[str, dict[str, object]] = {}

SCENARIOS = [
    Trigger(
        "invalid_parameter",
        "CreateService",
        "post",
        "/v1/Services",
        "FriendlyName, the one required parameter, left out",
        body={"StickySender": "true"},
    ),
    Trigger(
        "invalid_parameter",
        "ListService",
        "get",
        "/v1/Services",
        "PageSize over its maximum of 1000",
        query={"PageSize": "1001"},
    ),
    Trigger(
        "not_found",
        "FetchService",
        "get",
        f"/v1/Services/{UNKNOWN_SERVICE}",
        "a Messaging Service SID the account does not have",
    ),
    Trigger(
        "not_found",
        "CreatePhoneNumber",
        "post",
        f"/v1/Services/{UNKNOWN_SERVICE}/PhoneNumbers",
        "a phone number added to a service that does not exist (rule service-exists)",
        body={"PhoneNumberSid": "PN" + "1" * 32},
        rule="service-exists",
    ),
    Trigger(
        "not_found",
        "FetchService",
        "get",
        "/v1/Services/MGaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "another account's service (tenants are separate)",
        role="other_account",
    ),
]

INJECTED: dict[str, str] = {}
