"""Trackly SMS API v1 (deprecated): accounts, fixtures and the business rules its docs state.

The generic server already does what the spec states declaratively: routing, the
``X-Api-Key`` credential, the per-key rate limits (``x-rate-limit``: 100/s on sendMessage,
10/s on sendBulkMessages), the 5 MB payload limit, the schema constraints and their codes
(``missing_to``, ``missing_body``, ``missing_from``, ``missing_messages``,
``too_many_messages``, ``missing_phones``, ``too_many_phones``, ``invalid_force``) and the
deprecation headers (``X-API-Deprecated``/``Deprecation``, required ``const`` headers of
every documented response). This module adds the rules stated in prose and ``x-rules``:

* phone normalisation (send-single page table, conflict C-20) and ``invalid_phone`` as a
  server-side rule, the ``to_msisdn`` / legacy ``to`` fallback (C-02), ``segments`` and
  ``gsm7`` from the body (message-segments guide);
* sending numbers (``from_phone_number_id``) that must exist and be active
  (``list_not_found``, 404, C-08);
* the bulk partial-success model: whole-request failures reject the call, per-message
  failures are reported in-band with their original (zero-based, C-22) index;
* the contacts stub that changes nothing (C-18);
* phone validation: billing states answered with 402, a per-account lookup cache bypassed by
  ``force``, duplicates in a batch looked up and billed once, ``validation_error`` entries
  for numbers that cannot be normalised;
* a suspended account is refused on every request (403 without ``code``, C-13).

Demo roles (``/__smsspec/keys``): ``default`` (the documentation's example key, everything
allowed), ``suspended`` (account suspended), ``product_disabled`` (no product enabled; v1
never gates on products, so it behaves as ``default``), ``no_billing_config``,
``no_payment_method``, ``payment_failed`` and ``billing_suspended`` (billing states: the
phone validation endpoints answer the matching 402; sending is not affected).

Options (``MockConfig.options``): ``national_prefix`` — a country calling code (e.g.
``"1"``) that the send endpoints assume for national numbers. The send page says national
numbers "may fail"; without the option the mock makes them fail (``invalid_phone``), so that
clients meet the documented risk instead of a false success.
"""

from __future__ import annotations

import copy
import math
import re
import string
from typing import Any

from ..provider import Collection, Provider, Reply, Request

# The documentation's example key (authentication page; the same key as Trackly v2) is the
# fully privileged demo key.
DOCUMENTED_KEY = "trk_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6"

# Sending numbers (from_phone_number_id) of every demo account: the ids of the docs' examples
# (send-single newest: pn_abc123def456; field description: pn_abc123; errors page samples:
# pn_123). The inactive one is a mock-only fixture for "exists but is not active" (C-08).
SENDING_NUMBERS: list[dict[str, Any]] = [
    {"id": "pn_abc123def456", "phone_number": "+18005551000", "status": "active"},
    {"id": "pn_abc123", "phone_number": "+18005551234", "status": "active"},
    {"id": "pn_123", "phone_number": "+14155551234", "status": "active"},
    {"id": "pn_inactive000", "phone_number": "+18005559999", "status": "inactive"},  # mock-only
]

# Carrier lookups of phone validation, keyed by E.164 number. The first three are the
# documented batch example's results (carrier strings and locations are the spec's
# illustrative values); the rest are mock-only fixtures so that every disposition is
# reachable. +13105558888 is the number the v2 docs' contacts example reports as failing
# carrier validation.
LOOKUPS: dict[str, dict[str, Any]] = {
    "+14155551234": {
        "valid": True,
        "line_type": "mobile",
        "carrier": "Verizon",
        "carrier_raw": "Verizon Wireless",
        "ported": False,
        "country": "US",
        "state": "CA",
        "city": "San Francisco",
        "on_dnc": False,
    },
    "+14155551235": {
        "valid": True,
        "line_type": "mobile",
        "carrier": "T-Mobile",
        "carrier_raw": "T-Mobile USA, Inc.",
        "ported": True,
        "country": "US",
        "state": "",
        "city": "",
        "on_dnc": False,
    },
    "+14155551236": {
        "valid": True,
        "line_type": "fixed line",
        "carrier": "AT&T",
        "carrier_raw": "AT&T Corp.",
        "ported": False,
        "country": "US",
        "state": "CA",
        "city": "Oakland",
        "on_dnc": False,
    },
    "+13105558888": {  # mock-only: a VOIP line (disposition risky)
        "valid": True,
        "line_type": "voip",
        "carrier": "Bandwidth",
        "carrier_raw": "Bandwidth.com CLEC, LLC",
        "ported": False,
        "country": "US",
        "state": "CA",
        "city": "Los Angeles",
        "on_dnc": False,
    },
    "+14155550000": {  # mock-only: not a valid number on the network (disposition invalid)
        "valid": False,
        "line_type": "unknown",
        "carrier": "",
        "carrier_raw": "",
        "ported": False,
        "country": "US",
        "state": "",
        "city": "",
        "on_dnc": False,
    },
    "+14155550001": {  # mock-only: valid, line type unknown (disposition unknown)
        "valid": True,
        "line_type": "unknown",
        "carrier": "",
        "carrier_raw": "",
        "ported": False,
        "country": "US",
        "state": "",
        "city": "",
        "on_dnc": False,
    },
    "+14155550002": {  # mock-only: a mobile on the internal do-not-contact list (risky)
        "valid": True,
        "line_type": "mobile",
        "carrier": "Verizon",
        "carrier_raw": "Verizon Wireless",
        "ported": False,
        "country": "US",
        "state": "CA",
        "city": "San Francisco",
        "on_dnc": True,
    },
}
# The documented batch example serves +14155551235 from the cache (cost 0, cached true): the
# default account's cache holds it from the start, so the docs' sample reproduces exactly.
SEEDED_CACHE = ("+14155551235",)

LOOKUP_COST = 0.003  # USD per non-cached lookup (phone validation pages)

# -- phone numbers ----------------------------------------------------------------------------

# Send-single page: E.164 accepted, a country code without "+" accepted, punctuation stripped,
# national numbers "may fail" (see ``normalise``). Punctuation = spaces, dots, dashes, brackets.
_PUNCTUATION = re.compile(r"[\s().\-]")
_DIGITS = re.compile(r"^[0-9]+$")
_E164 = re.compile(r"^\+[1-9][0-9]{7,14}$")
NATIONAL_DIGITS = 10  # NANP national significant number; shorter digit strings are invalid


def normalise(raw: Any, national_prefix: str | None = None) -> str | None:
    """The E.164 form of ``raw``, or ``None`` when it cannot be normalised.

    ``+14155551234`` and ``+1 (415) 555-1234`` stay/become ``+14155551234``; 11 to 15 digits
    without ``+`` are read as a number with its country code (``14155551234``); 10 digits
    are a national number, completed with ``national_prefix`` when one is given and
    rejected otherwise; anything else (letters, a leading 0, too short/long) is rejected.
    """
    if not isinstance(raw, str):
        return None
    text = _PUNCTUATION.sub("", raw)
    if text.startswith("+"):
        candidate = text
    elif not _DIGITS.match(text):
        return None
    elif len(text) > NATIONAL_DIGITS:
        candidate = "+" + text
    elif len(text) == NATIONAL_DIGITS and national_prefix:
        candidate = "+" + national_prefix + text
    else:
        return None
    return candidate if _E164.match(candidate) else None


# -- segments (guides/message-segments) ------------------------------------------------------

GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENSION = frozenset("\f^{}\\[~]|€")  # two septets each (escape + character)


def segments(body: str) -> tuple[int, bool]:
    """(segment count, GSM-7?) of a message body.

    A character outside GSM-7 switches the whole message to UCS-2. One segment holds 160
    GSM-7 / 70 UCS-2 characters; a multi-part message 153 / 67 per part; the count is
    ceil(length / per-part limit). Extension-table characters (GSM 03.38) count twice.
    """
    if all(ch in GSM7_BASIC or ch in GSM7_EXTENSION for ch in body):
        length = sum(2 if ch in GSM7_EXTENSION else 1 for ch in body)
        single, part, gsm7 = 160, 153, True
    else:
        length = len(body.encode("utf-16-le")) // 2
        single, part, gsm7 = 70, 67, False
    if length <= single:
        return 1, gsm7
    return math.ceil(length / part), gsm7


# -- phone validation -------------------------------------------------------------------------


def disposition(result: dict[str, Any]) -> str:
    """Overall verdict. Documented: ``ok`` = mobile, valid and not on the DNC list; the batch
    example answers a valid fixed line with ``unreachable``. Mock choices: an invalid number is
    ``invalid``; VOIP or a DNC entry is ``risky``; any other line type is ``unknown``."""
    if not result["valid"]:
        return "invalid"
    if result["on_dnc"] or result["line_type"] == "voip":
        return "risky"
    if result["line_type"] == "mobile":
        return "ok"
    if result["line_type"] == "fixed line":
        return "unreachable"
    return "unknown"


def lookup(number: str) -> dict[str, Any]:
    """The carrier lookup of an E.164 number: a fixture, else a valid mobile (mock default)."""
    found = LOOKUPS.get(number)
    if found is not None:
        return dict(found)  # flat: a shallow copy is a full copy
    return {
        "valid": True,
        "line_type": "mobile",
        "carrier": "Mock Wireless",
        "carrier_raw": "smsspec mock carrier",
        "ported": False,
        "country": "US" if number.startswith("+1") else "",
        "state": "",
        "city": "",
        "on_dnc": False,
    }


BILLING_ERRORS = {
    # account billing state → 402 example (x-rules of validatePhone / validatePhoneBatch)
    "no_billing_config": "no_billing_config",
    "no_payment_method": "no_payment_method",
    "payment_failed": "payment_failed",
    "suspended": "suspended",
}
SUMMARY_KEYS = ("ok", "unreachable", "invalid", "risky", "unknown")
_ID_ALPHABET = string.ascii_lowercase + string.digits


class TracklyV1(Provider):
    key_prefix = "trk_"

    def roles(self) -> dict[str, dict[str, Any]]:
        active = {"suspended": False, "products": {"sms"}, "billing": "ok"}
        return {
            "default": active,
            "suspended": {**active, "suspended": True},
            "product_disabled": {**active, "products": set()},
            "no_billing_config": {**active, "billing": "no_billing_config"},
            "no_payment_method": {**active, "billing": "no_payment_method"},
            "payment_failed": {**active, "billing": "payment_failed"},
            "billing_suspended": {**active, "billing": "suspended"},
        }

    def key_for(self, role: str) -> str:
        return DOCUMENTED_KEY if role == "default" else super().key_for(role)

    def seed(self) -> None:
        self.numbers = Collection()
        for item in SENDING_NUMBERS:
            self.numbers.put(item["id"], copy.deepcopy(item))
        self.messages = Collection()
        # Per-account lookup cache: account key → E.164 number → lookup result.
        self.lookup_cache: dict[str, dict[str, dict[str, Any]]] = {key: {} for key in self.accounts}
        default = self.key_for("default")
        for number in SEEDED_CACHE:
            self.lookup_cache[default][number] = lookup(number)

    # -- account rules ----------------------------------------------------------------------

    def authorize(self, request: Request) -> None:
        # Authentication page: a suspended account is refused on every request (403, C-13).
        if request.account is not None and request.account.state.get("suspended"):
            request.error("account_suspended")

    def _check_billing(self, request: Request) -> None:
        # Phone validation pages: lookups are billed; unusable billing is answered with 402.
        state = request.account.state.get("billing", "ok") if request.account else "ok"
        error = BILLING_ERRORS.get(state)
        if error is not None:
            request.error(error)

    # -- helpers ------------------------------------------------------------------------------

    def active_number(self, number_id: Any) -> dict[str, Any] | None:
        """The sending number ``number_id`` if it exists and is active (else list_not_found)."""
        found = self.numbers.get(number_id) if isinstance(number_id, str) else None
        return found if found is not None and found["status"] == "active" else None

    def _queue(self, to: str, body: str, sender: dict[str, Any]) -> dict[str, Any]:
        while True:
            message_id = "msg_" + self.new_id(12, _ID_ALPHABET)
            if message_id not in self.messages:
                break
        count, gsm7 = segments(body)
        return self.messages.put(
            message_id,
            {
                "message_id": message_id,
                "to": to,
                "from_phone_number_id": sender["id"],
                "body": body,
                "segments": count,
                "gsm7": gsm7,
                "status": "queued",
                "created_at": self.now(),
            },
        )

    # -- Messages -----------------------------------------------------------------------------

    def send_message(self, request: Request) -> Reply:
        body = request.body
        # C-02: the recipient is to_msisdn, or the legacy to when to_msisdn is absent (the
        # schema's anyOf already answered missing_to when both are absent).
        raw_to = body["to_msisdn"] if "to_msisdn" in body else body.get("to")
        # x-rules: the recipient must normalise to E.164 (invalid_phone) ...
        to = normalise(raw_to, self.config.options.get("national_prefix"))
        if to is None:
            request.error("invalid_phone")
        # ... and from_phone_number_id must be an existing, active sending number (404, C-08).
        sender = self.active_number(body.get("from_phone_number_id"))
        if sender is None:
            request.error("list_not_found")
        # C-05: metadata is accepted and silently ignored (not stored).
        message = self._queue(to, body["body"], sender)
        return Reply(
            {
                "message_id": message["message_id"],
                "id": message["message_id"],
                "status": "queued",
                "segments": message["segments"],
                "gsm7": message["gsm7"],
                "deprecated": True,
            }
        )

    def send_bulk_messages(self, request: Request) -> Reply:
        # Whole-request failures reject the call: missing_from, missing_messages and
        # too_many_messages come from the schema; an unknown or inactive sending number is
        # list_not_found (404) before any message is looked at.
        sender = self.active_number(request.body.get("from_phone_number_id"))
        if sender is None:
            request.error("list_not_found")
        national = self.config.options.get("national_prefix")
        errors = []
        queued = 0
        for index, item, example, message in self.check_items(request):
            failure, text, to = _bulk_verdict(item, example, message, national)
            if to is None:
                # Per-message failure: in-band, with the message's original (zero-based) index.
                errors.append(self.bulk_error(request, index, item, failure, text))
                continue
            self._queue(to, item["body"], sender)
            queued += 1
        return Reply(
            {
                "queued_count": queued,
                "error_count": len(errors),
                "errors": errors,
                "deprecated": True,
            }
        )

    # -- Contacts -----------------------------------------------------------------------------

    def delete_contact(self, request: Request) -> Reply:
        # Compatibility stub (delete-contact page, C-18): always success, deletes nothing.
        return Reply(
            {
                "success": True,
                "deprecated": True,
                "message": "This endpoint is deprecated and performs no operation.",
            }
        )

    # -- Phone validation ---------------------------------------------------------------------

    def _validate(
        self, request: Request, number: str, force: bool, seen: dict[str, dict[str, Any]]
    ) -> dict[str, Any]:
        """One lookup result for an E.164 number. ``seen`` holds this request's lookups:
        duplicates are looked up and billed once (batch page), so a repeat is served without
        a lookup (cost 0, cached true). Otherwise the per-account cache answers (cost 0,
        cached true) unless ``force`` asks for a fresh, billed lookup, which refreshes it."""
        cache = self.lookup_cache.setdefault(request.account.key if request.account else "", {})
        cost: float = 0  # an int 0, as documented, when no lookup is billed
        if number in seen or (number in cache and not force):
            data, cached = seen.get(number) or cache[number], True
        else:
            data, cost, cached = lookup(number), LOOKUP_COST, False
            cache[number] = data
        seen[number] = data
        result = {"phone": number, **copy.deepcopy(data)}
        result.update(disposition=disposition(data), cost=cost, cached=cached)
        return result

    def validate_phone(self, request: Request) -> Reply:
        self._check_billing(request)
        force = bool(request.body.get("force", False))
        # The page normalises common US formats (4155551234, (415) 555-1234) to +1.
        number = normalise(request.body["phone"], national_prefix="1")
        if number is None:
            # No error is documented for an unparsable number on this endpoint: the mock
            # answers the lookup verdict for it (not valid, not billed, no lookup made).
            return Reply(
                {
                    "phone": request.body["phone"],
                    "valid": False,
                    "line_type": "unknown",
                    "disposition": "invalid",
                    "cost": 0,
                    "cached": False,
                }
            )
        return Reply(self._validate(request, number, force, {}))

    def validate_phone_batch(self, request: Request) -> Reply:
        self._check_billing(request)
        force = bool(request.body.get("force", False))
        seen: dict[str, dict[str, Any]] = {}
        results: list[dict[str, Any]] = []
        for raw in request.body["phones"]:
            number = normalise(raw, national_prefix="1")
            if number is None:
                # A single bad number never fails the batch: in-band validation_error entry.
                results.append(
                    {
                        "phone": raw,
                        "error": "validation_error",
                        "code": "invalid_phone",
                        "message": "invalid phone number format",
                    }
                )
                continue
            results.append(self._validate(request, number, force, seen))
        return Reply({"results": results, "summary": _summary(results)})


def _bulk_verdict(
    item: Any, example: str | None, message: str | None, national: str | None
) -> tuple[str | None, str | None, str | None]:
    """(error example, unmapped error text, E.164 recipient) of one bulk message; the
    recipient is ``None`` exactly when the message fails. ``example``/``message`` are the
    item schema's verdict (``Provider.check_items``)."""
    if not isinstance(item, dict):
        return "missing_to__item", None, None  # a non-object has none of the fields
    if example is not None:
        return example, None, None  # missing_to__item, missing_body__item, body_too_long
    if "to_msisdn" in item and not isinstance(item["to_msisdn"], str):
        return "invalid_phone__item", None, None  # cannot be normalised either
    if message is not None:
        return None, message, None  # an unmapped violation (a non-string body): its text
    to = normalise(item["to_msisdn"], national)
    if to is None:
        return "invalid_phone__item", None, None  # x-rules: reported in-band
    return None, None, to


def _summary(results: list[dict[str, Any]]) -> dict[str, Any]:
    lookups = [r for r in results if "error" not in r]
    summary: dict[str, Any] = {"total": len(results)}
    for key in SUMMARY_KEYS:
        summary[key] = sum(1 for r in lookups if r["disposition"] == key)
    summary["errors"] = len(results) - len(lookups)
    summary["cached"] = sum(1 for r in lookups if r["cached"])
    summary["total_cost"] = round(sum(r["cost"] for r in lookups), 6)
    return summary


PROVIDER = TracklyV1
