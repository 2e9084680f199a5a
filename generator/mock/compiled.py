"""Everything the mock needs from a spec, computed once at start-up.

Routes, parameter and body validators (jsonschema-rs, with the ordered checker as the slow
path that names the vendor's error), error examples by name, auth and limits. Nothing on the
request path walks the spec again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..constraints import ConstraintChecker
from ..schemas import compile_validator
from ..specmodel import ErrorExample, Operation, Spec

_PARAM = re.compile(r"\{([^}/]+)\}")
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
    const_headers: dict[str, dict[int, list[tuple[bytes, bytes]]]] = field(default_factory=dict)
    rate_limit: dict[str, Any] | None = None
    scopes: list[str] = field(default_factory=list)
    secured: bool = True
    needs_checker: bool = False
    request_id_headers: dict[int, bytes] = field(default_factory=dict)

    def request_id_header(self, status: int) -> bytes | None:
        """Name of the request-id response header documented for ``status``, if any."""
        return self.request_id_headers.get(status) or self.request_id_headers.get(0)

    def headers_for(self, status: int) -> list[tuple[bytes, bytes]]:
        """Required response headers with a constant value documented for ``status``."""
        table = self.const_headers.get("all", {})
        return table.get(status) or table.get(0) or []

    def first_error(self, status: int) -> str | None:
        for name, example in self.errors.items():
            if example.status == status:
                return name
        return None


@dataclass
class Route:
    regex: re.Pattern[str] | None
    template: str
    names: list[str]
    operations: dict[str, CompiledOperation]

    @property
    def allow(self) -> str:
        return ", ".join(sorted(m.upper() for m in self.operations))


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
        self.static: dict[str, Route] = {}
        self.dynamic: list[Route] = []
        self.operations: dict[str, CompiledOperation] = {}
        root_rate = document.get("x-rate-limit")
        for path in document.get("paths") or {}:
            route = self._route(path)
            for op in self.spec.operations:
                if op.path != path:
                    continue
                compiled = self._compile(op)
                if compiled.rate_limit is None and root_rate:
                    # A root limit is one budget shared by every operation (per key).
                    compiled.rate_limit = {"bucket": "*", **root_rate}
                route.operations[op.method] = compiled
                self.operations[op.operation_id] = compiled
        scheme = self.spec.security_scheme or {}
        self.security = scheme
        self.auth_errors: dict[str, str] = dict(scheme.get("x-auth-errors") or {})
        self.key_pattern = (
            re.compile(scheme["x-key-pattern"]) if scheme.get("x-key-pattern") else None
        )
        limit = document.get("x-payload-limit") or {}
        self.max_body = int(limit["bytes"]) if limit.get("bytes") else None
        self.payload_error: str | None = limit.get("error")
        self.cors: dict[str, Any] | None = document.get("x-cors")
        self.capacity: dict[str, Any] | None = document.get("x-capacity")

    def _route(self, path: str) -> Route:
        names = _PARAM.findall(path)
        if not names:
            return self.static.setdefault(path, Route(None, path, [], {}))
        parts = _PARAM.split(path)
        pattern = "".join(
            re.escape(part) if i % 2 == 0 else f"(?P<{_group(part)}>[^/]+)"
            for i, part in enumerate(parts)
        )
        route = Route(re.compile(f"^{pattern}$"), path, names, {})
        self.dynamic.append(route)
        return route

    def _compile(self, op: Operation) -> CompiledOperation:
        spec = self.spec
        params = []
        for param in op.parameters:
            schema = param.get("schema") or {}
            params.append(
                Param(
                    name=param["name"],
                    location=param["in"],
                    required=bool(param.get("required")),
                    schema=schema,
                    kind=_kind(spec, schema),
                    validator=compile_validator(schema, self.document),
                    mapping=dict(param.get("x-error-codes") or {}),
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
        requirements = op.raw.get("security", self.document.get("security") or [])
        scopes = [scope for req in requirements for scopes in req.values() for scope in scopes]
        compiled = CompiledOperation(
            op=op,
            operation_id=op.operation_id,
            method=op.method,
            path=op.path,
            params=params,
            body_required=bool(body.get("required")),
            body_media=media,
            body_validator=compile_validator(body_schema, self.document) if body_schema else None,
            body_schema=body_schema,
            item_validator=compile_validator(item_schema, self.document) if item_schema else None,
            item_schema=item_schema,
            errors=dict(op.error_examples),
            success_status=op.success_status,
            success_example=example,
            rate_limit=op.ext("x-rate-limit"),
            scopes=scopes,
            secured=bool(requirements) and any(requirements),
        )
        compiled.const_headers = {"all": _const_headers(spec, op)}
        compiled.needs_checker = _reaches(spec, body_schema, "x-max-bytes")
        for status, response in op.responses.items():
            for name in response.get("headers") or {}:
                if name.lower() in REQUEST_ID_HEADERS:
                    compiled.request_id_headers[int(status) if status.isdigit() else 0] = (
                        name.lower().encode()
                    )
        return compiled

    def match(self, path: str) -> tuple[Route | None, dict[str, str]]:
        """Return the route of ``path`` (without the server prefix) and its path parameters."""
        route = self.static.get(path)
        if route is not None:
            return route, {}
        for candidate in self.dynamic:
            assert candidate.regex is not None
            found = candidate.regex.match(path)
            if found:
                values = list(found.groups())
                return candidate, dict(zip(candidate.names, values, strict=True))
        return None, {}


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


def _group(name: str) -> str:
    return re.sub(r"\W", "_", name)
