"""Response fields the schema does not declare.

Response schemas are open (no ``additionalProperties: false``), so a vendor adding a field
breaks no validation, yet the spec no longer describes the answer. :class:`FieldWalker`
walks a body alongside its schema and yields every object member no schema branch
declares. An object schema that declares no properties, or that says anything about
additional, pattern or unevaluated properties, is left to the schema validator.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .places import SpecPlaces, escape

MAX_DEPTH = 64
MAX_ITEMS = 100
"""Array items walked per array (the schema of every item is the same)."""
_OPEN_KEYS = ("additionalProperties", "patternProperties", "unevaluatedProperties")


@dataclass(frozen=True)
class Shape:
    """What a schema declares for objects and arrays: property name → schema pointer,
    whether undeclared members are acceptable, and the items' schema pointer."""

    properties: dict[str, str]
    open: bool
    items: str | None


@dataclass(frozen=True)
class Undeclared:
    """A member of the body at ``path`` (a JSON pointer into the body) that the object schema
    at ``schema`` does not declare."""

    path: str
    schema: str
    name: str


class FieldWalker:
    """Finds undeclared response fields; shapes are computed once per schema pointer."""

    def __init__(self, places: SpecPlaces) -> None:
        self.places = places
        self._shapes: dict[str, Shape] = {}

    def shape(self, pointer: str) -> Shape:
        pointer = self.places.canonical(pointer)
        found = self._shapes.get(pointer)
        if found is None:
            properties: dict[str, str] = {}
            flags = {"open": False, "composed": False}
            items: list[str] = []
            self._collect(pointer, properties, flags, items, set())
            is_open = flags["open"] or not properties
            found = Shape(properties, is_open, items[0] if items else None)
            self._shapes[pointer] = found
        return found

    def _collect(
        self,
        pointer: str,
        properties: dict[str, str],
        flags: dict[str, bool],
        items: list[str],
        seen: set[str],
    ) -> None:
        pointer = self.places.canonical(pointer)
        if pointer in seen:
            return
        seen.add(pointer)
        node = self.places.resolve(pointer)
        if not isinstance(node, dict):
            flags["open"] = flags["open"] or node is True
            return
        if any(key in node for key in _OPEN_KEYS):
            flags["open"] = True
        for name in node.get("properties") or {}:
            properties.setdefault(name, f"{pointer}/properties/{escape(name)}")
        if isinstance(node.get("items"), dict):
            items.append(f"{pointer}/items")
        for key in ("allOf", "anyOf", "oneOf"):
            for index, _ in enumerate(node.get(key) or ()):
                self._collect(f"{pointer}/{key}/{index}", properties, flags, items, seen)
        for key in ("then", "else"):
            if isinstance(node.get(key), dict):
                self._collect(f"{pointer}/{key}", properties, flags, items, seen)

    def undeclared(
        self, value: Any, pointer: str, path: str = "", depth: int = 0
    ) -> Iterator[Undeclared]:
        """Members of ``value`` that the schema at ``pointer`` does not declare."""
        if depth > MAX_DEPTH:
            return
        if isinstance(value, dict):
            shape = self.shape(pointer)
            for name, child in value.items():
                where = f"{path}/{escape(str(name))}"
                if name in shape.properties:
                    yield from self.undeclared(child, shape.properties[name], where, depth + 1)
                elif not shape.open:
                    yield Undeclared(where, self.places.canonical(pointer), str(name))
        elif isinstance(value, list):
            shape = self.shape(pointer)
            if shape.items is not None:
                for index, item in enumerate(value[:MAX_ITEMS]):
                    yield from self.undeclared(item, shape.items, f"{path}/{index}", depth + 1)
