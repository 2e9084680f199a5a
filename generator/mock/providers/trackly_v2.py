"""Trackly SMS API v2: accounts, fixtures and the business rules its docs state.

The generic server does what the spec states declaratively: routing, the ``X-Api-Key``
credential, the 5 MB payload limit, the 4,000-byte contact limit of ``createContact``
(``x-max-bytes``), every schema constraint and its code (``x-error-codes``), parameter
ranges (``per_page`` at most 100, 1,000 for contacts). This module adds what the spec states
in ``x-rules``, ``x-required-product`` and prose, resource by resource:

* account: a suspended account is refused on every request (403 without ``code``); the links
  endpoints need their product (``x-required-product`` → 403 ``product_not_enabled``); the
  paid phone validation (``use_validation``) needs usable billing (402 billing codes);
* send: an owned sending list (``list_not_found``), webhook verification of BYOC lists
  (``webhook_not_configured``), VOIP recipients refused unless the account allows them
  (``not_sendable``); ``{{messageId}}`` is filled; a short link in the body attributes the
  message to the link's offer;
* contacts: upsert per phone number and list, merged custom fields, carrier lookup on first
  creation (``not_sendable`` for a number that fails it or a refused VoIP line), journeys and
  their warning, paid validation with a per-account cache (repeat lookups free), bulk
  partial success with original indexes (``validation_failed``, ``provider_error``), soft
  unsubscribe, newest-signup-first paging;
* audiences: source lists must exist, filters rendered with camelCase keys (C-07), the size
  computed from the stored contacts by evaluating the filter DSL, ``cached_size`` reset by a
  filter change, archive (``archived``);
* schedules: blast percentages total 100, audiences exist and are active, source lists
  exist, a ``complete`` schedule is immutable, archive (``archive``, C-22) and restore by PUT;
* creatives: every ``{{linkN}}`` placeholder covered by ``offer_links``, offers exist,
  character and segment counts, slug, archive (``archived``) and restore by PUT;
* offers: defaults, metadata merged on update, archive and restore by PUT;
* revenue and data import: messages, offers and contacts must exist (per record in bulk),
  duplicates skipped, at most 100 listed errors (``x-bulk.max-errors``) while all are
  counted, contact stats updated, ``confirm: true`` and the per-kind scope of clearing;
* links: list by id or number, active list with a shortener domain (``no_domain_configured``
  otherwise), offer existence, a new link per call.

A soft-deleted (archived) resource still appears in its list under its archived status, but
by id it is answered like a missing one (404 ``not_found``: the NotFound responses say "does
not exist, was deleted, or belongs to another account"); where the docs let PUT restore it
(schedules, offers, creatives) PUT still reaches it.

Demo roles (``/__smsspec/keys``): ``default`` (the documentation's example key; every product
and usable billing), ``suspended`` (account suspended: 403 everywhere), ``product_disabled``
(no product: the links endpoints answer 403 ``product_not_enabled``), and the billing states
``no_billing_config``, ``no_payment_method``, ``payment_failed`` and ``billing_suspended``
(contacts with ``use_validation`` answer the matching 402). All roles share one data set.

Options (``MockConfig.options``): ``voip_sending`` (bool, default false) — the account
setting that allows VOIP recipients.

Fixtures come from the spec's own success examples (the docs' example ids): lists 42…,
contact +14155559876 on list +18005551234, audiences 664f1a2b3c4d5e6f7a8b9c0d and
665fa1b2c3d4e5f6a7b8c901, schedule 6651a3f2e4b0a1c2d3e4f567, creative 101, offer
664f1a2b3c4d5e6f7a8b9c0d, messages a1b2c3d4/e5f6g7h8/i9j0k1l2/AbC12345 and the partnership
offer 6789abcd1234ef5678901234. Mock-only fixtures are labelled where they are defined.
"""

from __future__ import annotations

import copy
import math
import re
import string
import sys
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import jsonschema_rs

from ...constraints import json_size
from ...schemas import standalone
from ..compiled import CompiledSpec
from ..provider import Collection, MockConfig, MockError, Provider, Reply, Request
from .trackly_v1 import LOOKUP_COST, disposition, lookup

_ID_ALPHABET = string.ascii_letters + string.digits
_SLUG_ALPHABET = string.ascii_lowercase + string.digits

# The documentation's example key (authentication page) is the fully privileged demo key.
DOCUMENTED_KEY = "trk_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6"

# Sending lists of the demo account. The numbers are the ones the docs' examples send from
# (send pages: +18005551000; contacts pages: +18005551234; import-sends: +14155551234; the
# links pages use list id 42 with the shortener domain yourdomain.com). The BYOC list without
# webhook verification (45) and the deleted list (46) are mock-only fixtures.
LISTS: list[dict[str, Any]] = [
    {
        "id": 42,
        "phone_number": "+18005551000",
        "brand_name": "Acme",
        "list_name": "Main list",
        "list_type": "infobip",
        "status": "active",
        "byoc_verified": True,
        "domain": "yourdomain.com",
    },
    {
        "id": 43,
        "phone_number": "+18005551234",
        "brand_name": "Acme",
        "list_name": "Promotions",
        "list_type": "twilio",
        "status": "active",
        "byoc_verified": True,
        "domain": None,
    },
    {
        "id": 44,
        "phone_number": "+14155551234",
        "brand_name": "Acme",
        "list_name": "Imported",
        "list_type": "cm",
        "status": "paused",
        "byoc_verified": True,
        "domain": None,
    },
    {
        "id": 45,
        "phone_number": "+18005559999",
        "brand_name": "Acme",
        "list_name": "BYOC (unverified)",
        "list_type": "lime",
        "status": "active",
        "byoc_verified": False,
        "domain": None,
    },
    {
        "id": 46,
        "phone_number": "+18005550046",
        "brand_name": "Acme",
        "list_name": "Retired",
        "list_type": "twilio",
        "status": "deleted",
        "byoc_verified": True,
        "domain": None,
    },
]
LIST_CREATED_AT = "2024-01-15T10:30:00Z"  # the lists examples' date
PUBLIC_LIST_FIELDS = ("id", "phone_number", "brand_name", "list_name", "list_type", "status")
# Mock-only: list 42 has an active Welcome Journey, so that use_journeys enrolments and the
# "journeys exist but use_journeys is not set" warning are reachable.
JOURNEYS: dict[int, list[str]] = {42: ["Welcome series"]}
JOURNEY_WARNING = "The list has active journeys; set use_journeys to enrol the contact"

# Messages of the docs' examples: a1b2c3d4 (send-single response, revenue pages), e5f6g7h8
# (bulk revenue, import clicks), i9j0k1l2 (import revenue), AbC12345 (delivery webhook). The
# recipients are those examples' numbers; the offers their short links point at are the
# offers the revenue and click examples name (mock-only attribution).
DOCUMENTED_MESSAGES: list[dict[str, Any]] = [
    {"message_id": "a1b2c3d4", "to": "+14155551234", "list_number": "+18005551000",
     "offer": "offer_123"},
    {"message_id": "e5f6g7h8", "to": "+14155551235", "list_number": "+18005551000",
     "offer": "offer_456"},
    {"message_id": "i9j0k1l2", "to": "+14155551234", "list_number": "+18005551000",
     "offer": "offer_456"},
    {"message_id": "AbC12345", "to": "+14155551234", "list_number": "+18005551234",
     "offer": None},
]  # fmt: skip
# Mock-only contacts: the recipients of the documented messages, on the list they were sent
# from (the revenue rules need the message's contact to exist).
MESSAGE_CONTACTS: list[tuple[str, int]] = [("+14155551234", 42), ("+14155551235", 42)]

# The revenue, import and schedule examples name offers offer_123, offer_456 and offer_abc123,
# which are not 24-hex offer ids: the mock holds them as offers whose external id is that
# value (record-revenue page: offer_id is "Trackly offer id or external id"). Mock fixtures.
EXTERNAL_OFFERS: list[dict[str, Any]] = [
    {"id": "665000000000000000000123", "external_id": "offer_123", "name": "Offer 123",
     "payout": 10, "payout_type": "cpa"},
    {"id": "665000000000000000000456", "external_id": "offer_456", "name": "Offer 456",
     "payout": 1.5, "payout_type": "cpc"},
    {"id": "665000000000000000abc123", "external_id": "offer_abc123", "name": "Offer abc123",
     "payout": 2, "payout_type": "cpa"},
]  # fmt: skip
# Partnership offers (Offer Management product) that POST /v2/links points at: the create-link
# page's offer (active) and a paused one (mock-only) for "the offer must be active".
PARTNERSHIP_OFFERS: list[dict[str, Any]] = [
    {"id": "6789abcd1234ef5678901234", "external_id": "1001", "status": "active"},
    {"id": "6789abcd1234ef5678909999", "external_id": "1002", "status": "paused",
     "destination": "https://example.com/paused?aff_sub={{sendId}}"},
]  # fmt: skip

# Mock-only: a number the phone validation provider fails on (bulk: provider_error).
PROVIDER_FAILURE_NUMBERS = frozenset({"+14155550099"})
LINE_TYPES = {"mobile": "CELL PHONE", "voip": "VOIP", "fixed line": "LANDLINE"}
# Mock-only: time zones of the carrier lookup by NANP area code.
AREA_TIMEZONES = {
    "202": "America/New_York",
    "212": "America/New_York",
    "305": "America/New_York",
    "310": "America/Los_Angeles",
    "312": "America/Chicago",
    "415": "America/Los_Angeles",
    "510": "America/Los_Angeles",
    "617": "America/New_York",
    "646": "America/New_York",
    "650": "America/Los_Angeles",
    "718": "America/New_York",
}

BILLING_ERRORS = {
    "no_billing_config": "no_billing_config",
    "no_payment_method": "no_payment_method",
    "payment_failed": "payment_failed",
    "suspended": "suspended",
}
DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
SCHEDULE_FIELDS = (
    "name",
    "status",
    "send_type",
    "source_lists",
    "audiences",
    "is_repeating",
    "send_time",
    "send_date",
    "start_date",
    "end_date",
    "days_of_week",
    "skip_within_hours",
    "use_local_time",
    "filter_bots",
    "is_mms",
    "is_cto",
    "automated_percent",
    "ir_revenue",
    "blasts",
)
SCHEDULE_DEFAULTS: dict[str, Any] = {
    "status": "draft",
    "source_lists": [],
    "send_date": None,
    "days_of_week": dict.fromkeys(DAYS, False),
    "skip_within_hours": 0,
    "use_local_time": False,
    "filter_bots": False,
    "is_mms": False,
    "is_cto": False,
    "automated_percent": 0,
    "ir_revenue": 0,
    "blasts": [],
}
OFFER_FIELDS = (
    "name",
    "tracking_url",
    "external_platform",
    "external_id",
    "advertiser_id",
    "payout",
    "payout_type",
    "filter_bots",
    "status",
)
PLACEHOLDER = re.compile(r"\{\{(link[0-9]+)\}\}")
LINK_CHARACTERS = 23  # each {{linkN}} counts as 23 characters (creative pages)
COMPLIANCE_OVERHEAD = 34  # characters added to every creative's count
TIME_UNITS = {"days": 86400.0, "hours": 3600.0, "minutes": 60.0}
_ISO_PREFIX = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}")


# -- time -------------------------------------------------------------------------------------


def local(ts: float) -> str:
    """Timestamp without a zone, as the audience pages print them (conflict C-14). The year
    is always four digits (strftime's %Y is not, before year 1000)."""
    moment = datetime.fromtimestamp(ts, UTC)
    return f"{moment.year:04d}-{moment.strftime('%m-%dT%H:%M:%S')}"


def iso(ts: float) -> str:
    """RFC 3339 UTC timestamp with ``Z`` (lists, contacts, schedules, creatives)."""
    return local(ts) + "Z"


def parse_ts(value: Any) -> float | None:
    """Epoch seconds of an ISO 8601 date-time (UTC when it has no offset), else ``None``."""
    if not isinstance(value, str) or not _ISO_PREFIX.match(value):
        return None
    text = value[:-1] + "+00:00" if value[-1:] in ("Z", "z") else value
    try:
        parsed = datetime.fromisoformat(text)
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=UTC)
        ts = parsed.timestamp()
        iso(ts)
    except (ValueError, OverflowError, OSError):
        return None
    return ts


# -- small helpers ----------------------------------------------------------------------------


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


_EXACT_INT = 2**53


def _money(value: float) -> float | int:
    """Amounts rounded to 6 places; whole amounts print as integers while a float holds them
    exactly (larger ones stay floats: JSON encoders reject integers beyond 64 bits)."""
    if not math.isfinite(value):  # sums of huge amounts saturate instead of becoming inf
        value = math.copysign(sys.float_info.max, value)
    rounded = round(value, 6)
    if abs(rounded) < _EXACT_INT and rounded == int(rounded):
        return int(rounded)
    return rounded


def _with_status(
    items: Collection, request: Request, hidden: str = "archived"
) -> list[dict[str, Any]]:
    """The items whose status is the ``status`` query parameter; without it, all but those
    in the ``hidden`` status."""
    status = request.query.get("status")
    return [i for i in items if (i["status"] == status if status else i["status"] != hidden)]


def _slug(prefix: str, name: str, suffix: str) -> str:
    words = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return f"{prefix}_{words or 'untitled'}_{suffix}"


def _custom_fields(value: Any) -> dict[str, Any]:
    """The string/number/boolean entries of a custom fields object (anything else ignored)."""
    if not isinstance(value, dict):
        return {}
    return {k: v for k, v in value.items() if isinstance(v, (str, int, float, bool))}


def _compare(actual: Any, operator: Any, expected: Any) -> bool:
    """One filter comparison. Documented operators: ``eq``, ``gt``, ``gte``, ``in``; the
    others are the usual counterparts (the DSL page is cut before listing them all). An
    operator the mock does not know matches nothing."""
    if operator in ("eq", "equals", "is"):
        if _is_number(actual) and _is_number(expected):
            return bool(actual == expected)
        return type(actual) is type(expected) and bool(actual == expected)
    if operator in ("neq", "ne", "not_eq", "not_equals"):
        return not _compare(actual, "eq", expected)
    if operator == "in":
        return isinstance(expected, list) and any(_compare(actual, "eq", e) for e in expected)
    if operator == "not_in":
        return isinstance(expected, list) and not _compare(actual, "in", expected)
    if operator == "contains":
        return isinstance(actual, str) and isinstance(expected, str) and expected in actual
    if not (_is_number(actual) and _is_number(expected)):
        return False
    if operator == "gt":
        return bool(actual > expected)
    if operator == "gte":
        return bool(actual >= expected)
    if operator == "lt":
        return bool(actual < expected)
    if operator == "lte":
        return bool(actual <= expected)
    return False


def _render_filter(group: dict[str, Any]) -> dict[str, Any]:
    """A request filter group as responses render it: condition keys in camelCase (C-07)."""
    out: dict[str, Any] = {}
    for key, value in group.items():
        if key == "conditions" and isinstance(value, list):
            out[key] = [_render_condition(c) if isinstance(c, dict) else c for c in value]
        elif key == "groups" and isinstance(value, list):
            out[key] = [_render_filter(g) if isinstance(g, dict) else g for g in value]
        else:
            out[key] = copy.deepcopy(value)
    return out


def _render_condition(condition: dict[str, Any]) -> dict[str, Any]:
    renamed = {"condition_type": "conditionType", "list_id": "listId"}
    return {renamed.get(k, k): copy.deepcopy(v) for k, v in condition.items()}


def _request_filter(group: dict[str, Any]) -> dict[str, Any]:
    """A rendered filter group (from a spec example) back in request form."""
    out: dict[str, Any] = {}
    for key, value in group.items():
        if key == "conditions" and isinstance(value, list):
            renamed = {"conditionType": "condition_type", "listId": "list_id"}
            out[key] = [{renamed.get(k, k): v for k, v in c.items()} for c in value]
        elif key == "groups" and isinstance(value, list):
            out[key] = [_request_filter(g) for g in value]
        else:
            out[key] = value
    return out


class TracklyV2(Provider):
    key_prefix = "trk_"

    def __init__(self, compiled: CompiledSpec, config: MockConfig) -> None:
        self._format_validators: dict[str, Any] = {}
        super().__init__(compiled, config)

    def roles(self) -> dict[str, dict[str, Any]]:
        active = {
            "suspended": False,
            "products": {"sms", "partnerships"},
            "billing": "ok",
            "voip_sending": bool(self.config.options.get("voip_sending", False)),
        }
        return {
            "default": active,
            "suspended": {**active, "suspended": True},
            "product_disabled": {**active, "products": set()},
            "no_payment_method": {**active, "billing": "no_payment_method"},
            "no_billing_config": {**active, "billing": "no_billing_config"},
            "payment_failed": {**active, "billing": "payment_failed"},
            "billing_suspended": {**active, "billing": "suspended"},
        }

    def key_for(self, role: str) -> str:
        return DOCUMENTED_KEY if role == "default" else super().key_for(role)

    # -- fixtures -----------------------------------------------------------------------------

    def example(self, operation_id: str) -> Any:
        """A deep copy of the documented success example of ``operation_id``."""
        return copy.deepcopy(self.compiled.operations[operation_id].success_example)

    def seed(self) -> None:
        self.lists = Collection()
        for item in LISTS:
            self.lists.put(str(item["id"]), {**copy.deepcopy(item), "created_at": LIST_CREATED_AT})
        self.offers = Collection()
        self.creatives = Collection()
        self.audiences = Collection()
        self.schedules = Collection()
        self.contacts = Collection()  # global contacts, by phone number
        self.subscriptions = Collection()  # subscriptions, by "<phone>|<list id>"
        self.messages = Collection()  # sent and imported messages, by message id
        self.clicks = Collection()  # clicks, by message id (one per message)
        self.revenue = Collection()  # revenue records, by revenue id
        self.links = Collection()  # short links, by link id
        self.partnership_offers = Collection()
        self.validation_cache: dict[str, dict[str, dict[str, Any]]] = {}
        self._sequence = 0
        self._seed_offers()
        self._seed_contacts()
        self._seed_messages()
        for audience in self.example("listAudiences")["audiences"]:
            audience["filter"] = _request_filter(audience["filter"])
            self.audiences.put(audience["id"], audience)
        schedule = self.example("getSchedule")
        self.schedules.put(schedule["id"], schedule)
        creative = self.example("getCreative")
        creative["slug_suffix"] = self.example("updateCreative")["slug"].rsplit("_", 1)[1]
        self.creatives.put(str(creative["id"]), creative)

    def _seed_offers(self) -> None:
        offer = self.example("getOffer")
        offer["slug_suffix"] = self.example("updateOffer")["slug"].rsplit("_", 1)[1]
        self.offers.put(offer["id"], offer)
        for fixture in EXTERNAL_OFFERS:
            self.offers.put(
                fixture["id"],
                {
                    **fixture,
                    "tracking_url": f"https://example.com/{fixture['external_id']}"
                    "?aff_sub={{sendId}}",
                    "external_platform": "tune",
                    "advertiser_id": None,
                    "filter_bots": False,
                    "status": "active",
                    "metadata": {},
                    "created_at": "2024-05-20T09:30:00Z",
                    "updated_at": "2024-05-20T09:30:00Z",
                    "slug_suffix": fixture["id"][-6:],
                },
            )
        documented = self.example("createLink")
        for fixture in PARTNERSHIP_OFFERS:
            self.partnership_offers.put(
                fixture["id"],
                {"destination": documented["destinationUrl"], **copy.deepcopy(fixture)},
            )

    def _seed_contacts(self) -> None:
        created = self.example("createContact")
        for entry in self.example("listContacts")["contacts"]:
            self._store_contact(
                entry["phone_number"],
                int(entry["list_id"]),
                contact_id=created["contact_id"],
                list_contact_id=created["list_contact_id"],
                fields={
                    k: entry[k]
                    for k in ("carrier", "line_type", "timezone", "is_valid")
                    if k in entry
                },
                subscription={
                    "active": entry["active"],
                    "signup_ts": parse_ts(entry["signup_date"]) or 0.0,
                    "signup_method": entry.get("signup_method", "api"),
                    "custom_fields": entry.get("custom_fields", {}),
                    "send_count": entry.get("send_count", 0),
                    "click_count": entry.get("click_count", 0),
                    "revenue_total": entry.get("revenue_total", 0),
                    "conversion_count": entry.get("conversion_count", 0),
                    "last_sent_ts": parse_ts(entry.get("last_sent_at")),
                    "last_clicked_ts": parse_ts(entry.get("last_clicked_at")),
                    "in_workflow": entry.get("in_workflow", False),
                },
            )
        for phone, list_id in MESSAGE_CONTACTS:
            self._store_contact(
                phone, list_id, subscription={"signup_ts": parse_ts("2024-01-10T09:00:00Z")}
            )

    def _seed_messages(self) -> None:
        for fixture in DOCUMENTED_MESSAGES:
            offer = self.find_offer(fixture["offer"]) if fixture["offer"] else None
            self.messages.put(
                fixture["message_id"],
                {
                    "message_id": fixture["message_id"],
                    "to": fixture["to"],
                    "list_number": fixture["list_number"],
                    "body": "Documented example message",
                    "status": "queued",
                    "offer_id": offer["id"] if offer else None,
                    "imported": False,
                    "ts": parse_ts("2024-01-15T10:30:00Z"),
                },
            )

    # -- account rules ------------------------------------------------------------------------

    def authorize(self, request: Request) -> None:
        state = request.account.state if request.account is not None else {}
        # Authentication page: a suspended account is refused on every request (403, no code).
        if state.get("suspended"):
            request.error("account_suspended")
        # x-required-product: the links endpoints need their product (403 product_not_enabled).
        required = request.op.op.ext("x-required-product")
        if (
            required
            and request.account is not None
            and required["product"] not in state.get("products", set())
        ):
            request.error(required["error"])

    def _check_billing(self, request: Request) -> None:
        # Contacts pages: use_validation is billed; unusable billing is answered with 402.
        state = request.account.state.get("billing", "ok") if request.account else "ok"
        error = BILLING_ERRORS.get(state)
        if error is not None:
            request.error(error)

    # -- generic request checks ---------------------------------------------------------------

    def handle(self, request: Request) -> Reply:
        op = request.op
        fallback = self.fallback_error(op, "body")
        if (
            op.body_required
            and request.body == {}
            and request.headers.get("content-length", "0") == "0"
            and "transfer-encoding" not in request.headers
            and fallback is not None
        ):
            # requestBody is required: an absent body is malformed, even where every field is
            # optional (the partial updates).
            raise MockError(fallback, message="Request body is required")
        if op.body_schema is not None and request.body is not None and fallback is not None:
            # The spec's formats (date-time) are assertions for clients; the generic server
            # treats them as annotations, so they are checked here.
            validator = self._format_validators.get(op.operation_id)
            if validator is None:
                validator = jsonschema_rs.Draft202012Validator(
                    standalone(op.body_schema, self.compiled.document), validate_formats=True
                )
                self._format_validators[op.operation_id] = validator
            error = next(iter(validator.iter_errors(request.body)), None)
            if error is not None:
                where = ".".join(str(p) for p in error.instance_path) or "body"
                raise MockError(fallback, message=f"{where}: {error.message}")
        return super().handle(request)

    def _page(self, request: Request, items: list[Any]) -> tuple[list[Any], dict[str, int]]:
        # Overview page: page defaults to 1, per_page to 50 (maxima are schema constraints).
        return Collection.page(
            items, int(request.query.get("page", 1)), int(request.query.get("per_page", 50))
        )

    def _bulk_items(
        self, request: Request
    ) -> Iterator[tuple[int, dict[str, Any], dict[str, Any], str | None]]:
        """(original index, item as sent, usable item, mapped error example or None) per item
        of an x-bulk body.

        A non-object item has none of the fields, so it fails like an empty object. A
        violation the spec maps to no code (a wrongly typed optional field) does not fail the
        item: the field is left out of the usable item, and the item is checked again (a
        mapped violation behind it still fails the item)."""
        schema = request.op.item_schema
        checker = self.compiled.checker
        for index, item, example, message in self.check_items(request):
            if not isinstance(item, dict):
                violation = checker.first_violation(schema, {})
                yield index, {}, {}, violation.error if violation else None
                continue
            usable = item
            while example is None and message is not None:
                violation = checker.first_violation(schema, usable)
                if violation is None:
                    break
                name = violation.path[0] if violation.path else None
                if violation.error is not None:
                    example = violation.error
                elif violation.keyword == "required" or name not in usable:
                    fallback = checker.first_violation(schema, {})
                    example = fallback.error if fallback else None
                    break
                else:
                    usable = {k: v for k, v in usable.items() if k != name}
            validator = request.op.item_validator
            if example is None and validator is not None and not validator.is_valid(usable):
                fallback = checker.first_violation(schema, {})
                example = fallback.error if fallback else None
            yield index, item, usable, example

    def _listed_errors(self, request: Request, errors: list[Any]) -> list[Any]:
        # x-bulk max-errors: at most that many failures are listed; error_count counts all.
        limit = (request.op.op.ext("x-bulk") or {}).get("max-errors")
        return errors[:limit] if isinstance(limit, int) else errors

    # -- lookups ------------------------------------------------------------------------------

    def list_by_number(self, number: Any) -> dict[str, Any] | None:
        """The account's sending list with this number (deleted lists do not count)."""
        return next(
            (
                item
                for item in self.lists
                if item["phone_number"] == number and item["status"] != "deleted"
            ),
            None,
        )

    def list_by_id(self, list_id: Any) -> dict[str, Any] | None:
        if not isinstance(list_id, int) or isinstance(list_id, bool):
            return None
        found = self.lists.get(str(list_id))
        return found if found is not None and found["status"] != "deleted" else None

    def find_offer(self, ref: Any) -> dict[str, Any] | None:
        """An offer that is not archived, by id or by external id (record-revenue page:
        "Trackly offer id or external id")."""
        if not isinstance(ref, str):
            return None
        found = self.offers.get(ref)
        if found is None:
            found = next((o for o in self.offers if o.get("external_id") == ref), None)
        return found if found is not None and found["status"] != "archived" else None

    def _live(self, collection: Collection, key: str, archived: str) -> dict[str, Any] | None:
        found = collection.get(key)
        return found if found is not None and found["status"] != archived else None

    def _next_sequence(self) -> int:
        self._sequence += 1
        return self._sequence

    def _new_hex_id(self, *collections: Collection) -> str:
        while True:
            candidate = self.new_id(24)
            if not any(candidate in c for c in collections):
                return candidate

    # -- contacts (model) ---------------------------------------------------------------------

    def _store_contact(
        self,
        phone: str,
        list_id: int,
        *,
        contact_id: str | None = None,
        list_contact_id: str | None = None,
        fields: dict[str, Any] | None = None,
        subscription: dict[str, Any] | None = None,
    ) -> tuple[dict[str, Any], dict[str, Any], bool, bool]:
        """Upsert the global contact and its subscription; (contact, list contact, new
        contact?, new list contact?). A new contact gets the carrier lookup's data."""
        contact = self.contacts.get(phone)
        new_contact = contact is None
        if contact is None:
            data = lookup(phone)
            contact = self.contacts.put(
                phone,
                {
                    "id": contact_id or self._new_hex_id(self.contacts),
                    "phone_number": phone,
                    "carrier": data["carrier_raw"] or None,
                    "line_type": LINE_TYPES.get(data["line_type"], "UNKNOWN")
                    if data["valid"]
                    else "FAKE",
                    "timezone": AREA_TIMEZONES.get(phone[2:5]) if phone.startswith("+1") else None,
                    "is_valid": bool(data["valid"]),
                    **(fields or {}),
                },
            )
        key = f"{phone}|{list_id}"
        subscribed = self.subscriptions.get(key)
        new_list_contact = subscribed is None
        if subscribed is None:
            subscribed = self.subscriptions.put(
                key,
                {
                    "id": list_contact_id or self._new_hex_id(self.subscriptions),
                    "phone_number": phone,
                    "list_id": list_id,
                    "active": True,
                    "signup_ts": self.now(),
                    "signup_method": "api",
                    "custom_fields": {},
                    "send_count": 0,
                    "click_count": 0,
                    "revenue_total": 0,
                    "conversion_count": 0,
                    "last_sent_ts": None,
                    "last_clicked_ts": None,
                    "last_revenue_ts": None,
                    "in_workflow": False,
                    "unsubscribe_reason": None,
                    "seq": self._next_sequence(),
                },
            )
        subscribed.update(subscription or {})
        return contact, subscribed, new_contact, new_list_contact

    def _subscription(self, phone: Any, list_number: Any) -> dict[str, Any] | None:
        sending_list = self.list_by_number(list_number)
        if sending_list is None or not isinstance(phone, str):
            return None
        return self.subscriptions.get(f"{phone}|{sending_list['id']}")

    def _render_list_contact(self, sub: dict[str, Any]) -> dict[str, Any]:
        contact = self.contacts.get(sub["phone_number"]) or {}
        sending_list = self.lists.get(str(sub["list_id"])) or {}
        return {
            "phone_number": sub["phone_number"],
            "list_number": sending_list.get("phone_number"),
            "list_id": sub["list_id"],
            "active": sub["active"],
            "signup_date": iso(sub["signup_ts"]),
            "signup_method": sub["signup_method"],
            "custom_fields": copy.deepcopy(sub["custom_fields"]),
            "carrier": contact.get("carrier"),
            "line_type": contact.get("line_type", "UNKNOWN"),
            "timezone": contact.get("timezone"),
            "is_valid": contact.get("is_valid", True),
            "send_count": sub["send_count"],
            "click_count": sub["click_count"],
            "revenue_total": sub["revenue_total"],
            "conversion_count": sub["conversion_count"],
            "last_sent_at": iso(sub["last_sent_ts"]) if sub["last_sent_ts"] is not None else None,
            "last_clicked_at": iso(sub["last_clicked_ts"])
            if sub["last_clicked_ts"] is not None
            else None,
            "in_workflow": sub["in_workflow"],
        }

    def _carrier_refused(self, request: Request, phone: str) -> bool:
        """Contacts pages: the number failed carrier validation or was rejected as VoIP (VoIP
        is refused unless the account allows VOIP sending)."""
        data = lookup(phone)
        account = request.account.state if request.account else {}
        return not data["valid"] or (
            data["line_type"] == "voip" and not account.get("voip_sending")
        )

    def _validate_number(self, request: Request, phone: str) -> dict[str, Any]:
        """The paid validation (use_validation): $0.003 per lookup, repeat lookups served from
        the account's cache for free (``cached: true``, ``cost: 0``)."""
        if phone in PROVIDER_FAILURE_NUMBERS:
            return {"cached": False, "cost": 0, "disposition": "unknown", "failed": True}
        cache = self.validation_cache.setdefault(request.account.key if request.account else "", {})
        if phone in cache:
            return {"cached": True, "cost": 0, "disposition": disposition(cache[phone])}
        cache[phone] = lookup(phone)
        return {"cached": False, "cost": LOOKUP_COST, "disposition": disposition(cache[phone])}

    def _upsert(
        self, request: Request, item: dict[str, Any], sending_list: dict[str, Any]
    ) -> tuple[dict[str, Any], bool, bool, int, bool]:
        """Store one accepted contact: (result fields, new contact?, new list contact?,
        journeys enrolled, warn about journeys?)."""
        phone = item["phone_number"]
        existing = self.subscriptions.get(f"{phone}|{sending_list['id']}")
        subscription: dict[str, Any] = {"active": True}
        signup = parse_ts(item.get("signup_date"))
        if signup is not None:
            subscription["signup_ts"] = signup
        # Create-contact page: custom fields are merged into the existing ones.
        merged = dict(existing["custom_fields"]) if existing else {}
        merged.update(_custom_fields(item.get("custom_fields")))
        subscription["custom_fields"] = merged
        contact, sub, new_contact, new_list_contact = self._store_contact(
            phone, sending_list["id"], subscription=subscription
        )
        journeys = JOURNEYS.get(sending_list["id"], [])
        enrolled = 0
        warn = False
        if journeys and item.get("use_journeys") is True:
            # skip_journey_if_exists (default true): no enrolment when the ListContact existed.
            if new_list_contact or item.get("skip_journey_if_exists") is False:
                enrolled = len(journeys)
                sub["in_workflow"] = True
        elif journeys:
            warn = True  # journeys exist but use_journeys is not set: a warning
        fields = {"contact_id": contact["id"], "list_contact_id": sub["id"]}
        return fields, new_contact, new_list_contact, enrolled, warn

    def _bump_contact(self, message: dict[str, Any], **changes: Any) -> None:
        """Apply stat changes to the subscription the message was sent to, if it exists."""
        sub = self._subscription(message.get("to"), message.get("list_number"))
        if sub is None:
            return
        for key, value in changes.items():
            if key.endswith("_ts"):
                current = sub.get(key)
                sub[key] = value if current is None else max(current, value)
            else:
                sub[key] = _money(sub[key] + value)

    # -- Send ---------------------------------------------------------------------------------

    def new_message_id(self) -> str:
        while True:
            candidate = self.new_id(8, _ID_ALPHABET)
            if candidate not in self.messages:
                return candidate

    def _send_one(self, request: Request, message: dict[str, Any]) -> tuple[str | None, str]:
        """Apply the send rules to one valid message: (error example or None, message id)."""
        sending_list = self.list_by_number(message.get("list_number"))
        if sending_list is None:
            return "list_not_found", ""
        if not sending_list.get("byoc_verified", True):
            return "webhook_not_configured", ""
        account = request.account.state if request.account else {}
        to = message.get("to")
        # A VOIP recipient is refused while the account disables VOIP sending.
        voip = isinstance(to, str) and lookup(to)["line_type"] == "voip"
        if voip and not account.get("voip_sending"):
            return "not_sendable", ""
        message_id = self.new_message_id()
        body = message.get("body")
        text = body.replace("{{messageId}}", message_id) if isinstance(body, str) else ""
        link = next((lk for lk in self.links if lk["shortUrl"] in text), None)
        stored = self.messages.put(
            message_id,
            {
                "message_id": message_id,
                "to": to,
                "list_number": message.get("list_number"),
                "body": text,
                "status": "queued",
                "offer_id": link.get("offerId") if link else None,
                "imported": False,
                "ts": self.now(),
            },
        )
        self._bump_contact(stored, send_count=1, last_sent_ts=self.now())
        return None, message_id

    def send_message(self, request: Request) -> Reply:
        error, message_id = self._send_one(request, request.body)
        if error is not None:
            request.error(error)
        return Reply({"success": True, "message_id": message_id, "status": "queued"})

    send_raw_message = send_message

    def send_bulk_messages(self, request: Request) -> Reply:
        errors = []
        queued = 0
        for index, sent, item, example in self._bulk_items(request):
            if example is None:
                example, _ = self._send_one(request, item)
            if example is None:
                queued += 1
                continue
            errors.append(self.bulk_error(request, index, sent, example))
        return Reply({"queued_count": queued, "error_count": len(errors), "errors": errors})

    send_raw_bulk_messages = send_bulk_messages

    # -- Contacts -----------------------------------------------------------------------------

    def create_contact(self, request: Request) -> Reply:
        body = request.body
        # x-rules: with use_validation, unusable billing refuses the request (402); nothing
        # is stored.
        if body.get("use_validation") is True:
            self._check_billing(request)
        sending_list = self.list_by_number(body["list_number"])
        if sending_list is None:
            request.error("list_not_found")
        if self._carrier_refused(request, body["phone_number"]):
            request.error("not_sendable__carrier")
        validation = None
        if body.get("use_validation") is True:
            # The contact is stored whatever the validation's outcome.
            validation = self._validate_number(request, body["phone_number"])
            validation.pop("failed", None)
        fields, new_contact, new_list_contact, enrolled, warn = self._upsert(
            request, body, sending_list
        )
        result: dict[str, Any] = {
            "success": True,
            **fields,
            "is_new_contact": new_contact,
            "is_new_list_contact": new_list_contact,
            "journeys_enrolled": enrolled,
        }
        if warn:
            result["warnings"] = [JOURNEY_WARNING]
        if validation is not None:
            result["validation"] = validation
        return Reply(result)

    def bulk_create_contacts(self, request: Request) -> Reply:
        items = request.body["contacts"]
        # x-rules: one contact object over 4,000 bytes (createContact's x-max-bytes) refuses
        # the whole request (413).
        if any(json_size(item) > self._contact_max_bytes() for item in items):
            request.error("payload_too_large")
        # x-rules: a contact with use_validation while billing is unusable refuses the batch.
        if any(isinstance(i, dict) and i.get("use_validation") is True for i in items):
            self._check_billing(request)
        errors: list[dict[str, Any]] = []
        counts = {"success": 0, "contacts": 0, "list_contacts": 0, "journeys": 0}
        warn = False
        for index, sent, item, example in self._bulk_items(request):
            if example is None:
                example = self._bulk_contact_verdict(request, item)
            if example is not None:
                errors.append(self.bulk_error(request, index, sent, example))
                continue
            sending_list = self.list_by_number(item["list_number"])
            assert sending_list is not None
            _fields, new_contact, new_sub, enrolled, item_warn = self._upsert(
                request, item, sending_list
            )
            counts["success"] += 1
            counts["contacts"] += int(new_contact)
            counts["list_contacts"] += int(new_sub)
            counts["journeys"] += enrolled
            warn = warn or item_warn
        result: dict[str, Any] = {
            "success_count": counts["success"],
            "error_count": len(errors),
            "errors": errors,
            "contacts_created": counts["contacts"],
            "list_contacts_created": counts["list_contacts"],
            "journeys_enrolled": counts["journeys"],
        }
        if warn:
            result["warnings"] = [JOURNEY_WARNING]
        return Reply(result)

    def _contact_max_bytes(self) -> int:
        body = self.compiled.operations["createContact"].op.request_body or {}
        schema = body["content"]["application/json"]["schema"]
        return int(schema["x-max-bytes"])

    def _bulk_contact_verdict(self, request: Request, item: dict[str, Any]) -> str | None:
        """Per-contact rules of the bulk-create page, in order: an owned list, the carrier
        check, then (with use_validation) the validation's disposition."""
        if self.list_by_number(item.get("list_number")) is None:
            return "list_not_found"
        phone = item["phone_number"]
        if self._carrier_refused(request, phone):
            return "not_sendable__carrier"
        if item.get("use_validation") is True:
            result = self._validate_number(request, phone)
            if result.get("failed"):
                return "provider_error"
            if result["disposition"] in ("invalid", "unreachable"):
                return "validation_failed"
        return None

    def update_contact(self, request: Request) -> Reply:
        body = request.body
        # x-rules, in order: a known contact, an owned list, a subscription to that list.
        if body["phone_number"] not in self.contacts:
            request.error("contact_not_found")
        if self.list_by_number(body["list_number"]) is None:
            request.error("list_not_found")
        sub = self._subscription(body["phone_number"], body["list_number"])
        if sub is None:
            request.error("list_contact_not_found")
        fields = _custom_fields(body["custom_fields"])
        # merge_fields (default true) merges; false replaces the whole object.
        if body.get("merge_fields", True) is False:
            sub["custom_fields"] = fields
        else:
            sub["custom_fields"] = {**sub["custom_fields"], **fields}
        return Reply(
            {
                "success": True,
                "list_contact_id": sub["id"],
                "custom_fields": copy.deepcopy(sub["custom_fields"]),
            }
        )

    def delete_contact(self, request: Request) -> Reply:
        # Soft delete: the subscription becomes inactive (reason api); an unknown contact or
        # list, or an inactive subscription, is a success with unsubscribed false.
        sub = self._subscription(request.body["phone_number"], request.body["list_number"])
        if sub is None or not sub["active"]:
            return Reply({"success": True, "unsubscribed": False})
        sub["active"] = False
        sub["unsubscribe_reason"] = "api"
        return Reply({"success": True, "unsubscribed": True})

    def list_contacts(self, request: Request) -> Reply:
        subs = list(self.subscriptions)
        number = request.query.get("list_number")
        if number is not None:
            sending_list = self.list_by_number(number)
            subs = [s for s in subs if sending_list and s["list_id"] == sending_list["id"]]
        active = request.query.get("active")
        if active is not None:
            subs = [s for s in subs if s["active"] == (active == "true")]
        # Newest signup first (list-contacts page); later subscriptions first on a tie.
        subs.sort(key=lambda s: (s["signup_ts"], s["seq"]), reverse=True)
        page, block = self._page(request, subs)
        return Reply(
            {"contacts": [self._render_list_contact(s) for s in page], "pagination": block}
        )

    def get_contact(self, request: Request) -> Reply:
        phone = request.path["phone_number"]
        contact = self.contacts.get(phone)
        if contact is None:
            request.error("not_found__contact")
        memberships = []
        for sub in self.subscriptions:
            if sub["phone_number"] != phone:
                continue
            rendered = self._render_list_contact(sub)
            memberships.append(
                {
                    k: rendered[k]
                    for k in (
                        "list_id",
                        "list_number",
                        "active",
                        "signup_date",
                        "custom_fields",
                        "send_count",
                        "click_count",
                    )
                }
            )
        return Reply(
            {
                "phone_number": phone,
                "carrier": contact["carrier"],
                "line_type": contact["line_type"],
                "timezone": contact["timezone"],
                "is_valid": contact["is_valid"],
                "lists": memberships,
            }
        )

    # -- Lists --------------------------------------------------------------------------------

    def _render_list(self, item: dict[str, Any]) -> dict[str, Any]:
        rendered = {k: item[k] for k in PUBLIC_LIST_FIELDS}
        # contact_count: active subscriptions (list pages).
        rendered["contact_count"] = sum(
            1 for s in self.subscriptions if s["list_id"] == item["id"] and s["active"]
        )
        rendered["created_at"] = item["created_at"]
        return rendered

    def list_lists(self, request: Request) -> Reply:
        # Without status, every list except deleted ones (list-all page); not paginated.
        items = _with_status(self.lists, request, hidden="deleted")
        return Reply({"lists": [self._render_list(i) for i in items]})

    def get_list(self, request: Request) -> Reply:
        found = self.list_by_id(request.path["list_id"])
        if found is None:
            request.error("not_found")  # unknown or deleted list
        return Reply(self._render_list(found))

    # -- Audiences ----------------------------------------------------------------------------

    def _check_source_lists(self, request: Request, example: str) -> None:
        # x-rules: every id in source_lists must be a sending list of the account.
        for list_id in request.body.get("source_lists") or []:
            if self.list_by_id(list_id) is None:
                request.error(example)

    def _render_audience(self, audience: dict[str, Any]) -> dict[str, Any]:
        rendered = copy.deepcopy(audience)
        rendered["filter"] = _render_filter(audience["filter"])
        return rendered

    def _audience(self, request: Request) -> dict[str, Any]:
        found = self._live(self.audiences, request.path["id"], "archived")
        if found is None:
            request.error("not_found")
        return found

    def create_audience(self, request: Request) -> Reply:
        body = request.body
        self._check_source_lists(request, "source_list_not_found")
        audience_id = self._new_hex_id(self.audiences)
        audience = self.audiences.put(
            audience_id,
            {
                "id": audience_id,
                # The create page is not retrievable and name is not required: an audience
                # created without one gets this name (mock choice; Audience requires a name).
                "name": body.get("name", "Untitled audience"),
                "description": body.get("description", ""),
                "source_lists": list(body.get("source_lists") or []),
                "filter": copy.deepcopy(body["filter"]),
                "cached_size": None,
                "cached_size_updated_at": None,
                "status": "active",
                "created_at": local(self.now()),
            },
        )
        return Reply(self._render_audience(audience))

    def list_audiences(self, request: Request) -> Reply:
        # Archived audiences only when status=archived is asked for (list-audiences page).
        page, block = self._page(request, _with_status(self.audiences, request))
        return Reply({"audiences": [self._render_audience(a) for a in page], "pagination": block})

    def get_audience(self, request: Request) -> Reply:
        return Reply(self._render_audience(self._audience(request)))

    def update_audience(self, request: Request) -> Reply:
        audience = self._audience(request)
        body = request.body
        self._check_source_lists(request, "source_list_not_found")
        for key in ("name", "description", "source_lists"):
            if key in body:
                audience[key] = copy.deepcopy(body[key])
        if "filter" in body:
            # Update-audience page: changing the filter resets the cached size.
            audience["filter"] = copy.deepcopy(body["filter"])
            audience["cached_size"] = None
            audience["cached_size_updated_at"] = None
        return Reply(self._render_audience(audience))

    def delete_audience(self, request: Request) -> Reply:
        self._audience(request)["status"] = "archived"  # soft delete, spelled archived (C-22)
        return Reply({"success": True, "archived": True})

    def get_audience_size(self, request: Request) -> Reply:
        audience = self._audience(request)
        size = self.audience_size(audience)
        # The size is computed now and refreshes cached_size / cached_size_updated_at.
        calculated_at = local(self.now())
        audience["cached_size"] = size
        audience["cached_size_updated_at"] = calculated_at
        return Reply({"audience_id": audience["id"], "size": size, "calculated_at": calculated_at})

    def audience_size(self, audience: dict[str, Any]) -> int:
        """Distinct contacts with an active subscription on the audience's source lists (all
        lists when empty) that match its filter."""
        scope = set(audience.get("source_lists") or [])
        now = self.now()
        matched = set()
        for sub in self.subscriptions:
            if not sub["active"] or (scope and sub["list_id"] not in scope):
                continue
            if self._matches_group(audience["filter"], self._filter_row(sub), now):
                matched.add(sub["phone_number"])
        return len(matched)

    def _filter_row(self, sub: dict[str, Any]) -> dict[str, Any]:
        contact = self.contacts.get(sub["phone_number"]) or {}
        conversions = sub["conversion_count"]
        return {
            "last_clicked_at": sub["last_clicked_ts"],
            "last_sent_at": sub["last_sent_ts"],
            "signup_date": sub["signup_ts"],
            "send_count": sub["send_count"],
            "click_count": sub["click_count"],
            "conversion_count": conversions,
            "revenue_total": sub["revenue_total"],
            "avg_revenue": sub["revenue_total"] / conversions if conversions else 0,
            "has_revenue": sub["revenue_total"] > 0,
            "last_revenue_at": sub.get("last_revenue_ts"),
            "custom_fields": sub["custom_fields"],
            "carrier": contact.get("carrier"),
            "timezone": contact.get("timezone"),
        }

    def _matches_group(self, group: dict[str, Any], row: dict[str, Any], now: float) -> bool:
        # Filter DSL: a group's operator (AND/OR) joins its conditions and nested groups.
        results = [
            self._matches_condition(c, row, now)
            for c in group.get("conditions") or []
            if isinstance(c, dict)
        ]
        results += [
            self._matches_group(g, row, now)
            for g in group.get("groups") or []
            if isinstance(g, dict)
        ]
        if not results:
            return False
        return all(results) if group.get("operator") == "AND" else any(results)

    def _matches_condition(self, cond: dict[str, Any], row: dict[str, Any], now: float) -> bool:
        kind = cond.get("condition_type")
        operator = cond.get("operator")
        value = cond.get("value")
        if kind == "time":
            # within/not_within/before/after compare with now minus value × unit;
            # exists/not_exists test for a value.
            stamp = row.get(str(cond.get("field")))
            if operator == "exists":
                return stamp is not None
            if operator == "not_exists":
                return stamp is None
            unit = TIME_UNITS.get(str(cond.get("unit")))
            if not isinstance(value, (int, float)) or isinstance(value, bool) or unit is None:
                return False
            threshold = now - value * unit
            if operator in ("within", "after"):
                return stamp is not None and stamp >= threshold
            if operator == "not_within":
                return stamp is None or stamp < threshold
            return operator == "before" and stamp is not None and stamp < threshold
        if kind in ("count", "revenue"):
            return _compare(row.get(str(cond.get("field"))), operator, value)
        if kind == "custom_field":
            name = str(cond.get("field")).removeprefix("custom_fields.")
            return _compare(row["custom_fields"].get(name), operator, value)
        if kind in ("carrier", "timezone"):
            return _compare(row.get(kind), operator, value)
        return False

    # -- Schedules ----------------------------------------------------------------------------

    def _schedule_rules(self, request: Request) -> None:
        body = request.body
        blasts = body.get("blasts")
        if isinstance(blasts, list) and blasts:
            # x-rules: the blasts' percent_audience values must total exactly 100 (a blast
            # without one counts 0).
            total = sum(
                float(b.get("percent_audience", 0))
                for b in blasts
                if isinstance(b, dict) and _is_number(b.get("percent_audience", 0))
            )
            if not math.isclose(total, 100.0, abs_tol=1e-9):
                request.error("invalid_blast_percent")
        # x-rules: every audience must exist and be active (404 audience_not_found).
        for audience_id in body.get("audiences") or []:
            if self._live(self.audiences, audience_id, "archived") is None:
                request.error("audience_not_found")
        self._check_source_lists(request, "source_list_not_found__404")

    def _apply_schedule(self, schedule: dict[str, Any], body: dict[str, Any]) -> None:
        for key in SCHEDULE_FIELDS:
            if key not in body:
                continue
            value = copy.deepcopy(body[key])
            if key == "days_of_week":
                # The seven days only (other keys are not days and are not stored).
                days = {day: value[day] for day in DAYS if isinstance(value.get(day), bool)}
                value = {**schedule.get("days_of_week", {}), **days}
            elif key in ("send_date", "start_date", "end_date") and value is not None:
                stamp = parse_ts(value)
                value = iso(stamp) if stamp is not None else value
            elif key == "blasts":
                value = [self._blast(b) for b in value]
            schedule[key] = value

    @staticmethod
    def _blast(blast: dict[str, Any]) -> dict[str, Any]:
        """A blast as the schedule pages print it: offer links with url_params, and
        mms_image_url null when not sent."""
        links = [
            {**link, "url_params": link.get("url_params", {})}
            for link in blast.get("offer_links") or []
        ]
        return {**blast, "offer_links": links, "mms_image_url": blast.get("mms_image_url")}

    def create_schedule(self, request: Request) -> Reply:
        self._schedule_rules(request)
        schedule_id = self._new_hex_id(self.schedules)
        stamp = iso(self.now())
        schedule: dict[str, Any] = {"id": schedule_id, **copy.deepcopy(SCHEDULE_DEFAULTS)}
        self._apply_schedule(schedule, request.body)
        schedule.update(created_at=stamp, updated_at=stamp)
        self.schedules.put(schedule_id, schedule)
        return Reply({"success": True, "schedule": copy.deepcopy(schedule)})

    def list_schedules(self, request: Request) -> Reply:
        # Not paginated (C-23); archived schedules only when asked for.
        items = _with_status(self.schedules, request, hidden="archive")
        return Reply({"schedules": copy.deepcopy(items)})

    def get_schedule(self, request: Request) -> Reply:
        found = self._live(self.schedules, request.path["id"], "archive")
        if found is None:
            request.error("not_found__schedule")
        return Reply(copy.deepcopy(found))

    def update_schedule(self, request: Request) -> Reply:
        # An archived schedule is restored by this PUT (status draft or off), so it is found.
        schedule = self.schedules.get(request.path["id"])
        if schedule is None:
            request.error("not_found__schedule")
        # x-rules: a complete schedule cannot be edited.
        if schedule["status"] == "complete":
            request.error("schedule_complete")
        self._schedule_rules(request)
        self._apply_schedule(schedule, request.body)
        schedule["updated_at"] = iso(self.now())
        return Reply({"success": True, "schedule": copy.deepcopy(schedule)})

    def delete_schedule(self, request: Request) -> Reply:
        found = self._live(self.schedules, request.path["id"], "archive")
        if found is None:
            request.error("not_found__schedule")
        found["status"] = "archive"  # soft delete, spelled archive for schedules (C-22)
        found["updated_at"] = iso(self.now())
        return Reply({"success": True, "archived": True})

    # -- Creatives ----------------------------------------------------------------------------

    def _creative_rules(
        self, request: Request, message: str, offer_links: list[dict[str, Any]]
    ) -> None:
        # x-rules: every {{linkN}} placeholder needs an offer_links entry with key linkN ...
        keys = {link.get("key") for link in offer_links}
        missing = [p for p in dict.fromkeys(PLACEHOLDER.findall(message)) if p not in keys]
        if missing:
            request.error(
                "missing_offer_links_for_placeholders",
                message=f"Missing offer_links for placeholders: {', '.join(missing)}",
            )
        # ... and every offer_id must be an offer of the account.
        for link in offer_links:
            if self.find_offer_by_id(link.get("offer_id")) is None:
                request.error("offer_not_found", message=f"Offer not found: {link['offer_id']}")

    def find_offer_by_id(self, offer_id: Any) -> dict[str, Any] | None:
        return self._live(self.offers, offer_id, "archived") if isinstance(offer_id, str) else None

    @staticmethod
    def _counts(message: str) -> tuple[int, int]:
        """(character_count, segment_count): placeholders count 23 characters each, plus 34
        characters of compliance overhead; 1 segment up to 160, else ceil(count / 153)."""
        placeholders = len(PLACEHOLDER.findall(message))
        count = len(PLACEHOLDER.sub("", message)) + placeholders * LINK_CHARACTERS
        count += COMPLIANCE_OVERHEAD
        return count, 1 if count <= 160 else math.ceil(count / 153)

    def _set_creative_content(
        self, creative: dict[str, Any], message: str, offer_links: list[dict[str, Any]]
    ) -> None:
        links = [
            {
                **copy.deepcopy(link),
                "url": link.get("url"),
                "url_params": copy.deepcopy(link.get("url_params", {})),
            }
            for link in offer_links
        ]
        creative["message"] = message
        creative["offer_links"] = links
        creative["offers"] = list(dict.fromkeys(link["offer_id"] for link in links))
        creative["character_count"], creative["segment_count"] = self._counts(message)

    def _render_creative(self, creative: dict[str, Any]) -> dict[str, Any]:
        rendered = {k: copy.deepcopy(v) for k, v in creative.items() if k != "slug_suffix"}
        rendered["slug"] = _slug("cre", creative["name"], creative["slug_suffix"])
        return rendered

    def _creative(self, request: Request, *, archived_too: bool = False) -> dict[str, Any]:
        found = self.creatives.get(str(request.path["id"]))
        if found is None or (found["status"] == "archived" and not archived_too):
            request.error("not_found__creative")
        return found

    def create_creative(self, request: Request) -> Reply:
        body = request.body
        self._creative_rules(request, body["message"], body["offer_links"])
        creative_id = max((int(c["id"]) for c in self.creatives), default=100) + 1
        creative: dict[str, Any] = {
            "id": creative_id,
            "name": body["name"],
            "status": body.get("status", "active"),
            "creative_type": body.get("creative_type", "automated"),
            "created_at": iso(self.now()),
            "slug_suffix": self.new_id(6, _SLUG_ALPHABET),
        }
        self._set_creative_content(creative, body["message"], body["offer_links"])
        self.creatives.put(str(creative_id), creative)
        return Reply({"success": True, "creative": self._render_creative(creative)})

    def list_creatives(self, request: Request) -> Reply:
        status = request.query.get("status", "active")  # default active (list page)
        kind = request.query.get("creative_type")
        items = [
            c
            for c in self.creatives
            if c["status"] == status and (kind is None or c["creative_type"] == kind)
        ]
        page, block = self._page(request, items)
        return Reply({"creatives": [self._render_creative(c) for c in page], "pagination": block})

    def get_creative(self, request: Request) -> Reply:
        return Reply(self._render_creative(self._creative(request)))

    def update_creative(self, request: Request) -> Reply:
        # An archived creative can be restored with a status, so PUT still reaches it.
        creative = self._creative(request, archived_too=True)
        body = request.body
        if "message" in body or "offer_links" in body:
            message = body.get("message", creative["message"])
            offer_links = body.get("offer_links", creative["offer_links"])
            self._creative_rules(request, message, offer_links)
            self._set_creative_content(creative, message, offer_links)
        for key in ("name", "status", "creative_type"):
            if key in body:
                creative[key] = body[key]
        return Reply(self._render_creative(creative))

    def delete_creative(self, request: Request) -> Reply:
        self._creative(request)["status"] = "archived"  # soft delete (C-22)
        return Reply({"success": True, "archived": True})

    # -- Offers -------------------------------------------------------------------------------

    def _render_offer(self, offer: dict[str, Any]) -> dict[str, Any]:
        rendered = {k: copy.deepcopy(v) for k, v in offer.items() if k != "slug_suffix"}
        rendered["slug"] = _slug("ofr", offer["name"], offer["slug_suffix"])
        return rendered

    def _offer(self, request: Request, *, archived_too: bool = False) -> dict[str, Any]:
        found = self.offers.get(request.path["id"])
        if found is None or (found["status"] == "archived" and not archived_too):
            request.error("not_found")
        return found

    def create_offer(self, request: Request) -> Reply:
        body = request.body
        offer_id = self._new_hex_id(self.offers)
        stamp = iso(self.now())
        offer: dict[str, Any] = {
            "id": offer_id,
            "name": body["name"],
            "tracking_url": body["tracking_url"],
            # Create-offer page defaults.
            "external_platform": body.get("external_platform"),
            "external_id": body.get("external_id"),
            "advertiser_id": body.get("advertiser_id"),
            "payout": body.get("payout", 0),
            "payout_type": body.get("payout_type", "cpa"),
            "filter_bots": body.get("filter_bots", False),
            "status": body.get("status", "active"),
            "metadata": dict(body.get("metadata") or {}),
            "created_at": stamp,
            "updated_at": stamp,
            "slug_suffix": self.new_id(6, _SLUG_ALPHABET),
        }
        self.offers.put(offer_id, offer)
        # The page's example (flat, with a slug) is the documented answer (C-08).
        return Reply(self._render_offer(offer))

    def list_offers(self, request: Request) -> Reply:
        page, block = self._page(request, _with_status(self.offers, request))
        return Reply({"offers": [self._render_offer(o) for o in page], "pagination": block})

    def get_offer(self, request: Request) -> Reply:
        return Reply(self._render_offer(self._offer(request)))

    def update_offer(self, request: Request) -> Reply:
        # status archived archives, another status restores: PUT reaches archived offers.
        offer = self._offer(request, archived_too=True)
        body = request.body
        for key in OFFER_FIELDS:
            if key in body:
                offer[key] = copy.deepcopy(body[key])
        if "metadata" in body:
            offer["metadata"] = {**offer.get("metadata", {}), **body["metadata"]}  # merged
        offer["updated_at"] = iso(self.now())
        return Reply(self._render_offer(offer))

    def delete_offer(self, request: Request) -> Reply:
        offer = self._offer(request)
        offer["status"] = "archived"  # soft delete, restorable by PUT (C-22)
        offer["updated_at"] = iso(self.now())
        return Reply({"success": True, "archived": True})

    # -- Revenue ------------------------------------------------------------------------------

    def _revenue_verdict(self, record: dict[str, Any], *, history: bool) -> str | None:
        """The existence rules of a revenue record: the message, (history) the offer, and
        the contact the message was sent to."""
        suffix = "__404" if history else ""  # 404 on the history pages (C-12, C-13)
        message_id = record.get("message_id")
        message = self.messages.get(message_id) if isinstance(message_id, str) else None
        if message is None:
            return "message_not_found" + suffix
        if history and self.find_offer(record.get("offer_id")) is None:
            return "offer_not_found__404"
        if message.get("to") not in self.contacts:
            return "contact_not_found" + suffix
        return None

    def _record_revenue(
        self, record: dict[str, Any], *, imported: bool, attribution: Any
    ) -> dict[str, Any]:
        message = self.messages.get(record["message_id"]) or {}
        offer = self.find_offer(record.get("offer_id"))
        # Without offer_id the offer is resolved from the message's short link.
        offer_id = offer["id"] if offer else record.get("offer_id") or message.get("offer_id")
        stamp = parse_ts(record.get("timestamp"))
        stamp = stamp if stamp is not None else self.now()
        revenue_id = self._new_hex_id(self.revenue)
        amount = record["revenue"]
        stored = self.revenue.put(
            revenue_id,
            {
                "revenue_id": revenue_id,
                "message_id": record["message_id"],
                "revenue": amount,
                "payout": record.get("payout") if _is_number(record.get("payout")) else None,
                "attribution_type": attribution,
                "offer_id": offer_id if isinstance(offer_id, str) else None,
                "ts": stamp,
                "imported": imported,
            },
        )
        # History revenue page: revenue_total, conversion_count and last_revenue_at.
        self._bump_contact(message, revenue_total=amount, conversion_count=1, last_revenue_ts=stamp)
        return stored

    def record_revenue(self, request: Request) -> Reply:
        body = request.body
        example = self._revenue_verdict(body, history=False)
        if example is not None:
            request.error(example)
        stored = self._record_revenue(body, imported=False, attribution=body["attribution_type"])
        return Reply(
            {
                "success": True,
                "revenue_id": stored["revenue_id"],
                "message_id": stored["message_id"],
                "revenue": stored["revenue"],
            }
        )

    def bulk_record_revenue(self, request: Request) -> Reply:
        imported = request.body.get("imported") is True  # marks the records as imported
        errors: list[dict[str, Any]] = []
        success = 0
        total = 0.0
        for index, sent, item, example in self._bulk_items(request):
            if example is None:
                example = self._revenue_verdict(item, history=False)
            if example is not None:
                errors.append(self.bulk_error(request, index, sent, example))
                continue
            stored = self._record_revenue(
                item, imported=imported, attribution=item["attribution_type"]
            )
            success += 1
            total += stored["revenue"]
        return Reply(
            {
                "success_count": success,
                "error_count": len(errors),
                "total_revenue": _money(total),
                "errors": errors,
            }
        )

    # -- Data import --------------------------------------------------------------------------

    def import_send_history(self, request: Request) -> Reply:
        errors: list[dict[str, Any]] = []
        success = duplicates = invalid_phones = 0
        for index, sent, item, example in self._bulk_items(request):
            sending_list: dict[str, Any] | None = None
            if example is None and ("list_number" in sent or "list_id" in sent):
                # x-rules: list_number or list_id (as sent) must name a sending list of the
                # account (404, C-03).
                sending_list = (
                    self.list_by_number(sent["list_number"])
                    if "list_number" in sent
                    else self.list_by_id(sent["list_id"])
                )
                if sending_list is None:
                    example = "list_not_found__404"
            if example is None and parse_ts(item["timestamp"]) is None:
                example = "invalid_timestamp"  # x-rules: an ISO 8601 date-time
            if example is not None:
                invalid_phones += int(example == "invalid_phone__e164")
                errors.append(self.bulk_error(request, index, sent, example))
                continue
            record_id = item["id"]
            if record_id in self.messages:
                duplicates += 1  # x-rules: an id already imported is skipped, not failed
                continue
            self.messages.put(
                record_id,
                {
                    "message_id": record_id,
                    "to": item["to_number"],
                    "list_number": sending_list["phone_number"] if sending_list else None,
                    "body": item.get("message") if isinstance(item.get("message"), str) else "",
                    "status": "delivered" if item.get("delivered") is True else "sent",
                    "offer_id": None,
                    "imported": True,  # the server forces imported=true
                    "ts": parse_ts(item["timestamp"]),
                },
            )
            success += 1
        return Reply(
            {
                "success_count": success,
                "error_count": len(errors),
                "duplicates_skipped": duplicates,
                "invalid_phones": invalid_phones,
                "errors": self._listed_errors(request, errors),
            }
        )

    def import_click_history(self, request: Request) -> Reply:
        errors: list[dict[str, Any]] = []
        success = duplicates = 0
        for index, sent, item, example in self._bulk_items(request):
            message = None
            if example is None:
                message_id = item.get("message_id")
                message = self.messages.get(message_id) if isinstance(message_id, str) else None
                if message is None:
                    example = "message_not_found__404"
                elif self.find_offer(item.get("offer_id")) is None:
                    example = "offer_not_found__404"
                elif parse_ts(item["timestamp"]) is None or (
                    "send_timestamp" in item and parse_ts(item["send_timestamp"]) is None
                ):
                    example = "invalid_timestamp"
            if example is not None:
                errors.append(self.bulk_error(request, index, sent, example))
                continue
            assert message is not None
            if message["message_id"] in self.clicks:
                duplicates += 1  # x-rules: one click per message_id
                continue
            stamp = parse_ts(item["timestamp"])
            assert stamp is not None
            offer = self.find_offer(item["offer_id"])
            assert offer is not None
            self.clicks.put(
                message["message_id"],
                {
                    "message_id": message["message_id"],
                    "offer_id": offer["id"],
                    "phone_number": item["phone_number"],
                    "ts": stamp,
                    "imported": True,
                },
            )
            # The click updates the contact's click_count and last_clicked_at.
            self._bump_contact(
                {"to": item["phone_number"], "list_number": message.get("list_number")},
                click_count=1,
                last_clicked_ts=stamp,
            )
            success += 1
        return Reply(
            {
                "success_count": success,
                "error_count": len(errors),
                "duplicates_skipped": duplicates,
                "errors": self._listed_errors(request, errors),
            }
        )

    def import_revenue_history(self, request: Request) -> Reply:
        errors: list[dict[str, Any]] = []
        success = 0
        total = 0.0
        for index, sent, item, example in self._bulk_items(request):
            if example is None and not _is_number(item.get("revenue")):
                example = "missing_revenue"  # no other code is documented for a bad amount
            if example is None:
                example = self._revenue_verdict(item, history=True)
            if example is not None:
                errors.append(self.bulk_error(request, index, sent, example))
                continue
            attribution = item.get("attribution_type")
            valid = ("sale", "click", "send", "migration")
            stored = self._record_revenue(
                item, imported=True, attribution=attribution if attribution in valid else None
            )
            success += 1
            total += stored["revenue"]
        return Reply(
            {
                "success_count": success,
                "error_count": len(errors),
                "total_revenue": _money(total),
                "errors": self._listed_errors(request, errors),
            }
        )

    def clear_history(self, request: Request) -> Reply:
        body = request.body
        before = parse_ts(body.get("before_date"))

        def older(stamp: Any) -> bool:
            return before is None or (stamp is not None and stamp < before)

        entities = list(dict.fromkeys(body.get("entities") or []))
        cleared: dict[str, int] = {}
        imported_sends = {m["message_id"] for m in self.messages if m.get("imported")}
        if "clicks" in entities:
            # Only the clicks of imported sends.
            doomed = [
                c["message_id"]
                for c in self.clicks
                if c["message_id"] in imported_sends and older(c["ts"])
            ]
            for key in doomed:
                self.clicks.delete(key)
            cleared["clicks"] = len(doomed)
        if "sends" in entities:
            # Only imported sends (imported=true).
            doomed = [m for m in imported_sends if older((self.messages.get(m) or {}).get("ts"))]
            for key in doomed:
                self.messages.delete(key)
            cleared["sends"] = len(doomed)
        if "revenue" in entities:
            # ALL revenue of the account, imported or not.
            doomed = [r["revenue_id"] for r in self.revenue if older(r["ts"])]
            for key in doomed:
                self.revenue.delete(key)
            cleared["revenue"] = len(doomed)
        return Reply({"success": True, "cleared": {k: cleared[k] for k in entities}})

    # -- Links --------------------------------------------------------------------------------

    def _link_list(self, request: Request, *, active_only: bool) -> dict[str, Any]:
        """The sending list named by listId (which wins) or phoneNumber, with a domain."""
        body = request.body
        sending_list = (
            self.list_by_id(body["listId"])
            if "listId" in body
            else self.list_by_number(body.get("phoneNumber"))
        )
        if sending_list is None or (active_only and sending_list["status"] != "active"):
            request.error("list_not_found__404")
        if not sending_list.get("domain"):
            request.error("no_domain_configured")  # 409: no shortener domain on the list
        return sending_list

    def _new_link(
        self, domain: str, destination: str, offer_id: str | None, **extra: Any
    ) -> dict[str, Any]:
        # Every call creates a new link; ids are drawn until one is free (id_collision is
        # therefore never produced by the mock).
        while True:
            link_id = self.new_id(6, _ID_ALPHABET)
            if link_id not in self.links:
                break
        link: dict[str, Any] = {
            "shortUrl": f"https://{domain}/{link_id}",
            "linkId": link_id,
            **extra,
            "destinationUrl": destination,
            "domain": domain,
        }
        if offer_id is not None:
            link["offerId"] = offer_id
        return self.links.put(link_id, link)

    def create_link(self, request: Request) -> Reply:
        body = request.body
        # x-rules: an active partnership offer, by offerId (which wins) or externalOfferId.
        if "offerId" in body:
            offer = self.partnership_offers.get(body["offerId"])
        else:
            ref = body.get("externalOfferId")
            offer = next((o for o in self.partnership_offers if o["external_id"] == ref), None)
        if offer is None or offer["status"] != "active":
            request.error("offer_not_found__404")
        sending_list = self._link_list(request, active_only=True)
        domain = sending_list["domain"]
        tracker = f"https://ct.{domain.rsplit('.', 1)[0]}.click/c/{uuid.uuid4()}"
        link = self._new_link(domain, offer["destination"], offer["id"], clickTrackerUrl=tracker)
        return Reply(copy.deepcopy(link))

    def shorten_link(self, request: Request) -> Reply:
        body = request.body
        offer = None
        if "offerId" in body:
            # x-rules: offerId (which takes priority over url) must be an SMS offer.
            offer = self.find_offer_by_id(body["offerId"])
            if offer is None:
                request.error("offer_not_found__404")
        sending_list = self._link_list(request, active_only=False)
        destination = offer["tracking_url"] if offer else body["url"]
        if isinstance(body.get("contactPhone"), str):
            destination = destination.replace("{{contact.phone}}", body["contactPhone"])
        filter_bots = bool(offer["filter_bots"]) if offer else False
        link = self._new_link(sending_list["domain"], destination, offer["id"] if offer else None)
        return Reply({**copy.deepcopy(link), "filterBots": filter_bots})


PROVIDER = TracklyV2
