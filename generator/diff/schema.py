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

UPPER_LIMITS = (
    "maxLength",
    "maxItems",
    "maximum",
    "exclusiveMaximum",
    "maxProperties",
    "maxContains",
)
LOWER_LIMITS = (
    "minLength",
    "minItems",
    "minimum",
    "exclusiveMinimum",
    "minProperties",
    "minContains",
)
# Keywords holding one subschema that every value must (also) satisfy: a narrower subschema
# narrows the whole. ``additionalProperties`` is one too when it is a schema.
NARROWING_SUBSCHEMAS = (
    "then",
    "else",
    "contains",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
    "additionalProperties",
    "contentSchema",
)
# Keywords whose change cannot be shown to narrow or widen: ``not`` (a narrower ``not``
# widens), ``if`` (it selects which of then/else applies) and the content annotations.
OPAQUE_KEYWORDS = ("not", "if", "contentEncoding", "contentMediaType")
# Keywords mapping a name or pattern to a subschema or to a list of required names.
MAPPED_SUBSCHEMAS = ("patternProperties", "dependentSchemas")
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
    single_branch: Any = None  # the branch of an anyOf/oneOf that has only one (not null)

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
    single_branch: Any = None

    def absorb(schema: Any) -> None:
        nonlocal nullable, variants, variant_key, single_branch
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
                    if single_branch is None:
                        single_branch, variant_key = branches[0], key
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
    result.single_branch = single_branch
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
        self,
        old: Spec,
        new: Spec,
        direction: Direction,
        emit: Emit,
        root_label: str,
        *,
        root_default_rule: str | None = None,
    ) -> None:
        self.old = old
        self.new = new
        self.direction = direction
        self.emit = emit
        self.root_label = root_label
        self.root_default_rule = root_default_rule

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
        # One side an anyOf/oneOf, the other a plain schema (or a collapsed one-branch
        # composition): only the branches are compared, against the whole other side.
        one_sided = bool(a.variants) != bool(b.variants)
        self._types(a, b, path, name)
        if not open_enum and not one_sided:
            self._enum(a, b, path, name)
        self._limits(a, b, path, name)
        if self.request:
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
        self._default(a, b, path, name)
        if not a.get("deprecated") and b.get("deprecated") and name:
            self.emit("property-deprecated", path, name, f"{name} is deprecated")
        if not one_sided or (a.properties and b.properties):
            self._properties(a, b, path, name, seen)
        if a.items is not None and b.items is not None:
            self.compare(a.items, b.items, f"{path}.items", f"{name}[]", seen)
        self._keywords(a, b, path, name, seen)
        self._variants(a, b, old, new, path, name, seen)

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

    def _limit_rule(self, tightened: bool) -> str:
        if self.request:
            return "request-limit-tightened" if tightened else "request-limit-relaxed"
        return "response-limit-narrowed" if tightened else "response-limit-widened"

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
            self.emit(self._limit_rule(tightened), f"{path}.{keyword}", name, shown)
        was_unique, is_unique = bool(a.get("uniqueItems")), bool(b.get("uniqueItems"))
        if was_unique != is_unique:
            state = "must now be unique" if is_unique else "need no longer be unique"
            self.emit(
                self._limit_rule(is_unique), f"{path}.uniqueItems", name, f"{label}: items {state}"
            )

    def _default(self, a: Node, b: Node, path: str, name: str) -> None:
        missing = object()
        old_d, new_d = a.raw.get("default", missing), b.raw.get("default", missing)
        if old_d is missing and new_d is missing:
            return
        if old_d is not missing and new_d is not missing and canonical(old_d) == canonical(new_d):
            return
        shown_old = "none" if old_d is missing else canonical(old_d)
        shown_new = "none" if new_d is missing else canonical(new_d)
        rule = f"{self.direction}-default-changed"
        if not name and self.root_default_rule:
            rule = self.root_default_rule
        message = f"{self.label(name)}: default {shown_old} → {shown_new}"
        self.emit(rule, f"{path}.default", name, message)

    def _constraint(self, kind: str, path: str, name: str, message: str) -> None:
        """Emit ``<direction>-constraint-<kind>`` (kind: added, removed or changed)."""
        self.emit(f"{self.direction}-constraint-{kind}", path, name, message)

    def _keywords(
        self,
        a: Node,
        b: Node,
        path: str,
        name: str,
        seen: frozenset[tuple[frozenset[str], frozenset[str]]],
    ) -> None:
        """The applicator keywords of JSON Schema 2020-12 other than properties/items/*Of."""
        label = self.label(name)
        for keyword in NARROWING_SUBSCHEMAS:
            old_v, new_v = a.get(keyword), b.get(keyword)
            where, child = f"{path}.{keyword}", _child_field(name, f"<{keyword}>")
            if keyword == "additionalProperties":
                if not self.request and not (isinstance(old_v, dict) and isinstance(new_v, dict)):
                    continue  # a response object closed or reopened: clients ignore extras
                if old_v is False and new_v is not False:
                    self._constraint("removed", where, name, f"{label}: accepts undeclared fields")
                    continue
                if new_v is False:
                    continue  # request-additional-properties-closed
                child = _child_field(name, "*")
            old_c, new_c = _constraint_of(old_v), _constraint_of(new_v)
            if old_c is None and new_c is None:
                continue
            if old_c == "schema" and new_c == "schema":
                self.compare(old_v, new_v, where, child, seen)
            elif old_c is None or (old_c == "schema" and new_c == "false"):
                self._constraint("added", where, name, f"{label}: {keyword} {_shown(new_v)} added")
            elif new_c is None or (old_c == "false" and new_c == "schema"):
                self._constraint(
                    "removed", where, name, f"{label}: {keyword} {_shown(old_v)} removed"
                )
        for keyword in OPAQUE_KEYWORDS:
            old_v, new_v = a.get(keyword), b.get(keyword)
            if old_v is None and new_v is None:
                continue
            where = f"{path}.{keyword}"
            if old_v is None:
                self._constraint("added", where, name, f"{label}: {keyword} {_shown(new_v)} added")
            elif new_v is None:
                self._constraint(
                    "removed", where, name, f"{label}: {keyword} {_shown(old_v)} removed"
                )
            elif canonical(self._deep(self.old, old_v)) != canonical(self._deep(self.new, new_v)):
                self._constraint(
                    "changed",
                    where,
                    name,
                    f"{label}: {keyword} {_shown(old_v)} → {_shown(new_v)}",
                )
        for keyword in MAPPED_SUBSCHEMAS:
            old_m, new_m = _mapping(a.get(keyword)), _mapping(b.get(keyword))
            for key in dict.fromkeys([*old_m, *new_m]):
                where = f"{path}.{keyword}['{key}']"
                shown = f"{label}: {keyword} {key!r}"
                if key not in new_m:
                    self._constraint("removed", where, name, f"{shown} removed")
                elif key not in old_m:
                    self._constraint("added", where, name, f"{shown} added")
                else:
                    child = _child_field(name, f"<{keyword} {key}>")
                    self.compare(old_m[key], new_m[key], where, child, seen)
        self._dependent_required(a, b, path, name)
        self._prefix_items(a, b, path, name, seen)

    def _dependent_required(self, a: Node, b: Node, path: str, name: str) -> None:
        old_m, new_m = _mapping(a.get("dependentRequired")), _mapping(b.get("dependentRequired"))
        label = self.label(name)
        for key in dict.fromkeys([*old_m, *new_m]):
            where = f"{path}.dependentRequired['{key}']"
            old_names = {str(n) for n in old_m.get(key) or []}
            new_names = {str(n) for n in new_m.get(key) or []}
            if old_names == new_names:
                continue
            message = (
                f"{label}: with {key}, requires {_show(sorted(old_names)) or 'nothing'} → "
                f"{_show(sorted(new_names)) or 'nothing'}"
            )
            if old_names < new_names:
                self._constraint("added", where, name, message)
            elif new_names < old_names:
                self._constraint("removed", where, name, message)
            else:
                self._constraint("changed", where, name, message)

    def _prefix_items(
        self,
        a: Node,
        b: Node,
        path: str,
        name: str,
        seen: frozenset[tuple[frozenset[str], frozenset[str]]],
    ) -> None:
        old_l, new_l = a.get("prefixItems"), b.get("prefixItems")
        old_items = list(old_l) if isinstance(old_l, list) else []
        new_items = list(new_l) if isinstance(new_l, list) else []
        label = self.label(name)
        for i, (old_s, new_s) in enumerate(zip(old_items, new_items, strict=False)):
            self.compare(old_s, new_s, f"{path}.prefixItems[{i}]", f"{name}[{i}]", seen)
        if len(new_items) > len(old_items):
            self._constraint(
                "added",
                f"{path}.prefixItems",
                name,
                f"{label}: prefixItems {len(old_items)} → {len(new_items)} positions",
            )
        elif len(new_items) < len(old_items):
            self._constraint(
                "removed",
                f"{path}.prefixItems",
                name,
                f"{label}: prefixItems {len(old_items)} → {len(new_items)} positions",
            )

    def _deep(self, spec: Spec, value: Any, depth: int = 0) -> Any:
        """``value`` with references resolved (to a bounded depth), for comparing as a whole."""
        if depth > 8:
            return value
        if isinstance(value, dict):
            if isinstance(value.get("$ref"), str):
                try:
                    return self._deep(spec, spec.resolve(value), depth + 1)
                except (KeyError, IndexError, ValueError):
                    return value
            return {k: self._deep(spec, v, depth + 1) for k, v in value.items()}
        if isinstance(value, list):
            return [self._deep(spec, v, depth + 1) for v in value]
        return value

    def _pattern(self, a: Node, b: Node, path: str, name: str) -> None:
        old_p, new_p = _pattern_of(a.get("pattern")), _pattern_of(b.get("pattern"))
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
        old: Any,
        new: Any,
        path: str,
        name: str,
        seen: frozenset[tuple[frozenset[str], frozenset[str]]],
    ) -> None:
        if not a.variants and not b.variants:
            return
        # A side without anyOf/oneOf counts as its one branch: the branch of a collapsed
        # one-branch composition, else the whole schema (2 → 1 branches, or a composition
        # added or dropped as a whole).
        old_branches = a.variants or [a.single_branch if a.single_branch is not None else old]
        new_branches = b.variants or [b.single_branch if b.single_branch is not None else new]
        old_forms = [canonical(self._deep(self.old, v)) for v in old_branches]
        new_forms = [canonical(self._deep(self.new, v)) for v in new_branches]
        old_left, new_left = _unmatched(old_forms, new_forms)
        key = b.variant_key or a.variant_key or "anyOf"
        # An open enumeration (anyOf: [{enum: [...]}, {type: string}]) accepts any value, so
        # its enum branch may change without changing what the whole schema allows.
        spec, branches = (self.new, new_branches) if self.request else (self.old, old_branches)
        open_enum = _is_open_enum(spec, branches)
        for i, j in zip(old_left, new_left, strict=False):
            where = f"{path}.{key}[{j}]" if b.variants else path
            self.compare(old_branches[i], new_branches[j], where, name, seen, open_enum=open_enum)
        extra_old, extra_new = old_left[len(new_left) :], new_left[len(old_left) :]
        label = self.label(name)
        counts = f"({len(old_branches)} → {len(new_branches)})"
        if self.request and b.variant_key == "oneOf" and not a.variants and len(b.variants) > 1:
            # A value valid in more than one branch of a oneOf is refused: wrapping a schema
            # in a oneOf can refuse values the old schema accepted (this says it all).
            self._constraint(
                "added",
                f"{path}.oneOf",
                name,
                f"{label}: now a oneOf of {len(b.variants)} branches (a value matching more "
                "than one is refused)",
            )
            extra_new = []
        if extra_old:
            self.emit(
                self._rule("variant-removed"),
                f"{path}.{key}",
                name,
                f"{label}: {len(extra_old)} {key} branch(es) removed {counts}",
            )
        if extra_new:
            self.emit(
                self._rule("variant-added"),
                f"{path}.{key}",
                name,
                f"{label}: {len(extra_new)} {key} branch(es) added {counts}",
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


def _pattern_of(value: Any) -> Any:
    """A pattern, ``None`` for none or one that matches every string (``''``, ``.*``)."""
    return None if value in (None, "", ".*", "^.*$", "^.*") else value


def _unmatched(old: list[str], new: list[str]) -> tuple[list[int], list[int]]:
    """Indexes of ``old`` and ``new`` forms left once equal forms are paired one to one."""
    pool: dict[str, list[int]] = {}
    for j, form in enumerate(new):
        pool.setdefault(form, []).append(j)
    old_left = []
    for i, form in enumerate(old):
        if pool.get(form):
            pool[form].pop(0)
        else:
            old_left.append(i)
    new_left = sorted(j for indexes in pool.values() for j in indexes)
    return old_left, new_left


def _constraint_of(value: Any) -> str | None:
    """How a subschema keyword constrains: ``None`` (absent or ``true``), ``false`` or a
    ``schema``."""
    if value is None or value is True:
        return None
    if value is False:
        return "false"
    return "schema" if isinstance(value, dict) else None


def _mapping(value: Any) -> dict[str, Any]:
    return {str(k): v for k, v in value.items()} if isinstance(value, dict) else {}


def _shown(value: Any) -> str:
    """A short form of a keyword's value for messages."""
    if isinstance(value, dict) and isinstance(value.get("$ref"), str):
        return str(value["$ref"]).rsplit("/", 1)[-1]
    text = canonical(value)
    return text if len(text) <= 60 else text[:57] + "..."
