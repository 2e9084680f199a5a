"""Business-rule triggers for Trackly v2 (the generic builder covers constraints and auth).

Besides the x-rules, this module triggers constraint errors the generic builder cannot reach
by mutating the documented request examples: filter conditions of the kinds the examples do
not use, the anyOf of ``external_platform``, a one-off schedule and the 4,000-byte contact.
"""

from typing import Any

from tests.triggers import Trigger

VALID = {"to": "+14155551234", "list_number": "+18005551000", "body": "Hello"}
CONTACT = {"phone_number": "+14155559876", "list_number": "+18005551234"}
UNKNOWN_ID = "000000000000000000000000"
SCHEDULE: dict[str, Any] = {
    "name": "Weekend Promo",
    "send_type": "blast",
    "is_repeating": True,
    "send_time": "14:30",
    "audiences": ["665fa1b2c3d4e5f6a7b8c901"],
    "start_date": "2024-06-01T00:00:00Z",
    "end_date": "2024-08-31T00:00:00Z",
    "days_of_week": {"saturday": True},
    "blasts": [{"message": "Deal: {{link1}}", "percent_audience": 100}],
}
CREATIVE: dict[str, Any] = {
    "name": "Summer Sale Promo",
    "message": "Summer sale! {{link1}}",
    "offer_links": [{"key": "link1", "offer_id": "664f1a2b3c4d5e6f7a8b9c0d"}],
}

PATH_PARAMS: dict[str, dict[str, object]] = {}
JANE_LIST = "+14155551235"  # the recipient of message e5f6g7h8 (a mock-only contact of list 42)
NOW = "2024-01-15T10:30:00Z"


def _forget_contact(app: Any) -> None:
    """The recipient of message e5f6g7h8 is no contact any more."""
    contacts = app.engine.store["list-contacts"]
    for record in list(contacts):
        if record["phone_number"] == JANE_LIST:
            contacts.delete(record["list_contact_id"])


def _audience(condition: dict[str, Any]) -> dict[str, Any]:
    return {"name": "Segment", "filter": {"operator": "AND", "conditions": [condition]}}


def _complete_schedule(app: Any) -> None:
    app.engine.store["schedules"].get("6651a3f2e4b0a1c2d3e4f567")["status"] = "complete"


# Filter conditions of each kind with one rule broken (audience filter DSL, x-error-codes).
CONDITIONS: list[tuple[str, dict[str, Any]]] = [
    ("invalid_count_field", {"condition_type": "count", "field": "x", "operator": "gte", "value": 1}),
    ("invalid_count_operator", {"condition_type": "count", "field": "click_count", "operator": "zz", "value": 1}),
    ("missing_count_value", {"condition_type": "count", "field": "click_count", "operator": "gte"}),
    ("missing_custom_field_name", {"condition_type": "custom_field", "operator": "eq", "value": "CA"}),
    ("invalid_custom_field_operator", {"condition_type": "custom_field", "field": "custom_fields.state", "operator": "zz", "value": "CA"}),
    ("missing_custom_field_value", {"condition_type": "custom_field", "field": "custom_fields.state", "operator": "eq"}),
    ("invalid_carrier_operator", {"condition_type": "carrier", "value": "Verizon Wireless"}),
    ("missing_carrier_value", {"condition_type": "carrier", "operator": "eq"}),
    ("invalid_timezone_operator", {"condition_type": "timezone", "value": "America/New_York"}),
    ("missing_timezone_value", {"condition_type": "timezone", "operator": "eq"}),
    ("invalid_revenue_field", {"condition_type": "revenue", "field": "x", "operator": "gt", "value": 1}),
    ("invalid_revenue_operator", {"condition_type": "revenue", "field": "revenue_total", "value": 1}),
    ("missing_revenue_value", {"condition_type": "revenue", "field": "revenue_total", "operator": "gt"}),
]  # fmt: skip

SCENARIOS = [
    # -- Send ---------------------------------------------------------------------------------
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
    # -- Contacts -----------------------------------------------------------------------------
    Trigger(
        "not_sendable__carrier",
        "createContact",
        "post",
        "/v2/contacts",
        "VoIP number refused by the carrier check",
        body={**CONTACT, "phone_number": "+13105558888"},
    ),
    Trigger(
        "payload_too_large",
        "createContact",
        "post",
        "/v2/contacts",
        "contact object over 4,000 bytes",
        body={**CONTACT, "custom_fields": {"notes": "x" * 4000}},
    ),
    Trigger(
        "payload_too_large",
        "bulkCreateContacts",
        "post",
        "/v2/contacts/bulk",
        "one contact object over 4,000 bytes refuses the batch",
        body={"contacts": [CONTACT, {**CONTACT, "custom_fields": {"notes": "x" * 4000}}]},
    ),
    *[
        Trigger(
            example,
            "createContact",
            "post",
            "/v2/contacts",
            f"use_validation with billing state {role}",
            body={**CONTACT, "use_validation": True},
            role=role,
        )
        for example, role in (
            ("no_billing_config", "no_billing_config"),
            ("no_payment_method", "no_payment_method"),
            ("payment_failed", "payment_failed"),
            ("suspended", "billing_suspended"),
        )
    ],
    Trigger(
        "validation_failed",
        "bulkCreateContacts",
        "post",
        "/v2/contacts/bulk",
        "paid validation finds a landline unreachable",
        body={"contacts": [{**CONTACT, "phone_number": "+14155551236", "use_validation": True}]},
        in_band=True,
    ),
    Trigger(
        "provider_error",
        "bulkCreateContacts",
        "post",
        "/v2/contacts/bulk",
        "the validation provider fails on the number",
        body={"contacts": [{**CONTACT, "phone_number": "+14155550099", "use_validation": True}]},
        in_band=True,
    ),
    Trigger(
        "contact_not_found",
        "updateContact",
        "put",
        "/v2/contacts",
        "unknown contact",
        body={**CONTACT, "phone_number": "+14155550123", "custom_fields": {"a": 1}},
    ),
    Trigger(
        "list_contact_not_found",
        "updateContact",
        "put",
        "/v2/contacts",
        "contact not subscribed to the list",
        body={**CONTACT, "list_number": "+18005551000", "custom_fields": {"a": 1}},
    ),
    Trigger(
        "not_found__contact",
        "getContact",
        "get",
        "/v2/contacts/%2B14155550123",
        "unknown contact",
    ),
    # -- Lists --------------------------------------------------------------------------------
    Trigger("not_found", "getList", "get", "/v2/lists/46", "deleted list"),
    # -- Audiences ----------------------------------------------------------------------------
    *[
        Trigger(
            example,
            "createAudience",
            "post",
            "/v2/audiences",
            f"{condition['condition_type']} condition breaking its rule",
            body=_audience(condition),
        )
        for example, condition in CONDITIONS
    ],
    Trigger(
        "source_list_not_found",
        "createAudience",
        "post",
        "/v2/audiences",
        "unknown source list",
        body={
            **_audience(
                {"condition_type": "count", "field": "click_count", "operator": "gte", "value": 1}
            ),
            "source_lists": [999],
        },
    ),
    # -- Schedules ----------------------------------------------------------------------------
    Trigger(
        "missing_send_date",
        "createSchedule",
        "post",
        "/v2/schedules",
        "one-off schedule without send_date",
        body={
            **{k: v for k, v in SCHEDULE.items() if k not in ("start_date", "end_date")},
            "is_repeating": False,
        },
    ),
    Trigger(
        "invalid_blast_percent",
        "createSchedule",
        "post",
        "/v2/schedules",
        "blasts totalling 90 percent",
        body={
            **SCHEDULE,
            "blasts": [
                {"message": "A {{link1}}", "percent_audience": 60},
                {"message": "B {{link1}}", "percent_audience": 30},
            ],
        },
    ),
    Trigger(
        "audience_not_found",
        "createSchedule",
        "post",
        "/v2/schedules",
        "unknown audience",
        body={**SCHEDULE, "audiences": [UNKNOWN_ID]},
    ),
    Trigger(
        "source_list_not_found__404",
        "createSchedule",
        "post",
        "/v2/schedules",
        "unknown source list",
        body={**SCHEDULE, "source_lists": [999]},
    ),
    Trigger(
        "schedule_complete",
        "updateSchedule",
        "put",
        "/v2/schedules/6651a3f2e4b0a1c2d3e4f567",
        "editing a complete schedule",
        body={"name": "Renamed"},
        setup=_complete_schedule,
    ),
    # -- rules of operations that share a plugin check ------------------------------------
    Trigger(
        "not_sendable",
        "sendRawMessage",
        "post",
        "/v2/send-raw",
        "VOIP recipient",
        body={**VALID, "to": "+13105558888"},
        rule="recipient-sendable",
    ),
    Trigger(
        "not_sendable",
        "sendBulkMessages",
        "post",
        "/v2/send/bulk",
        "VOIP recipient in a batch",
        body={"messages": [{**VALID, "to": "+13105558888"}]},
        in_band=True,
        rule="item-recipient-sendable",
    ),
    Trigger(
        "not_sendable",
        "sendRawBulkMessages",
        "post",
        "/v2/send-raw/bulk",
        "VOIP recipient in a raw batch",
        body={"messages": [{**VALID, "to": "+13105558888"}]},
        in_band=True,
        rule="item-recipient-sendable",
    ),
    Trigger(
        "not_sendable__carrier",
        "bulkCreateContacts",
        "post",
        "/v2/contacts/bulk",
        "a number that fails the carrier lookup",
        body={"contacts": [{**CONTACT, "phone_number": "+14155550000"}]},
        in_band=True,
        rule="item-carrier-accepts-number",
    ),
    Trigger(
        "missing_offer_links_for_placeholders",
        "updateCreative",
        "put",
        "/v2/creatives/101",
        "a new {{link2}} without an offer_links entry",
        body={"message": "Deal {{link1}} and {{link2}}"},
        rule="placeholders-have-offer-links",
    ),
    Trigger(
        "offer_not_found",
        "updateCreative",
        "put",
        "/v2/creatives/101",
        "offer_links naming an unknown offer",
        body={"offer_links": [{"key": "link1", "offer_id": UNKNOWN_ID}]},
        rule="offer-links-offers-exist",
    ),
    Trigger(
        "invalid_blast_percent",
        "updateSchedule",
        "put",
        "/v2/schedules/6651a3f2e4b0a1c2d3e4f567",
        "blasts totalling 60 percent",
        body={"blasts": [{"message": "A {{link1}}", "percent_audience": 60}]},
        rule="blast-percent-total",
    ),
    Trigger(
        "contact_not_found",
        "recordRevenue",
        "post",
        "/v2/revenue",
        "the message's recipient is no contact",
        body={"message_id": "e5f6g7h8", "revenue": 5, "attribution_type": "sale"},
        setup=_forget_contact,
        rule="message-contact-exists",
    ),
    Trigger(
        "contact_not_found",
        "bulkRecordRevenue",
        "post",
        "/v2/revenue/bulk",
        "a record whose message's recipient is no contact",
        body={"records": [{"message_id": "e5f6g7h8", "revenue": 5, "attribution_type": "sale"}]},
        setup=_forget_contact,
        in_band=True,
        rule="item-message-contact-exists",
    ),
    Trigger(
        "invalid_timestamp",
        "importSendHistory",
        "post",
        "/v2/history/sends",
        "a send dated 'yesterday'",
        body={"records": [{"id": "h1", "to_number": "+12025559876", "timestamp": "yesterday"}]},
        in_band=True,
        rule="item-timestamp-valid",
    ),
    Trigger(
        "offer_not_found__404",
        "importClickHistory",
        "post",
        "/v2/history/clicks",
        "a click on an unknown offer",
        body={
            "records": [
                {
                    "message_id": "a1b2c3d4",
                    "offer_id": "nope",
                    "phone_number": "+14155551234",
                    "timestamp": NOW,
                }
            ]
        },
        in_band=True,
        rule="item-offer-exists",
    ),
    Trigger(
        "invalid_timestamp",
        "importClickHistory",
        "post",
        "/v2/history/clicks",
        "a click dated 'yesterday'",
        body={
            "records": [
                {
                    "message_id": "a1b2c3d4",
                    "offer_id": "offer_123",
                    "phone_number": "+14155551234",
                    "timestamp": "yesterday",
                }
            ]
        },
        in_band=True,
        rule="item-timestamps-valid",
    ),
    Trigger(
        "offer_not_found__404",
        "importRevenueHistory",
        "post",
        "/v2/history/revenue",
        "revenue of an unknown offer",
        body={
            "records": [
                {"message_id": "i9j0k1l2", "offer_id": "nope", "revenue": 5, "timestamp": NOW}
            ]
        },
        in_band=True,
        rule="item-offer-exists",
    ),
    Trigger(
        "contact_not_found__404",
        "importRevenueHistory",
        "post",
        "/v2/history/revenue",
        "revenue whose message's recipient is no contact",
        body={
            "records": [
                {"message_id": "e5f6g7h8", "offer_id": "offer_456", "revenue": 5, "timestamp": NOW}
            ]
        },
        setup=_forget_contact,
        in_band=True,
        rule="item-message-contact-exists",
    ),
    # -- Creatives ----------------------------------------------------------------------------
    Trigger(
        "missing_offer_links_for_placeholders",
        "createCreative",
        "post",
        "/v2/creatives",
        "{{link2}} without an offer_links entry",
        body={**CREATIVE, "message": "Deal {{link1}} and {{link2}}"},
    ),
    Trigger(
        "offer_not_found",
        "createCreative",
        "post",
        "/v2/creatives",
        "unknown offer",
        body={**CREATIVE, "offer_links": [{"key": "link1", "offer_id": UNKNOWN_ID}]},
    ),
    # -- Offers -------------------------------------------------------------------------------
    Trigger(
        "invalid_external_platform",
        "createOffer",
        "post",
        "/v2/offers",
        "external_platform outside tune/everflow/null",
        body={"name": "Offer", "tracking_url": "https://example.com", "external_platform": "x"},
    ),
    # -- Revenue ------------------------------------------------------------------------------
    Trigger(
        "message_not_found",
        "recordRevenue",
        "post",
        "/v2/revenue",
        "unknown message",
        body={"message_id": "zzzzzzzz", "revenue": 1, "attribution_type": "sale"},
    ),
    # -- Links --------------------------------------------------------------------------------
    Trigger(
        "product_not_enabled",
        "shortenLink",
        "post",
        "/v2/links/shorten",
        "account without the SMS product",
        body={"url": "https://example.com", "listId": 42},
        role="product_disabled",
    ),
    Trigger(
        "no_domain_configured",
        "shortenLink",
        "post",
        "/v2/links/shorten",
        "list without a shortener domain",
        body={"url": "https://example.com", "listId": 43},
    ),
    Trigger(
        "list_not_found__404",
        "shortenLink",
        "post",
        "/v2/links/shorten",
        "unknown list",
        body={"url": "https://example.com", "listId": 999},
    ),
    Trigger(
        "offer_not_found__404",
        "createLink",
        "post",
        "/v2/links",
        "paused partnership offer",
        body={"offerId": "6789abcd1234ef5678909999", "listId": 42},
    ),
]

_RECORD_LEVEL = (
    "record-level code that the page also lists at HTTP {status}; the mock reports it per "
    "record (x-bulk), as the page's partial-success description says, and no document says "
    "when it fails the whole request"
)

INJECTED = {
    "unauthorized": "older per-endpoint code for the same case as missing/invalid_api_key (conflict C-02); no distinct trigger",
    "internal_error": "documented 500 (unexpected Trackly-side failure); no client-controllable trigger",
    "server_error": "documented 500 of the offer pages; no client-controllable trigger",
    "save_error": "documented 500 of the history pages (Trackly could not store the data)",
    "id_collision": "documented 500 of a random short-link id collision; the mock draws ids until one is free",
    "email_not_enabled": "authentication page's {product}_not_enabled pattern (C-18); no v2 endpoint needs the EMAIL product",
    "partnerships_not_enabled": "authentication page's pattern (C-18); the links pages name product_not_enabled, which the mock answers",
    "missing_id": _RECORD_LEVEL.format(status=400),
    "missing_to_number": _RECORD_LEVEL.format(status=400),
    "missing_timestamp": _RECORD_LEVEL.format(status=400),
    "invalid_timestamp": _RECORD_LEVEL.format(status=400),
    "missing_offer_id": _RECORD_LEVEL.format(status=400),
    "message_not_found__404": _RECORD_LEVEL.format(status=404),
    "contact_not_found__404": _RECORD_LEVEL.format(status=404),
}

RATE_LIMITED: list[Trigger] = []
