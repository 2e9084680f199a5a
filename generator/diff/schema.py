"""Pairwise comparison of two JSON Schemas (old and new) in one direction.

``request`` schemas describe what clients send: narrowing what the server accepts breaks
clients. ``response`` schemas describe what clients receive: widening what the server may
answer breaks clients (generated models reject unknown enum values and missing fields).

The walk follows ``$ref``s of both documents, merges ``allOf``, reads a ``null`` branch of
``anyOf``/``oneOf`` (or a ``"null"`` in ``type``) as nullability, and stops on a pair of
references it has already compared on the current path, so recursive schemas terminate.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from ..specmodel import Spec

Direction = Literal["request", "response"]
Emit = Callable[[str, str, str, str], None]  # rule, JSON path, field, message

UPPER_LIMITS = ("maxLength", "maxItems", "maximum", "exclusiveMaximum", "maxProperties")
LOWER_LIMITS = ("minLength", "minItems", "minimum", "exclusiveMinimum", "minProperties")
_MAX_DEPTH = 64


def canonical(value: Any) -> str:
    """A stable text form of a JSON value (enum members, whole schemas)."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _show(values: list[str]) -> str:
    return ", ".join(values)


@dataclass
class Node:
    """A schema node as the comparison sees it: references followed, ``allOf`` merged."""

    raw: dict[str, Any]
    refs: frozenset[str]
    types: frozenset[str] | None = None
    enum: list[str] | None = None  # canonical JSON of each allowed value
    properties: dict[str, Any] = field(default_factory=dict)
    required: set[str] = field(default_factory=set)
    items: Any = None
    variants: list[Any] = field(default_factory=list)
    variant_key: str | None = None

    def get(self, key: str) -> Any:
        return self.raw.get(key)


def _is_null_schema(spec: Spec, node: Any) -> bool:
    node = spec.resolve(node)
    if not isinstance(node, dict):
        return False
    if node.get("type") == "null" or node.get("type") == ["null"]:
        return True
    return "const" in node and node["const"] is None


def normalize(spec: Spec, node: Any) -> Node:
    """Resolve ``node`` into a :class:`Node`."""
    merged: dict[str, Any] = {}
    seen: set[str] = set()
    properties: dict[str, Any] = {}
    required: set[str] = set()
    nullable = False
    variants: list[Any] = []
    variant_key: str | None = None

    def absorb(schema: Any) -> None:
        nonlocal nullable, variants, variant_key
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            ref = schema["$ref"]
            if ref in seen:
                return
            seen.add(ref)
            siblings = {k: v for k, v in schema.items() if k != "$ref"}
            try:
                target = spec.resolve({"$ref": ref})
            except (KeyError, IndexError, ValueError):
                return  # an unresolvable reference: nothing to compare
            schema = {**target, **siblings} if isinstance(target, dict) else target
        if not isinstance(schema, dict):
            return
        for key, value in schema.items():
            if key in ("allOf", "properties", "required"):
                continue
            if key in ("anyOf", "oneOf"):
                branches = [b for b in value or [] if not _is_null_schema(spec, b)]
                nullable = nullable or len(branches) < len(value or [])
                if len(branches) == 1 and not variants:
                    absorb(branches[0])
                elif branches:
                    variants, variant_key = list(branches), key
                continue
            merged.setdefault(key, value)
        properties.update(schema.get("properties") or {})
        required.update(str(name) for name in schema.get("required") or [])
        for member in schema.get("allOf") or []:
            absorb(member)
        if schema.get("nullable") is True:
            nullable = True

    absorb(node)
    result = Node(raw=merged, refs=frozenset(seen), properties=properties, required=required)
    result.variants, result.variant_key = variants, variant_key
    raw_type = merged.get("type")
    if isinstance(raw_type, str):
        result.types = frozenset({raw_type})
    elif isinstance(raw_type, list):
        result.types = frozenset(str(t) for t in raw_type)
    if result.types is not None and nullable:
        result.types = result.types | {"null"}
    if "const" in merged:
        result.enum = [canonical(merged["const"])]
    elif isinstance(merged.get("enum"), list):
        result.enum = [canonical(v) for v in merged["enum"]]
    if result.enum is not None and nullable and canonical(None) not in result.enum:
        result.enum = [*result.enum, canonical(None)]
    result.items = merged.get("items") if isinstance(merged.get("items"), dict) else None
    return result


def _covers(types: frozenset[str], kind: str) -> bool:
    return kind in types or (kind == "integer" and "number" in types)


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def _child_field(parent: str, name: str) -> str:
    return f"{parent}.{name}" if parent else name


class SchemaDiff:
    """Compare schemas of an old and a new document in one direction, emitting changes."""

    def __init__(
        self, old: Spec, new: Spec, direction: Direction, emit: Emit, root_label: str
    ) -> None:
        self.old = old
        self.new = new
        self.direction = direction
        self.emit = emit
        self.root_label = root_label

    def label(self, name: str) -> str:
        """How a message names the element: ``messages[].to``, or the root's label."""
        return name or self.root_label

    @property
    def request(self) -> bool:
        return self.direction == "request"

    def _rule(self, suffix: str) -> str:
        return f"{self.direction}-{suffix}"

    def compare(
        self,
        old: Any,
        new: Any,
        path: str,
        name: str,
        seen: frozenset[tuple[frozenset[str], frozenset[str]]] = frozenset(),
        *,
        open_enum: bool = False,
    ) -> None:
        """Compare ``old`` and ``new`` found at JSON path ``path`` (``name``: field name)."""
        if len(seen) > _MAX_DEPTH:
            return
        a, b = normalize(self.old, old), normalize(self.new, new)
        if a.refs or b.refs:
            key = (a.refs, b.refs)
            if key in seen:
                return
            seen = seen | {key}
        self._types(a, b, path, name)
        if not open_enum:
            self._enum(a, b, path, name)
        if self.request:
            self._limits(a, b, path, name)
            self._pattern(a, b, path, name)
            self._error_mapping(a.raw, b.raw, path, name)
            if (
                a.get("additionalProperties") is not False
                and b.get("additionalProperties") is False
            ):
                self.emit(
                    "request-additional-properties-closed",
                    path,
                    name,
                    f"{self.label(name)} no longer accepts fields it does not declare",
                )
        if not a.get("deprecated") and b.get("deprecated") and name:
            self.emit("property-deprecated", path, name, f"{name} is deprecated")
        self._properties(a, b, path, name, seen)
        if a.items is not None and b.items is not None:
            self.compare(a.items, b.items, f"{path}.items", f"{name}[]", seen)
        self._variants(a, b, path, name, seen)

    # -- keyword groups ---------------------------------------------------------------------

    def _types(self, a: Node, b: Node, path: str, name: str) -> None:
        if a.types is None or b.types is None or a.types == b.types:
            return
        old_t, new_t = sorted(a.types), sorted(b.types)
        message = f"{self.label(name)}: type {'|'.join(old_t)} → {'|'.join(new_t)}"
        if self.request:
            widened = all(_covers(b.types, t) for t in a.types)
            self.emit(
                "request-type-widened" if widened else "request-type-changed", path, name, message
            )
        else:
            narrowed = all(_covers(a.types, t) for t in b.types)
            self.emit(
                "response-type-narrowed" if narrowed else "response-type-changed",
                path,
                name,
                message,
            )

    def _enum(self, a: Node, b: Node, path: str, name: str) -> None:
        if a.enum is None and b.enum is None:
            return
        label = self.label(name)
        if a.enum is not None and b.enum is not None:
            removed = [v for v in a.enum if v not in b.enum]
            added = [v for v in b.enum if v not in a.enum]
        elif b.enum is not None:  # a free value became an enumeration: narrowed
            removed, added = ["(any other value)"], []
        else:  # an enumeration became free: widened
            removed, added = [], ["(any value)"]
        if removed:
            rule = "request-enum-narrowed" if self.request else "response-enum-narrowed"
            self.emit(rule, path, name, f"{label}: no longer allows {_show(removed)}")
        if added:
            rule = "request-enum-widened" if self.request else "response-enum-widened"
            self.emit(rule, path, name, f"{label}: now also allows {_show(added)}")

    def _limits(self, a: Node, b: Node, path: str, name: str) -> None:
        label = self.label(name)
        for keyword in (*UPPER_LIMITS, *LOWER_LIMITS):
            old_v, new_v = _number(a.get(keyword)), _number(b.get(keyword))
            if old_v == new_v:
                continue
            upper = keyword in UPPER_LIMITS
            if new_v is None:
                tightened = False
            elif old_v is None:
                tightened = True
            else:
                tightened = new_v < old_v if upper else new_v > old_v
            shown = f"{label}: {keyword} {_fmt(a.get(keyword))} → {_fmt(b.get(keyword))}"
            rule = "request-limit-tightened" if tightened else "request-limit-relaxed"
            self.emit(rule, f"{path}.{keyword}", name, shown)
        if not a.get("uniqueItems") and b.get("uniqueItems"):
            self.emit(
                "request-limit-tightened",
                f"{path}.uniqueItems",
                name,
                f"{label}: items must now be unique",
            )

    def _pattern(self, a: Node, b: Node, path: str, name: str) -> None:
        old_p, new_p = a.get("pattern"), b.get("pattern")
        if old_p == new_p:
            return
        label = self.label(name)
        if old_p is None:
            self.emit(
                "request-pattern-added", f"{path}.pattern", name, f"{label}: must now match {new_p}"
            )
        elif new_p is None:
            self.emit(
                "request-pattern-removed",
                f"{path}.pattern",
                name,
                f"{label}: pattern {old_p} removed",
            )
        else:
            self.emit(
                "request-pattern-changed",
                f"{path}.pattern",
                name,
                f"{label}: pattern {old_p} → {new_p}",
            )

    def _error_mapping(
        self, old_raw: dict[str, Any], new_raw: dict[str, Any], path: str, name: str
    ) -> None:
        compare_error_mapping(old_raw, new_raw, path, name, self.emit, self.label(name))

    def _properties(
        self,
        a: Node,
        b: Node,
        path: str,
        name: str,
        seen: frozenset[tuple[frozenset[str], frozenset[str]]],
    ) -> None:
        names = list(
            dict.fromkeys([*a.properties, *b.properties, *sorted(a.required), *sorted(b.required)])
        )
        hidden = "readOnly" if self.request else "writeOnly"
        for prop in names:
            child = _child_field(name, prop)
            child_path = f"{path}.properties.{prop}"
            old_s, new_s = a.properties.get(prop), b.properties.get(prop)
            if self._flag(self.old, old_s, hidden) or self._flag(self.new, new_s, hidden):
                continue
            was_req, is_req = prop in a.required, prop in b.required
            if old_s is not None and new_s is None:
                rule = self._rule("property-removed")
                self.emit(rule, child_path, child, f"{child} was removed")
                continue
            if new_s is not None and old_s is None:
                if self.request:
                    rule = "request-property-added-required" if is_req else "request-property-added"
                    kind = "required" if is_req else "optional"
                    self.emit(rule, child_path, child, f"new {kind} field {child}")
                else:
                    self.emit("response-property-added", child_path, child, f"new field {child}")
                continue
            if was_req != is_req:
                if self.request:
                    rule = (
                        "request-property-became-required"
                        if is_req
                        else "request-property-became-optional"
                    )
                else:
                    rule = (
                        "response-property-became-required"
                        if is_req
                        else "response-property-became-optional"
                    )
                state = "required" if is_req else "optional"
                self.emit(rule, child_path, child, f"{child} is now {state}")
            if old_s is not None and new_s is not None:
                self.compare(old_s, new_s, child_path, child, seen)

    def _variants(
        self,
        a: Node,
        b: Node,
        path: str,
        name: str,
        seen: frozenset[tuple[frozenset[str], frozenset[str]]],
    ) -> None:
        if not a.variants or not b.variants:
            return  # composition added or dropped as a whole: not compared (see README)
        old_forms = [canonical(self.old.resolve(v)) for v in a.variants]
        new_forms = [canonical(self.new.resolve(v)) for v in b.variants]
        old_left = [i for i, form in enumerate(old_forms) if form not in new_forms]
        new_left = [i for i, form in enumerate(new_forms) if form not in old_forms]
        key = b.variant_key or a.variant_key or "anyOf"
        # An open enumeration (anyOf: [{enum: [...]}, {type: string}]) accepts any value, so
        # its enum branch may change without changing what the whole schema allows.
        spec, branches = (self.new, b.variants) if self.request else (self.old, a.variants)
        open_enum = _is_open_enum(spec, branches)
        for i, j in zip(old_left, new_left, strict=False):
            self.compare(
                a.variants[i], b.variants[j], f"{path}.{key}[{j}]", name, seen, open_enum=open_enum
            )
        extra_old, extra_new = old_left[len(new_left) :], new_left[len(old_left) :]
        label = self.label(name)
        if extra_old:
            self.emit(
                self._rule("variant-removed"),
                f"{path}.{key}",
                name,
                f"{label}: {len(extra_old)} {key} branch(es) removed",
            )
        if extra_new:
            self.emit(
                self._rule("variant-added"),
                f"{path}.{key}",
                name,
                f"{label}: {len(extra_new)} {key} branch(es) added",
            )

    # -- helpers ----------------------------------------------------------------------------

    @staticmethod
    def _flag(spec: Spec, schema: Any, key: str) -> bool:
        resolved = spec.resolve(schema) if schema is not None else None
        return isinstance(resolved, dict) and resolved.get(key) is True


def _is_open_enum(spec: Spec, branches: list[Any]) -> bool:
    """``anyOf: [{type: string, enum: [...]}, {type: string}]``: a branch without enum,
    const, pattern or properties admits every value of the enumerated branches' types."""
    nodes = [normalize(spec, branch) for branch in branches]
    kinds: set[str] = set()
    for node in nodes:
        if node.enum is not None:
            kinds |= set(node.types or ())
    if not kinds and not any(node.enum is not None for node in nodes):
        return False
    return any(
        node.enum is None
        and node.get("pattern") is None
        and not node.properties
        and (node.types is None or all(_covers(node.types, kind) for kind in kinds))
        for node in nodes
    )


def compare_error_mapping(
    old_raw: dict[str, Any],
    new_raw: dict[str, Any],
    path: str,
    name: str,
    emit: Emit,
    label: str,
) -> None:
    """Compare the ``x-error-codes`` of a request property or parameter."""
    old_map = dict(old_raw.get("x-error-codes") or {})
    new_map = dict(new_raw.get("x-error-codes") or {})
    if old_map == new_map:
        return
    changed = [
        f"{k}: {old_map[k]} → {new_map.get(k, '(generic error)')}"
        for k in old_map
        if new_map.get(k) != old_map[k]
    ]
    added = [f"{k}: {new_map[k]}" for k in new_map if k not in old_map]
    if changed:
        emit(
            "error-mapping-changed",
            f"{path}.x-error-codes",
            name,
            f"{label}: violation answered differently ({'; '.join(changed)})",
        )
    if added:
        emit(
            "error-mapping-added",
            f"{path}.x-error-codes",
            name,
            f"{label}: violation now mapped ({'; '.join(added)})",
        )


def _fmt(value: Any) -> str:
    return "none" if value is None else str(value)
