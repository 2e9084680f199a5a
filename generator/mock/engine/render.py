"""Answers rendered from the success response's schema.

The engine never hand-builds a response body. For each operation it plans, once, where each
property of the documented success schema comes from: a property holding the resource schema
gets the record, an array of it (or the ``x-pagination`` items field) the page of records,
and any other property the first of: a value the engine or a plugin computed (counts, bulk
errors), the record's field of that name, the query parameter of that name (page echoes),
the documented success example's value (for a required property: constant fields such as
``success: true``), the schema's ``default``. Records render through
their resource schema: only its properties are answered, so bookkeeping never leaks. Answers
share values with the records (no copies): they are encoded before anything else runs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ...specmodel import Operation, Spec, set_field
from ..answers import copy_json
from .store import PRIVATE, SEQ, TENANT

_MISSING: Any = object()


RecordFields = tuple[tuple[str, ...], tuple[Any, ...], frozenset[str]]
"""A resource schema's properties, the value of each a record lacks (``_MISSING``: none),
and the properties without such a value."""


@dataclass
class ObjectPlan:
    """How to render an object schema: per property, where its value comes from."""

    props: list[tuple[str, str, Any]] = field(default_factory=list)
    """(name, kind, detail): kind ``record`` / ``items`` (detail: resource name), ``object``
    (detail: nested plan), ``page`` (the ``x-pagination`` items field; detail: the plan of
    one item), ``value`` (detail: the schema's default or ``_MISSING``)."""
    required: frozenset[str] = frozenset()
    nullable: frozenset[str] = frozenset()


@dataclass
class ResponsePlan:
    """The plan of one operation's success answer."""

    status: int
    shape: str  # "object", "record", "items", "none", "example"
    plan: ObjectPlan | None
    example: Any


def _schema_name(node: Any) -> str | None:
    ref = node.get("$ref") if isinstance(node, dict) else None
    prefix = "#/components/schemas/"
    return ref[len(prefix) :] if isinstance(ref, str) and ref.startswith(prefix) else None


class Renderer:
    """Renders records and answers of one spec (plans computed once per schema/operation)."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.schema_resources = {
            res.schema: name for name, res in spec.resources.items() if res.schema
        }
        self._record_plans: dict[str, ObjectPlan] = {}
        self._response_plans: dict[Operation, ResponsePlan] = {}
        self._record_fields: dict[str, RecordFields | None] = {}
        self._request_defaults: dict[str, dict[str, Any]] = {}

    # -- plans --------------------------------------------------------------------------------

    def _properties(self, schema: Any) -> tuple[dict[str, Any], set[str]]:
        """Properties and required names of an object schema, ``allOf`` merged."""
        node = self.spec.resolve(schema) if isinstance(schema, dict) else {}
        props: dict[str, Any] = dict(node.get("properties") or {})
        required = set(node.get("required") or [])
        for member in node.get("allOf") or []:
            more, more_required = self._properties(member)
            props.update(more)
            required |= more_required
        return props, required

    def _object_plan(self, schema: Any, depth: int = 0) -> ObjectPlan:
        props, required = self._properties(schema)
        plan = ObjectPlan(required=frozenset(required))
        nullable = set()
        for name, prop in props.items():
            resolved = self.spec.resolve(prop)
            kinds = resolved.get("type")
            if kinds == "null" or (isinstance(kinds, list) and "null" in kinds):
                nullable.add(name)
            resource = self.schema_resources.get(_schema_name(prop) or "")
            items = resolved.get("items") if isinstance(resolved, dict) else None
            item_resource = self.schema_resources.get(_schema_name(items) or "")
            if resource is not None:
                plan.props.append((name, "record", resource))
            elif item_resource is not None and resolved.get("type") == "array":
                plan.props.append((name, "items", item_resource))
            elif resolved.get("properties") and depth < 4:
                plan.props.append((name, "object", self._object_plan(prop, depth + 1)))
            else:
                plan.props.append((name, "value", resolved.get("default", _MISSING)))
        plan.nullable = frozenset(nullable)
        return plan

    def field_schema(self, resource: str, name: str) -> dict[str, Any]:
        """The schema of a record field: from the resource schema, else from the success
        answer of an operation acting on the resource (what the field looks like there)."""
        schema_name = self.spec.resources[resource].schema
        if schema_name:
            props = self._properties({"$ref": f"#/components/schemas/{schema_name}"})[0]
            return dict(self.spec.resolve(props.get(name) or {}))
        for op in self.spec.operations:
            if op.action is None or op.action.resource != resource:
                continue
            response = op.responses.get(str(op.success_status)) or {}
            for media in (response.get("content") or {}).values():
                props = self._properties(media.get("schema") or {})[0]
                if name in props:
                    return dict(self.spec.resolve(props[name]))
        return {}

    def request_defaults(self, op: Operation) -> dict[str, Any]:
        """The documented ``default`` of each top-level request body property."""
        found = self._request_defaults.get(op.operation_id)
        if found is None:
            props = self._properties(op.request_schema or {})[0] if op.request_schema else {}
            found = {
                name: self.spec.resolve(prop)["default"]
                for name, prop in props.items()
                if isinstance(self.spec.resolve(prop), dict)
                and "default" in self.spec.resolve(prop)
            }
            self._request_defaults[op.operation_id] = found
        return found

    def record_plan(self, resource: str) -> ObjectPlan | None:
        schema_name = self.spec.resources[resource].schema
        if not schema_name:
            return None
        plan = self._record_plans.get(resource)
        if plan is None:
            plan = self._object_plan({"$ref": f"#/components/schemas/{schema_name}"})
            self._record_plans[resource] = plan
        return plan

    def response_plan(self, op: Operation) -> ResponsePlan:
        plan = self._response_plans.get(op)  # the spec's own Operation objects: by identity
        if plan is None:
            plan = self._plan_response(op)
            self._response_plans[op] = plan
        return plan

    def _plan_response(self, op: Operation) -> ResponsePlan:
        status = op.success_status
        response = op.responses.get(str(status)) or {}
        media = next(iter((response.get("content") or {}).values()), None)
        example = success_example(self.spec, op)
        if media is None:
            return ResponsePlan(status, "none", None, None)
        schema = self._first_alternative(media.get("schema") or {})
        resolved = self.spec.resolve(schema)
        if self.schema_resources.get(_schema_name(schema) or ""):
            return ResponsePlan(status, "record", None, example)
        items = resolved.get("items") if isinstance(resolved, dict) else None
        lists = op.action is not None and op.action.kind == "list" and bool(op.action.resource)
        if resolved.get("type") == "array" and (
            lists or self.schema_resources.get(_schema_name(items) or "")
        ):
            return ResponsePlan(status, "items", None, example)
        if resolved.get("type") == "object" or resolved.get("properties"):
            plan = self._object_plan(schema)
            paging = op.pagination
            if paging is not None and lists:
                self._plan_page(plan, schema, paging.items)
            return ResponsePlan(status, "object", plan, example)
        return ResponsePlan(status, "example", None, example)

    def _first_alternative(self, schema: Any) -> Any:
        """An answer documented only as alternatives (``anyOf``/``oneOf`` without a type or
        properties of its own: the docs leave its shape open) is planned from the first."""
        node = self.spec.resolve(schema)
        if not isinstance(node, dict) or node.get("type") or node.get("properties"):
            return schema
        for key in ("anyOf", "oneOf"):
            branches = node.get(key)
            if isinstance(branches, list) and branches:
                return branches[0]
        return schema

    def _plan_page(self, plan: ObjectPlan, schema: Any, name: str) -> None:
        """The ``x-pagination`` items field of a list answer holds the page of records, each
        rendered through that field's item schema (a summary of the resource, say)."""
        item = self.spec.resolve(self._properties(schema)[0].get(name) or {}).get("items")
        for index, (prop, kind, _detail) in enumerate(plan.props):
            if prop == name and kind == "value" and isinstance(item, dict):
                plan.props[index] = (prop, "page", self._object_plan(item))

    # -- rendering ----------------------------------------------------------------------------

    def record(self, resource: str, record: dict[str, Any]) -> dict[str, Any]:
        """A stored record as its resource schema answers it."""
        fields = self._record_fields.get(resource, _MISSING)
        if fields is _MISSING:
            fields = self._record_fields[resource] = self._plan_record_fields(resource)
        out: dict[str, Any]
        if fields is None:  # no schema: every field but the bookkeeping ones
            out = record.copy()
            out.pop(TENANT, None)
            out.pop(SEQ, None)
            if any(map(PRIVATE, out)):
                out = {k: v for k, v in out.items() if k[:1] != "_"}
            return out
        names, fallbacks, optional = fields
        # Each property in schema order: the record's value, else its fallback (one C-level
        # pass); properties with no fallback that the record lacks are then left out.
        out = dict(zip(names, map(record.get, names, fallbacks), strict=True))
        for name in optional.difference(record):
            del out[name]
        return out

    def _plan_record_fields(self, resource: str) -> RecordFields | None:
        """The properties of a resource's schema, the value of each when the record lacks it,
        and those left out then; ``None`` for a resource without a schema (answered as
        stored)."""
        plan = self.record_plan(resource)
        if plan is None:
            return None
        names, fallbacks = [], []
        for name, kind, detail in plan.props:
            if kind == "value" and detail is not _MISSING:
                fallback = detail
            elif name in plan.required or name in plan.nullable:
                fallback = None  # a field the record lacks answers null where it may
            else:
                fallback = _MISSING
            names.append(name)
            fallbacks.append(fallback)
        optional = frozenset(n for n, f in zip(names, fallbacks, strict=True) if f is _MISSING)
        return tuple(names), tuple(fallbacks), optional

    def answer(
        self,
        op: Operation,
        *,
        resource: str | None,
        record: dict[str, Any] | None = None,
        items: list[dict[str, Any]] | None = None,
        fields: dict[str, Any] | None = None,
        query: dict[str, Any] | None = None,
    ) -> Any:
        """The success answer of ``op`` from the engine's results."""
        plan = self.response_plan(op)
        if plan.shape == "none":
            return None
        # ``record`` and ``items`` come rendered (``Engine.render``): answered as they are.
        if plan.shape == "record" and resource is not None and record is not None:
            return record
        if plan.shape == "items" and resource is not None:
            return items or []
        if plan.shape != "object" or plan.plan is None:
            if record is not None and resource is not None:
                return self.record(resource, record)
            return copy_json(plan.example)  # the spec's own value: never hand it out
        sources = _Sources(fields or {}, record, query or {}, plan.example)
        return self._object(plan.plan, sources, resource, record, items)

    def _object(
        self,
        plan: ObjectPlan,
        sources: _Sources,
        resource: str | None,
        record: dict[str, Any] | None,
        items: list[dict[str, Any]] | None,
    ) -> dict[str, Any]:
        out: dict[str, Any] = {}
        given, own, query, example = sources.fields, sources.record, sources.query, sources.example
        documented = example if isinstance(example, dict) else {}
        required = plan.required
        for name, kind, detail in plan.props:
            value = given.get(name, _MISSING)
            if value is not _MISSING:
                out[name] = value
            elif kind == "value":
                # The record's field, the query parameter's echo, (for a required property)
                # the documented example's value, the schema's default, null if required.
                if own is not None and name in own:
                    out[name] = own[name]
                elif name in query:
                    out[name] = query[name]
                elif name in required and name in documented:
                    out[name] = documented[name]
                elif detail is not _MISSING:
                    out[name] = detail
                elif name in required:
                    out[name] = None
            elif kind == "record" and record is not None:
                out[name] = record if detail == resource else self.record(detail, record)
            elif kind == "items" and items is not None:
                out[name] = items if detail == resource else [self.record(detail, r) for r in items]
            elif kind == "page" and items is not None:
                out[name] = [self._object(detail, _Sources.of(r), None, None, None) for r in items]
            elif kind == "object":
                nested = sources.nested(name)
                if nested is not None or name in required:
                    out[name] = self._object(detail, nested or _Sources.empty(), None, None, None)
            else:
                value = sources.value(name, documented=name in required)
                if value is not _MISSING:
                    out[name] = value
                elif name in required:
                    out[name] = None
        return out


@dataclass
class _Sources:
    """Where the values of one object of an answer come from, in priority order."""

    fields: dict[str, Any]
    record: dict[str, Any] | None
    query: dict[str, Any]
    example: Any

    @classmethod
    def empty(cls) -> _Sources:
        return cls({}, None, {}, None)

    @classmethod
    def of(cls, record: dict[str, Any]) -> _Sources:
        """Values from one (rendered) record only."""
        return cls({}, record, {}, None)

    def value(self, name: str, *, documented: bool) -> Any:
        """The record's field, the query parameter's echo, or (for a required property,
        ``documented``) the documented example's value."""
        if self.record is not None and name in self.record:
            return self.record[name]
        if name in self.query:
            return self.query[name]
        if documented and isinstance(self.example, dict) and name in self.example:
            return self.example[name]
        return _MISSING

    def nested(self, name: str) -> _Sources | None:
        fields = self.fields.get(name)
        record = self.record.get(name) if self.record is not None else None
        example = self.example.get(name) if isinstance(self.example, dict) else None
        if fields is None and record is None and example is None and not self.query:
            return None
        return _Sources(
            fields if isinstance(fields, dict) else {},
            record if isinstance(record, dict) else None,
            self.query,
            example,
        )


def success_example(spec: Spec, op: Operation) -> Any:
    """The first documented example of the operation's success response (or its schema's)."""
    response = op.responses.get(str(op.success_status)) or {}
    media: dict[str, Any] = next(iter((response.get("content") or {}).values()), {}) or {}
    for example in (media.get("examples") or {}).values():
        return spec.resolve(example).get("value")
    if "example" in media:
        return media["example"]
    schema_examples = spec.resolve(media.get("schema") or {}).get("examples")
    return schema_examples[0] if schema_examples else None


def set_page_fields(body: Any, values: dict[str, Any]) -> None:
    """Write computed paging values at their dotted response paths."""
    if not isinstance(body, dict):
        return
    for path, value in values.items():
        if path:
            set_field(body, path, value)
