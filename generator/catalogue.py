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

from .specmodel import Operation, Spec


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


def _rate_text(rate: dict[str, Any]) -> str:
    count = rate.get("requests")
    window = rate.get("per-seconds")
    scope = f" per {rate['scope']}" if rate.get("scope") else ""
    if count is None:
        return (
            f"more requests than the documented limit per {window} s{scope} (number not published)"
        )
    return f"more than {count} requests per {window} s{scope}"


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

    def entry_for(self, name: str, status: int | None, body: Any, meta: dict[str, Any]) -> Entry:
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
                message_documented=meta.get("x-message-documented", True) is not False,
                description=str(meta.get("description", "")).strip(),
                convention=bool(meta.get("x-convention", False)),
            )
            self.entries[key] = entry
        _add_unique(entry.examples, name)
        note = str(meta.get("x-curation") or "").strip()
        if note and note not in entry.curation:
            entry.curation = f"{entry.curation}\n\n{note}".strip()
        if message:
            _add_unique(entry.messages, message)
        return entry

    def build(self) -> list[Entry]:
        spec = self.spec
        for op in spec.operations:
            for example in op.iter_error_examples():
                meta = spec.resolve({"$ref": f"#/components/examples/{example.name}"})
                if not isinstance(meta, dict) or "value" not in meta:
                    meta = {
                        "description": example.description,
                        "x-message-documented": example.message_documented,
                        "x-convention": example.convention,
                    }
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

    def _global_example(self, name: str) -> tuple[Any, dict[str, Any]] | None:
        meta = self.spec.examples.get(name)
        if not isinstance(meta, dict) or "value" not in meta:
            return None
        return meta["value"], meta

    def _add_bulk(self, op: Operation) -> None:
        bulk = op.ext("x-bulk")
        if not bulk or not op.in_band_items:
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

    def _item_codes(self, op: Operation, bulk: dict[str, Any]) -> list[str]:
        """Codes the success response's per-item error schema enumerates."""
        success = op.responses.get(str(op.success_status)) or {}
        media = (success.get("content") or {}).get("application/json") or {}
        schema = self.spec.resolve(media.get("schema") or {})
        errors = self.spec.resolve((schema.get("properties") or {}).get(bulk.get("errors"), {}))
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
        for param in op.parameters:
            for keyword, name in (param.get("x-error-codes") or {}).items():
                entry = self._lookup(op, name)
                value = _constraint_value(self.spec, param.get("schema"), keyword)
                location = f"{param['in']}.{param['name']}"
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
        gate = op.ext("x-required-product")
        if isinstance(gate, dict) and gate.get("error"):
            entry = self._lookup(op, gate["error"])
            if entry is not None:
                text = f"the account does not have the {gate.get('product')} product"
                entry.triggers.append(
                    Trigger(kind="rule", description=text, operation=op.operation_id)
                )
        for rule in op.ext("x-rules") or []:
            entry = self._lookup(op, rule.get("error", ""))
            if entry is None:
                found = self._global_example(rule.get("error", ""))
                if found is None:
                    continue
                body, _ = found
                error_id = self.spec.error_id(rule["error"], body)
                candidates = [e for e in self.entries.values() if e.id == error_id]
                if not candidates:
                    continue
                entry = candidates[0]
            entry.triggers.append(
                Trigger(
                    kind="rule", description=str(rule.get("rule", "")), operation=op.operation_id
                )
            )

    def _add_global_triggers(self) -> None:
        spec = self.spec
        scheme = spec.security_scheme or {}
        auth = scheme.get("x-auth-errors") or {}
        texts = {
            "missing": "the credential is missing",
            "invalid": "the credential is unknown, malformed or revoked",
        }
        for kind, name in auth.items():
            for entry in self._entries_for_example(name):
                entry.triggers.append(Trigger(kind="auth", description=texts.get(kind, kind)))
        limit = spec.doc.get("x-payload-limit") or {}
        if limit:
            for entry in self._entries_for_example(limit.get("error", "")):
                entry.triggers.append(
                    Trigger(
                        kind="payload-limit",
                        description=f"the request body is larger than {limit['bytes']} bytes",
                        value=limit["bytes"],
                    )
                )
        capacity = spec.doc.get("x-capacity") or {}
        if capacity.get("error"):
            for entry in self._entries_for_example(capacity["error"]):
                entry.triggers.append(
                    Trigger(
                        kind="capacity",
                        description=(
                            f"the request would take the account's pending messages over "
                            f"{capacity.get('max-pending')}"
                        ),
                        value=capacity.get("max-pending"),
                    )
                )
        sources = [(None, spec.doc.get("x-rate-limit"))] + [
            (op.operation_id, op.ext("x-rate-limit")) for op in spec.operations
        ]
        for operation, rate in sources:
            if not rate:
                continue
            for entry in self._entries_for_example(rate.get("error", "")):
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
