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
    form_fields: dict[str, tuple[str, str | None]] | None = None
    """For a form-encoded body: field → (JSON type, item type of an array) to read it as."""
    query_defaults: dict[str, Any] = field(default_factory=dict)
    """Documented ``default`` of each query parameter that has one."""
    success_examples: dict[str, tuple[int, Any]] = field(default_factory=dict)
    """Named examples of every 2xx response: name → (status, value)."""

    rate_limited: bool = False
    """Whether the operation has an ``x-rate-limit`` (checked per request)."""
    counted: bool = False
    """Whether the operation's messages count against ``x-capacity``."""
    guarded: bool = False
    """Whether the operation needs scopes or a product (checked per account)."""
    _reply_headers: dict[int, tuple[list[tuple[bytes, bytes]], bytes | None]] = field(
        default_factory=dict
    )

    def request_id_header(self, status: int) -> bytes | None:
        """Name of the request-id response header documented for ``status``, if any."""
        return self.request_id_headers.get(status) or self.request_id_headers.get(0)

    def headers_for(self, status: int) -> list[tuple[bytes, bytes]]:
        """Required response headers with a constant value documented for ``status``."""
        return self.const_headers.get(status) or self.const_headers.get(0) or []

    def reply_headers(self, status: int, request_id: str) -> list[tuple[bytes, bytes]]:
        """A new list of the headers every ``status`` answer carries: the documented
        constant ones and the request id under its documented name."""
        found = self._reply_headers.get(status)
        if found is None:
            found = self._reply_headers[status] = (
                self.headers_for(status),
                self.request_id_header(status),
            )
        constant, name = found
        if name is None:
            return list(constant)
        return [*constant, (name, request_id.encode())]

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


def _success_status(spec: Spec, op: Operation) -> int:
    """The status a success is answered with: the operation's lowest 2xx; for an operation
    that only redirects, with an answer needing no header (Twilio's ``GET /v1/Deactivations``:
    a 307 with a JSON body), that 3xx."""
    if any(status.startswith("2") for status in op.responses):
        return op.success_status
    for status in sorted(s for s in op.responses if s.isdigit() and s.startswith("3")):
        headers = (op.responses[status].get("headers") or {}).values()
        if not any(spec.resolve(header).get("required") for header in headers):
            return int(status)
    return op.success_status


def _form_fields(spec: Spec, schema: Any) -> dict[str, tuple[str, str | None]]:
    """Field → (JSON type, item type) of a form body schema's properties."""
    node = spec.resolve(schema or {})
    fields: dict[str, tuple[str, str | None]] = {}
    for name, prop in (node.get("properties") or {}).items():
        kind = _kind(spec, prop)
        item = _kind(spec, spec.resolve(prop).get("items")) if kind == "array" else None
        fields[name] = (kind, item)
    return fields


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
                    # Formats are asserted, as for bodies: a vendor rejects ?Date=tomorrow.
                    validator=compile_validator(param.schema, self.document, formats=True),
                    mapping=param.error_codes,
                )
            )
        body = op.request_body or {}
        content = body.get("content") or {}
        media = next(iter(content), None)
        bulk = op.bulk_schemas
        form = op.form_schema
        body_schema = bulk[0] if bulk else (op.request_schema or form)
        item_schema = bulk[1] if bulk else None
        success_status = _success_status(spec, op)
        success = op.responses.get(str(success_status)) or {}
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
            success_status=success_status,
            success_example=example,
        )
        compiled.const_headers = _const_headers(spec, op)
        compiled.rate_limited = op.rate_limit is not None
        compiled.counted = op.capacity is not None
        compiled.guarded = bool(op.scopes) or op.required_product is not None
        if form is not None:
            compiled.form_fields = _form_fields(spec, form)
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
