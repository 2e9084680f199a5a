"""Find where a change's element is written: source file and line of the new spec.

A :class:`~generator.diff.rules.Change` names its element by a JSON path into the bundled
document with references followed (``$.paths['/items'].post.requestBody…schema.properties.
kind``). :func:`locate` walks that path through the document loaded with a source map and
returns the file and line of the deepest element it reaches that has a known origin (the key
that names it, or the start of its mapping).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..bundle import SourceMap, resolve_pointer
from ..sourcemap import deepest_origin

_TOKEN = re.compile(
    r"\.(?P<name>[^.\[]+)"
    r"|\['(?P<quoted>[^']*)'\]"
    r"|\[(?P<index>\d+)\]"
    r"|\[\?\(@\.in=='(?P<in>[^']*)' && @\.name=='(?P<pname>[^']*)'\)\]"
)

Token = str | int | tuple[str, str]


def parse_location(location: str) -> list[Token]:
    """The steps of a change location (``$`` first); unknown syntax ends the list."""
    if not location.startswith("$"):
        return []
    steps: list[Token] = []
    position = 1
    while position < len(location):
        match = _TOKEN.match(location, position)
        if match is None:
            break
        if match["index"] is not None:
            steps.append(int(match["index"]))
        elif match["in"] is not None:
            steps.append((match["in"], match["pname"]))
        else:
            steps.append(match["name"] if match["name"] is not None else match["quoted"])
        position = match.end()
    return steps


def _deref(document: Any, node: Any) -> Any:
    seen = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 16:
        ref = str(node["$ref"])
        if not ref.startswith("#"):
            return node
        try:
            node = resolve_pointer(document, ref[1:])
        except (KeyError, IndexError, ValueError):
            return node
        seen += 1
    return node


def _parameter(document: Any, params: Any, shared: Any, where: tuple[str, str]) -> Any:
    """The parameter ``(in, name)`` among an operation's ``params``, else ``shared`` (its
    path item's)."""
    for candidates in (params, shared):
        for param in candidates if isinstance(candidates, list) else []:
            resolved = _deref(document, param)
            if isinstance(resolved, dict) and (resolved.get("in"), resolved.get("name")) == where:
                return param
    return None


def walk(document: Any, steps: list[Token]) -> list[tuple[Any, Token, Any]]:
    """``(container, step, value)`` for each step that exists, references followed."""
    trail: list[tuple[Any, Token, Any]] = []
    node, path_item = document, None
    for step in steps:
        container = node
        if isinstance(step, tuple):
            value = _parameter(document, container, path_item, step)
            key: Token = step
        elif isinstance(container, list) and isinstance(step, int) and step < len(container):
            value, key = container[step], step
        elif isinstance(container, dict):
            if step not in container and isinstance(container.get("$ref"), str):
                container = _deref(document, container)
            if not isinstance(container, dict) or step not in container:
                break
            value, key = container[step], step
        else:
            break
        if value is None:
            break
        trail.append((container, key, value))
        if isinstance(container, dict) and len(trail) == 2 and trail[0][1] == "paths":
            path_item = (
                _deref(document, value).get("parameters") if isinstance(value, dict) else None
            )
        node = value
    return trail


def locate(document: Any, source_map: SourceMap, location: str) -> tuple[Path, int] | None:
    """The source file and line of the element at ``location``, or ``None`` if unknown."""
    trail = walk(document, parse_location(location))
    found = deepest_origin(source_map, trail, lambda value: _deref(document, value))
    if found is not None:
        return found.path, found.line
    origin = source_map.origin(document)
    return (origin[0], 1) if origin is not None else None
