"""Where a place of a bundled document was written: the source file and line.

Bundling inlines fragments and hoists components, so a JSON pointer into the bundle says
nothing about the file a user edits. :func:`locate` walks the pointer through the unbundled
files instead, following the same ``$ref`` rules as the bundler, and reads the line from the
YAML node tree of the file it ends in. It costs nothing at bundle time and is only called
when something is reported (lint findings, diff annotations).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from .bundle import COMPONENT_SECTIONS, resolve_pointer
from .yamlio import load_file


@dataclass(frozen=True)
class Location:
    """A place in a source file (``line`` is 1-based; ``None`` when unknown)."""

    path: Path
    line: int | None

    def __str__(self) -> str:
        return f"{self.path}:{self.line}" if self.line else str(self.path)

    def relative_to(self, base: Path) -> Location:
        try:
            return Location(self.path.relative_to(base), self.line)
        except ValueError:
            return self


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def _tokens(pointer: str) -> list[str]:
    return [_unescape(t) for t in pointer.lstrip("/").split("/")] if pointer.strip("/") else []


@lru_cache(maxsize=256)
def _content(path: Path, stamp: float) -> Any:
    return load_file(path)


def _load(path: Path) -> Any:
    return _content(path, path.stat().st_mtime)


@lru_cache(maxsize=256)
def _nodes(path: Path, stamp: float) -> yaml.Node | None:
    with path.open(encoding="utf-8") as stream:
        node: yaml.Node | None = yaml.compose(stream, Loader=yaml.CSafeLoader)
        return node


def line_of(path: Path, tokens: list[str]) -> int | None:
    """1-based line of the node at ``tokens`` in a YAML file (the deepest one that exists;
    for a mapping entry, the line of its key)."""
    try:
        node = _nodes(path, path.stat().st_mtime)
    except (OSError, yaml.YAMLError):
        return None
    if node is None:
        return None
    line = node.start_mark.line + 1
    for token in tokens:
        if isinstance(node, yaml.MappingNode):
            found = next(
                ((k, v) for k, v in node.value if getattr(k, "value", None) == token), None
            )
            if found is None:
                break
            line, node = found[0].start_mark.line + 1, found[1]
        elif (
            isinstance(node, yaml.SequenceNode) and token.isdigit() and int(token) < len(node.value)
        ):
            node = node.value[int(token)]
            line = node.start_mark.line + 1
        else:
            break
    return line


def _component_file(root: Path, section: str, name: str) -> Path | None:
    for path in sorted((root.parent / "components" / section).glob("*.yaml")):
        content = _load(path)
        if isinstance(content, dict) and name in content:
            return path
    return None


def locate(root: Path, pointer: str) -> Location:
    """The source file and line of ``pointer`` (into the bundle of the spec whose root
    document is ``root``). Falls back to the deepest place that can be followed."""
    tokens = _tokens(pointer)
    path, inner, node = root, [], _load(root)
    if (
        len(tokens) >= 3
        and tokens[0] == "components"
        and tokens[1] in COMPONENT_SECTIONS
        and not (
            isinstance(node, dict)
            and tokens[2] in ((node.get("components") or {}).get(tokens[1]) or {})
        )
    ):
        found = _component_file(root, tokens[1], tokens[2])
        if found is not None:
            path, inner, node, tokens = found, [tokens[2]], _load(found)[tokens[2]], tokens[3:]
    for token in tokens:
        node, path, inner = _follow(node, path, inner, token)
        if node is None:
            break
    return Location(path, line_of(path, inner))


def _follow(node: Any, path: Path, inner: list[str], token: str) -> tuple[Any, Path, list[str]]:
    """One pointer step from ``node`` (written at ``inner`` in ``path``)."""
    ref = node.get("$ref") if isinstance(node, dict) else None
    if isinstance(ref, str) and token not in node:
        file_part, _, fragment = ref.partition("#")
        if file_part:
            target = (path.parent / file_part).resolve()
            section = next(
                (s for s in COMPONENT_SECTIONS if target.parent.name == s
                 and target.parent.parent.name == "components"),
                None,
            )  # fmt: skip
            try:
                content = _load(target)
                node = resolve_pointer(content, fragment)
            except (OSError, KeyError, IndexError, ValueError):
                return None, path, inner
            path, inner = target, _tokens(fragment)
            if section is not None and not inner:
                return None, path, inner
    if isinstance(node, dict) and token in node:
        return node[token], path, [*inner, token]
    if isinstance(node, list) and token.isdigit() and int(token) < len(node):
        return node[int(token)], path, [*inner, token]
    return None, path, inner
