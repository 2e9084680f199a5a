"""Everything the mock needs from a spec, computed once at start-up.

Routes, parameter and body validators (jsonschema-rs, with the ordered checker as the slow
path that names the vendor's error), error examples by name, auth and limits. Nothing on the
request path walks the spec again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..constraints import ConstraintChecker
from ..schemas import compile_validator
from ..specmodel import ErrorExample, Operation, Spec

REQUEST_ID_HEADERS = ("x-request-id", "request-id")


@dataclass
class Param:
    name: str
    location: str
    required: bool
    schema: dict[str, Any]
    kind: str  # the JSON type used for coercion: string, integer, number, boolean, array
    validator: Any
    mapping: dict[str, str]


@dataclass
class CompiledOperation:
    """One operation, ready to serve."""

    op: Operation
    operation_id: str
    method: str
    path: str
    params: list[Param]
    body_required: bool
    body_media: str | None
    body_validator: Any | None
    body_schema: Any | None
    item_validator: Any | None
    item_schema: Any | None
    errors: dict[str, ErrorExample]
    success_status: int
    success_example: Any
    const_headers: dict[int, list[tuple[bytes, bytes]]] = field(default_factory=dict)
    needs_checker: bool = False
    request_id_headers: dict[int, bytes] = field(default_factory=dict)
    query_defaults: dict[str, Any] = field(default_factory=dict)
    """Documented ``default`` of each query parameter that has one."""
    success_examples: dict[str, tuple[int, Any]] = field(default_factory=dict)
    """Named examples of every 2xx response: name → (status, value)."""

    def request_id_header(self, status: int) -> bytes | None:
        """Name of the request-id response header documented for ``status``, if any."""
        return self.request_id_headers.get(status) or self.request_id_headers.get(0)

    def headers_for(self, status: int) -> list[tuple[bytes, bytes]]:
        """Required response headers with a constant value documented for ``status``."""
        return self.const_headers.get(status) or self.const_headers.get(0) or []

    def first_error(self, status: int) -> str | None:
        for name, example in self.errors.items():
            if example.status == status:
                return name
        return None


def _kind(spec: Spec, schema: Any) -> str:
    node = spec.resolve(schema or {})
    kind = node.get("type", "string")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    return str(kind)


def _const_headers(spec: Spec, op: Operation) -> dict[int, list[tuple[bytes, bytes]]]:
    table: dict[int, list[tuple[bytes, bytes]]] = {}
    for status, response in op.responses.items():
        headers = []
        for name, header in (response.get("headers") or {}).items():
            header = spec.resolve(header)
            schema = spec.resolve(header.get("schema") or {})
            if header.get("required") and "const" in schema:
                headers.append((name.lower().encode(), str(_header_text(schema["const"])).encode()))
        key = int(status) if status.isdigit() else 0
        table[key] = headers
    return table


def _header_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class CompiledSpec:
    """A spec compiled for serving."""

    def __init__(self, api: str, document: dict[str, Any]) -> None:
        self.api = api
        self.document = document
        self.spec = Spec(document)
        self.checker = ConstraintChecker(document)
        self.prefix = self.spec.server_path
        self.operations: dict[str, CompiledOperation] = {
            op.operation_id: self._compile(op) for op in self.spec.operations
        }
        limit = self.spec.payload_limit
        self.max_body = limit.bytes if limit is not None else None
        self.payload_error = limit.error if limit is not None else None

    def _compile(self, op: Operation) -> CompiledOperation:
        spec = self.spec
        params = []
        for param in op.params:
            params.append(
                Param(
                    name=param.name,
                    location=param.location,
                    required=param.required,
                    schema=param.schema,
                    kind=_kind(spec, param.schema),
                    validator=compile_validator(param.schema, self.document),
                    mapping=param.error_codes,
                )
            )
        body = op.request_body or {}
        content = body.get("content") or {}
        media = next(iter(content), None)
        bulk = op.bulk_schemas
        body_schema = bulk[0] if bulk else op.request_schema
        item_schema = bulk[1] if bulk else None
        success = op.responses.get(str(op.success_status)) or {}
        success_media: dict[str, Any] = next(iter((success.get("content") or {}).values()), {})
        example = None
        for ex in (success_media.get("examples") or {}).values():
            example = spec.resolve(ex).get("value")
            break
        if example is None:
            schema_examples = spec.resolve(success_media.get("schema") or {}).get("examples")
            example = schema_examples[0] if schema_examples else None
        compiled = CompiledOperation(
            op=op,
            operation_id=op.operation_id,
            method=op.method,
            path=op.path,
            params=params,
            body_required=bool(body.get("required")),
            body_media=media,
            body_validator=(
                compile_validator(body_schema, self.document, formats=True) if body_schema else None
            ),
            body_schema=body_schema,
            item_validator=compile_validator(item_schema, self.document) if item_schema else None,
            item_schema=item_schema,
            errors=dict(op.error_examples),
            success_status=op.success_status,
            success_example=example,
        )
        compiled.const_headers = _const_headers(spec, op)
        compiled.query_defaults = {
            p.name: spec.resolve(p.schema)["default"]
            for p in op.params
            if p.location == "query" and "default" in spec.resolve(p.schema)
        }
        for status, response in op.responses.items():
            if not status.startswith("2") or not status.isdigit():
                continue
            for media in (response.get("content") or {}).values():
                for name, ex in (media.get("examples") or {}).items():
                    compiled.success_examples.setdefault(
                        name, (int(status), spec.resolve(ex).get("value"))
                    )
        compiled.needs_checker = _reaches(spec, body_schema, "x-max-bytes")
        for status, response in op.responses.items():
            for name in response.get("headers") or {}:
                if name.lower() in REQUEST_ID_HEADERS:
                    compiled.request_id_headers[int(status) if status.isdigit() else 0] = (
                        name.lower().encode()
                    )
        return compiled


def _reaches(spec: Spec, schema: Any, keyword: str, seen: set[str] | None = None) -> bool:
    """Whether ``keyword`` occurs in ``schema`` or anything it references."""
    seen = set() if seen is None else seen
    if isinstance(schema, list):
        return any(_reaches(spec, item, keyword, seen) for item in schema)
    if not isinstance(schema, dict):
        return False
    if keyword in schema:
        return True
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref not in seen:
        seen.add(ref)
        if _reaches(spec, spec.resolve({"$ref": ref}), keyword, seen):
            return True
    return any(
        _reaches(spec, value, keyword, seen) for key, value in schema.items() if key != "$ref"
    )
