"""Trackly SMS API v2: the rules its spec declares but cannot express.

The spec declares the lists, offers, creatives, audiences and schedules (CRUD, soft delete,
paging, references, guards, sums, billing states, products, the suspended account). This
plugin adds the carrier lookups and contact upserts (journeys, paid validation with its
per-account cache), the send side effects ({{messageId}}, link attribution, contact stats),
the audience filter DSL, derived answer fields (slugs, creative counts, list contact counts,
camelCase filters, UTC schedule dates), revenue and history imports, and the short links.

Option (``MockConfig.options``): ``voip_sending`` (bool, default the account's state, false) —
the account setting that allows VOIP recipients.
"""

from __future__ import annotations

import copy
import functools
import math
import re
import string
import sys
import time
import uuid
from datetime import UTC, datetime
from typing import Any

from ...constraints import json_size
from ..engine import Engine, Request
from . import Plugin
from ._trackly import LOOKUP_COST, disposition, lookup

PLUGIN = Plugin("trackly-v2", options={"voip_sending": False})

LINE_TYPES = {"mobile": "CELL PHONE", "voip": "VOIP", "fixed line": "LANDLINE"}
# Mock-only: time zones of the carrier lookup by NANP area code.
AREA_TIMEZONES = dict.fromkeys(("202", "212", "305", "617", "646", "718"), "America/New_York")
AREA_TIMEZONES |= dict.fromkeys(("310", "415", "510", "650"), "America/Los_Angeles")
AREA_TIMEZONES["312"] = "America/Chicago"
PROVIDER_FAILURE_NUMBERS = frozenset({"+14155550099"})  # mock-only: validation provider fails
# Mock-only: list 42 has an active Welcome Journey (use_journeys enrolments and the warning).
JOURNEYS: dict[int, list[str]] = {42: ["Welcome series"]}
JOURNEY_WARNING = "The list has active journeys; set use_journeys to enrol the contact"
PLACEHOLDER = re.compile(r"\{\{(link[0-9]+)\}\}")
LINK_CHARACTERS, COMPLIANCE_OVERHEAD = 23, 34  # creative pages
TIME_UNITS = {"days": 86400.0, "hours": 3600.0, "minutes": 60.0}
_ISO = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}")
_SLUG_ALPHABET = string.ascii_lowercase + string.digits
STATS = {"send_count": 0, "click_count": 0, "revenue_total": 0, "conversion_count": 0}
STAMPS = ("last_sent_at", "last_clicked_at", "last_revenue_at")
NEW_CONTACT = {"active": True, "signup_method": "api", "custom_fields": {}, "in_workflow": False}
MEMBERSHIP = ("list_id", "list_number", "active", "signup_date", "custom_fields", "send_count")


# -- time and numbers -------------------------------------------------------------------------


def parse_ts(value: Any) -> float | None:
    """Epoch seconds of an ISO 8601 date-time (UTC when it has no offset), else ``None``."""
    if not isinstance(value, str) or not _ISO.match(value):
        return None
    text = value[:-1] + "+00:00" if value[-1:] in ("Z", "z") else value
    try:
        parsed = datetime.fromisoformat(text)
        parsed = parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
        stamp = parsed.timestamp()
        iso(stamp)  # the answer must be printable: years before 1 fail here
        return stamp
    except (ValueError, OverflowError, OSError):
        return None


def iso(ts: float) -> str:
    """RFC 3339 UTC with ``Z`` (the year always four digits)."""
    return _iso_second(math.floor(ts))


@functools.lru_cache(maxsize=64)
def _iso_second(second: int) -> str:
    moment = time.gmtime(second)
    return f"{moment.tm_year:04d}-" + time.strftime("%m-%dT%H:%M:%SZ", moment)


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _money(value: float) -> float | int:
    """Rounded to 6 places; whole amounts as integers while a float holds them exactly."""
    if not math.isfinite(value):
        value = math.copysign(sys.float_info.max, value)
    rounded = round(value, 6)
    return int(rounded) if abs(rounded) < 2**53 and rounded == int(rounded) else rounded


# -- contacts ---------------------------------------------------------------------------------


def _voip_allowed(request: Request) -> bool:
    option = request.engine.config.options.get("voip_sending")
    return bool(option if option is not None else request.state.get("voip_sending"))


def _carrier_refused(request: Request, phone: str) -> bool:
    data = lookup(phone)
    return not data["valid"] or (data["line_type"] == "voip" and not _voip_allowed(request))


def _carrier_fields(phone: str) -> dict[str, Any]:
    data = lookup(phone)
    valid = bool(data["valid"])
    return {
        "carrier": data["carrier_raw"] or None,
        "line_type": LINE_TYPES.get(data["line_type"], "UNKNOWN") if valid else "FAKE",
        "timezone": AREA_TIMEZONES.get(phone[2:5]) if phone.startswith("+1") else None,
        "is_valid": valid,
    }


def _subscription(request: Request, phone: Any, list_number: Any) -> dict[str, Any] | None:
    return request.engine.store["list-contacts"].first(
        request.tenant, phone_number=phone, list_number=list_number
    )


def _bump(request: Request, to: Any, list_number: Any, stamp: str | None, **add: float) -> None:
    sub = _subscription(request, to, list_number)
    if sub is None:
        return
    for key, value in add.items():
        if key not in STAMPS:
            total = sub[key] + value
            sub[key] = total if isinstance(total, int) else _money(total)
    for key in STAMPS:  # RFC 3339 UTC strings of one format order like their times
        if key in add and stamp is not None and (sub.get(key) is None or sub[key] < stamp):
            sub[key] = stamp


@PLUGIN.seed("contact-carrier-lookup")
def _seed_contacts(engine: Engine) -> None:
    contact_ids: dict[str, str] = {}
    for sub in engine.store["list-contacts"]:
        sub.setdefault(
            "contact_id", contact_ids.get(sub["phone_number"]) or engine.new_id("list-contacts")
        )
        contact_ids[sub["phone_number"]] = sub["contact_id"]
        defaults = {**_carrier_fields(sub["phone_number"]), **STATS, **copy.deepcopy(NEW_CONTACT)}
        for key, value in {**defaults, **dict.fromkeys(STAMPS)}.items():
            sub.setdefault(key, value)


@PLUGIN.check("carrier-accepts-number", "item-carrier-accepts-number")
def _carrier_check(request: Request) -> None:
    source = request.item if request.item is not None else request.body
    if _carrier_refused(request, source["phone_number"]):
        request.fail()


@PLUGIN.check("contact-max-bytes")
def _contact_size(request: Request) -> None:
    limit = request.engine.spec.operation("createContact").request_max_bytes or 0
    if any(json_size(item) > limit for item in request.body["contacts"]):
        request.fail()


def _validate_number(request: Request, phone: str) -> dict[str, Any]:
    """The paid validation: $0.003 per lookup, repeats served from the account's cache."""
    if phone in PROVIDER_FAILURE_NUMBERS:
        return {"cached": False, "cost": 0, "disposition": "unknown", "failed": True}
    caches = request.engine.scratch.setdefault("validation_cache", {})
    cache = caches.setdefault(request.account.key if request.account else "", {})
    if phone in cache:
        return {"cached": True, "cost": 0, "disposition": disposition(cache[phone])}
    cache[phone] = lookup(phone)
    return {"cached": False, "cost": LOOKUP_COST, "disposition": disposition(cache[phone])}


@PLUGIN.check("item-validation-passes")
def _validation_check(request: Request) -> None:
    if request.item.get("use_validation") is True:
        result = _validate_number(request, request.item["phone_number"])
        request.bound["validation"] = result
        if not result.get("failed") and result["disposition"] in ("invalid", "unreachable"):
            request.fail()


@PLUGIN.check("item-validation-provider-answers")
def _provider_check(request: Request) -> None:
    if request.bound.pop("validation", {}).get("failed"):
        request.fail()


def _upsert(request: Request, item: dict[str, Any]) -> tuple[dict[str, Any], bool, bool, int, bool]:
    """Store one contact: (list contact, new contact?, new list contact?, journeys enrolled,
    warn about journeys?)."""
    phone, number = item["phone_number"], item["list_number"]
    sending_list = request.find("lists", number, by="phone_number")
    existing = _subscription(request, phone, number)
    others = [s for s in request.collection("list-contacts") if s["phone_number"] == phone]
    if existing is None:
        values = {"phone_number": phone, "list_number": number, "list_id": sending_list["id"]}
        values["contact_id"] = (
            others[0]["contact_id"] if others else request.engine.new_id("list-contacts")
        )
        values |= {**(others[0] if others else _carrier_fields(phone)), **values}
        values = {
            k: v for k, v in values.items() if not k.startswith("_") and k != "list_contact_id"
        }
        values |= {**STATS, **copy.deepcopy(NEW_CONTACT), **dict.fromkeys(STAMPS)}
        values["signup_date"] = iso(request.now())
        existing = request.create("list-contacts", values)
        new_list_contact = True
    else:
        new_list_contact = False
    existing["active"] = True
    signup = parse_ts(item.get("signup_date"))
    if signup is not None:
        existing["signup_date"] = iso(signup)
    fields = item.get("custom_fields")
    if isinstance(fields, dict):  # create-contact page: merged into the existing ones
        existing["custom_fields"] = {
            **existing["custom_fields"],
            **{k: v for k, v in fields.items() if isinstance(v, (str, int, float, bool))},
        }
    journeys, enrolled, warn = JOURNEYS.get(sending_list["id"], []), 0, False
    if journeys and item.get("use_journeys") is True:
        if new_list_contact or item.get("skip_journey_if_exists") is False:
            enrolled, existing["in_workflow"] = len(journeys), True
    elif journeys:
        warn = True
    return existing, not others, new_list_contact, enrolled, warn


@PLUGIN.action("contact-upsert")
def _create_contact(request: Request) -> dict[str, Any]:
    validation = None
    if request.body.get("use_validation") is True:  # stored whatever the outcome
        validation = _validate_number(request, request.body["phone_number"])
        validation.pop("failed", None)
    sub, new_contact, new_list_contact, enrolled, warn = _upsert(request, request.body)
    answer: dict[str, Any] = {
        "contact_id": sub["contact_id"],
        "list_contact_id": sub["list_contact_id"],
    }
    answer |= {"is_new_contact": new_contact, "is_new_list_contact": new_list_contact}
    answer["journeys_enrolled"] = enrolled
    if warn:
        answer["warnings"] = [JOURNEY_WARNING]
    if validation is not None:
        answer["validation"] = validation
    return answer


@PLUGIN.action("item-contact-upsert")
def _bulk_contact(request: Request) -> bool:
    _sub, new_contact, new_list_contact, enrolled, warn = _upsert(request, request.item)
    counts = request.fields
    counts["contacts_created"] = counts.get("contacts_created", 0) + int(new_contact)
    counts["list_contacts_created"] = counts.get("list_contacts_created", 0) + int(new_list_contact)
    counts["journeys_enrolled"] = counts.get("journeys_enrolled", 0) + enrolled
    if warn:
        counts["warnings"] = [JOURNEY_WARNING]
    return True


@PLUGIN.check("subscription-exists")
def _subscribed(request: Request) -> None:
    sub = _subscription(request, request.body["phone_number"], request.body["list_number"])
    request.bound["subscription"] = sub if sub is not None else request.fail()


@PLUGIN.action("custom-fields-update")
def _update_contact(request: Request) -> dict[str, Any]:
    sub = request.bound["subscription"]
    fields = {
        k: v
        for k, v in request.body["custom_fields"].items()
        if isinstance(v, (str, int, float, bool))
    }
    merged = (
        fields
        if request.body.get("merge_fields", True) is False
        else {**sub["custom_fields"], **fields}
    )
    sub["custom_fields"] = merged
    return {"list_contact_id": sub["list_contact_id"], "custom_fields": copy.deepcopy(merged)}


@PLUGIN.action("contact-unsubscribe")
def _delete_contact(request: Request) -> dict[str, Any]:
    sub = _subscription(request, request.body["phone_number"], request.body["list_number"])
    if sub is None or not sub["active"]:
        return {"unsubscribed": False}
    sub["active"], sub["unsubscribe_reason"] = False, "api"
    return {"unsubscribed": True}


@PLUGIN.action("contact-memberships")
def _get_contact(request: Request) -> dict[str, Any]:
    phone = request.path["phone_number"]
    subs = [s for s in request.collection("list-contacts") if s["phone_number"] == phone]
    answer = {k: subs[0][k] for k in ("carrier", "line_type", "timezone", "is_valid")}
    keys = (*MEMBERSHIP, "click_count")
    return {
        "phone_number": phone,
        **answer,
        "lists": [{k: copy.deepcopy(s[k]) for k in keys} for s in subs],
    }


@PLUGIN.render("list-contact-count")
def _contact_count(engine: Engine, record: dict[str, Any]) -> dict[str, Any]:
    list_id = record["id"]
    count = 0
    for sub in engine.store["list-contacts"].each():
        if sub["list_id"] == list_id and sub["active"]:
            count += 1
    return {"contact_count": count}


# -- sends ------------------------------------------------------------------------------------


@PLUGIN.check("recipient-sendable", "item-recipient-sendable")
def _recipient(request: Request) -> None:
    to = (request.item if request.item is not None else request.body).get("to")
    if isinstance(to, str) and lookup(to)["line_type"] == "voip" and not _voip_allowed(request):
        request.fail()


def _send(request: Request, message: dict[str, Any]) -> dict[str, Any]:
    message_id = request.engine.new_id("messages")
    body = message.get("body")
    text = body.replace("{{messageId}}", message_id) if isinstance(body, str) else ""
    links = request.collection("links") if "://" in text else ()
    link = next((lk for lk in links if lk["shortUrl"] in text), None) if links else None
    stamp = iso(request.now())
    values = {"message_id": message_id, "to": message.get("to"), "body": text, "status": "queued"}
    values |= {"list_number": message.get("list_number"), "offer_id": link and link.get("offerId")}
    record = request.create("messages", {**values, "imported": False, "sent_at": stamp})
    _bump(request, record["to"], record["list_number"], stamp, send_count=1, last_sent_at=1)
    return record


@PLUGIN.action("message-queued")
def _send_one(request: Request) -> dict[str, Any]:
    return _send(request, request.body)


@PLUGIN.action("item-message-queued")
def _send_item(request: Request) -> bool:
    _send(request, request.item)
    return True


# -- creatives, offers, audiences, schedules --------------------------------------------------


def _slug(engine: Engine, record: dict[str, Any], prefix: str) -> dict[str, Any]:
    if "slug_suffix" not in record:
        record["slug_suffix"] = "".join(engine.rng.choices(_SLUG_ALPHABET, k=6))
    words = re.sub(r"[^a-z0-9]+", "-", str(record.get("name", "")).lower()).strip("-")
    return {"slug": f"{prefix}_{words or 'untitled'}_{record['slug_suffix']}"}


@PLUGIN.render("offer-slug")
def _offer_slug(engine: Engine, record: dict[str, Any]) -> dict[str, Any]:
    return _slug(engine, record, "ofr")


@PLUGIN.render("creative-slug")
def _creative_slug(engine: Engine, record: dict[str, Any]) -> dict[str, Any]:
    return _slug(engine, record, "cre")


@PLUGIN.render("creative-counts")
def _creative_counts(engine: Engine, record: dict[str, Any]) -> dict[str, Any]:
    message = str(record.get("message", ""))
    count = len(PLACEHOLDER.sub("", message)) + len(PLACEHOLDER.findall(message)) * LINK_CHARACTERS
    count += COMPLIANCE_OVERHEAD
    links = [
        {**link, "url": link.get("url"), "url_params": link.get("url_params", {})}
        for link in record.get("offer_links") or []
    ]
    offers = list(dict.fromkeys(link.get("offer_id") for link in links))
    return {
        "offer_links": links,
        "offers": offers,
        "character_count": count,
        "segment_count": 1 if count <= 160 else math.ceil(count / 153),
    }


@PLUGIN.check("placeholders-have-offer-links")
def _placeholders(request: Request) -> None:
    target = request.bound.get("target") or {}
    body = request.body
    if target and "message" not in body and "offer_links" not in body:
        return
    message = body.get("message", target.get("message", ""))
    keys = {link.get("key") for link in body.get("offer_links", target.get("offer_links", []))}
    missing = [p for p in dict.fromkeys(PLACEHOLDER.findall(message)) if p not in keys]
    if missing:
        request.fail(message=f"Missing offer_links for placeholders: {', '.join(missing)}")


def _rename(node: Any, names: dict[str, str]) -> Any:
    if isinstance(node, dict):
        return {names.get(k, k): _rename(v, names) for k, v in node.items()}
    if isinstance(node, list):
        return [_rename(v, names) for v in node]
    return node


CAMEL = {"condition_type": "conditionType", "list_id": "listId"}


@PLUGIN.render("audience-filter-rendering")
def _filter_render(engine: Engine, record: dict[str, Any]) -> dict[str, Any]:
    return {"filter": _rename(record.get("filter"), CAMEL)}


@PLUGIN.action("filter-change-resets-size")
def _update_audience(request: Request) -> dict[str, Any]:
    audience = request.bound["target"]
    request.engine.update("audiences", audience, request.body)
    if "filter" in request.body:
        audience["cached_size"] = audience["cached_size_updated_at"] = None
    result: dict[str, Any] = audience
    return result


@PLUGIN.render("schedule-dates-utc")
def _schedule_dates(engine: Engine, record: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in ("send_date", "start_date", "end_date"):
        stamp = parse_ts(record.get(key))
        if stamp is not None:
            out[key] = iso(stamp)
    out["blasts"] = [
        {
            **b,
            "offer_links": [
                {**lk, "url_params": lk.get("url_params", {})} for lk in b.get("offer_links") or []
            ],
            "mms_image_url": b.get("mms_image_url"),
        }
        for b in record.get("blasts") or []
    ]
    return out


def _compare(actual: Any, operator: Any, expected: Any) -> bool:
    """One filter comparison (documented: eq, gt, gte, in; the others their counterparts)."""
    if operator in ("eq", "equals", "is"):
        same_type = type(actual) is type(expected) or (_number(actual) and _number(expected))
        return same_type and bool(actual == expected)
    if operator in ("neq", "ne", "not_eq", "not_equals"):
        return not _compare(actual, "eq", expected)
    if operator in ("in", "not_in"):
        found = isinstance(expected, list) and any(_compare(actual, "eq", e) for e in expected)
        return found if operator == "in" else isinstance(expected, list) and not found
    if operator == "contains":
        return isinstance(actual, str) and isinstance(expected, str) and expected in actual
    if not (_number(actual) and _number(expected)):
        return False
    order = {"gt": (1,), "gte": (0, 1), "lt": (-1,), "lte": (-1, 0)}.get(str(operator), ())
    return (actual > expected) - (actual < expected) in order


def _matches(group: dict[str, Any], row: dict[str, Any], now: float) -> bool:
    """A filter group: its operator (AND/OR) joins its conditions and nested groups."""
    results = [
        _condition(c, row, now) for c in group.get("conditions") or [] if isinstance(c, dict)
    ]
    results += [_matches(g, row, now) for g in group.get("groups") or [] if isinstance(g, dict)]
    return bool(results) and (all(results) if group.get("operator") == "AND" else any(results))


def _condition(cond: dict[str, Any], row: dict[str, Any], now: float) -> bool:
    kind = cond.get("condition_type", cond.get("conditionType"))
    operator: str = str(cond.get("operator"))
    value: Any = cond.get("value")
    field = str(cond.get("field"))
    if kind == "time":
        stamp = parse_ts(row.get(field))
        if operator in ("exists", "not_exists"):
            return (stamp is not None) == (operator == "exists")
        unit = TIME_UNITS.get(str(cond.get("unit")))
        if not _number(value) or unit is None:
            return False
        threshold = now - float(value) * unit
        if operator in ("within", "after"):
            return stamp is not None and stamp >= threshold
        if operator == "not_within":
            return stamp is None or stamp < threshold
        return operator == "before" and stamp is not None and stamp < threshold
    if kind in ("count", "revenue"):
        return _compare(row.get(field), operator, value)
    if kind == "custom_field":
        return _compare(
            row["custom_fields"].get(field.removeprefix("custom_fields.")), operator, value
        )
    return kind in ("carrier", "timezone") and _compare(row.get(kind), operator, value)


@PLUGIN.action("audience-size")
def _audience_size(request: Request) -> dict[str, Any]:
    audience, now = request.bound["target"], request.now()
    scope = set(audience.get("source_lists") or [])
    matched = set()
    for sub in request.collection("list-contacts"):
        if not sub["active"] or (scope and sub["list_id"] not in scope):
            continue
        conversions = sub["conversion_count"]
        row = {
            **sub,
            "signup_date": sub["signup_date"],
            "avg_revenue": sub["revenue_total"] / conversions if conversions else 0,
            "has_revenue": sub["revenue_total"] > 0,
        }
        if _matches(audience["filter"], row, now):
            matched.add(sub["phone_number"])
    moment = datetime.fromtimestamp(now, UTC)
    calculated = f"{moment.year:04d}-{moment.strftime('%m-%dT%H:%M:%S')}"  # no zone (C-14)
    audience["cached_size"], audience["cached_size_updated_at"] = len(matched), calculated
    return {"audience_id": audience["id"], "size": len(matched), "calculated_at": calculated}


# -- revenue and history ----------------------------------------------------------------------


def find_offer(request: Request, ref: Any) -> dict[str, Any] | None:
    """An offer that is not archived, by id or external id ("Trackly offer id or external id")."""
    return (
        request.find("offers", ref) or request.find("offers", ref, by="external_id")
        if isinstance(ref, str)
        else None
    )


@PLUGIN.check("item-offer-exists")
def _offer_exists(request: Request) -> None:
    request.bound["offer"] = find_offer(request, request.item.get("offer_id")) or request.fail()


def _record_revenue(
    request: Request, record: dict[str, Any], imported: bool, attribution: Any
) -> float:
    message = request.bound["message"]
    offer = find_offer(request, record.get("offer_id"))
    offer_id = offer["id"] if offer else record.get("offer_id") or message.get("offer_id")
    stamp = parse_ts(record.get("timestamp"))
    at = iso(stamp if stamp is not None else request.now())
    amount = record["revenue"]
    payout = record.get("payout") if _number(record.get("payout")) else None
    values = {"message_id": record["message_id"], "revenue": amount, "payout": payout, "at": at}
    values |= {"imported": imported, "attribution_type": attribution}
    stored = request.create(
        "revenue", {**values, "offer_id": offer_id if isinstance(offer_id, str) else None}
    )
    to, number = message.get("to"), message.get("list_number")
    _bump(request, to, number, at, revenue_total=amount, conversion_count=1, last_revenue_at=1)
    request.fields["total_revenue"] = _money(request.fields.get("total_revenue", 0) + amount)
    return stored  # type: ignore[return-value]


@PLUGIN.action("revenue-recorded")
def _revenue(request: Request) -> dict[str, Any]:
    stored: Any = _record_revenue(request, request.body, False, request.body["attribution_type"])
    return {
        "revenue_id": stored["revenue_id"],
        "message_id": stored["message_id"],
        "revenue": stored["revenue"],
    }


@PLUGIN.action("item-revenue-recorded")
def _bulk_revenue(request: Request) -> bool:
    request.fields.setdefault("total_revenue", 0)
    imported = request.body.get("imported") is True
    _record_revenue(request, request.item, imported, request.item["attribution_type"])
    return True


@PLUGIN.action("item-revenue-imported")
def _import_revenue(request: Request) -> bool:
    request.fields.setdefault("total_revenue", 0)
    kind = request.item.get("attribution_type")
    known = kind if kind in ("sale", "click", "send", "migration") else None
    _record_revenue(request, request.item, True, known)
    return True


@PLUGIN.check("item-timestamp-valid", "item-timestamps-valid")
def _timestamps(request: Request) -> None:
    item = request.item
    if parse_ts(item.get("timestamp")) is None or (
        "send_timestamp" in item and parse_ts(item["send_timestamp"]) is None
    ):
        request.fail()


@PLUGIN.action("item-send-imported")
def _import_send(request: Request) -> bool:
    item, fields = request.item, request.fields
    fields.setdefault("duplicates_skipped", 0)
    if request.find("messages", item["id"]) is not None:
        fields["duplicates_skipped"] += 1  # an id already imported is skipped, not failed
        return False
    sending_list = request.bound.pop("list", None)
    values = {"message_id": item["id"], "to": item["to_number"], "offer_id": None, "imported": True}
    values["list_number"] = sending_list["phone_number"] if sending_list else None
    values["body"] = item.get("message") if isinstance(item.get("message"), str) else ""
    values["status"] = "delivered" if item.get("delivered") is True else "sent"
    request.create("messages", {**values, "sent_at": iso(parse_ts(item["timestamp"]) or 0)})
    return True


@PLUGIN.action("item-click-imported")
def _import_click(request: Request) -> bool:
    message, item = request.bound["message"], request.item
    request.fields.setdefault("duplicates_skipped", 0)
    if request.find("clicks", message["message_id"]) is not None:
        request.fields["duplicates_skipped"] += 1  # one click per message_id
        return False
    at = iso(parse_ts(item["timestamp"]) or 0)
    values = {"message_id": message["message_id"], "offer_id": request.bound["offer"]["id"]}
    request.create(
        "clicks", {**values, "phone_number": item["phone_number"], "at": at, "imported": True}
    )
    phone, number = item["phone_number"], message.get("list_number")
    _bump(request, phone, number, at, click_count=1, last_clicked_at=1)
    return True


@PLUGIN.action("history-cleared")
def _clear(request: Request) -> dict[str, Any]:
    before = parse_ts(request.body.get("before_date"))
    store, imported = (
        request.engine.store,
        {m["message_id"] for m in request.collection("messages") if m.get("imported")},
    )

    def older(stamp: Any) -> bool:
        return before is None or (parse_ts(stamp) or 0) < before

    doomed = {
        "clicks": [
            c["message_id"]
            for c in request.collection("clicks")
            if c["message_id"] in imported and older(c["at"])
        ],
        "sends": [m for m in imported if older((store["messages"].get(m) or {}).get("sent_at"))],
        "revenue": [r["revenue_id"] for r in request.collection("revenue") if older(r["at"])],
    }
    names = {"clicks": "clicks", "sends": "messages", "revenue": "revenue"}
    entities = list(dict.fromkeys(request.body.get("entities") or []))
    for entity in entities:
        for key in doomed[entity]:
            store[names[entity]].delete(key)
    return {"cleared": {entity: len(doomed[entity]) for entity in entities}}


# -- links ------------------------------------------------------------------------------------


def _link(request: Request, destination: str, offer_id: str | None, **extra: Any) -> dict[str, Any]:
    domain = request.bound["list"]["domain"]
    link_id = request.engine.new_id("links")
    values = {
        "shortUrl": f"https://{domain}/{link_id}",
        "linkId": link_id,
        **extra,
        "destinationUrl": destination,
        "domain": domain,
    }
    return request.create("links", values | ({"offerId": offer_id} if offer_id else {}))


@PLUGIN.action("partner-link-created")
def _create_link(request: Request) -> dict[str, Any]:
    offer, domain = request.bound["offer"], request.bound["list"]["domain"]
    token = uuid.UUID(int=request.engine.rng.getrandbits(128), version=4)
    tracker = f"https://ct.{domain.rsplit('.', 1)[0]}.click/c/{token}"
    return _link(request, offer["destination"], offer["id"], clickTrackerUrl=tracker)


@PLUGIN.action("link-shortened")
def _shorten(request: Request) -> dict[str, Any]:
    offer = request.bound.get("offer")
    destination = offer["tracking_url"] if offer else request.body["url"]
    if isinstance(request.body.get("contactPhone"), str):
        destination = destination.replace("{{contact.phone}}", request.body["contactPhone"])
    link = _link(request, destination, offer["id"] if offer else None)
    return {**link, "filterBots": bool(offer["filter_bots"]) if offer else False}


@PLUGIN.action("invalid-phones-counted")
def _invalid_phones(request: Request) -> dict[str, Any]:
    errors = request.fields.get("errors") or []
    return {"invalid_phones": sum(1 for e in errors if e.get("code") == "invalid_phone")}
