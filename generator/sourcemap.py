"""Where a place of a bundled document was written: the source file and line.

Bundling inlines fragments and hoists components, so a JSON pointer into the bundle says
nothing about the file a user edits. :class:`Locator` bundles the spec once more with the
bundler's :class:`~generator.bundle.SourceMap` (only when something is reported: lint
findings) and walks the pointer to the deepest mapping whose origin is known.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .bundle import SourceMap


@dataclass(frozen=True)
class Location:
    """A place in a source file (``line`` is 1-based)."""

    path: Path
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"

    def relative_to(self, base: Path) -> Location:
        try:
            return Location(self.path.relative_to(base), self.line)
        except ValueError:
            return self


def _tokens(pointer: str) -> list[str]:
    raw = pointer.lstrip("/").split("/") if pointer.strip("/") else []
    return [token.replace("~1", "/").replace("~0", "~") for token in raw]


class Locator:
    """Source locations of JSON pointers into the bundle of one spec."""

    def __init__(self, root: Path, *, vendor: bool | None = None) -> None:
        self.root = root
        self.source_map = SourceMap()
        from .sources import load_spec

        self.document = load_spec(root, source_map=self.source_map, vendor=vendor, check=False)

    def locate(self, pointer: str) -> Location:
        """The file and line of ``pointer`` (the deepest place with a known origin)."""
        trail: list[tuple[Any, Any, Any]] = []
        node: Any = self.document
        for token in _tokens(pointer):
            if isinstance(node, dict) and token in node:
                key: Any = token
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                key = int(token)
            else:
                break
            trail.append((node, key, node[key]))
            node = node[key]
        return deepest_origin(self.source_map, trail) or Location(self.root, 1)


def deepest_origin(
    source_map: SourceMap, trail: list[tuple[Any, Any, Any]], resolve: Any = None
) -> Location | None:
    """The origin of the deepest step of ``trail`` (``(container, key, value)`` per step)
    that has one: the line of the key that names it, else the start of its mapping
    (``resolve`` follows a reference first, when given)."""
    for container, key, value in reversed(trail):
        found = source_map.origin(container)
        if found is not None and key in found[1].key_lines:
            return Location(found[0], found[1].key_lines[key])
        found = source_map.origin(resolve(value) if resolve is not None else value)
        if found is not None:
            return Location(found[0], found[1].line)
    return None
