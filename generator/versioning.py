"""Version arithmetic of a spec's ``info.version``, driven by what ``smsspec diff`` found.

``required_bump(changes)`` is the verdict: ``major`` for any breaking change, ``minor`` for an
additive one (``Rule.additive``: something added or deprecated), ``patch`` for any other
change, ``None`` when nothing changed. ``bump_version`` moves a version by a verdict and
``version_bump`` says how far a version moved, so a gate can compare the two.

Versions are one or more dot-separated numbers with an optional leading ``v`` (``2.0``,
``v1``, ``1.4.2``) — the forms the specs use. A bump keeps the form: the ``v`` and the
number of components stay, and a component is added only when the bump needs it
(``2.0`` → ``3.0``, ``2.1``, ``2.0.1``; ``v1`` → ``v2``, ``v1.1``, ``v1.0.1``). Below 1.0 a
breaking change still moves the first number (``0.3.1`` → ``1.0.0``): semver lets a 0.x API
break in a minor release, but smsspec's clients are used by other teams from the first
version, so a break is always a major version.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from .diff.rules import RULES, Change

Bump = Literal["patch", "minor", "major"]
BUMPS: tuple[Bump, ...] = ("patch", "minor", "major")  # weakest first
_BY_POSITION: tuple[Bump, ...] = ("major", "minor", "patch")  # the component each moves

_VERSION = re.compile(r"^(?P<prefix>v?)(?P<parts>\d+(?:\.\d+)*)$")


class VersionError(ValueError):
    """A version string smsspec cannot order or move."""


@dataclass(frozen=True)
class SpecVersion:
    """A parsed ``info.version``: optional ``v`` prefix and its numbers."""

    prefix: str
    parts: tuple[int, ...]

    def __str__(self) -> str:
        return self.prefix + ".".join(map(str, self.parts))

    def padded(self, length: int = 3) -> tuple[int, ...]:
        return self.parts + (0,) * (length - len(self.parts))


def parse_version(text: object) -> SpecVersion:
    """Parse ``info.version``; raise :class:`VersionError` for any other form."""
    if not isinstance(text, str):
        raise VersionError(f"info.version must be a string, got {text!r}")
    match = _VERSION.match(text.strip())
    if not match:
        raise VersionError(
            f"info.version {text!r} is not a version smsspec can move: use numbers separated "
            "by dots, optionally after a 'v' (2.0, v1, 1.4.2)"
        )
    return SpecVersion(match["prefix"], tuple(int(p) for p in match["parts"].split(".")))


def rank(bump: Bump | None) -> int:
    """0 for no bump, then patch < minor < major."""
    return 0 if bump is None else BUMPS.index(bump) + 1


def bump_of(change: Change) -> Bump:
    """The version move one change needs on its own."""
    rule = RULES[change.rule]
    if change.breaking:
        return "major"
    return "minor" if rule.additive else "patch"


def required_bump(changes: Iterable[Change]) -> Bump | None:
    """The smallest version move that accounts for every change (``None``: no change)."""
    needed: Bump | None = None
    for change in changes:
        bump = bump_of(change)
        if rank(bump) > rank(needed):
            needed = bump
    return needed


def bump_version(version: str, bump: Bump) -> str:
    """``version`` moved by ``bump``, keeping its prefix and (where possible) its length."""
    parsed = parse_version(version)
    index = _BY_POSITION.index(bump)
    parts = list(parsed.padded(max(len(parsed.parts), index + 1)))
    parts[index] += 1
    parts[index + 1 :] = [0] * (len(parts) - index - 1)
    return str(SpecVersion(parsed.prefix, tuple(parts)))


def version_bump(old: str, new: str) -> Bump | None:
    """How far ``new`` moved from ``old`` (``None``: not forward at all)."""
    before, after = parse_version(old), parse_version(new)
    length = max(len(before.parts), len(after.parts), 3)
    a, b = before.padded(length), after.padded(length)
    if b <= a:
        return None
    first = next(i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y)
    return _BY_POSITION[min(first, 2)]


def client_version(info_version: str) -> str:
    """The version of a generated client: the spec's ``info.version`` as PEP 440 writes it
    (without the ``v``: ``v1`` → ``1``, ``2.0`` → ``2.0``)."""
    return ".".join(map(str, parse_version(info_version).parts))


_INFO = re.compile(r"^info:[ \t]*(?:#.*)?$", re.MULTILINE)
_CHILD = re.compile(r"^(?P<indent>[ \t]+)(?P<key>[A-Za-z0-9_-]+):(?P<rest>.*)$")
_SCALAR = re.compile(
    r"""^(?P<space>[ \t]*)(?:"(?P<dq>[^"\\]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s#'"][^#]*?))"""
    r"""(?P<tail>[ \t]*(?:#.*)?)$"""
)
_PLAIN_NON_STRING = re.compile(r"^[-+]?(?:\d[\d_]*(?:\.\d*)?(?:[eE][-+]?\d+)?|\.\d+)$")


def replace_info_version(text: str, new: str) -> str:
    """The root document's text with ``info.version`` set to ``new``; every other byte kept.

    The value keeps its quoting; a plain scalar that YAML would read as a number
    (``version: 2.0``) is double-quoted when it changes.
    """
    info = _INFO.search(text)
    if info is None:
        raise VersionError("no top-level 'info:' block in the root document")
    position = info.end() + 1
    indent: str | None = None
    while position < len(text):
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        line = text[position:end]
        if line.strip() and not line.lstrip().startswith("#"):
            child = _CHILD.match(line)
            if child is None or (indent is not None and len(child["indent"]) < len(indent)):
                break
            if indent is None:
                indent = child["indent"]
            if child["indent"] == indent and child["key"] == "version":
                start = position + len(child["indent"]) + len("version:")
                return text[:start] + _scalar(child["rest"], new) + text[end:]
        position = end + 1
    raise VersionError("info has no 'version:' line in the root document")


def _scalar(rest: str, new: str) -> str:
    match = _SCALAR.match(rest)
    if match is None:
        raise VersionError(f"info.version is not a one-line scalar: {rest.strip()!r}")
    if match["dq"] is not None:
        value = f'"{new}"'
    elif match["sq"] is not None:
        value = f"'{new}'"
    else:
        value = f'"{new}"' if _PLAIN_NON_STRING.match(new) else new
    return f"{match['space']}{value}{match['tail']}"
