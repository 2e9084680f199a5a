"""Requests that trigger documented errors, derived from the spec where possible.

* Constraint errors: a documented valid request of the operation is mutated to break exactly
  one ``x-error-codes`` mapping (the ordered checker confirms the mutation is reported as the
  expected error before anything is sent).
* Credential errors (``x-auth-errors``), the payload limit and rate limits: built generically.
* Everything else (business rules): per-API scenarios in ``tests/scenarios/<api>.py``.
* Errors with no client-controllable trigger (5xx): ``Prefer: example=…``, each listed with
  its reason in the scenario module's ``INJECTED``.
"""

from __future__ import annotations

import copy
import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from generator.constraints import ConstraintChecker, json_size
from generator.mock.patterns import generate
from generator.specmodel import Operation, Spec


@dataclass
class Trigger:
    """One request expected to produce error ``example`` (status and body from the spec)."""

    example: str
    operation_id: str
    method: str
    path: str
    how: str
    body: Any = None
    raw_body: bytes | None = None
    query: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    role: str = "default"
    in_band: bool = False
    setup: Any = None
    rule: str | None = None
    """The ``x-rules`` id this request exercises (rule tests are keyed by it)."""

    def describe(self) -> str:
        return f"{self.example} via {self.operation_id} ({self.how})"


def _json_pointer_tokens(location: str) -> list[str]:
    return re.findall(r"[^.\[\]]+|\[\]", location)


def base_body(spec: Spec, op: Operation) -> Any:
    """A documented valid request body of ``op``: its first request example, else the
    request schema's first ``examples`` entry."""
    body = op.request_body or {}
    for media in (body.get("content") or {}).values():
        for example in (media.get("examples") or {}).values():
            value = spec.resolve(example).get("value")
            if value is not None:
                return copy.deepcopy(value)
        schema = spec.resolve(media.get("schema") or {})
        if schema.get("examples"):
            return copy.deepcopy(schema["examples"][0])
    return None


def sample_path(spec: Spec, op: Operation, overrides: dict[str, Any] | None = None) -> str | None:
    """``op.path`` with documented example values for its path parameters."""
    path = op.path
    for param in op.parameters:
        if param["in"] != "path":
            continue
        value = (overrides or {}).get(param["name"])
        if value is None:
            value = param.get("example")
        if value is None:
            schema = spec.resolve(param.get("schema") or {})
            examples = param.get("examples") or {}
            if isinstance(examples, dict) and examples:
                value = spec.resolve(next(iter(examples.values()))).get("value")
            elif schema.get("examples"):
                value = schema["examples"][0]
            elif isinstance(schema.get("pattern"), str):  # a vendor's id format, say
                value = generate(schema["pattern"], random.Random(param["name"]))
            elif schema.get("type") == "string" and not {"enum", "format"} & schema.keys():
                value = "sample".ljust(int(schema.get("minLength", 0)), "0")  # any text will do
        if value is None:
            return None
        from urllib.parse import quote

        path = path.replace("{" + param["name"] + "}", quote(str(value), safe=""))
    return path


def _mutations(schema: dict[str, Any], keyword: str, current: Any, sibling: Any) -> Iterator[Any]:
    """Candidate values of a field that break ``keyword`` of its (resolved) ``schema``."""
    if keyword == "maxLength":
        yield "9" * (int(schema["maxLength"]) + 1)
        yield "x" * (int(schema["maxLength"]) + 1)
    elif keyword == "minLength":
        yield ""
    elif keyword == "pattern":
        yield from ("not-valid", "", "12345", "+0", "x y", "###")
    elif keyword == "maxItems":
        item = sibling if sibling is not None else {}
        yield [copy.deepcopy(item) for _ in range(int(schema["maxItems"]) + 1)]
    elif keyword == "minItems":
        yield []
    elif keyword == "type":
        yield from (12345, "not-a-number", {"unexpected": "object"}, ["list"], True)
    elif keyword in ("enum", "const"):
        yield from ("definitely-not-allowed", 987654321, True)
    elif keyword == "minimum":
        yield schema["minimum"] - 1
    elif keyword == "maximum":
        yield schema["maximum"] + 1
    elif keyword == "exclusiveMinimum":
        yield schema["exclusiveMinimum"]
    elif keyword == "exclusiveMaximum":
        yield schema["exclusiveMaximum"]
    elif keyword == "format":
        yield "not-formatted"
    elif keyword == "x-max-bytes":
        yield None  # handled by padding the object itself


def _merged(spec: Spec, node: Any) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    seen: set[str] = set()
    while isinstance(node, dict):
        for key, value in node.items():
            merged.setdefault(key, value)
        ref = node.get("$ref")
        if not isinstance(ref, str) or ref in seen:
            break
        seen.add(ref)
        node = spec.resolve({"$ref": ref})
    merged.pop("$ref", None)
    return merged


class TriggerBuilder:
    """Builds constraint, auth, payload and rate-limit triggers for one spec."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.checker = ConstraintChecker(spec.doc)

    def constraint_triggers(self, path_overrides: dict[str, dict[str, Any]]) -> Iterator[Trigger]:
        for op in self.spec.operations:
            base = base_body(self.spec, op)
            path = sample_path(self.spec, op, path_overrides.get(op.operation_id))
            if path is None:
                continue
            bulk = op.bulk_schemas
            schema = bulk[0] if bulk else op.request_schema
            yield from self._param_triggers(op, path)
            if base is None or schema is None:
                continue
            for location, prop, keyword, example in self._mappings(op):
                trigger = self._violate(
                    op, path, schema, bulk, base, location, prop, keyword, example
                )
                if trigger is not None:
                    yield trigger

    def _param_triggers(self, op: Operation, path: str) -> Iterator[Trigger]:
        # Other required query parameters keep their documented example values, so only
        # the parameter under test is wrong.
        base = {
            p["name"]: p["example"]
            for p in op.parameters
            if p["in"] == "query" and p.get("required") and "example" in p
        }
        for typed, param in zip(op.params, op.parameters, strict=True):
            for keyword, example in typed.error_codes.items():
                schema = _merged(self.spec, typed.schema)
                for value in _mutations(schema, keyword, None, None):
                    violation = self.checker.first_violation(typed.schema, value)
                    if violation is None or violation.keyword != keyword:
                        continue
                    if param["in"] == "query":
                        yield Trigger(
                            example,
                            op.operation_id,
                            op.method,
                            path,
                            f"query {param['name']} breaks {keyword}",
                            body=None,
                            query={**base, param["name"]: value},
                        )
                    elif param["in"] == "path":
                        from urllib.parse import quote

                        new_path = (
                            re.sub(r"[^/]+$", quote(str(value), safe=""), path)
                            if op.path.endswith("}")
                            else path
                        )
                        yield Trigger(
                            example,
                            op.operation_id,
                            op.method,
                            new_path,
                            f"path {param['name']} breaks {keyword}",
                        )
                    break

    def _mappings(self, op: Operation) -> Iterator[tuple[str, dict[str, Any], str, str]]:
        """(location, property schema, keyword, example) for every x-error-codes entry."""
        seen: set[tuple[str, str, str]] = set()
        for site in self.spec.sites(op.request_schema):
            for keyword, example in site.mapping.items():
                if (site.location, keyword, example) not in seen:
                    seen.add((site.location, keyword, example))
                    yield site.location, site.schema, keyword, example

    def _violate(
        self,
        op: Operation,
        path: str,
        schema: Any,
        bulk: Any,
        base: Any,
        location: str,
        prop: dict[str, Any],
        keyword: str,
        example: str,
    ) -> Trigger | None:
        tokens = _json_pointer_tokens(location)
        in_band = bool(bulk) and "[]" in tokens and tokens[0] == op.in_band_items
        check_schema = bulk[1] if in_band else schema
        if in_band:
            items = base.get(tokens[0]) if isinstance(base, dict) else None
            if not items:
                return None
            instance = copy.deepcopy(items[0])
            inner = tokens[2:]
        else:
            instance = copy.deepcopy(base)
            inner = tokens
        parent, name = self._locate(instance, inner)
        if parent is None:
            return None
        resolved = _merged(self.spec, prop)
        candidates: list[Any] = []
        if keyword == "required":
            mutated = copy.deepcopy(instance)
            target, field_name = self._locate(mutated, inner)
            if target is None or field_name not in target:
                return None
            del target[field_name]
            candidates.append(mutated)
        elif keyword == "x-max-bytes":
            mutated = copy.deepcopy(instance)
            target, field_name = self._locate(mutated, inner)
            obj = (
                target[field_name]
                if target is not None and field_name is not None and field_name in target
                else mutated
            )
            if isinstance(obj, dict):
                pad_target = (
                    obj.get("custom_fields") if isinstance(obj.get("custom_fields"), dict) else obj
                )
                pad_target["padding"] = "x" * (
                    int(resolved["x-max-bytes"]) + 1 - json_size(obj) + 64
                )
                candidates.append(mutated)
        else:
            sibling = None
            current = parent.get(name) if isinstance(parent, dict) else None
            if keyword == "maxItems" and isinstance(current, list) and current:
                sibling = current[0]
            for value in _mutations(resolved, keyword, current, sibling):
                mutated = copy.deepcopy(instance)
                target, field_name = self._locate(mutated, inner)
                if target is None:
                    break
                target[field_name] = value
                candidates.append(mutated)
        for candidate in candidates:
            violation = self.checker.first_violation(check_schema, candidate)
            if violation is None or violation.error != example:
                continue
            if in_band:
                body = copy.deepcopy(base)
                body[tokens[0]] = [candidate]
                return Trigger(
                    example,
                    op.operation_id,
                    op.method,
                    path,
                    f"item {location} breaks {keyword}",
                    body=body,
                    in_band=True,
                )
            return Trigger(
                example,
                op.operation_id,
                op.method,
                path,
                f"{location or 'body'} breaks {keyword}",
                body=candidate,
            )
        return None

    @staticmethod
    def _locate(instance: Any, tokens: list[str]) -> tuple[Any, str | None]:
        """(containing object, field name) of a dotted location; ``[]`` takes the first item."""
        if not tokens:
            return None, None
        node = instance
        for token in tokens[:-1]:
            if token == "[]":
                if not isinstance(node, list) or not node:
                    return None, None
                node = node[0]
            elif isinstance(node, dict):
                if token not in node:
                    return None, None
                node = node[token]
            else:
                return None, None
        last = tokens[-1]
        if last == "[]" or not isinstance(node, dict):
            return None, None
        return node, last

    def malformed_triggers(self, path_overrides: dict[str, dict[str, Any]]) -> Iterator[Trigger]:
        """A body that is not JSON, for each operation whose 400 has a convention example."""
        for op in self.spec.operations:
            if op.request_schema is None:
                continue
            declared = self.spec.malformed_request
            preferred = [*declared.json, *declared.any] if declared is not None else []
            names = [n for n in preferred if n in op.error_examples]
            names += [n for n, e in op.error_examples.items() if e.convention and e.status == 400]
            path = sample_path(self.spec, op, path_overrides.get(op.operation_id))
            if names and path is not None:
                yield Trigger(
                    names[0],
                    op.operation_id,
                    op.method,
                    path,
                    "body is not JSON",
                    raw_body=b"{not json",
                )
                return

    def auth_triggers(self) -> Iterator[Trigger]:
        scheme = self.spec.auth
        errors = scheme.auth_errors if scheme is not None else None
        op = next(
            (
                o
                for o in self.spec.operations
                if o.raw.get("security", [{}]) != [] and sample_path(self.spec, o) is not None
            ),
            None,
        )
        if op is None:
            return
        path = sample_path(self.spec, op) or op.path
        body = base_body(self.spec, op)
        if errors is not None:
            yield Trigger(
                errors.missing,
                op.operation_id,
                op.method,
                path,
                "no credential",
                body=body,
                role="",
            )
        if errors is not None:
            yield Trigger(
                errors.invalid,
                op.operation_id,
                op.method,
                path,
                "malformed credential",
                body=body,
                role="invalid",
            )

    def payload_trigger(self) -> Trigger | None:
        limit = self.spec.payload_limit
        if limit is None:
            return None
        op = next(
            (
                o
                for o in self.spec.operations
                if o.request_schema is not None and sample_path(self.spec, o) is not None
            ),
            None,
        )
        if op is None:
            return None
        raw = json.dumps({"padding": "x" * (limit.bytes + 1)}).encode()
        return Trigger(
            limit.error,
            op.operation_id,
            op.method,
            sample_path(self.spec, op) or op.path,
            "body over the payload limit",
            raw_body=raw,
        )
