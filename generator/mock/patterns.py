"""Strings that match a regular expression: demo keys and new record ids from the spec.

A key format (``x-key-pattern``) or an id's ``pattern`` says what a valid value looks like;
the mock derives its demo keys and the ids it hands out from the same pattern, so they are
valid by construction. Supported: literals, classes (``[A-Za-z0-9]``, ``\\d``, ``\\w``,
``\\S``), fixed and bounded repeats, groups and alternatives (the first branch), anchors.
"""

from __future__ import annotations

import importlib
import random
import re
import string
from functools import lru_cache
from typing import Any

sre_constants: Any = importlib.import_module("re._constants")  # re's parser (Python 3.11+)
sre_parse: Any = importlib.import_module("re._parser")

UNBOUNDED_LENGTH = 24
"""Length used for an unbounded repeat (``+``, ``*``)."""

_PRINTABLE = string.ascii_letters + string.digits + "_-"


class PatternError(ValueError):
    """A pattern the synthesiser cannot produce a matching string for."""


def _category(name: Any) -> str:
    table = {
        sre_constants.CATEGORY_DIGIT: string.digits,
        sre_constants.CATEGORY_NOT_DIGIT: string.ascii_letters,
        sre_constants.CATEGORY_WORD: string.ascii_letters + string.digits + "_",
        sre_constants.CATEGORY_NOT_WORD: "-.",
        sre_constants.CATEGORY_SPACE: " ",
        sre_constants.CATEGORY_NOT_SPACE: _PRINTABLE,
    }
    return table.get(name, _PRINTABLE)


def _alphabet(items: list[tuple[Any, Any]]) -> str:
    """The characters an ``IN`` set allows, in a stable order."""
    chars: list[str] = []
    negate = False
    for op, value in items:
        if op is sre_constants.NEGATE:
            negate = True
        elif op is sre_constants.LITERAL:
            chars.append(chr(value))
        elif op is sre_constants.RANGE:
            chars.extend(chr(c) for c in range(value[0], value[1] + 1))
        elif op is sre_constants.CATEGORY:
            chars.extend(_category(value))
    if negate:
        return "".join(c for c in _PRINTABLE if c not in chars)
    return "".join(dict.fromkeys(chars))


Slot = tuple[bool, str]
"""One character of a match: (literal?, the characters allowed there)."""


def _slots(parsed: Any, out: list[Slot]) -> None:
    for op, value in parsed:
        if op is sre_constants.LITERAL:
            out.append((True, chr(value)))
        elif op is sre_constants.NOT_LITERAL:
            out.append((True, "a" if chr(value) != "a" else "b"))
        elif op is sre_constants.ANY:
            out.append((False, _PRINTABLE))
        elif op is sre_constants.IN:
            out.append((False, _alphabet(value) or "x"))
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            low, high, sub = value
            count = low if high == low else max(low, min(high, UNBOUNDED_LENGTH))
            if high is sre_constants.MAXREPEAT or high > 1000:
                count = max(low, UNBOUNDED_LENGTH)
            for _ in range(count):
                _slots(sub, out)
        elif op is sre_constants.SUBPATTERN:
            _slots(value[-1], out)
        elif op is sre_constants.BRANCH:
            _slots(value[1][0], out)
        elif op in (sre_constants.AT, sre_constants.GROUPREF):
            continue
        else:
            raise PatternError(f"cannot synthesise {op} in a pattern")


@lru_cache(maxsize=256)
def _plan(pattern: str) -> tuple[Slot, ...]:
    """The characters of a match of ``pattern``, computed once per pattern (ids are drawn from
    it for every new record)."""
    out: list[Slot] = []
    _slots(sre_parse.parse(pattern), out)
    return tuple(out)


def example(pattern: str, text: str = "") -> str:
    """A deterministic string matching ``pattern`` that spells ``text`` where the pattern lets
    it (free characters take the next letter of ``text`` they allow, then ``0``)."""
    letters = list(text)

    def pick(alphabet: str) -> str:
        while letters:
            char = letters.pop(0)
            if char in alphabet:
                return char
        return "0" if "0" in alphabet else alphabet[0]

    result = "".join(chars if literal else pick(chars) for literal, chars in _plan(pattern))
    if not re.search(pattern, result):
        raise PatternError(f"no example found for pattern {pattern!r}")
    return result


def generate(pattern: str, rng: random.Random) -> str:
    """A random string matching ``pattern`` (new record ids)."""
    draw = rng.randrange
    return "".join(c if literal else c[draw(len(c))] for literal, c in _plan(pattern))


def role_text(role: str) -> str:
    """``no_payment_method`` -> ``demoNoPaymentMethod``: what a demo key of a role spells."""
    return "demo" + role.title().replace("_", "")
