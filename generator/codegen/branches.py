"""Requirement-only ``anyOf``/``oneOf`` branches, as the code generators need them.

A schema such as ``{properties: {to, to_msisdn, body}, anyOf: [{required: [to]}, {required:
[to_msisdn]}]}`` says "one of these two properties must be present". Validators read it
right; code generators do not: openapi-typescript makes the object ``unknown`` and
openapi-python-client types it ``Any``. The TypeScript view gives each branch the properties
it requires (:func:`typed_branches`); the Python client view drops the branches
(:func:`drop_requirement_branches`), since the model of the properties is exact and presence
is checked by client-side validation and the server.
"""

from __future__ import annotations

import copy
from typing import Any

__all__ = ["drop_requirement_branches", "requirement_only", "typed_branches"]

_BRANCH_ONLY_KEYS = frozenset({"required", "description", "title"})


def requirement_only(branch: Any) -> bool:
    """A branch that only lists required properties (and documentation)."""
    return (
        isinstance(branch, dict)
        and isinstance(branch.get("required"), list)
        and all(k in _BRANCH_ONLY_KEYS or k.startswith("x-") for k in branch)
    )


def typed_branches(branches: Any, properties: dict[str, Any]) -> list[dict[str, Any]] | None:
    """``[{required: [a]}, …]`` as object schemas that declare what they require, if possible."""
    if not isinstance(branches, list) or not branches:
        return None
    if not all(requirement_only(b) for b in branches):
        return None
    if not all(name in properties for b in branches for name in b["required"]):
        return None
    return [
        {
            "type": "object",
            "required": list(b["required"]),
            "properties": {name: copy.deepcopy(properties[name]) for name in b["required"]},
        }
        for b in branches
    ]


def _only_requirements(branches: Any) -> bool:
    return isinstance(branches, list) and bool(branches) and all(map(requirement_only, branches))


def drop_requirement_branches(schema: Any) -> None:
    """Remove, in place and at every depth, requirement-only ``anyOf``/``oneOf`` lists that sit
    beside ``properties`` (and ``allOf`` parts made only of such a list)."""
    stack: list[Any] = [schema]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
            continue
        if not isinstance(node, dict):
            continue
        if isinstance(node.get("properties"), dict):
            for key in ("anyOf", "oneOf"):
                if _only_requirements(node.get(key)):
                    del node[key]
            parts = node.get("allOf")
            if isinstance(parts, list):
                kept = [
                    part
                    for part in parts
                    if not (
                        isinstance(part, dict)
                        and set(part) <= {"anyOf", "oneOf"}
                        and all(_only_requirements(part[k]) for k in part)
                    )
                ]
                if kept:
                    node["allOf"] = kept
                else:
                    del node["allOf"]
        stack.extend(
            value
            for key, value in node.items()
            if not key.startswith("x-")
            and key not in ("examples", "example", "default", "const", "enum")
        )
