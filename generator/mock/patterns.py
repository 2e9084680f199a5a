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
from collections.abc import Callable
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


Picker = Callable[[str, int], str]
"""(alphabet, position in the repeat) -> one character."""


def _emit(parsed: Any, pick: Picker, out: list[str]) -> None:
    for op, value in parsed:
        if op is sre_constants.LITERAL:
            out.append(chr(value))
        elif op is sre_constants.NOT_LITERAL:
            out.append("a" if chr(value) != "a" else "b")
        elif op is sre_constants.ANY:
            out.append(pick(_PRINTABLE, len(out)))
        elif op is sre_constants.IN:
            out.append(pick(_alphabet(value) or "x", len(out)))
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            low, high, sub = value
            count = low if high == low else max(low, min(high, UNBOUNDED_LENGTH))
            if high is sre_constants.MAXREPEAT or high > 1000:
                count = max(low, UNBOUNDED_LENGTH)
            for _ in range(count):
                _emit(sub, pick, out)
        elif op is sre_constants.SUBPATTERN:
            _emit(value[-1], pick, out)
        elif op is sre_constants.BRANCH:
            _emit(value[1][0], pick, out)
        elif op in (sre_constants.AT, sre_constants.GROUPREF):
            continue
        else:
            raise PatternError(f"cannot synthesise {op} in a pattern")


@lru_cache(maxsize=256)
def _parsed(pattern: str) -> Any:
    return sre_parse.parse(pattern)


Segment = tuple[str, int]
"""(characters, count): a literal (count 0) or ``count`` characters drawn from an alphabet."""


class _Draw(str):
    """A character position drawn from an alphabet (the alphabet is the string itself)."""


@lru_cache(maxsize=256)
def segments(pattern: str) -> tuple[Segment, ...]:
    """``pattern`` compiled to literals and character runs (drawing needs no parsing)."""
    tokens: list[str] = []
    _emit(_parsed(pattern), lambda alphabet, _position: _Draw(alphabet), tokens)
    out: list[Segment] = []
    for token in tokens:
        drawn = isinstance(token, _Draw)
        if out and drawn and out[-1][1] and out[-1][0] == token:
            out[-1] = (out[-1][0], out[-1][1] + 1)
        elif out and not drawn and not out[-1][1]:
            out[-1] = (out[-1][0] + token, 0)
        else:
            out.append((str(token), 1 if drawn else 0))
    return tuple(out)


def example(pattern: str, text: str = "") -> str:
    """A deterministic string matching ``pattern`` that spells ``text`` where the pattern lets
    it (free characters take the next letter of ``text`` they allow, then ``0``)."""
    letters = list(text)

    def pick(alphabet: str, _position: int) -> str:
        while letters:
            char = letters.pop(0)
            if char in alphabet:
                return char
        return "0" if "0" in alphabet else alphabet[0]

    out: list[str] = []
    _emit(_parsed(pattern), pick, out)
    result = "".join(out)
    if not re.search(pattern, result):
        raise PatternError(f"no example found for pattern {pattern!r}")
    return result


def generate(pattern: str, rng: random.Random) -> str:
    """A random string matching ``pattern`` (new record ids; one PRNG call per run of
    drawn characters)."""
    parts = segments(pattern)
    if len(parts) == 1:  # one run, the usual id: no generator to drive
        chars, count = parts[0]
        return "".join(rng.choices(chars, k=count)) if count else chars
    return "".join(
        "".join(rng.choices(chars, k=count)) if count else chars for chars, count in parts
    )


def run_drawer(chars: str, count: int) -> Callable[[random.Random], str]:
    """A function drawing ``count`` characters of ``chars`` uniformly (random bytes mapped
    through a table, those past the largest multiple of the alphabet's size dropped)."""
    size = len(chars)
    if not chars.isascii() or not 0 < size <= 256:
        return lambda rng: "".join(rng.choices(chars, k=count))
    limit = 256 - 256 % size
    table = bytes(ord(chars[byte % size]) for byte in range(256))
    dropped = bytes(range(limit, 256))

    def draw(rng: random.Random) -> str:
        drawn = rng.randbytes(count).translate(table, dropped)
        while len(drawn) < count:
            drawn += rng.randbytes(count - len(drawn)).translate(table, dropped)
        return drawn.decode("ascii")

    return draw


def role_text(role: str) -> str:
    """``no_payment_method`` -> ``demoNoPaymentMethod``: what a demo key of a role spells."""
    return "demo" + role.title().replace("_", "")
