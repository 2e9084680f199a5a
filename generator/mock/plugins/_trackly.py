"""Carrier lookups shared by the Trackly v1 and v2 plugins (phone validation, contacts)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from ...yamlio import load_file

LOOKUP_COST = 0.003  # USD per non-cached lookup (phone validation pages)
_DATA = Path(__file__).with_name("trackly_carrier.yaml")


@cache
def _fixtures() -> dict[str, Any]:
    data: dict[str, Any] = load_file(_DATA)
    return data


def lookup(number: str) -> dict[str, Any]:
    """The carrier lookup of an E.164 number: a fixture, else a valid mobile (mock default)."""
    fixtures = _fixtures()
    found = fixtures["lookups"].get(number)
    if found is not None:
        return dict(found)  # flat: a shallow copy is a full copy
    default = dict(fixtures["default"])
    default["country"] = "US" if number.startswith("+1") else ""
    return default


def precached() -> list[str]:
    """Numbers the default account's lookup cache holds from the start."""
    return list(_fixtures()["cached"])


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
