"""The mock engine: state and behaviour served from the spec's declarations.

For every request that passed policy and validation, the engine
1. finds the record the operation addresses (``x-action.target``; not found → the resource's
   ``not-found`` error) and binds it as ``target``;
2. runs the operation's ``x-rules`` in order: a declared check (``exists``, ``unique``,
   ``state``, ``sum``, ``account``) is evaluated here, any other rule by the API's plugin;
3. performs ``x-action`` (create, retrieve, update, delete, list) on the resource's
   collection — or the plugin action of a rule that takes the operation over — item by item
   for an ``x-bulk`` operation, reporting each failed item in-band with its index;
4. renders the answer from the success response's schema (:mod:`.render`).
"""

from __future__ import annotations

import copy
import functools
import math
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, NoReturn

from ...extensions import UNSET, Resource, Rule
from ...schemas import compile_validator
from ...specmodel import snake_case
from ..answers import MockError, Reply, copy_json
from ..compiled import CompiledOperation, CompiledSpec
from ..config import MockConfig
from ..patterns import generate, run_drawer, segments
from ..plugins import Plugin
from ..policy import Account
from .render import Renderer, set_page_fields
from .store import PRIVATE, SEQ, TENANT, Store, same

DEFAULT_PAGE_SIZE = 50
CreationPlan = tuple[list[tuple[str, Any]], list[tuple[str, Any]], tuple[str, ...]]
"""(merged defaults, (field, default) to fill in priority order, timestamp fields)."""


@dataclass(slots=True)
class Request:
    """One request as the engine and plugins see it."""

    op: CompiledOperation
    account: Account | None
    path: dict[str, Any]
    query: dict[str, Any]
    headers: dict[str, str]
    body: Any
    request_id: str
    engine: Engine
    bound: dict[str, Any] = field(default_factory=dict)
    """Records bound by ``exists.as`` and the addressed record (``target``)."""
    item: Any = None
    """The current item of a bulk operation (per-item rules and actions), without optional
    fields that broke the item schema."""
    sent: Any = None
    """The current bulk item exactly as sent."""
    index: int | None = None
    rule: Rule | None = None
    """The rule being evaluated (so a plugin can ``fail()`` with its error)."""
    fields: dict[str, Any] = field(default_factory=dict)
    """Answer values computed on the way (counts, derived values)."""
    tenant: str | None = field(init=False)
    """The tenant whose records the request sees (the account's; ``default`` without one)."""

    def __post_init__(self) -> None:
        self.tenant = self.account.tenant if self.account is not None else "default"

    @property
    def operation_id(self) -> str:
        return self.op.operation_id

    @property
    def state(self) -> dict[str, Any]:
        """The account's state (``x-demo-accounts``)."""
        return self.account.state if self.account is not None else {}

    def now(self) -> float:
        return self.engine.config.clock()

    def error(self, example: str, **kwargs: Any) -> NoReturn:
        raise MockError(example, **kwargs)

    def fail(self, **kwargs: Any) -> NoReturn:
        """Fail with the error of the rule being evaluated."""
        if self.rule is None or self.rule.error is None:
            raise RuntimeError("fail() outside a rule with an error")
        raise MockError(self.rule.error, **kwargs)

    def values(self, ref: str) -> list[Any]:
        """Every value a request reference names (absent: none)."""
        parsed = _REFS.get(ref)
        if parsed is None:
            parts = ref.split(".")
            parsed = _REFS[ref] = (parts[0], parts[1:], not any(p.endswith("[]") for p in parts))
        root, steps, plain = parsed
        node = self.body if root == "body" else self._root(root)
        if not plain:
            return list(_walk(node, steps))
        for step in steps:  # the common case: a chain of object fields
            if not isinstance(node, dict) or step not in node:
                return []
            node = node[step]
        return [] if node is None else [node]

    def value(self, ref: str, default: Any = None) -> Any:
        found = self.values(ref)
        return found[0] if found else default

    def _root(self, name: str) -> Any:
        if name == "body":
            return self.body
        if name == "item":
            return self.item
        if name == "sent":
            return self.sent
        if name == "query":
            return self.query
        if name == "path":
            return self.path
        if name == "header":
            return self.headers
        if name == "account":
            return self.state
        return self.bound.get(name)

    def collection(self, name: str) -> list[dict[str, Any]]:
        """The records of a resource this request's tenant sees."""
        return self.engine.store[name].visible(self.tenant)

    def find(self, resource: str, value: Any, by: str | None = None, **kw: Any) -> Any:
        """The visible record of ``resource`` whose ``by`` field (default: id) is ``value``."""
        collection = self.engine.store[resource]
        return collection.find(self.tenant, by or collection.resource.id, value, **kw)

    def create(self, resource: str, values: dict[str, Any]) -> dict[str, Any]:
        """A new record of ``resource`` for this tenant (id and timestamps filled in)."""
        return self.engine.create(resource, values, self.tenant, self.op)


@functools.lru_cache(maxsize=4)
def _seconds_text(second: int) -> str:
    """``YYYY-MM-DDTHH:MM:SS`` (UTC) of a Unix second (a few recent seconds kept)."""
    moment = datetime.fromtimestamp(second, UTC)
    return f"{moment.year:04d}-{moment.strftime('%m-%dT%H:%M:%S')}"


_REFS: dict[str, tuple[str, list[str], bool]] = {}
"""Parsed request references: (root, steps, no ``[]`` step)."""


def _walk(node: Any, parts: list[str]) -> Iterator[Any]:
    if not parts:
        if node is not None:
            yield node
        return
    head, rest = parts[0], parts[1:]
    each = head.endswith("[]")
    name = head[:-2] if each else head
    if not isinstance(node, dict) or name not in node:
        return
    child = node[name]
    if each:
        for element in child if isinstance(child, list) else []:
            yield from _walk(element, rest)
    else:
        yield from _walk(child, rest)


class Engine:
    """State and behaviour of one API's mock."""

    def __init__(self, compiled: CompiledSpec, config: MockConfig, plugin: Plugin | None) -> None:
        self.compiled = compiled
        self.spec = compiled.spec
        self.config = config
        self.plugin = plugin
        self.renderer = Renderer(self.spec)
        self.rng = random.Random(config.seed)  # noqa: S311 - mock ids are not secrets
        self._id_patterns: dict[str, tuple[str, Any]] = {}
        self._templates: dict[tuple[str, str], tuple[dict[str, Any], frozenset[str]]] = {}
        self._creation_plans: dict[tuple[str, str], CreationPlan] = {}
        self._filterables: dict[tuple[str, str], frozenset[str]] = {}
        self._rule_plans: dict[tuple[str, bool], list[tuple[Rule, str, Any]]] = {}
        self._field_validators: dict[tuple[str, str], Any] = {}
        self._ticks = list(self._resource_impls("tick"))
        self._renders = {
            name: [
                impl.fn
                for rule in res.rules
                if (impl := plugin.get(rule.id) if plugin else None) and impl.kind == "render"
            ]
            for name, res in self.spec.resources.items()
        }
        self.reset()

    # -- state --------------------------------------------------------------------------------

    def reset(self) -> None:
        self.store = Store(self.spec.resources)
        self.scratch: dict[str, Any] = {}
        """Plugin state that is not a resource (caches, counters); cleared on reset."""
        for name, resource in self.spec.resources.items():
            for seed in resource.seed:
                for record in self._seed_records(name, resource, seed):
                    if resource.id not in record:  # a fixture without an id gets a fresh one
                        record[resource.id] = self.new_id(name)
                    self.store[name].seed(record, seed.tenant or "default")
        for impl in self._resource_impls("seed"):
            impl.fn(self)

    def _seed_records(self, name: str, resource: Resource, seed: Any) -> Iterator[dict[str, Any]]:
        if seed.operation is not None:
            op = self.spec.operation(seed.operation)
            example = self.renderer.response_plan(op).example
            for record in self._records_in(name, op, example):
                yield {**record, **copy.deepcopy(dict(seed.values))}
        for record in seed.records:
            yield {**copy.deepcopy(dict(record)), **copy.deepcopy(dict(seed.values))}

    def _records_in(self, name: str, op: Any, example: Any) -> Iterator[dict[str, Any]]:
        """The records of resource ``name`` a documented answer shows."""
        plan = self.renderer.response_plan(op)
        if plan.shape == "record" and isinstance(example, dict):
            yield copy.deepcopy(example)
        elif plan.shape == "items" and isinstance(example, list):
            yield from (copy.deepcopy(r) for r in example if isinstance(r, dict))
        elif plan.plan is not None and isinstance(example, dict):
            for prop, kind, detail in plan.plan.props:
                if detail != name or prop not in example:
                    continue
                value = example[prop]
                if kind == "record" and isinstance(value, dict):
                    yield copy.deepcopy(value)
                elif kind == "items" and isinstance(value, list):
                    yield from (copy.deepcopy(r) for r in value if isinstance(r, dict))

    def _resource_impls(self, kind: str) -> Iterator[Any]:
        if self.plugin is None:
            return
        for resource in self.spec.resources.values():
            for rule in resource.rules:
                impl = self.plugin.get(rule.id)
                if impl is not None and impl.kind == kind:
                    yield impl

    def tick(self) -> None:
        """Clock-driven plugin work, before every request."""
        for impl in self._ticks:
            impl.fn(self)

    # -- records ------------------------------------------------------------------------------

    def new_id(self, resource: str) -> Any:
        """A fresh id for a record of ``resource``, in the format its schema gives."""
        collection = self.store[resource]
        kind, detail = self._id_patterns.get(resource) or self._plan_id_format(resource)
        if kind == "integer":
            return max((int(r[collection.resource.id]) for r in collection), default=0) + 1
        if kind == "run":  # the usual id: one run of drawn characters
            while True:
                candidate = detail(self.rng)
                if candidate not in collection:
                    return candidate
        while True:
            candidate = generate(detail, self.rng) if kind == "pattern" else detail(self.rng)
            if candidate not in collection:
                return candidate

    def _plan_id_format(self, resource: str) -> tuple[str, Any]:
        """How ids of ``resource`` are made, worked out once (kept in ``_id_patterns``)."""
        res = self.spec.resources[resource]
        schema = self.renderer.field_schema(resource, res.id)
        found: tuple[str, Any]
        if res.id_pattern:
            found = ("pattern", res.id_pattern)
        elif schema.get("type") == "integer":
            found = ("integer", None)
        elif isinstance(schema.get("pattern"), str):
            found = ("pattern", schema["pattern"])
        elif schema.get("format") == "uuid":
            found = ("uuid", _uuid)
        else:
            found = ("pattern", "^[0-9a-f]{24}$")
        if found[0] == "pattern":
            parts = segments(found[1])
            if len(parts) == 1 and parts[0][1]:
                found = ("run", run_drawer(*parts[0]))
        self._id_patterns[resource] = found
        return found

    def timestamp(self, resource: Resource) -> Any:
        fmt = resource.timestamps.format if resource.timestamps else "date-time"
        now = self.config.clock()
        if fmt == "epoch-ms":
            return int(now * 1000)
        if fmt == "epoch-s":
            return int(now)
        text = _seconds_text(int(now))
        return text if fmt == "local" else text + "Z"

    def create(
        self,
        resource: str,
        values: dict[str, Any],
        tenant: str | None,
        op: CompiledOperation | None = None,
    ) -> dict[str, Any]:
        """Store a new record: ``values``, then the request schema's defaults, the resource's
        declared ``defaults``, the resource schema's defaults, and the documented answer's
        values for what a required property still lacks; a fresh id and creation
        timestamps."""
        res = self.spec.resources[resource]
        record: dict[str, Any] = copy_json(values)  # one deep copy of the whole values
        if any(map(PRIVATE, record)):  # a request cannot set bookkeeping fields
            record = {k: v for k, v in record.items() if k[:1] != "_"}
        merged, fill, stamps = self._creation_plan(resource, op)
        for name, default in merged:
            if isinstance(record.get(name), dict):
                record[name] = {**copy_json(default), **record[name]}
        for name, default in fill:
            if name not in record:
                record[name] = copy_json(default)
        if res.id not in record:
            record[res.id] = self.new_id(resource)
        if stamps:
            stamp = self.timestamp(res)
            for name in stamps:
                record[name] = stamp
        return self.store[resource].put(record, tenant)

    def _creation_plan(self, resource: str, op: CompiledOperation | None) -> CreationPlan:
        """(merged defaults, (field, default) in priority order, timestamp fields) of a new
        record of ``resource`` made by ``op``, worked out once."""
        key = (resource, op.operation_id if op is not None else "")
        found = self._creation_plans.get(key)
        if found is not None:
            return found
        res = self.spec.resources[resource]
        stamps = self._stamps(res)
        fill: list[tuple[str, Any]] = []
        if op is not None:
            fill += list(self.renderer.request_defaults(op.op).items())
        fill += list(res.defaults.items())
        merged = [
            (name, dict(default))
            for name, default in res.defaults.items()
            if name in res.merge and isinstance(default, dict)
        ]
        plan = self.renderer.record_plan(resource)
        for name, kind, detail in plan.props if plan is not None else ():
            if kind == "value" and detail is not _missing():
                fill.append((name, detail))
        # The documented answer fills what a required property still lacks; an optional one
        # the request left out stays out.
        template, required = self._template(resource, op) if op is not None else ({}, frozenset())
        fill += [
            (n, v) for n, v in template.items() if n in required and n not in (*stamps, res.id)
        ]
        found = (merged, fill, stamps)
        self._creation_plans[key] = found
        return found

    @staticmethod
    def _stamps(res: Resource) -> tuple[str, ...]:
        stamps = res.timestamps
        if stamps is None:
            return ()
        return tuple(name for name in (stamps.created, stamps.updated) if name)

    def _template(
        self, resource: str, op: CompiledOperation
    ) -> tuple[dict[str, Any], frozenset[str]]:
        """The record the operation's documented answer shows (a creation's template) and
        the properties a record must have (the resource schema's, else the answer's)."""
        key = (resource, op.operation_id)
        found = self._templates.get(key)
        if found is None:
            plan = self.renderer.response_plan(op.op)
            record = next(self._records_in(resource, op.op, plan.example), None)
            if record is None and isinstance(plan.example, dict):
                record = plan.example
            record_plan = self.renderer.record_plan(resource)
            required = record_plan or plan.plan
            found = (record or {}, required.required if required is not None else frozenset())
            self._templates[key] = found
        return found

    def update(self, resource: str, record: dict[str, Any], values: dict[str, Any]) -> None:
        """Apply an update: fields replaced, ``merge`` fields merged, ``updated`` stamped."""
        res = self.spec.resources[resource]
        for name, value in values.items():
            if name.startswith("_") or name == res.id:
                continue
            current = record.get(name)
            # The values come from this request's own parsed body: stored as they are.
            if name in res.merge and isinstance(current, dict) and isinstance(value, dict):
                record[name] = {**current, **value}
            else:
                record[name] = value
        if res.timestamps and res.timestamps.updated:
            record[res.timestamps.updated] = self.timestamp(res)

    def render(self, resource: str, record: dict[str, Any]) -> dict[str, Any]:
        """A record as answered, with plugin-derived fields."""
        out = self.renderer.record(resource, record)
        for derive in self._renders[resource]:
            out.update(derive(self, record))
        return out

    # -- requests -----------------------------------------------------------------------------

    def handle(self, request: Request) -> Reply:
        reply = self._handle(request)
        if self.spec.envelope.request_id:
            _stamp_request_id(reply.body, self.spec.envelope.request_id, request.request_id)
        return reply

    def _handle(self, request: Request) -> Reply:
        op = request.op
        if self._ticks:
            self.tick()
        action = op.op.action
        resource = action.resource if action is not None else None
        if action is not None and action.kind in ("retrieve", "update", "delete"):
            request.bound["target"] = self._target(request, resource or "", action)
        bulk = op.op.bulk
        if bulk is not None and bulk.partial_success and isinstance(request.body, dict):
            return self._bulk(request, resource)
        taken_over = self._run_rules(request, per_item=False)
        if taken_over is not None:
            return self._reply(request, resource, taken_over(request))
        if action is None or action.kind == "none" or resource is None:
            return Reply(copy.deepcopy(op.success_example))
        return self._act(request, resource, action.kind)

    def _target(self, request: Request, resource: str, action: Any) -> dict[str, Any]:
        collection = self.store[resource]
        ref = action.target or _last_path_param(request.op.path)
        value = request.value(ref) if ref else None
        found = collection.find(
            request.tenant, action.by or collection.resource.id, value, deleted=action.restore
        )
        if found is None:
            raise MockError(self._not_found(request.op, collection.resource))
        return found

    def _not_found(self, op: CompiledOperation, resource: Resource) -> str:
        name = resource.not_found if resource.not_found in op.errors else op.first_error(404)
        return name or resource.not_found or "not_found"

    def _run_rules(self, request: Request, *, per_item: bool) -> Any:
        """Evaluate the rules of one scope in order; the action that takes over, if any."""
        taken_over = None
        plan = self._rule_plans.get((request.op.operation_id, per_item))
        if plan is None:
            plan = self._plan_rules(request.op, per_item)
        for rule, kind, fn in plan:
            if rule.when is not None and not self._applies(request, rule):
                continue
            request.rule = rule
            if kind == "declared":
                self._check(request, rule)
            elif kind == "check":
                fn(request)
            elif kind == "action" and taken_over is None:
                taken_over = fn
        request.rule = None
        return taken_over

    def _plan_rules(self, op: CompiledOperation, per_item: bool) -> list[tuple[Rule, str, Any]]:
        """The rules of one scope of ``op`` with what serves each (``declared``, or the
        plugin's kind and function), worked out once (kept in ``_rule_plans``); a plugin rule
        without an implementation is left out (the engine alone does not simulate it)."""
        plan: list[tuple[Rule, str, Any]] = []
        for rule in op.op.rules:
            if rule.per_item != per_item:
                continue
            if rule.declared:
                plan.append((rule, "declared", None))
                continue
            impl = self.plugin.get(rule.id) if self.plugin is not None else None
            if impl is not None:
                plan.append((rule, impl.kind, impl.fn))
        self._rule_plans[(op.operation_id, per_item)] = plan
        return plan

    def _applies(self, request: Request, rule: Rule) -> bool:
        when = rule.when
        if when is None:
            return True
        found = request.values(when.value)
        if when.present is not None:
            return bool(found) == when.present
        if when.equals is UNSET:
            return bool(found)
        return any(same(value, when.equals) for value in found)

    def _check(self, request: Request, rule: Rule) -> None:
        assert rule.error is not None
        if rule.exists is not None:
            check = rule.exists
            collection = self.store[check.in_]
            by = check.by or collection.resource.id
            for value in request.values(check.value):
                found = collection.find(request.tenant, by, value)
                if found is not None and (
                    not check.where
                    or all(_matches(found.get(k), expected) for k, expected in check.where.items())
                ):
                    if check.as_:
                        request.bound[check.as_] = found
                    continue
                self._fail(request, rule, value)
        elif rule.unique is not None:
            unique = rule.unique
            collection = self.store[unique.in_]
            by = unique.by or collection.resource.id
            target = request.bound.get("target")
            for value in request.values(unique.value):
                found = collection.find(request.tenant, by, value)
                if found is not None and found is not target:
                    self._fail(request, rule, value)
        elif rule.state is not None:
            guard = rule.state
            record = request.bound.get(guard.of)
            current = record.get(guard.field) if isinstance(record, dict) else None
            allowed = guard.in_ is None or _one_of(current, guard.in_)
            refused = guard.not_in is not None and _one_of(current, guard.not_in)
            if record is not None and (refused or not allowed):
                self._fail(request, rule, current, record)
        elif rule.sum is not None:
            total = 0.0
            parts = request.values(rule.sum.value.rsplit(".", 1)[0])
            leaf = rule.sum.value.rsplit(".", 1)[1]
            if not parts:
                return
            for part in parts:
                number = part.get(leaf, rule.sum.default) if isinstance(part, dict) else None
                if isinstance(number, (int, float)) and not isinstance(number, bool):
                    total += float(number)
            if not math.isclose(total, rule.sum.equals, abs_tol=1e-9):
                self._fail(request, rule, total)
        elif rule.scope:
            return  # checked with the credential (Policy.authorize)
        elif rule.account is not None and same(
            request.state.get(rule.account.field), rule.account.equals
        ):
            self._fail(request, rule, rule.account.equals)

    def _fail(self, request: Request, rule: Rule, value: Any, record: Any = None) -> NoReturn:
        assert rule.error is not None
        message = None
        if rule.message:
            values = {**(record or {}), "value": value}
            message = rule.message.format_map(_Blank(values))
        raise MockError(rule.error, message=message)

    # -- actions ------------------------------------------------------------------------------

    def _act(self, request: Request, resource: str, kind: str) -> Reply:
        op = request.op
        body = request.body if isinstance(request.body, dict) else {}
        res = self.spec.resources[resource]
        if res.request_case is not None:
            # Requests name the record's fields in another case (FriendlyName, ServiceSid).
            names = self._field_names(resource)
            path = {snake_case(k): v for k, v in request.path.items() if snake_case(k) in names}
            converted = {snake_case(k): v for k, v in body.items()}
            body = self._storable(
                resource, {**path, **converted} if kind == "create" else converted
            )
        target = request.bound.get("target")
        if kind == "create":
            record = request.create(resource, body)
            return self._reply(request, resource, record)
        if kind == "retrieve":
            return self._reply(request, resource, target)
        if kind == "update":
            assert target is not None
            self.update(resource, target, body)
            return self._reply(request, resource, target)
        if kind == "delete":
            assert target is not None
            res = self.spec.resources[resource]
            if res.soft_delete is not None:
                self.update(resource, target, {res.soft_delete.field: res.soft_delete.value})
            else:
                self.store[resource].delete(target[res.id])
            return self._reply(request, resource, target)
        return self._list(request, resource, op)

    def _list(self, request: Request, resource: str, op: CompiledOperation) -> Reply:
        collection = self.store[resource]
        res = collection.resource
        filterable = self._filterable(resource, op)
        declared = op.op.action.filter if op.op.action is not None else {}
        given = {**op.query_defaults, **request.query} if request.query else op.query_defaults
        filters = (
            {name: value for name, value in given.items() if name in filterable} if given else {}
        )
        if res.request_case is not None:  # the parent in the path: /Services/{ServiceSid}/…
            parents = {snake_case(k): v for k, v in request.path.items()}
            filters.update({k: v for k, v in parents.items() if k in filterable})
        soft = res.soft_delete
        wants_deleted = soft is not None and soft.field in filters
        # A declared filter whose reference names nothing lists no record.
        for name, ref in declared.items():
            filters[name] = request.value(ref, _NOTHING)
        records = collection.visible(request.tenant, deleted=wants_deleted)
        if filters:
            records = [r for r in records if all(same(r.get(k), v) for k, v in filters.items())]
        for key in reversed(res.order):
            records.sort(key=_by_field(key.field), reverse=key.desc)
        page, values = self._page(request, op, records)
        request.fields.update(values.pop("__fields__", {}))
        return self._reply(request, resource, None, items=page, page_values=values)

    def _filterable(self, resource: str, op: CompiledOperation) -> frozenset[str]:
        """Query parameters of a list operation that filter by a record field (not paging
        parameters, not declared filters), worked out once."""
        key = (resource, op.operation_id)
        found = self._filterables.get(key)
        if found is None:
            paging = op.op.pagination
            skip = {paging.page_param, paging.size_param, paging.cursor_param} if paging else set()
            fields = self.renderer.record_plan(resource)
            names = {name for name, _k, _d in fields.props} if fields else set()
            declared = op.op.action.filter if op.op.action is not None else {}
            found = frozenset(names - skip - set(declared))
            self._filterables[key] = found
        return found

    def _page(
        self, request: Request, op: CompiledOperation, records: list[dict[str, Any]]
    ) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        paging = op.op.pagination
        if paging is None:
            return records, {}
        defaults = op.query_defaults
        size_name = paging.size_param or ""
        size = int(request.query.get(size_name, defaults.get(size_name, DEFAULT_PAGE_SIZE)))
        size = max(size, 1)
        total = len(records)
        values: dict[str, Any] = {}
        if paging.style == "cursor":
            cursor = request.query.get(paging.cursor_param or "")
            start = 0
            if cursor is not None:
                start = _cursor_position(records, cursor, self.store)
            page = records[start : start + size]
            more = start + size < total
            values[paging.next_cursor or ""] = _cursor(page[-1]) if more and page else None
            values[paging.has_more or ""] = more
        else:
            page_name = paging.page_param or ""
            first = paging.first_page
            number = int(request.query.get(page_name, defaults.get(page_name, first)))
            start = max(0, (number - first) * size)
            page = records[start : start + size]
            pages = (total + size - 1) // size
            values[paging.total_pages or ""] = pages
            if paging.next_link:
                more = start + size < total and bool(page_name) and bool(size_name)
                link = self._page_link(request, {size_name: size, page_name: number + 1})
                values[paging.next_link] = link if more else None
            values["__fields__"] = {page_name: number, size_name: size}
        if paging.total_items:
            values[paging.total_items] = total
        return page, values

    def _page_link(self, request: Request, query: dict[str, Any]) -> str:
        """The absolute URL of another page of this listing, on the server that answered (the
        mock's own address, as the vendor's links name the vendor); the spec's server URL
        when the request named no host."""
        from urllib.parse import quote, urlencode

        path = request.op.path
        for name, value in request.path.items():
            path = path.replace("{" + name + "}", quote(str(value), safe=""))
        host = request.headers.get("host")
        if host:  # the mock serves every operation under the spec's server path
            scheme = request.headers.get("x-forwarded-proto", "http")
            base = f"{scheme}://{host}{self.spec.server_path}"
        else:
            servers = request.op.op.raw.get("servers") or self.spec.doc.get("servers") or []
            base = str(servers[0]["url"]).rstrip("/") if servers else ""
        return f"{base}{path}?{urlencode(query)}"

    def _storable(self, resource: str, values: dict[str, Any]) -> dict[str, Any]:
        """The converted request values the record's schema accepts: a vendor's request schema
        can allow what its resource schema refuses (any text for a ``format: uri`` field), and
        the mock never answers a record that breaks its own schema."""
        kept = {}
        for name, value in values.items():
            validator = self._field_validator(resource, name)
            if validator is None or validator.is_valid(value):
                kept[name] = value
        return kept

    def _field_validator(self, resource: str, name: str) -> Any:
        key = (resource, name)
        if key not in self._field_validators:
            schema = self.renderer.field_schema(resource, name)
            self._field_validators[key] = (
                compile_validator(schema, self.spec.doc, formats=True) if schema else None
            )
        return self._field_validators[key]

    def _field_names(self, resource: str) -> set[str]:
        plan = self.renderer.record_plan(resource)
        return {name for name, _kind, _detail in plan.props} if plan is not None else set()

    # -- bulk ---------------------------------------------------------------------------------

    def _bulk(self, request: Request, resource: str | None) -> Reply:
        op = request.op
        bulk = op.op.bulk
        assert bulk is not None
        taken_over = self._run_rules(request, per_item=False)
        items = request.body.get(bulk.items)
        errors: list[dict[str, Any]] = []
        accepted = 0
        for index, sent, usable, example, message in self.check_items(request.op, items):
            request.item, request.sent, request.index = usable, sent, index
            if example is None and message is None:
                try:
                    item_action = self._run_rules(request, per_item=True)
                    if item_action is not None:
                        outcome = item_action(request)
                    elif taken_over is None and resource is not None:
                        outcome = request.create(resource, usable)
                    else:
                        outcome = True
                except MockError as error:
                    example = error.example
                    message = error.message
                else:
                    accepted += int(outcome is not False)
                    continue
            errors.append(self.bulk_error(request, index, sent, example, message))
        request.item = request.sent = request.index = None
        request.fields[bulk.errors] = errors
        if taken_over is not None:  # a whole-request action sees every item's outcome
            result = taken_over(request)
            if isinstance(result, dict):
                request.fields.update(result)
        if bulk.accepted_count:
            request.fields.setdefault(bulk.accepted_count, accepted)
        if bulk.failed_count:
            request.fields.setdefault(bulk.failed_count, len(errors))
        if bulk.max_errors:
            request.fields[bulk.errors] = errors[: bulk.max_errors]
        return self._reply(request, resource, None)

    def check_items(
        self, op: CompiledOperation, items: Any
    ) -> Iterator[tuple[int, Any, dict[str, Any], str | None, str | None]]:
        """(index, item as sent, usable item, error example, message) per bulk item; the item
        failed when either of the last two is set.

        A non-object item fails like an empty object. A violation the spec maps to no code
        fails the item when the field is required (with the code of that field's absence and
        the violation's text); on an optional field (wrongly typed) it does not: the field is
        left out of the usable item, and the item is checked again (a mapped violation behind
        it still fails it)."""
        schema = op.item_schema
        checker = self.compiled.checker
        validator = op.item_validator
        required = set(self.spec.resolve(schema or {}).get("required") or [])
        for index, item in enumerate(items if isinstance(items, list) else []):
            if not isinstance(item, dict):
                violation = checker.first_violation(schema, {})
                text = None if violation and violation.error else "item must be an object"
                yield index, item, {}, violation.error if violation else None, text
                continue
            usable = item
            example = message = None
            while validator is not None and not validator.is_valid(usable):
                violation = checker.first_violation(schema, usable)
                if violation is None:
                    message = next(iter(validator.iter_errors(usable))).message
                    break
                name = violation.path[0] if violation.path else None
                if violation.error is not None:
                    example = violation.error
                    break
                if violation.keyword == "required" or name not in usable or name in required:
                    # An unusable required field reads as a missing one: that documented code,
                    # with the text of what is actually wrong.
                    without = {k: v for k, v in usable.items() if k != name}
                    missing = checker.first_violation(schema, without)
                    example = missing.error if missing is not None else None
                    message = violation.message
                    break
                usable = {k: v for k, v in usable.items() if k != name}
            yield index, item, usable, example, message

    def bulk_error(
        self, request: Request, index: int, item: Any, example: str | None, message: str | None
    ) -> Any:
        """One in-band failure, laid out as the operation's ``x-bulk.error-item`` says."""
        bulk = request.op.op.bulk
        assert bulk is not None
        spec = self.spec
        body = (spec.examples.get(example) or {}).get("value") if example else None
        code = spec.error_code(body)
        text = message if message is not None else spec.error_message(body) or "invalid item"
        if bulk.match_field is not None:
            return item.get(bulk.match_field) if isinstance(item, dict) else None
        entry: dict[str, Any] = {}
        for key, source in bulk.layout.items():
            if source == "$index":
                entry[key] = index
            elif source == "$code":
                entry[key] = code
            elif source == "$message":
                entry[key] = text
            elif isinstance(source, str) and source.startswith("$item."):
                value = item.get(source[6:]) if isinstance(item, dict) else None
                entry[key] = value if isinstance(value, str) else None
            else:
                entry[key] = source
        return entry

    # -- answers ------------------------------------------------------------------------------

    def _reply(
        self,
        request: Request,
        resource: str | None,
        result: Any,
        *,
        items: list[dict[str, Any]] | None = None,
        page_values: dict[str, Any] | None = None,
    ) -> Reply:
        if isinstance(result, Reply):
            return result
        record = None
        if isinstance(result, dict) and resource is not None and result.get(SEQ) is not None:
            record = result
        elif isinstance(result, dict):
            request.fields.update(result)
        envelope_id = self.spec.envelope.request_id
        if envelope_id and "." not in envelope_id:  # an answer that has the field carries it
            request.fields.setdefault(envelope_id, request.request_id)
        op = request.op.op
        rendered_record = self.render(resource, record) if record and resource else None
        body = self.renderer.answer(
            op,
            resource=resource,
            record=rendered_record,
            items=[self.render(resource, r) for r in items] if items and resource else items,
            fields=request.fields,
            query=request.query,
        )
        if page_values:
            set_page_fields(body, page_values)
        return Reply(body)


def _stamp_request_id(body: Any, path: str | None, request_id: str) -> None:
    """Put the request's id in a success answer's request-id field (the error envelope's
    ``request_id``), when the answer has that field."""
    if not path or not isinstance(body, dict):
        return
    *parents, leaf = path.split(".")
    for name in parents:
        body = body.get(name)
        if not isinstance(body, dict):
            return
    if leaf in body:
        body[leaf] = request_id


_NOTHING: Any = object()
"""A filter value no record field equals."""


class _Blank(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


_UNMAPPED: str | None = None
"""An item violation the spec maps to no code (reported with the generic message)."""


def _missing() -> Any:
    from .render import _MISSING

    return _MISSING


def _one_of(value: Any, options: Any) -> bool:
    """Whether ``value`` is ``same`` as one of ``options``."""
    for option in options:
        if value == option if type(value) is type(option) else same(value, option):
            return True
    return False


def _matches(actual: Any, expected: Any) -> bool:
    if isinstance(expected, dict) and "not" in expected:
        return not same(actual, expected["not"])
    return same(actual, expected)


def _by_field(name: str) -> Callable[[dict[str, Any]], tuple[int, Any]]:
    if name == "$created":
        return lambda record: (1, record[SEQ])
    return lambda record: _sortable(record.get(name))


def _sortable(value: Any) -> tuple[int, Any]:
    if value is None:
        return (0, 0)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (1, value)
    return (2, str(value))


def _last_path_param(path: str) -> str | None:
    names = [part[1:-1] for part in path.split("/") if part.startswith("{")]
    return f"path.{names[-1]}" if names else None


def _uuid(rng: random.Random) -> str:
    import uuid

    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _cursor(record: dict[str, Any]) -> str:
    import base64

    return base64.urlsafe_b64encode(str(record[SEQ]).encode()).decode().rstrip("=")


def _cursor_position(records: list[dict[str, Any]], cursor: str, store: Store) -> int:
    """Where the page after ``cursor`` starts (past the end for a cursor that names no
    record: an empty last page)."""
    import base64
    import binascii

    try:
        seq = int(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode())
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return len(records)
    for position, record in enumerate(records):
        if record[SEQ] == seq:
            return position + 1
    return len(records)


__all__ = ["TENANT", "Engine", "Request"]
