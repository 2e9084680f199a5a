"""Trackly SMS API v1 (deprecated): the rules its spec declares but cannot express.

Phone normalisation (send-single page table, conflict C-20), segment counting (message-
segments guide) and the carrier lookups of phone validation with their per-account cache.
Everything else — the sending numbers, the bulk partial success with original indexes, the
billing states, the suspended account, the contacts stub — is declared in the spec.

Option (``MockConfig.options``): ``national_prefix``, a country calling code (e.g. ``"1"``)
the send endpoints assume for 10-digit national numbers. The send page says national numbers
"may fail"; without the option they fail (``invalid_phone``).
"""

from __future__ import annotations

import copy
import math
import re
from typing import Any

from ..engine import Request
from . import Plugin
from ._trackly import LOOKUP_COST, disposition, lookup, precached

PLUGIN = Plugin("trackly-v1", options={"national_prefix": None})

# Send-single page: E.164 accepted, a country code without "+" accepted, punctuation stripped,
# national numbers "may fail". Punctuation = spaces, dots, dashes, brackets.
_PUNCTUATION = re.compile(r"[\s().\-]")
_E164 = re.compile(r"^\+[1-9][0-9]{7,14}$")
NATIONAL_DIGITS = 10  # NANP national significant number; shorter digit strings are invalid
GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENSION = frozenset("\f^{}\\[~]|€")  # two septets each (escape + character)
SUMMARY_KEYS = ("ok", "unreachable", "invalid", "risky", "unknown")


def normalise(raw: Any, national_prefix: str | None = None) -> str | None:
    """The E.164 form of ``raw``, or ``None`` when it cannot be normalised: 11 to 15 digits
    without ``+`` carry their country code; 10 digits are national (completed with
    ``national_prefix`` when given); anything else (letters, too short/long) is refused."""
    if not isinstance(raw, str):
        return None
    text = _PUNCTUATION.sub("", raw)
    if text.startswith("+"):
        candidate = text
    elif not text.isdigit() or not text.isascii():
        return None
    elif len(text) > NATIONAL_DIGITS:
        candidate = "+" + text
    elif len(text) == NATIONAL_DIGITS and national_prefix:
        candidate = "+" + national_prefix + text
    else:
        return None
    return candidate if _E164.match(candidate) else None


def segments(body: str) -> tuple[int, bool]:
    """(segment count, GSM-7?): a character outside GSM-7 makes the message UCS-2; one segment
    holds 160 GSM-7 / 70 UCS-2 characters, a part of a longer one 153 / 67; extension-table
    characters count twice."""
    if all(ch in GSM7_BASIC or ch in GSM7_EXTENSION for ch in body):
        length = sum(2 if ch in GSM7_EXTENSION else 1 for ch in body)
        single, part, gsm7 = 160, 153, True
    else:
        length = len(body.encode("utf-16-le")) // 2
        single, part, gsm7 = 70, 67, False
    return (1 if length <= single else math.ceil(length / part)), gsm7


def _national(request: Request) -> str | None:
    prefix = request.engine.config.options.get("national_prefix")
    return str(prefix) if prefix else None


@PLUGIN.check("recipient-normalisable")
def _recipient(request: Request) -> None:
    body = request.body
    # C-02: the recipient is to_msisdn, or the legacy to when to_msisdn is absent.
    raw = body["to_msisdn"] if "to_msisdn" in body else body.get("to")
    request.bound["to"] = normalise(raw, _national(request))
    if request.bound["to"] is None:
        request.fail()


@PLUGIN.check("item-recipient-normalisable")
def _item_recipient(request: Request) -> None:
    request.bound["to"] = normalise(request.item.get("to_msisdn"), _national(request))
    if request.bound["to"] is None:
        request.fail()


def _queue(request: Request, body: str) -> dict[str, Any]:
    count, gsm7 = segments(body)
    values = {"to": request.bound["to"], "body": body, "segments": count, "gsm7": gsm7}
    values["from_phone_number_id"] = request.bound["sender"]["id"]
    record = request.create("messages", {**values, "status": "queued"})
    record["id"] = record["message_id"]
    return record


@PLUGIN.action("message-queued")
def _send(request: Request) -> dict[str, Any]:
    return _queue(request, request.body["body"])  # C-05: metadata is accepted, not stored


@PLUGIN.action("bulk-message-queued")
def _send_item(request: Request) -> dict[str, Any]:
    return _queue(request, request.item["body"])


def _cache(request: Request) -> dict[str, dict[str, Any]]:
    caches = request.engine.scratch.setdefault("lookup_cache", {})
    key = request.account.key if request.account is not None else ""
    if key not in caches:
        seeded = request.account is not None and request.account.role == "default"
        caches[key] = {n: lookup(n) for n in precached()} if seeded else {}
    cache: dict[str, dict[str, Any]] = caches[key]
    return cache


def _validate(
    request: Request, number: str, force: bool, seen: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    """One lookup result. Duplicates in a batch are looked up and billed once; otherwise the
    account's cache answers (cost 0, cached true) unless ``force`` asks for a fresh, billed
    lookup, which refreshes it."""
    cache = _cache(request)
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


@PLUGIN.action("phone-lookup")
def _validate_one(request: Request) -> dict[str, Any]:
    raw = request.body["phone"]
    # The page normalises common US formats (4155551234, (415) 555-1234) to +1.
    number = normalise(raw, national_prefix="1")
    if number is None:
        # No error is documented for an unparsable number here: the lookup verdict for it.
        invalid = {"valid": False, "line_type": "unknown", "disposition": "invalid"}
        return {"phone": raw, **invalid, "cost": 0, "cached": False}
    return _validate(request, number, bool(request.body.get("force", False)), {})


@PLUGIN.action("batch-lookup")
def _validate_batch(request: Request) -> dict[str, Any]:
    force = bool(request.body.get("force", False))
    seen: dict[str, dict[str, Any]] = {}
    results: list[dict[str, Any]] = []
    for raw in request.body["phones"]:
        number = normalise(raw, national_prefix="1")
        if number is None:  # a single bad number never fails the batch: in-band entry
            error = {"error": "validation_error", "code": "invalid_phone"}
            results.append({"phone": raw, **error, "message": "invalid phone number format"})
        else:
            results.append(_validate(request, number, force, seen))
    lookups = [r for r in results if "error" not in r]
    summary: dict[str, Any] = {"total": len(results)}
    summary.update({k: sum(r["disposition"] == k for r in lookups) for k in SUMMARY_KEYS})
    summary["errors"] = len(results) - len(lookups)
    summary["cached"] = sum(1 for r in lookups if r["cached"])
    summary["total_cost"] = round(sum(r["cost"] for r in lookups), 6)
    return {"results": results, "summary": summary}
