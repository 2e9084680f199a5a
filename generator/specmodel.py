"""Read-only views over a bundled OpenAPI document.

Every consumer (lint, catalogue, code generators, mock, contract tests) walks the spec
through these helpers, so a convention such as "error examples are named after their code"
is interpreted in exactly one place.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from .bundle import resolve_pointer
from .extensions import Pagination, SdkMethod, parse

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
EXAMPLE_PREFIX = "#/components/examples/"


def get_field(body: Any, path: str | None) -> Any:
    """The value at a dotted ``path`` (``error.code``) of a JSON body, or ``None``."""
    if not path:
        return None
    node = body
    for part in path.split("."):
        if not isinstance(node, dict):
            return None
        node = node.get(part)
    return node


def set_field(body: dict[str, Any], path: str, value: Any) -> None:
    """Set the value at a dotted ``path``, creating intermediate objects."""
    parts = path.split(".")
    node = body
    for part in parts[:-1]:
        child = node.get(part)
        if not isinstance(child, dict):
            child = node[part] = {}
        node = child
    node[parts[-1]] = value


@dataclass(frozen=True)
class ErrorEnvelope:
    """Which body fields carry the message, code, etc. (the root ``x-error-envelope``).

    Values are dotted paths into the body (``error.code`` for a nested error object)."""

    message: str
    code: str | None = None
    title: str | None = None
    type: str | None = None
    param: str | None = None
    request_id: str | None = None
    details: str | None = None

    @classmethod
    def from_spec(cls, doc: dict[str, Any]) -> ErrorEnvelope:
        raw = doc.get("x-error-envelope") or {}
        return cls(**{key.replace("-", "_"): value for key, value in raw.items()})


@dataclass(frozen=True)
class ErrorExample:
    """A named error body documented under one response status of one operation."""

    name: str
    status: int
    value: Any
    summary: str
    description: str
    message_documented: bool
    convention: bool


@dataclass(frozen=True)
class SchemaSite:
    """A schema node of a request body as a walk reaches it.

    ``location`` is dotted with ``[]`` for array items (``messages[].to``; ``""`` is the body),
    ``parent`` the resolved object schema that declares the property (``None`` at the root),
    ``schema`` the node as written (``$ref`` siblings such as ``x-error-codes`` included),
    ``in_items`` whether the node lies inside an array item.
    """

    location: str
    parent: dict[str, Any] | None
    schema: dict[str, Any]
    in_items: bool
    mapping: dict[str, str]
    """``x-error-codes`` of the node and of the schemas its ``$ref`` chain reaches (the
    written node wins), as the constraint checker applies them."""


class Spec:
    """A bundled OpenAPI document with reference resolution."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.doc = document

    def resolve(self, node: Any) -> Any:
        """Follow local ``$ref`` chains; sibling keys of a ref override the target's keys."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen or not ref.startswith("#"):
                break
            seen.add(ref)
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            target = resolve_pointer(self.doc, ref[1:])
            node = {**target, **siblings} if siblings and isinstance(target, dict) else target
        return node

    def sites(self, schema: Any) -> Iterator[SchemaSite]:
        """Every schema node of ``schema``: properties, array items and composition branches.

        A ``$ref`` already followed on the current path is not followed again, so recursive
        schemas (nested filter groups) are walked once.
        """

        def walk(
            node: Any,
            location: str,
            parent: dict[str, Any] | None,
            in_items: bool,
            refs: frozenset[str],
        ) -> Iterator[SchemaSite]:
            if not isinstance(node, dict):
                return
            yield SchemaSite(location, parent, node, in_items, self._chain_mapping(node))
            ref = node.get("$ref")
            if isinstance(ref, str):
                if ref in refs:
                    return
                refs = refs | {ref}
            resolved = self.resolve(node)
            while isinstance(resolved, dict) and isinstance(resolved.get("$ref"), str):
                refs = refs | {resolved["$ref"]}
                resolved = self.resolve(resolved)
            if not isinstance(resolved, dict):
                return
            for name, prop in (resolved.get("properties") or {}).items():
                yield from walk(
                    prop, f"{location}.{name}" if location else name, resolved, in_items, refs
                )
            if isinstance(resolved.get("items"), dict):
                yield from walk(resolved["items"], f"{location}[]", parent, True, refs)
            for key in ("allOf", "anyOf", "oneOf"):
                for sub in resolved.get(key) or []:
                    yield from walk(sub, location, parent, in_items, refs)
            for key in ("then", "else"):
                if isinstance(resolved.get(key), dict):
                    yield from walk(resolved[key], location, parent, in_items, refs)

        yield from walk(schema, "", None, False, frozenset())

    def _chain_mapping(self, node: dict[str, Any]) -> dict[str, str]:
        chain = [node]
        seen: set[str] = set()
        while isinstance(chain[-1].get("$ref"), str) and chain[-1]["$ref"] not in seen:
            seen.add(chain[-1]["$ref"])
            target = resolve_pointer(self.doc, chain[-1]["$ref"][1:])
            if not isinstance(target, dict):
                break
            chain.append(target)
        mapping: dict[str, str] = {}
        for item in reversed(chain):
            mapping.update(item.get("x-error-codes") or {})
        return mapping

    @cached_property
    def envelope(self) -> ErrorEnvelope:
        return ErrorEnvelope.from_spec(self.doc)

    @cached_property
    def operations(self) -> list[Operation]:
        result = []
        for path, item in (self.doc.get("paths") or {}).items():
            item = self.resolve(item)
            shared_params = item.get("parameters", [])
            for method in HTTP_METHODS:
                if method in item:
                    result.append(Operation(self, path, method, item[method], shared_params))
        return result

    def operation(self, operation_id: str) -> Operation:
        for op in self.operations:
            if op.operation_id == operation_id:
                return op
        raise KeyError(operation_id)

    @cached_property
    def examples(self) -> dict[str, dict[str, Any]]:
        """Named examples of ``#/components/examples``."""
        return dict((self.doc.get("components") or {}).get("examples") or {})

    def error_code(self, body: Any) -> str | None:
        """Return the machine-readable code of an error body, if the envelope has one."""
        value = get_field(body, self.envelope.code)
        return value if isinstance(value, str) else None

    def error_message(self, body: Any) -> str | None:
        value = get_field(body, self.envelope.message)
        return value if isinstance(value, str) else None

    def error_field(self, body: Any, role: str) -> Any:
        """The body value of an envelope role (``type``, ``title``, ``param``…)."""
        return get_field(body, getattr(self.envelope, role))

    def error_id(self, example_name: str, body: Any) -> str:
        """Stable identifier of an error: its code, or the example name when there is none."""
        return self.error_code(body) or example_name.split("__", 1)[0]

    @cached_property
    def security_scheme(self) -> dict[str, Any] | None:
        schemes = (self.doc.get("components") or {}).get("securitySchemes") or {}
        for requirement in self.doc.get("security") or []:
            for name in requirement:
                if name in schemes:
                    return dict(schemes[name])
        return None

    @cached_property
    def server_path(self) -> str:
        """Path part of the first server URL (``/api`` for ``https://host/api``)."""
        servers = self.doc.get("servers") or [{"url": "/"}]
        url = str(servers[0]["url"])
        if "://" in url:
            url = "/" + url.split("://", 1)[1].partition("/")[2]
        return url.rstrip("/")


class Operation:
    """One operation (method + path) of a :class:`Spec`."""

    def __init__(
        self, spec: Spec, path: str, method: str, raw: dict[str, Any], shared: list[Any]
    ) -> None:
        self.spec = spec
        self.path = path
        self.method = method
        self.raw = raw
        self._shared_params = shared

    def __repr__(self) -> str:
        return f"<Operation {self.operation_id} {self.method.upper()} {self.path}>"

    @property
    def operation_id(self) -> str:
        return str(self.raw.get("operationId", f"{self.method} {self.path}"))

    @property
    def deprecated(self) -> bool:
        return bool(self.raw.get("deprecated", False))

    def ext(self, name: str, default: Any = None) -> Any:
        return self.raw.get(name, default)

    @cached_property
    def parameters(self) -> list[dict[str, Any]]:
        merged: dict[tuple[str, str], dict[str, Any]] = {}
        for param in [*self._shared_params, *self.raw.get("parameters", [])]:
            param = self.spec.resolve(param)
            merged[(param["in"], param["name"])] = param
        return list(merged.values())

    @cached_property
    def request_body(self) -> dict[str, Any] | None:
        body = self.raw.get("requestBody")
        return self.spec.resolve(body) if body is not None else None

    @cached_property
    def request_schema(self) -> dict[str, Any] | None:
        body = self.request_body
        if not body:
            return None
        media = (body.get("content") or {}).get("application/json")
        return None if media is None else media.get("schema")

    @cached_property
    def responses(self) -> dict[str, dict[str, Any]]:
        return {
            str(status): self.spec.resolve(response)
            for status, response in (self.raw.get("responses") or {}).items()
        }

    @cached_property
    def success_status(self) -> int:
        codes = sorted(int(s) for s in self.responses if s.isdigit() and s.startswith("2"))
        return codes[0] if codes else 200

    def iter_error_examples(self) -> Iterator[ErrorExample]:
        """Yield every named example of every 4xx/5xx response of this operation."""
        for status, response in self.responses.items():
            if not status.isdigit() or int(status) < 400:
                continue
            for media in (response.get("content") or {}).values():
                for name, example in (media.get("examples") or {}).items():
                    ref = example.get("$ref") if isinstance(example, dict) else None
                    if isinstance(ref, str) and ref.startswith(EXAMPLE_PREFIX):
                        name = ref[len(EXAMPLE_PREFIX) :]
                    resolved = self.spec.resolve(example)
                    yield ErrorExample(
                        name=name,
                        status=int(status),
                        value=resolved.get("value"),
                        summary=str(resolved.get("summary", "")),
                        description=str(resolved.get("description", "")).strip(),
                        message_documented=resolved.get("x-message-documented", True) is not False,
                        convention=bool(resolved.get("x-convention", False)),
                    )

    @property
    def idempotent(self) -> bool:
        """``x-idempotent``, defaulting to true for GET/PUT/DELETE/HEAD/OPTIONS."""
        default = self.method in ("get", "put", "delete", "head", "options")
        return bool(self.raw.get("x-idempotent", default))

    @property
    def in_band_items(self) -> str | None:
        """The request property whose items are validated one by one and reported in-band
        (an ``x-bulk`` operation with partial success), else ``None``."""
        bulk = self.raw.get("x-bulk")
        if not bulk or bulk.get("partial-success") is False:
            return None
        return str(bulk["items"])

    @cached_property
    def _bulk_items(self) -> tuple[dict[str, Any], str, dict[str, Any]] | None:
        """For an ``x-bulk`` operation with a request body: (request schema, name of the
        items property, that property's schema), resolved."""
        bulk = self.raw.get("x-bulk")
        if not bulk or self.request_schema is None:
            return None
        schema = self.spec.resolve(self.request_schema)
        name = str(bulk["items"])
        return schema, name, self.spec.resolve(schema["properties"][name])

    @property
    def bulk_item_schema(self) -> Any:
        """The schema of one item of an ``x-bulk`` operation (``None`` for other operations):
        what a bulk helper checks each item against before sending."""
        found = self._bulk_items
        return found[2].get("items", {}) if found else None

    @cached_property
    def bulk_schemas(self) -> tuple[dict[str, Any], Any] | None:
        """For an ``x-bulk`` operation with partial success: (request schema whose items
        accept anything, item schema). Items are validated one by one and reported in-band,
        so they must not fail the request as a whole."""
        if self.in_band_items is None or self._bulk_items is None:
            return None
        schema, name, prop = self._bulk_items
        relaxed_prop = {key: value for key, value in prop.items() if key != "items"}
        relaxed_prop["items"] = {}
        relaxed = {**schema, "properties": {**schema["properties"], name: relaxed_prop}}
        return relaxed, prop.get("items", {})

    @cached_property
    def sdk_method(self) -> SdkMethod | None:
        """``x-sdk-method``: where the operation lives on a generated SDK client."""
        raw = self.raw.get("x-sdk-method")
        return SdkMethod.parse(raw) if isinstance(raw, str) else None

    @cached_property
    def pagination(self) -> Pagination | None:
        """``x-pagination``: how this list operation pages, or ``None``."""
        raw = self.raw.get("x-pagination")
        return parse(Pagination, raw) if raw is not None else None

    @cached_property
    def error_examples(self) -> dict[str, ErrorExample]:
        """Error examples of this operation keyed by example name (first status wins)."""
        result: dict[str, ErrorExample] = {}
        for example in self.iter_error_examples():
            result.setdefault(example.name, example)
        return result
