"""Ordered JSON Schema checking that maps a violation to the provider's documented error.

This module is self-contained (standard library only): generated clients ship a verbatim
copy of it for client-side validation, and the mock server uses it to turn a failed request
into the vendor's error. Both therefore answer the same input with the same error.

Unlike a general validator, it reports violations in the order a provider's hand-written
checks usually run: an object's required fields in the order they are listed, then each
property in declaration order; within one value, type before length before pattern. The first
violation decides the error, and the nearest ``x-error-codes`` mapping names it.

Supported keywords: type, const, enum, minLength, maxLength, pattern, minimum, maximum,
exclusiveMinimum, exclusiveMaximum, multipleOf, minItems, maxItems, uniqueItems, items,
prefixItems, contains, required, properties, patternProperties, additionalProperties,
minProperties, maxProperties, dependentRequired, propertyNames, allOf, anyOf, oneOf, not,
if/then/else, $ref (local), and the extension keyword ``x-max-bytes``.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

__all__ = ["ConstraintChecker", "Violation", "json_size"]

MAX_DEPTH = 64
_MAPPING_KEY = "x-error-codes"


@dataclass(frozen=True)
class Violation:
    """The first failed constraint of an instance.

    ``path`` locates the failing value (property names and item indexes); ``keyword`` is the
    failed keyword (``required`` for a missing property, whose name ends ``path``);
    ``error`` is the name of the mapped error example, or ``None`` when the spec maps none.
    """

    path: tuple[str | int, ...]
    keyword: str
    message: str
    error: str | None

    @property
    def location(self) -> str:
        """Dotted location such as ``messages[3].to`` (empty for the root)."""
        out = ""
        for part in self.path:
            out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
        return out


def json_size(instance: Any) -> int:
    """Size in bytes of the compact UTF-8 JSON serialisation of ``instance`` (a value too
    deeply nested to serialise counts as larger than any limit)."""
    try:
        text = json.dumps(instance, separators=(",", ":"), ensure_ascii=False)
    except (RecursionError, ValueError):
        return 1 << 62
    return len(text.encode("utf-8"))


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "integer" if value.is_integer() else "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _type_matches(value: Any, expected: str) -> bool:
    actual = _json_type(value)
    return actual == expected or (expected == "number" and actual == "integer")


def _json_equal(a: Any, b: Any) -> bool:
    """JSON equality: booleans are not numbers, 1 equals 1.0, containers compare deeply."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a is b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_json_equal(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_json_equal(a[k], b[k]) for k in a)
    return type(a) is type(b) and a == b


@lru_cache(maxsize=512)
def _regex(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


class _Node:
    """Per-schema data computed once: its ``$ref`` chain, merged mapping and properties."""

    __slots__ = ("chain", "mapping", "properties", "source")

    def __init__(self, source: Any, chain: list[dict[str, Any]]) -> None:
        self.source = source
        self.chain = chain
        self.mapping: dict[str, str] = {}
        self.properties: dict[str, Any] = {}
        for node in reversed(chain):
            self.mapping.update(node.get(_MAPPING_KEY) or {})
        for node in chain:
            self.properties.update(node.get("properties") or {})


class ConstraintChecker:
    """Checks instances against schemas of one OpenAPI document (local ``$ref`` only)."""

    def __init__(self, document: dict[str, Any]) -> None:
        self._doc = document
        self._nodes: dict[int, _Node] = {}

    def _deref(self, node: Any) -> list[dict[str, Any]]:
        """Return ``node`` followed by the chain of schemas its ``$ref`` points to."""
        chain: list[dict[str, Any]] = []
        seen: set[str] = set()
        while isinstance(node, dict):
            chain.append(node)
            ref = node.get("$ref")
            if not isinstance(ref, str) or not ref.startswith("#/") or ref in seen:
                break
            seen.add(ref)
            target: Any = self._doc
            for token in ref[2:].split("/"):
                token = token.replace("~1", "/").replace("~0", "~")
                target = target[int(token)] if isinstance(target, list) else target[token]
            node = target
        return chain

    def _node(self, schema: Any) -> _Node:
        # Keyed by identity; the node keeps ``schema`` alive, so the id cannot be reused.
        cached = self._nodes.get(id(schema))
        if cached is None or cached.source is not schema:
            cached = _Node(schema, self._deref(schema))
            self._nodes[id(schema)] = cached
        return cached

    def first_violation(self, schema: Any, instance: Any) -> Violation | None:
        """Return the first violation of ``instance`` against ``schema``, or ``None``."""
        return self._check(schema, instance, (), 0, None)

    def is_valid(self, schema: Any, instance: Any) -> bool:
        return self.first_violation(schema, instance) is None

    # -- core -------------------------------------------------------------------------------

    def _check(
        self,
        schema: Any,
        value: Any,
        path: tuple[str | int, ...],
        depth: int,
        context: dict[str, Any] | None,
    ) -> Violation | None:
        """The first violation of one value. ``context`` holds the property schemas that
        enclosing schemas at the same location declare, so a conditional ``required`` (in
        ``then``, ``allOf``…) still finds the property's ``x-error-codes``."""
        if schema is True or schema is None:
            return None
        if schema is False:
            return _bad(path, "false", "is not allowed")
        if depth > MAX_DEPTH:
            return _bad(path, "depth", "is nested too deeply")
        node = self._node(schema)
        merged = {**context, **node.properties} if context else node.properties
        for part in node.chain:
            violation = self._check_node(part, value, path, depth, merged)
            if violation is None:
                continue
            if violation.error is None:
                error = None
                if violation.path == path:
                    error = node.mapping.get(violation.keyword) or node.mapping.get("*")
                elif violation.path[:-1] == path and violation.keyword in (
                    "required",
                    "additionalProperties",
                ):
                    error = node.mapping.get(violation.keyword)
                if error is not None:
                    return Violation(violation.path, violation.keyword, violation.message, error)
            return violation
        return None

    def _check_node(
        self,
        node: dict[str, Any],
        value: Any,
        path: tuple[str | int, ...],
        depth: int,
        context: dict[str, Any],
    ) -> Violation | None:
        expected = node.get("type")
        if expected is not None:
            types = expected if isinstance(expected, list) else [expected]
            if not any(_type_matches(value, t) for t in types):
                return _bad(path, "type", f"must be of type {' or '.join(types)}")
        if "const" in node and not _json_equal(value, node["const"]):
            return _bad(path, "const", f"must be {json.dumps(node['const'])}")
        if "enum" in node and not any(_json_equal(value, item) for item in node["enum"]):
            allowed = ", ".join(json.dumps(item) for item in node["enum"])
            return _bad(path, "enum", f"must be one of: {allowed}")
        found: Violation | None = None
        if isinstance(value, str):
            found = self._check_string(node, value, path)
        elif isinstance(value, bool):
            found = None
        elif isinstance(value, (int, float)):
            found = self._check_number(node, value, path)
        elif isinstance(value, list):
            found = self._check_array(node, value, path, depth)
        elif isinstance(value, dict):
            found = self._check_object(node, value, path, depth, context)
        if found is not None:
            return found
        if "x-max-bytes" in node and json_size(value) > int(node["x-max-bytes"]):
            limit = node["x-max-bytes"]
            return _bad(path, "x-max-bytes", f"must be at most {limit} bytes")
        return self._check_composition(node, value, path, depth, context)

    def _check_string(
        self, node: dict[str, Any], value: str, path: tuple[str | int, ...]
    ) -> Violation | None:
        if "minLength" in node and len(value) < node["minLength"]:
            limit = node["minLength"]
            return _bad(path, "minLength", f"must be at least {limit} characters")
        if "maxLength" in node and len(value) > node["maxLength"]:
            limit = node["maxLength"]
            return _bad(path, "maxLength", f"must be at most {limit} characters")
        if "pattern" in node and not _regex(node["pattern"]).search(value):
            return _bad(path, "pattern", f"does not match {node['pattern']}")
        return None

    def _check_number(
        self, node: dict[str, Any], value: float, path: tuple[str | int, ...]
    ) -> Violation | None:
        if isinstance(value, float) and not math.isfinite(value):
            return _bad(path, "type", "must be a finite number")
        if "minimum" in node and value < node["minimum"]:
            return _bad(path, "minimum", f"must be >= {node['minimum']}")
        if "maximum" in node and value > node["maximum"]:
            return _bad(path, "maximum", f"must be <= {node['maximum']}")
        if "exclusiveMinimum" in node and value <= node["exclusiveMinimum"]:
            return _bad(path, "exclusiveMinimum", f"must be > {node['exclusiveMinimum']}")
        if "exclusiveMaximum" in node and value >= node["exclusiveMaximum"]:
            return _bad(path, "exclusiveMaximum", f"must be < {node['exclusiveMaximum']}")
        if "multipleOf" in node and not float(value / node["multipleOf"]).is_integer():
            return _bad(path, "multipleOf", f"must be a multiple of {node['multipleOf']}")
        return None

    def _check_array(
        self, node: dict[str, Any], value: list[Any], path: tuple[str | int, ...], depth: int
    ) -> Violation | None:
        if "minItems" in node and len(value) < node["minItems"]:
            return _bad(path, "minItems", f"must have at least {node['minItems']} items")
        if "maxItems" in node and len(value) > node["maxItems"]:
            return _bad(path, "maxItems", f"must have at most {node['maxItems']} items")
        if node.get("uniqueItems"):
            for i, item in enumerate(value):
                if any(_json_equal(item, other) for other in value[:i]):
                    return _bad(path, "uniqueItems", "must have unique items")
        prefix = node.get("prefixItems") or []
        items = node.get("items")
        for index, item in enumerate(value):
            sub = prefix[index] if index < len(prefix) else items
            if sub is not None:
                found = self._check(sub, item, (*path, index), depth + 1, None)
                if found is not None:
                    return found
        if "contains" in node and not any(
            self._check(node["contains"], item, path, depth + 1, None) is None for item in value
        ):
            return _bad(path, "contains", "contains no matching item")
        return None

    def _check_object(
        self,
        node: dict[str, Any],
        value: dict[str, Any],
        path: tuple[str | int, ...],
        depth: int,
        context: dict[str, Any],
    ) -> Violation | None:
        properties: dict[str, Any] = node.get("properties") or {}
        for name in node.get("required") or ():
            if name not in value:
                return self._missing(properties.get(name, context.get(name)), (*path, name))
        for name, dependents in (node.get("dependentRequired") or {}).items():
            if name in value:
                for dependent in dependents:
                    if dependent not in value:
                        prop = properties.get(dependent, context.get(dependent))
                        return self._missing(prop, (*path, dependent))
        if "minProperties" in node and len(value) < node["minProperties"]:
            limit = node["minProperties"]
            return _bad(path, "minProperties", f"needs at least {limit} fields")
        if "maxProperties" in node and len(value) > node["maxProperties"]:
            limit = node["maxProperties"]
            return _bad(path, "maxProperties", f"allows at most {limit} fields")
        for name, sub in properties.items():
            if name in value:
                found = self._check(sub, value[name], (*path, name), depth + 1, None)
                if found is not None:
                    return found
        patterns: dict[str, Any] = node.get("patternProperties") or {}
        extra = node.get("additionalProperties", True)
        if patterns or extra is not True:
            for name, item in value.items():
                matched = name in properties
                for pattern, sub in patterns.items():
                    if _regex(pattern).search(name):
                        matched = True
                        found = self._check(sub, item, (*path, name), depth + 1, None)
                        if found is not None:
                            return found
                if not matched and extra is not True:
                    if extra is False:
                        return Violation(
                            (*path, name),
                            "additionalProperties",
                            f"{_where(path)}{name} is not allowed",
                            None,
                        )
                    found = self._check(extra, item, (*path, name), depth + 1, None)
                    if found is not None:
                        return found
        if "propertyNames" in node:
            for name in value:
                found = self._check(node["propertyNames"], name, (*path, name), depth + 1, None)
                if found is not None:
                    return found
        return None

    def _missing(self, prop_schema: Any, path: tuple[str | int, ...]) -> Violation:
        mapping = self._node(prop_schema).mapping if prop_schema is not None else {}
        return Violation(path, "required", f"{path[-1]} is required", mapping.get("required"))

    def _check_composition(
        self,
        node: dict[str, Any],
        value: Any,
        path: tuple[str | int, ...],
        depth: int,
        context: dict[str, Any],
    ) -> Violation | None:
        for sub in node.get("allOf") or ():
            found = self._check(sub, value, path, depth + 1, context)
            if found is not None:
                return found
        if "anyOf" in node:
            firsts = [self._check(sub, value, path, depth + 1, context) for sub in node["anyOf"]]
            if all(v is not None for v in firsts):
                return _composite(
                    firsts, path, "anyOf", _where(path) + "matches none of the alternatives"
                )
        if "oneOf" in node:
            firsts = [self._check(sub, value, path, depth + 1, context) for sub in node["oneOf"]]
            passing = sum(v is None for v in firsts)
            if passing == 0:
                return _composite(
                    firsts, path, "oneOf", _where(path) + "matches none of the alternatives"
                )
            if passing > 1:
                return _bad(path, "oneOf", "matches more than one alternative")
        if "not" in node and self._check(node["not"], value, path, depth + 1, context) is None:
            return _bad(path, "not", "is not allowed")
        if "if" in node:
            matched = self._check(node["if"], value, path, depth + 1, context) is None
            branch = node.get("then" if matched else "else")
            if branch is not None:
                return self._check(branch, value, path, depth + 1, context)
        return None


def _composite(
    firsts: list[Violation | None], path: tuple[str | int, ...], keyword: str, message: str
) -> Violation:
    """A failed anyOf/oneOf. When every branch fails on the same mapped error (for example
    each alternative misses a field mapped to the same code), that error is reported;
    otherwise the composite keyword itself is, for the node's own mapping to name."""
    mapped = {v.error for v in firsts if v is not None}
    if len(mapped) == 1 and None not in mapped:
        first = next(v for v in firsts if v is not None)
        return first
    return Violation(path, keyword, message, None)


def _bad(path: tuple[str | int, ...], keyword: str, text: str) -> Violation:
    """An undocumented violation of ``keyword`` at ``path``; the place is named only now, on
    the failing path (valid values never pay for the message)."""
    return Violation(path, keyword, f"{_where(path)}{text}", None)


def _where(path: tuple[str | int, ...]) -> str:
    if not path:
        return ""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return f"{out} "
