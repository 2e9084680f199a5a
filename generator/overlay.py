"""OpenAPI Overlay 1.0: smsspec's additions to a vendor document, applied at bundle time.

An overlay (``spec/<api>/overlay.yaml``) is ``overlay: 1.0.0``, an ``info`` object and an
ordered list of ``actions``; each action selects nodes of the document with a JSONPath
``target`` (:mod:`.jsonpath`) and either merges ``update`` into them or, with ``remove:
true``, deletes them. As the specification says, an update merges into a selected object
(recursively: objects merge key by key, anything else is replaced) and is appended to a
selected array.

smsspec is stricter than the specification in one way: an action whose target selects
nothing is an error. A vendor update that renames a path or a schema would otherwise drop the
addition silently; the error names the action's line in the overlay.

The overlay applies to the document as every later stage sees it: bundled and, for OpenAPI
3.0 input, upgraded to 3.1 (:mod:`.upgrade`), so its additions are written in 3.1.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from .errors import UserError
from .jsonpath import JSONPathError, Node, select
from .yamlio import Located, load_file

if TYPE_CHECKING:
    from .bundle import SourceMap

_VERSION = re.compile(r"^1\.0\.\d+$")
_ACTION_KEYS = {"target", "description", "update", "remove"}


class OverlayError(UserError):
    """An overlay that is malformed or cannot be applied."""


@dataclass(frozen=True)
class Action:
    """One overlay action (``line``: where it starts in the overlay file)."""

    target: str
    update: Any = None
    remove: bool = False
    description: str | None = None
    line: int | None = None


@dataclass(frozen=True)
class Overlay:
    """A parsed overlay document."""

    path: Path
    title: str
    version: str
    actions: tuple[Action, ...]
    extends: str | None = None


def _line(node: Any, key: str | None = None) -> int | None:
    if isinstance(node, Located):
        return node.key_lines.get(key, node.line) if key is not None else node.line
    return None


def load_overlay(path: Path) -> Overlay:
    """Read and check an overlay document (structure only; targets are checked on apply)."""
    raw = load_file(path, lines=True)

    def fail(
        message: str, node: Any = None, key: str | None = None, hint: str | None = None
    ) -> NoReturn:
        raise OverlayError(
            message, file=path, line=_line(node if node is not None else raw, key), hint=hint
        )

    if not isinstance(raw, dict):
        fail("an overlay is a mapping (overlay, info, actions)", hint="write `overlay: 1.0.0`")
    version = raw.get("overlay")
    if not isinstance(version, str) or not _VERSION.match(version):
        fail(
            f"overlay version {version!r} is not supported",
            raw,
            "overlay",
            hint="write `overlay: 1.0.0` (smsspec applies OpenAPI Overlay 1.0)",
        )
    info = raw.get("info")
    if (
        not isinstance(info, dict)
        or not isinstance(info.get("title"), str)
        or not isinstance(info.get("version"), str)
    ):
        fail("info needs a title and a version (strings)", raw, "info")
    extends = raw.get("extends")
    if extends is not None and not isinstance(extends, str):
        fail("extends must be a URI reference to the document (a string)", raw, "extends")
    unknown = sorted(
        k
        for k in raw
        if k not in {"overlay", "info", "extends", "actions"} and not str(k).startswith("x-")
    )
    if unknown:
        fail(f"unknown overlay field {unknown[0]!r}", raw, unknown[0])
    items = raw.get("actions")
    if not isinstance(items, list) or not items:
        fail("actions must be a non-empty list", raw, "actions")
    actions = []
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            fail(f"actions[{index}] is not a mapping", raw, "actions")
        extra = sorted(k for k in item if k not in _ACTION_KEYS and not str(k).startswith("x-"))
        if extra:
            fail(
                f"actions[{index}]: unknown field {extra[0]!r}",
                item,
                extra[0],
                hint="an action has target, description, update and remove",
            )
        target = item.get("target")
        if not isinstance(target, str) or not target.startswith("$"):
            fail(
                f"actions[{index}]: target must be a JSONPath expression starting with '$'",
                item,
                "target",
            )
        remove = item.get("remove", False)
        if not isinstance(remove, bool):
            fail(f"actions[{index}]: remove must be true or false", item, "remove")
        if "update" not in item and not remove:
            fail(
                f"actions[{index}] neither updates nor removes",
                item,
                hint="give it `update:` or `remove: true`",
            )
        try:
            select({}, target)  # parse now: a syntax error names the action
        except JSONPathError as exc:
            fail(
                f"actions[{index}]: {exc}",
                item,
                "target",
                hint="smsspec supports names, indexes, '*', '..' and filters [?…]",
            )
        description = item.get("description")
        actions.append(
            Action(
                target=target,
                update=item.get("update"),
                remove=remove,
                description=description if isinstance(description, str) else None,
                line=_line(item),
            )
        )
    return Overlay(path, info["title"], info["version"], tuple(actions), extends)


def apply_overlay(
    document: dict[str, Any],
    overlay: Overlay,
    *,
    document_name: str = "the document",
    source_map: SourceMap | None = None,
) -> dict[str, Any]:
    """Apply ``overlay``'s actions to ``document`` in order, in place; return it. With
    ``source_map``, the mappings an update adds are recorded as coming from the overlay."""
    for index, action in enumerate(overlay.actions):
        nodes = select(document, action.target)
        if not nodes:
            raise OverlayError(
                f"actions[{index}]: target {action.target} selects nothing in {document_name}",
                file=overlay.path,
                line=action.line,
                hint="the vendor document may have changed: fix the target or drop the action",
            )
        if action.remove:
            _remove(nodes, overlay, index, action)
            continue
        for node in nodes:
            _update(node, action, overlay, index, source_map)
    return document


def _remove(nodes: list[Node], overlay: Overlay, index: int, action: Action) -> None:
    for node in sorted(nodes, key=lambda n: n.key if isinstance(n.key, int) else -1, reverse=True):
        if node.parent is None:
            raise OverlayError(
                f"actions[{index}]: the document root cannot be removed",
                file=overlay.path,
                line=action.line,
            )
        if isinstance(node.parent, dict):
            node.parent.pop(node.key, None)
        elif isinstance(node.key, int) and node.key < len(node.parent):
            del node.parent[node.key]


def _update(
    node: Node, action: Action, overlay: Overlay, index: int, source_map: SourceMap | None
) -> None:
    target, update = node.value, action.update
    if isinstance(target, list):
        target.append(_copy(update, overlay.path, source_map))
    elif isinstance(target, dict) and isinstance(update, dict):
        _merge(target, update, overlay.path, source_map)
    else:
        kind = "an object" if isinstance(target, dict) else type(target).__name__
        raise OverlayError(
            f"actions[{index}]: target {action.target} selects {kind}; an update merges an "
            "object into an object or appends to an array",
            file=overlay.path,
            line=action.line,
            hint="target the object that holds the value and update it with {key: value}",
        )


def _merge(
    target: dict[str, Any], update: dict[str, Any], path: Path, sm: SourceMap | None
) -> None:
    for key, value in update.items():
        current = target.get(key)
        if isinstance(current, dict) and isinstance(value, dict):
            _merge(current, value, path, sm)
        else:
            target[key] = _copy(value, path, sm)


def _copy(value: Any, path: Path, source_map: SourceMap | None) -> Any:
    """A plain deep copy of an overlay value (origins recorded in ``source_map``)."""
    if isinstance(value, list):
        return [_copy(item, path, source_map) for item in value]
    if isinstance(value, dict):
        result = {key: _copy(item, path, source_map) for key, item in value.items()}
        if source_map is not None:
            source_map.record(result, path, value)
        return result
    return value
