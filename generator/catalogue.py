"""The error catalogue of a spec: every documented error, derived from the spec alone.

An entry is one error identity (the code, or the example name for providers without codes)
at one HTTP status. It records the default message (and any variants), the description, the
operations that return it, the operations that report it per item in a bulk response, and
what triggers it: a schema constraint mapped by ``x-error-codes``, a rule from ``x-rules``, a
credential problem (``x-auth-errors``), the payload limit or a rate limit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .extensions import Bulk, RateLimit
from .specmodel import ErrorExample, Operation, Spec


@dataclass
class Trigger:
    """What makes the provider return an error."""

    kind: str  # constraint | rule | auth | payload-limit | rate-limit | capacity | sandbox
    description: str
    operation: str | None = None
    location: str | None = None
    keyword: str | None = None
    value: Any = None

    def as_dict(self) -> dict[str, Any]:
        data = {
            "kind": self.kind,
            "description": self.description,
            "operation": self.operation,
            "location": self.location,
            "keyword": self.keyword,
            "value": self.value,
        }
        return {k: v for k, v in data.items() if v is not None}


@dataclass
class Entry:
    """One error identity at one status (``status`` is ``None`` for per-item-only errors)."""

    id: str
    code: str | None
    status: int | None
    type: str | None = None
    title: str | None = None
    message: str = ""
    message_documented: bool = True
    messages: list[str] = field(default_factory=list)
    description: str = ""
    curation: str = ""
    """The examples' ``x-curation`` notes (how the contract reads the vendor's pages); shown
    in the docs, never in generated code."""
    convention: bool = False
    examples: list[str] = field(default_factory=list)
    operations: list[str] = field(default_factory=list)
    in_band_operations: list[str] = field(default_factory=list)
    triggers: list[Trigger] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, int]:
        return (self.id, self.status if self.status is not None else 0)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "code": self.code,
            "status": self.status,
            "type": self.type,
            "title": self.title,
            "message": self.message,
            "message_documented": self.message_documented,
            "messages": self.messages,
            "description": self.description,
            "curation": self.curation,
            "convention": self.convention,
            "examples": self.examples,
            "operations": self.operations,
            "in_band_operations": self.in_band_operations,
            "triggers": [t.as_dict() for t in self.triggers],
        }


@dataclass
class Catalogue:
    api: str
    title: str
    has_codes: bool
    envelope: dict[str, Any]
    entries: list[Entry]

    def as_dict(self) -> dict[str, Any]:
        return {
            "api": self.api,
            "title": self.title,
            "has_codes": self.has_codes,
            "envelope": self.envelope,
            "errors": [entry.as_dict() for entry in self.entries],
        }

    def by_id(self) -> dict[str, list[Entry]]:
        """Entries grouped by error id, in catalogue order."""
        grouped: dict[str, list[Entry]] = {}
        for entry in self.entries:
            grouped.setdefault(entry.id, []).append(entry)
        return grouped


def _add_unique(items: list[Any], value: Any) -> None:
    if value not in items:
        items.append(value)


def _constraint_value(spec: Spec, prop: Any, keyword: str) -> Any:
    for node in _chain(spec, prop):
        if keyword in node:
            value = node[keyword]
            return value if isinstance(value, (str, int, float, bool)) else None
    return None


def _chain(spec: Spec, node: Any) -> list[dict[str, Any]]:
    chain = []
    seen: set[str] = set()
    while isinstance(node, dict):
        chain.append(node)
        ref = node.get("$ref")
        if not isinstance(ref, str) or ref in seen:
            break
        seen.add(ref)
        node = spec.resolve({"$ref": ref})
    return chain


def _rate_text(rate: RateLimit) -> str:
    count = rate.requests
    window = rate.per_seconds
    scope = f" per {rate.scope}" if rate.scope else ""
    note = " (a superseded limit, enforced by the mock only on request)" if rate.superseded else ""
    if count is None:
        return (
            f"more requests than the documented limit per {window} s{scope} (number not published)"
        )
    return f"more than {count} requests per {window} s{scope}{note}"


def _describe(keyword: str, location: str, value: Any) -> str:
    field_name = location or "the body"
    texts = {
        "required": f"{field_name} is missing",
        "pattern": f"{field_name} does not match {value}",
        "maxLength": f"{field_name} is longer than {value} characters",
        "minLength": f"{field_name} is shorter than {value} characters",
        "maxItems": f"{field_name} has more than {value} items",
        "minItems": f"{field_name} has fewer than {value} items",
        "maximum": f"{field_name} is greater than {value}",
        "minimum": f"{field_name} is less than {value}",
        "enum": f"{field_name} is not one of the allowed values",
        "const": f"{field_name} is not {value}",
        "type": f"{field_name} has the wrong type",
        "x-max-bytes": f"{field_name} is larger than {value} bytes",
    }
    return texts.get(keyword, f"{field_name} violates {keyword}")


class _Builder:
    def __init__(self, spec: Spec, api: str) -> None:
        self.spec = spec
        self.api = api
        self.entries: dict[tuple[str, int], Entry] = {}

    def entry_for(self, name: str, status: int | None, body: Any, meta: ErrorExample) -> Entry:
        spec = self.spec
        error_id = spec.error_id(name, body)
        key = (error_id, status if status is not None else 0)
        entry = self.entries.get(key)
        message = spec.error_message(body) or ""
        if entry is None:
            entry = Entry(
                id=error_id,
                code=spec.error_code(body),
                status=status,
                type=spec.error_field(body, "type"),
                title=spec.error_field(body, "title"),
                message=message,
                message_documented=meta.message_documented,
                description=meta.description,
                convention=meta.convention,
            )
            self.entries[key] = entry
        _add_unique(entry.examples, name)
        note = meta.curation
        if note and note not in entry.curation:
            entry.curation = f"{entry.curation}\n\n{note}".strip()
        if message:
            _add_unique(entry.messages, message)
        return entry

    def build(self) -> list[Entry]:
        spec = self.spec
        for op in spec.operations:
            for example in op.iter_error_examples():
                meta = spec.named_example(example.name) or example
                entry = self.entry_for(example.name, example.status, example.value, meta)
                _add_unique(entry.operations, op.operation_id)
        for op in spec.operations:
            self._add_bulk(op)
            self._add_constraints(op)
            self._add_rules(op)
        self._add_global_triggers()
        return sorted(self.entries.values(), key=lambda e: (e.id, e.key[1]))

    def _lookup(self, op: Operation, example_name: str) -> Entry | None:
        example = op.error_examples.get(example_name)
        if example is not None:
            return self.entries.get(
                (self.spec.error_id(example_name, example.value), example.status)
            )
        return None

    def _global_example(self, name: str) -> tuple[Any, ErrorExample] | None:
        meta = self.spec.named_example(name)
        return (meta.value, meta) if meta is not None else None

    def _add_bulk(self, op: Operation) -> None:
        bulk = op.bulk
        if bulk is None or not op.in_band_items:
            return
        names: list[str] = []
        for site in self.spec.sites(op.request_schema):
            if site.in_items:
                names.extend(site.mapping.values())
        for code in self._item_codes(op, bulk):
            names.extend(
                n
                for n, meta in self.spec.examples.items()
                if self.spec.error_code(meta.get("value")) == code
            )
        for name in dict.fromkeys(names):
            found = self._global_example(name)
            if found is None:
                continue
            body, meta = found
            error_id = self.spec.error_id(name, body)
            matches = [e for e in self.entries.values() if e.id == error_id]
            if not matches:
                matches = [self.entry_for(name, None, body, meta)]
            for entry in matches:
                _add_unique(entry.in_band_operations, op.operation_id)

    def _item_codes(self, op: Operation, bulk: Bulk) -> list[str]:
        """Codes the success response's per-item error schema enumerates."""
        success = op.responses.get(str(op.success_status)) or {}
        media = (success.get("content") or {}).get("application/json") or {}
        schema = self.spec.resolve(media.get("schema") or {})
        errors = self.spec.resolve((schema.get("properties") or {}).get(bulk.errors, {}))
        item = self.spec.resolve(errors.get("items") or {})
        code_field = self.spec.envelope.code
        if not code_field:
            return []
        code_schema = self.spec.resolve((item.get("properties") or {}).get(code_field) or {})
        return [str(c) for c in code_schema.get("enum") or []]

    def _add_constraints(self, op: Operation) -> None:
        if op.request_schema is None:
            return
        for site in self.spec.sites(op.request_schema):
            location, prop, in_item = site.location, site.schema, site.in_items
            for keyword, name in site.mapping.items():
                value = _constraint_value(self.spec, prop, keyword)
                trigger = Trigger(
                    kind="constraint",
                    description=_describe(keyword, location, value)
                    + (" (reported per item)" if in_item and op.in_band_items else ""),
                    operation=op.operation_id,
                    location=f"body.{location}" if location else "body",
                    keyword=keyword,
                    value=value,
                )
                entry = self._lookup(op, name)
                if entry is None:
                    found = self._global_example(name)
                    if found is None:
                        continue
                    body, _meta = found
                    error_id = self.spec.error_id(name, body)
                    candidates = [e for e in self.entries.values() if e.id == error_id]
                    entry = candidates[0] if candidates else None
                if entry is not None and trigger not in entry.triggers:
                    entry.triggers.append(trigger)
        for param in op.params:
            for keyword, name in param.error_codes.items():
                entry = self._lookup(op, name)
                value = _constraint_value(self.spec, param.schema, keyword)
                location = f"{param.location}.{param.name}"
                if entry is not None:
                    entry.triggers.append(
                        Trigger(
                            kind="constraint",
                            description=_describe(keyword, location, value),
                            operation=op.operation_id,
                            location=location,
                            keyword=keyword,
                            value=value,
                        )
                    )

    def _add_rules(self, op: Operation) -> None:
        self._add_not_found(op)
        gate = op.required_product
        if gate is not None:
            entry = self._lookup(op, gate.error)
            if entry is not None:
                text = f"the account does not have the {gate.product} product"
                entry.triggers.append(
                    Trigger(kind="rule", description=text, operation=op.operation_id)
                )
        for rule in op.rules:
            if rule.error is None:
                continue
            entry = self._lookup(op, rule.error)
            if entry is None:
                found = self._global_example(rule.error)
                if found is None:
                    continue
                body, _ = found
                error_id = self.spec.error_id(rule.error, body)
                candidates = [e for e in self.entries.values() if e.id == error_id]
                if not candidates:
                    continue
                entry = candidates[0]
            entry.triggers.append(
                Trigger(kind="rule", description=rule.rule, operation=op.operation_id)
            )

    def _add_not_found(self, op: Operation) -> None:
        """The not-found answer of an operation addressing one record (``x-action``)."""
        action = op.action
        if action is None or action.kind not in ("retrieve", "update", "delete"):
            return
        resource = self.spec.resources.get(action.resource or "")
        if resource is None:
            return
        examples = op.error_examples
        name = resource.not_found if resource.not_found in examples else None
        name = name or next((n for n, e in examples.items() if e.status == 404), None)
        entry = self._lookup(op, name) if name else None
        names = [part[1:-1] for part in op.path.split("/") if part.startswith("{")]
        target = action.target or (f"path.{names[-1]}" if names else None)
        if entry is None or target is None:
            return
        owner = "the account's " if resource.tenant else ""
        text = f"`{target.split('.')[-1]}` must name a record of {owner}{action.resource}"
        entry.triggers.append(Trigger(kind="rule", description=text, operation=op.operation_id))

    def _add_global_triggers(self) -> None:
        spec = self.spec
        errors = spec.auth.auth_errors if spec.auth is not None else None
        auth = [
            ("the credential is missing", errors.missing if errors else None),
            ("the credential is unknown, malformed or revoked", errors.invalid if errors else None),
            (
                "the key lacks a scope the operation needs",
                errors.insufficient_scope if errors else None,
            ),
        ]
        for text, name in auth:
            for entry in self._entries_for_example(name or ""):
                entry.triggers.append(Trigger(kind="auth", description=text))
        limit = spec.payload_limit
        if limit is not None:
            for entry in self._entries_for_example(limit.error):
                entry.triggers.append(
                    Trigger(
                        kind="payload-limit",
                        description=f"the request body is larger than {limit.bytes} bytes",
                        value=limit.bytes,
                    )
                )
        capacity = spec.capacity
        if capacity is not None:
            for entry in self._entries_for_example(capacity.error):
                entry.triggers.append(
                    Trigger(
                        kind="capacity",
                        description=(
                            f"the request would take the account's pending messages over "
                            f"{capacity.max_pending}"
                        ),
                        value=capacity.max_pending,
                    )
                )
        sources: list[tuple[str | None, RateLimit | None]] = [(None, spec.rate_limit)]
        sources += [(op.operation_id, op.own_rate_limit) for op in spec.operations]
        for operation, rate in sources:
            if rate is None:
                continue
            for entry in self._entries_for_example(rate.error):
                trigger = Trigger(
                    kind="rate-limit",
                    description=_rate_text(rate),
                    operation=operation,
                )
                if trigger not in entry.triggers:
                    entry.triggers.append(trigger)

    def _entries_for_example(self, name: str) -> list[Entry]:
        found = self._global_example(name)
        if found is None:
            return []
        body, _ = found
        error_id = self.spec.error_id(name, body)
        return [e for e in self.entries.values() if e.id == error_id and name in e.examples]


def build_catalogue(api: str, document: dict[str, Any]) -> Catalogue:
    """Derive the error catalogue of ``api`` from its bundled document."""
    spec = Spec(document)
    entries = _Builder(spec, api).build()
    env = spec.envelope
    return Catalogue(
        api=api,
        title=str((document.get("info") or {}).get("title", api)),
        has_codes=env.code is not None,
        envelope={k: v for k, v in env.__dict__.items() if v is not None},
        entries=entries,
    )
