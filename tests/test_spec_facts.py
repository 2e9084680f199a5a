"""The bundled specs hold every fact transcribed from the vendor docs in tests/facts/."""

from __future__ import annotations

import importlib
import pkgutil
import re
from typing import Any

import pytest

import tests.facts as facts_pkg
from generator.specmodel import Operation, Spec
from tests.conftest import spec_of
from tests.facts import ErrorFact, LimitFact

_MODULES = [
    importlib.import_module(f"tests.facts.{info.name}")
    for info in pkgutil.iter_modules(facts_pkg.__path__)
]
ERROR_FACTS = [(m.API, fact) for m in _MODULES for fact in m.ERRORS]
LIMIT_FACTS = [(m.API, fact) for m in _MODULES for fact in m.LIMITS]


def _fact_id(item: Any) -> str:
    if isinstance(item, ErrorFact):
        return f"{item.operation_id}-{item.status}-{item.code}"
    if isinstance(item, LimitFact):
        return f"{item.operation_id}-{item.location}-{item.keyword}"
    return str(item)


@pytest.mark.parametrize(("api", "fact"), ERROR_FACTS, ids=[_fact_id(f) for _, f in ERROR_FACTS])
def test_documented_error_is_in_spec(api: str, fact: ErrorFact) -> None:
    spec = spec_of(api)
    op = spec.operation(fact.operation_id)
    matches = [
        ex
        for ex in op.iter_error_examples()
        if ex.status == fact.status and spec.error_id(ex.name, ex.value) == fact.code
    ]
    assert matches, f"{fact.operation_id} documents no {fact.status} {fact.code}"
    if fact.message is not None:
        messages = {spec.error_message(ex.value) for ex in matches}
        assert fact.message in messages, f"documented message {fact.message!r} not in {messages}"


def _schema_at(
    spec: Spec, op: Operation, location: str
) -> tuple[dict[str, Any], dict[str, Any] | None, str]:
    """Return (schema at location, parent object schema, last field name)."""
    kind, _, rest = location.partition(".")
    if kind in ("query", "path", "header"):
        for param in op.parameters:
            if param["in"] == kind and param["name"] == rest:
                parent = {"required": [rest] if param.get("required") else []}
                return _merged(spec, param["schema"]), parent, rest
        raise AssertionError(f"{op.operation_id} has no {kind} parameter {rest}")
    assert kind == "body", location
    schema = _merged(spec, op.request_schema)
    parent: dict[str, Any] | None = None
    name = ""
    for token in re.findall(r"[^.\[\]]+|\[\]", rest):
        if token == "[]":
            schema = _merged(spec, schema["items"])
            continue
        props = schema.get("properties") or {}
        assert token in props, f"{op.operation_id}: no field {token} in {location}"
        parent, name, schema = schema, token, _merged(spec, props[token])
    return schema, parent, name


def _merged(spec: Spec, schema: Any) -> dict[str, Any]:
    """Resolve refs and fold allOf members, so keywords can be looked up in one place."""
    node = spec.resolve(schema)
    merged = {k: v for k, v in node.items() if k != "allOf"}
    for member in node.get("allOf", []):
        for key, value in _merged(spec, member).items():
            merged.setdefault(key, value)
    return merged


@pytest.mark.parametrize(("api", "fact"), LIMIT_FACTS, ids=[_fact_id(f) for _, f in LIMIT_FACTS])
def test_documented_limit_is_a_schema_constraint(api: str, fact: LimitFact) -> None:
    spec = spec_of(api)
    op = spec.operation(fact.operation_id)
    schema, parent, name = _schema_at(spec, op, fact.location)
    if fact.keyword == "required":
        assert parent is not None
        assert (name in (parent.get("required") or [])) is fact.value, (
            f"{fact.location} required-ness"
        )
    else:
        assert fact.keyword in schema, f"{fact.location} has no {fact.keyword}: {schema}"
        assert schema[fact.keyword] == fact.value
