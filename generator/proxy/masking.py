"""Phone numbers in emitted cases: replaced by stable pseudonyms that stay valid.

Every E.164 number (``+`` and 7 to 15 digits, also percent-encoded as ``%2B…``) in a case's
path, query and bodies is replaced, except the numbers the spec itself publishes (the
vendor docs' examples, the mock's seeded lists and demo accounts): those are public test
data, and the mock's fixtures rely on them. A replaced number keeps its length, its first
digit (two unless the country code is 1 or 7) and its last two digits (the Transformify
mock reads them); the digits between are the order in which the number first appeared
(``+14155551234`` → ``+10000000134`` when it is the first). The same number always gets the
same pseudonym within one run over the same inputs, so a contact created with a number and
read back by it still matches, and the output is byte-for-byte reproducible. No digit of the
middle survives, so the pseudonym does not lead back to the number.
"""

from __future__ import annotations

import re
from typing import Any

import orjson

E164 = re.compile(r"(\+|%2[Bb])([1-9][0-9]{6,14})(?![0-9])")


def published_numbers(document: dict[str, Any]) -> set[str]:
    """Every E.164 number written anywhere in a bundled spec (as ``+digits``)."""
    text = orjson.dumps(document).decode("utf-8")
    return {"+" + digits for _, digits in E164.findall(text)}


class PhoneMasker:
    """Replaces E.164 numbers by pseudonyms, consistently across calls."""

    def __init__(self, keep: set[str]) -> None:
        self.keep = keep
        self.mapping: dict[str, str] = {}
        self._used: set[str] = set(keep)
        self._next = 1

    def number(self, digits: str) -> str:
        """The pseudonym of a number's digits (without ``+``)."""
        if "+" + digits in self.keep:
            return digits
        found = self.mapping.get(digits)
        if found is not None:
            return found
        head = 1 if digits[0] in "17" else 2
        width = len(digits) - head - 2
        for _ in range(10**width):
            candidate = digits[:head] + str(self._next % 10**width).zfill(width) + digits[-2:]
            self._next += 1
            if "+" + candidate not in self._used:
                break
        else:
            raise ValueError(f"no pseudonym left for {len(digits)}-digit numbers")
        self._used.add("+" + candidate)
        self.mapping[digits] = candidate
        return candidate

    def text(self, text: str) -> str:
        """``text`` with every number replaced (``+`` or ``%2B`` kept as written)."""
        return E164.sub(lambda m: m.group(1) + self.number(m.group(2)), text)

    def value(self, value: Any) -> Any:
        """A JSON value with every number in its strings replaced (keys too)."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self.value(item) for item in value]
        if isinstance(value, dict):
            return {self.text(str(k)): self.value(v) for k, v in value.items()}
        return value
