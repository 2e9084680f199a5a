"""Spec places: JSON pointers into the bundled spec, followed through ``$ref`` to the node a
user edits, and the source file and line each was written at.

A finding about ``POST /v2/send``'s 400 body names ``/components/schemas/…`` when the
response schema is a reference, not the ``$ref`` line that points at it.
"""

from __future__ import annotations

from typing import Any

from ..paths import REPO_ROOT, spec_root
from ..sourcemap import Locator
from ..specmodel import Operation


def escape(token: str) -> str:
    """A JSON pointer token (``/`` → ``~1``, ``~`` → ``~0``)."""
    return token.replace("~", "~0").replace("/", "~1")


def _tokens(pointer: str) -> list[str]:
    raw = pointer.lstrip("/").split("/") if pointer.strip("/") else []
    return [token.replace("~1", "/").replace("~0", "~") for token in raw]


def _step(node: Any, token: str) -> Any:
    if isinstance(node, dict):
        return node.get(token)
    if isinstance(node, list) and token.isdigit() and int(token) < len(node):
        return node[int(token)]
    return None


class SpecPlaces:
    """Pointers and source locations of one bundled spec."""

    def __init__(self, document: dict[str, Any], locator: Locator | None = None) -> None:
        self.document = document
        self.locator = locator
        self._located: dict[str, str] = {}
        self._canonical: dict[str, str] = {}

    @classmethod
    def for_api(cls, api: str) -> SpecPlaces:
        """The places of ``spec/<api>/`` (bundled once, with its source map)."""
        locator = Locator(spec_root(api))
        return cls(locator.document, locator)

    # -- pointers -----------------------------------------------------------------------------

    def resolve(self, pointer: str) -> Any:
        """The node at a canonical ``pointer`` (``None`` when there is none)."""
        node: Any = self.document
        for token in _tokens(pointer):
            node = _step(node, token)
            if node is None:
                return None
        return node

    def canonical(self, pointer: str) -> str:
        """``pointer`` with every ``$ref`` on its way followed: the place where the node is
        written (as far as the pointer reaches)."""
        found = self._canonical.get(pointer)
        if found is not None:
            return found
        current: list[str] = []
        node: Any = self.document
        for token in _tokens(pointer):
            node, current = self._deref(node, current)
            child = _step(node, token)
            if child is None:
                break
            current.append(token)
            node = child
        node, current = self._deref(node, current)
        result = "/" + "/".join(escape(t) for t in current) if current else ""
        self._canonical[pointer] = result
        return result

    def _deref(self, node: Any, current: list[str]) -> tuple[Any, list[str]]:
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if not ref.startswith("#") or ref in seen:
                break
            seen.add(ref)
            target = self.resolve(ref[1:])
            if target is None:
                break
            node, current = target, _tokens(ref[1:])
        return node, current

    def operation(self, op: Operation) -> str:
        """The pointer of an operation."""
        return f"/paths/{escape(op.path)}/{op.method}"

    def path_item(self, template: str) -> str:
        return f"/paths/{escape(template)}"

    def schema_field(self, schema_pointer: str, dotted: str) -> str:
        """The pointer of a field of a schema, from a dotted location (``messages[].to``,
        ``[]`` for array items) — through references and composition branches; as deep as
        the schema declares it."""
        pointer = self.canonical(schema_pointer)
        for part in [p for p in dotted.replace("[]", ".[]").split(".") if p]:
            found = self._field(pointer, part, set())
            if found is None:
                break
            pointer = found
        return pointer

    def _field(self, pointer: str, part: str, seen: set[str]) -> str | None:
        pointer = self.canonical(pointer)
        if pointer in seen:
            return None
        seen.add(pointer)
        node = self.resolve(pointer)
        if not isinstance(node, dict):
            return None
        if part == "[]":
            if isinstance(node.get("items"), dict):
                return self.canonical(f"{pointer}/items")
        elif part in (node.get("properties") or {}):
            return self.canonical(f"{pointer}/properties/{escape(part)}")
        for key in ("allOf", "anyOf", "oneOf"):
            for index, _ in enumerate(node.get(key) or ()):
                found = self._field(f"{pointer}/{key}/{index}", part, seen)
                if found is not None:
                    return found
        for key in ("then", "else"):
            if isinstance(node.get(key), dict):
                found = self._field(f"{pointer}/{key}", part, seen)
                if found is not None:
                    return found
        return None

    # -- source locations ---------------------------------------------------------------------

    def locate(self, pointer: str) -> str:
        """``file:line`` (relative to the repository) of a canonical pointer."""
        found = self._located.get(pointer)
        if found is None:
            if self.locator is None:
                found = "(bundled spec)"
            else:
                location = self.locator.locate(pointer).relative_to(REPO_ROOT)
                found = f"{location.path.as_posix()}:{location.line}"
            self._located[pointer] = found
        return found
