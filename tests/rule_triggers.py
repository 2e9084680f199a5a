"""Triggers derived from declared rules: the declaration says how to break it.

A rule served by a declaration (``exists``, ``unique``, ``sum``, ``account``, ``state``) names
the request value it reads and the condition it checks, so a request that breaks it can be
built from the operation's documented request: an ``exists`` value replaced by a well-formed
id that names nothing, a ``sum`` off by one, the demo role whose account state the rule
refuses, a record moved into the refused state before the request. Rules a plugin serves keep
hand-written triggers in ``tests/scenarios/<api>.py``, keyed by rule id.
"""

from __future__ import annotations

import copy
import random
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote

from generator.extensions import Rule
from generator.mock.patterns import generate
from generator.specmodel import Operation, Spec
from tests.triggers import Trigger, base_body, sample_path

_RNG = random.Random(7)
_ROOTS = ("body", "item", "sent")


def _steps(ref: str) -> tuple[str, list[str]]:
    root, _, rest = ref.partition(".")
    return root, [part for part in rest.split(".") if part]


def _field_schema(spec: Spec, op: Operation, steps: list[str]) -> dict[str, Any]:
    """The resolved schema of a request field (``[]`` steps enter array items)."""
    location = ".".join(steps)
    for site in spec.sites(op.request_schema):
        if site.location == location:
            return dict(spec.resolve(site.schema))
    return {}


def _unknown(schema: dict[str, Any]) -> Any:
    """A well-formed value of ``schema`` that no fixture uses."""
    if schema.get("type") == "integer":
        return 987654
    if isinstance(schema.get("pattern"), str):
        return generate(schema["pattern"], _RNG)
    if schema.get("format") == "uuid":
        return "00000000-0000-4000-8000-00000000beef"
    return "unknown-000000000000beef"


def _set(node: Any, steps: list[str], value: Any) -> bool:
    """Set the field at ``steps`` (``name[]``: in every element) of ``node``."""
    head, rest = steps[0], steps[1:]
    each = head.endswith("[]")
    name = head[:-2] if each else head
    if not isinstance(node, dict):
        return False
    if each:
        items = node.get(name)
        if name not in node and not rest:
            node[name] = items = [value]  # an absent list of ids: one that names nothing
        if not isinstance(items, list) or not items:
            return False
        return all(_set(item, rest, value) if rest else _put(items, value) for item in items)
    if not rest:
        node[name] = value
        return True
    return _set(node.get(name), rest, value)


def _put(items: list[Any], value: Any) -> bool:
    items[:] = [value for _ in items]
    return True


def _bulk_item(op: Operation, body: Any) -> dict[str, Any] | None:
    bulk = op.bulk
    items = body.get(bulk.items) if bulk is not None and isinstance(body, dict) else None
    return items[0] if isinstance(items, list) and items and isinstance(items[0], dict) else None


def _target(spec: Spec, op: Operation, request: dict[str, Any], ref: str) -> tuple[Any, list[str]]:
    """(node to edit, steps within it) of a request reference, or (None, []); ``request``
    holds the ``body`` and the ``query``."""
    root, steps = _steps(ref)
    if root in ("body", "query"):
        return request[root], steps
    if root in ("item", "sent"):
        return _bulk_item(op, request["body"]), steps
    return None, []


def _query(spec: Spec, op: Operation) -> dict[str, Any]:
    """The documented values of the operation's required query parameters."""
    out: dict[str, Any] = {}
    for param in op.parameters:
        if param["in"] != "query" or not param.get("required"):
            continue
        examples = param.get("examples") or {}
        if "example" in param:
            out[param["name"]] = param["example"]
        elif examples:
            out[param["name"]] = spec.resolve(next(iter(examples.values()))).get("value")
    return out


def declared_triggers(spec: Spec) -> Iterator[Trigger]:
    """One trigger per declared rule that a request built from the docs can break."""
    roles = spec.demo_accounts
    for op in spec.operations:
        path = sample_path(spec, op)
        if path is None:
            continue
        for rule in op.rules:
            if rule.error is None or not rule.declared or rule.scope:
                continue
            trigger = _trigger(spec, op, rule, path, roles)
            if trigger is not None:
                yield trigger


def _trigger(
    spec: Spec, op: Operation, rule: Rule, path: str, roles: dict[str, Any]
) -> Trigger | None:
    body = base_body(spec, op)
    request = {"body": copy.deepcopy(body) if body is not None else None, "query": _query(spec, op)}
    body = request["body"]
    common = {"rule": rule.id, "in_band": rule.per_item and op.in_band_items is not None}
    if rule.when is not None and not _satisfy(spec, op, request, rule):
        return None
    common["query"] = request["query"]
    if rule.exists is not None and _steps(rule.exists.value)[0] == "path":
        name = _steps(rule.exists.value)[1][0]
        param = next((p for p in op.parameters if p["in"] == "path" and p["name"] == name), None)
        schema = spec.resolve(param.get("schema") or {}) if param is not None else {}
        missing = sample_path(spec, op, {name: _unknown(schema)})
        if missing is None:
            return None
        return Trigger(
            rule.error, op.operation_id, op.method, missing, "names nothing", body=body, **common
        )  # type: ignore[arg-type]
    if rule.exists is not None:
        node, steps = _target(spec, op, request, rule.exists.value)
        if node is None or not steps:
            return None
        field = _field_schema(spec, op, _location(op, rule.exists.value))
        if not _set(node, steps, _unknown(field)):
            return None
        return Trigger(
            rule.error, op.operation_id, op.method, path, "names nothing", body=body, **common
        )  # type: ignore[arg-type]
    if rule.sum is not None:
        node, steps = _target(spec, op, request, rule.sum.value)
        if node is None or not steps or not _set(node, steps, rule.sum.equals + 1):
            return None
        return Trigger(rule.error, op.operation_id, op.method, path, "sum off", body=body, **common)  # type: ignore[arg-type]
    if rule.account is not None:
        role = next(
            (
                name
                for name, account in roles.items()
                if {**roles["default"].state, **account.state}.get(rule.account.field)
                == rule.account.equals
                and account.refuse is None
            ),
            None,
        )
        if role is None:
            return None
        return Trigger(
            rule.error,
            op.operation_id,
            op.method,
            path,
            f"as {role}",
            body=body,
            role=role,
            **common,
        )  # type: ignore[arg-type]
    if rule.state is not None:
        guard = rule.state
        refused = (
            guard.not_in[0]
            if guard.not_in
            else _outside(spec, rule, _enum(spec, op, guard.of, guard.field), guard.in_ or ())
        )
        setup = _state_setup(spec, op, rule, path, request, guard.of, guard.field, refused)
        if setup is None:
            return None
        return Trigger(
            rule.error,
            op.operation_id,
            op.method,
            path,
            f"{guard.of} in state {refused!r}",
            body=body,
            setup=setup,
            **common,
        )  # type: ignore[arg-type]
    return None


def _enum(spec: Spec, op: Operation, of: str, field: str) -> list[Any]:
    """The documented values of ``field`` on the record a guard reads (else [])."""
    if of == "target":
        collection = op.action.resource if op.action is not None else None
    else:
        binder = next((r.exists for r in op.rules if r.exists and r.exists.as_ == of), None)
        collection = binder.in_ if binder is not None else None
    resource = spec.resources.get(collection) if collection else None
    if resource is None or resource.schema is None:
        return []
    parts = [spec.resolve({"$ref": f"#/components/schemas/{resource.schema}"})]
    while parts:
        part = parts.pop(0)
        parts.extend(spec.resolve(p) for p in part.get("allOf", []))
        if field in part.get("properties", {}):
            return list(spec.resolve(part["properties"][field]).get("enum") or [])
    return []


def _outside(spec: Spec, rule: Rule, documented: list[Any], allowed: tuple[Any, ...]) -> Any:
    """A value the ``in`` guard refuses: the one the error's documented message names, else
    the first documented value it does not allow."""
    refused = [v for v in documented if v not in allowed] or [f"not-{allowed[:1]}"]
    example = spec.examples.get(rule.error or "") or {}
    message = spec.error_message(example.get("value")) or ""
    return next((v for v in refused if re.search(rf"\b{re.escape(str(v))}\b", message)), refused[0])


def _path_value(op: Operation, path: str, ref: str) -> Any:
    """The value a ``path.<name>`` reference takes in the sample ``path`` (else None)."""
    root, steps = _steps(ref)
    if root != "path" or len(steps) != 1:
        return None
    pattern = re.escape(op.path).replace(r"\{", "{").replace(r"\}", "}")
    pattern = re.sub(r"\{([^}]+)\}", lambda m: f"(?P<{m.group(1)}>[^/]+)", pattern)
    match = re.fullmatch(pattern, path)
    return unquote(match.group(steps[0])) if match else None


def _location(op: Operation, ref: str) -> list[str]:
    root, steps = _steps(ref)
    if root in ("item", "sent") and op.bulk is not None:
        return [f"{op.bulk.items}[]", *steps]
    return steps


def _satisfy(spec: Spec, op: Operation, request: dict[str, Any], rule: Rule) -> bool:
    when = rule.when
    assert when is not None
    root, steps = _steps(when.value)
    binder = next(
        (r.exists for r in op.rules if r.exists is not None and r.exists.as_ == root), None
    )
    if binder is not None and len(steps) == 1:
        return _bind(spec, op, request, binder, steps[0], when.equals)
    node, steps = _target(spec, op, request, when.value)
    if node is None or not steps:
        return False
    if when.present is False:
        parent = node
        for step in steps[:-1]:
            parent = parent.get(step) if isinstance(parent, dict) else None
        if isinstance(parent, dict):
            parent.pop(steps[-1], None)
        return True
    if when.present:
        return True
    return _set(node, steps, when.equals)


def _bind(
    spec: Spec, op: Operation, request: dict[str, Any], binder: Any, field: str, value: Any
) -> bool:
    """Make the request name a seeded record of the binder's collection whose ``field`` is
    ``value`` (a rule that applies only to such records)."""
    resource = spec.resources.get(binder.in_)
    if resource is None:
        return False
    seeded = [dict(r) for seed in resource.seed for r in seed.records]
    found = next((r for r in seeded if r.get(field) == value), None)
    node, steps = _target(spec, op, request, binder.value)
    if found is None or node is None or not steps:
        return False
    return _set(node, steps, found.get(binder.by or resource.id))


def _state_setup(
    spec: Spec,
    op: Operation,
    rule: Rule,
    path: str,
    request: dict[str, Any],
    of: str,
    field: str,
    value: Any,
) -> Any:
    """A setup that moves the record the guard reads into the refused state."""
    if of == "target":
        action = op.action
        if action is None or action.resource is None:
            return None
        names = re.findall(r"\{([^}]+)\}", op.path)
        if not names:
            return None
        key = _path_value(op, path, action.target or f"path.{names[-1]}")
        resource, by = action.resource, action.by

        def setup(app: Any) -> None:
            store = app.engine.store[resource]
            record = store.find("default", by or store.resource.id, key)
            assert record is not None, f"{op.operation_id}/{rule.id}: no {resource} {key!r}"
            record[field] = value

        return setup
    binder = next((r.exists for r in op.rules if r.exists is not None and r.exists.as_ == of), None)
    if binder is None:
        return None
    current = _path_value(op, path, binder.value)
    if current is None:
        node, steps = _target(spec, op, request, binder.value)
        current = node
        for step in steps:
            current = current.get(step) if isinstance(current, dict) else None
    collection, by = binder.in_, binder.by

    def bound(app: Any) -> None:
        store = app.engine.store[collection]
        record = store.find("default", by or store.resource.id, current)
        assert record is not None, f"{op.operation_id}/{rule.id}: no {collection} {current!r}"
        record[field] = value

    return bound
