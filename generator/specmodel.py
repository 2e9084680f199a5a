"""Read-only views over a bundled OpenAPI document.

Every consumer (lint, catalogue, code generators, mock, contract tests) walks the spec
through these helpers, so a convention such as "error examples are named after their code"
is interpreted in exactly one place.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any, TypeVar

from .bundle import resolve_pointer
from .extensions import (
    Action,
    Bulk,
    Capacity,
    CapacityCount,
    Cors,
    DemoAccount,
    DocConflict,
    ErrorEnvelope,
    MalformedRequest,
    Pagination,
    PayloadLimit,
    RateLimit,
    ReplacedBy,
    RequiredProduct,
    Resource,
    RetryPolicy,
    Rule,
    Sandbox,
    Sdk,
    SdkMethod,
    SecurityScheme,
    WebhookSignature,
    build,
)

T = TypeVar("T")
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
EXAMPLE_PREFIX = "#/components/examples/"
FORM_MEDIA_TYPE = "application/x-www-form-urlencoded"


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
class ErrorExample:
    """A named error body documented under one response status of one operation."""

    name: str
    status: int
    value: Any
    summary: str
    description: str
    message_documented: bool
    convention: bool
    curation: str = ""
    """The example's ``x-curation`` note (empty without one)."""

    @classmethod
    def from_spec(cls, name: str, status: int, raw: dict[str, Any]) -> ErrorExample:
        """From an Example Object (``x-message-documented``, ``x-convention`` and
        ``x-curation`` read here)."""
        return cls(
            name=name,
            status=status,
            value=raw.get("value"),
            summary=str(raw.get("summary", "")),
            description=str(raw.get("description", "")).strip(),
            message_documented=raw.get("x-message-documented", True) is not False,
            convention=bool(raw.get("x-convention", False)),
            curation=str(raw.get("x-curation") or "").strip(),
        )


@dataclass(frozen=True)
class Parameter:
    """A Parameter Object with its ``x-error-codes``."""

    name: str
    location: str
    required: bool
    schema: dict[str, Any]
    error_codes: dict[str, str]

    @classmethod
    def from_spec(cls, raw: dict[str, Any]) -> Parameter:
        return cls(
            name=str(raw["name"]),
            location=str(raw["in"]),
            required=bool(raw.get("required")),
            schema=dict(raw.get("schema") or {}),
            error_codes=dict(raw.get("x-error-codes") or {}),
        )


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

    def _ext(self, cls: type[T], name: str) -> T | None:
        raw = self.doc.get(name)
        return build(cls, raw) if isinstance(raw, dict) else None

    @cached_property
    def envelope(self) -> ErrorEnvelope:
        """``x-error-envelope`` (a bare ``message`` field when the spec declares none)."""
        return self._ext(ErrorEnvelope, "x-error-envelope") or ErrorEnvelope(message="message")

    @cached_property
    def payload_limit(self) -> PayloadLimit | None:
        return self._ext(PayloadLimit, "x-payload-limit")

    @cached_property
    def rate_limit(self) -> RateLimit | None:
        """The root ``x-rate-limit``: one budget shared by every operation of a key."""
        found = self._ext(RateLimit, "x-rate-limit")
        return replace(found, shared=True) if found is not None else None

    @cached_property
    def capacity(self) -> Capacity | None:
        return self._ext(Capacity, "x-capacity")

    @cached_property
    def malformed_request(self) -> MalformedRequest | None:
        return self._ext(MalformedRequest, "x-malformed-request")

    @cached_property
    def sandbox(self) -> Sandbox | None:
        return self._ext(Sandbox, "x-sandbox")

    @cached_property
    def derived_sdk_methods(self) -> dict[str, SdkMethod]:
        """SDK places of the operations without ``x-sdk-method``, by operationId
        (:meth:`Operation.derived_sdk_method`); two that would share a place keep their whole
        operationId as the method name."""
        derived = {
            op.operation_id: where
            for op in self.operations
            if op.operation_id and (where := op.derived_sdk_method()) is not None
        }
        places = Counter(str(where) for where in derived.values())
        for op in self.operations:
            where = derived.get(op.operation_id or "")
            if where is not None and places[str(where)] > 1:
                derived[op.operation_id or ""] = SdkMethod(
                    where.resource, _snake(op.operation_id or "")
                )
        return derived

    @cached_property
    def common_tag_prefix(self) -> str:
        """The leading text every operation's first tag shares, cut at a capital letter or
        digit run (``MessagingV1`` of ``MessagingV1AlphaSender`` and ``MessagingV1Service``)."""
        tags = {str(t[0]) for op in self.operations if (t := op.raw.get("tags"))}
        if len(tags) < 2:
            return ""
        first, last = min(tags), max(tags)  # the sorted extremes share what all share
        pairs = enumerate(zip(first, last, strict=False))
        size = next((i for i, (a, b) in pairs if a != b), min(len(first), len(last)))
        prefix = first[:size]
        # Back to a word boundary: the next tag character must start a new word.
        while prefix and not all(t[len(prefix) : len(prefix) + 1].isupper() for t in tags):
            prefix = prefix[:-1]
        return prefix

    @cached_property
    def sdk(self) -> Sdk:
        """The root ``x-sdk`` (all keys unset when the spec has none)."""
        return self._ext(Sdk, "x-sdk") or Sdk()

    @cached_property
    def cors(self) -> Cors | None:
        return self._ext(Cors, "x-cors")

    @cached_property
    def webhook_signature(self) -> WebhookSignature | None:
        return self._ext(WebhookSignature, "x-webhook-signature")

    @cached_property
    def retry_policy(self) -> RetryPolicy | None:
        return self._ext(RetryPolicy, "x-retry-policy")

    @cached_property
    def doc_conflicts(self) -> tuple[DocConflict, ...]:
        return tuple(build(DocConflict, item) for item in self.doc.get("x-doc-conflicts") or ())

    @cached_property
    def demo_accounts(self) -> dict[str, DemoAccount]:
        """``x-demo-accounts`` by role (empty when the spec declares none)."""
        raw = self.doc.get("x-demo-accounts") or {}
        return {role: build(DemoAccount, {**entry, "role": role}) for role, entry in raw.items()}

    @cached_property
    def resources(self) -> dict[str, Resource]:
        """``x-resources`` by collection name (empty when the spec declares none)."""
        raw = self.doc.get("x-resources") or {}
        return {name: build(Resource, {**entry, "name": name}) for name, entry in raw.items()}

    @cached_property
    def security_schemes(self) -> dict[str, SecurityScheme]:
        """Every security scheme of ``components.securitySchemes``, by name."""
        raw = (self.doc.get("components") or {}).get("securitySchemes") or {}
        return {
            name: SecurityScheme.from_spec(name, self.resolve(scheme))
            for name, scheme in raw.items()
        }

    @cached_property
    def auth(self) -> SecurityScheme | None:
        """The scheme of the document's first security requirement (the API's credential)."""
        for requirement in self.doc.get("security") or []:
            for name in requirement:
                if name in self.security_schemes:
                    return self.security_schemes[name]
        return None

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

    def named_example(self, name: str, status: int = 0) -> ErrorExample | None:
        """A ``components/examples`` entry as a typed example (``None`` without a value)."""
        raw = self.examples.get(name)
        if not isinstance(raw, dict) or "value" not in raw:
            return None
        return ErrorExample.from_spec(name, status, raw)

    def error_code(self, body: Any) -> str | None:
        """Return the machine-readable code of an error body, if the envelope has one (a
        numeric code, such as Twilio's ``20404``, as its decimal text)."""
        value = get_field(body, self.envelope.code)
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
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

    def _ext(self, cls: type[T], name: str) -> T | None:
        raw = self.raw.get(name)
        return build(cls, raw) if isinstance(raw, dict) else None

    @cached_property
    def bulk(self) -> Bulk | None:
        """``x-bulk``: the operation carries many items with per-item results."""
        return self._ext(Bulk, "x-bulk")

    @cached_property
    def replaced_by(self) -> ReplacedBy | None:
        return self._ext(ReplacedBy, "x-replaced-by")

    @cached_property
    def required_product(self) -> RequiredProduct | None:
        return self._ext(RequiredProduct, "x-required-product")

    @cached_property
    def rules(self) -> tuple[Rule, ...]:
        """``x-rules``, in the order written."""
        return tuple(build(Rule, entry) for entry in self.raw.get("x-rules") or ())

    @cached_property
    def own_rate_limit(self) -> RateLimit | None:
        """The operation's own ``x-rate-limit`` (not the root's)."""
        return self._ext(RateLimit, "x-rate-limit")

    @cached_property
    def rate_limit(self) -> RateLimit | None:
        """The operation's own ``x-rate-limit``, else the root one (shared)."""
        return self.own_rate_limit or self.spec.rate_limit

    @cached_property
    def action(self) -> Action | None:
        """``x-action``: what the operation does to a resource (``None``: undeclared)."""
        return self._ext(Action, "x-action")

    @cached_property
    def capacity(self) -> CapacityCount | None:
        """Operation ``x-capacity``: how many pending messages one request adds."""
        return self._ext(CapacityCount, "x-capacity")

    @cached_property
    def security(self) -> list[dict[str, list[str]]]:
        """Security requirements (the operation's own, else the document's)."""
        return list(self.raw.get("security", self.spec.doc.get("security") or []))

    @cached_property
    def scopes(self) -> list[str]:
        """Scopes named by the operation's security requirements."""
        return [scope for req in self.security for scopes in req.values() for scope in scopes]

    @cached_property
    def params(self) -> list[Parameter]:
        """Typed view of :attr:`parameters`."""
        return [Parameter.from_spec(raw) for raw in self.parameters]

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
    def request_max_bytes(self) -> int | None:
        """``x-max-bytes`` of the request body schema itself (the whole body)."""
        schema = self.request_schema
        value = schema.get("x-max-bytes") if isinstance(schema, dict) else None
        return int(value) if isinstance(value, int) else None

    @cached_property
    def request_schema(self) -> dict[str, Any] | None:
        body = self.request_body
        if not body:
            return None
        media = (body.get("content") or {}).get("application/json")
        return None if media is None else media.get("schema")

    @cached_property
    def form_schema(self) -> dict[str, Any] | None:
        """The schema of an ``application/x-www-form-urlencoded`` request body (Twilio's
        requests), when the operation has no JSON body."""
        body = self.request_body
        if not body or self.request_schema is not None:
            return None
        media = (body.get("content") or {}).get(FORM_MEDIA_TYPE)
        return None if media is None else media.get("schema")

    @cached_property
    def responses(self) -> dict[str, dict[str, Any]]:
        return {
            str(status): self.spec.resolve(response)
            for status, response in (self.raw.get("responses") or {}).items()
        }

    @cached_property
    def success_status(self) -> int:
        """The lowest documented 2xx; for an operation whose success is a redirect (no 2xx),
        the lowest 3xx; else 200."""
        for family in ("2", "3"):
            codes = sorted(int(s) for s in self.responses if s.isdigit() and s.startswith(family))
            if codes:
                return codes[0]
        return 200

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
                    yield ErrorExample.from_spec(name, int(status), self.spec.resolve(example))

    @property
    def idempotent(self) -> bool:
        """``x-idempotent``, defaulting to true for GET/PUT/DELETE/HEAD/OPTIONS."""
        default = self.method in ("get", "put", "delete", "head", "options")
        return bool(self.raw.get("x-idempotent", default))

    @property
    def in_band_items(self) -> str | None:
        """The request property whose items are validated one by one and reported in-band
        (an ``x-bulk`` operation with partial success), else ``None``."""
        bulk = self.bulk
        if bulk is None or not bulk.partial_success:
            return None
        return bulk.items

    @cached_property
    def _bulk_items(self) -> tuple[dict[str, Any], str, dict[str, Any]] | None:
        """For an ``x-bulk`` operation with a request body: (request schema, name of the
        items property, that property's schema), resolved."""
        if self.bulk is None or self.request_schema is None:
            return None
        schema = self.spec.resolve(self.request_schema)
        name = self.bulk.items
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
        """``x-sdk-method``: where the operation lives on a generated SDK client. Without
        one (an imported vendor document) it is derived (:meth:`Spec.derived_sdk_methods`);
        ``None`` without an operationId."""
        raw = self.raw.get("x-sdk-method")
        if isinstance(raw, str):
            return SdkMethod.parse(raw)
        return self.spec.derived_sdk_methods.get(self.operation_id or "")

    def derived_sdk_method(self) -> SdkMethod | None:
        """The SDK place without ``x-sdk-method``: the resource is the first tag less the
        prefix every tag of the API shares, the method the operationId less the resource's
        words, both in snake_case (Twilio's ``ListAlphaSender`` tagged
        ``MessagingV1AlphaSender``: ``alpha_sender.list``)."""
        if not self.operation_id:
            return None
        tags = self.raw.get("tags") or []
        segments = [s for s in self.path.split("/") if s and not s.startswith("{")]
        resource = str(tags[0]) if tags else (segments[-1] if segments else "default")
        if tags:
            resource = resource[len(self.spec.common_tag_prefix) :] or resource
        resource = _snake(resource)
        return SdkMethod(resource, _without_words(_snake(self.operation_id), resource))

    @cached_property
    def pagination(self) -> Pagination | None:
        """``x-pagination``: how this list operation pages, or ``None``."""
        return self._ext(Pagination, "x-pagination")

    @cached_property
    def error_examples(self) -> dict[str, ErrorExample]:
        """Error examples of this operation keyed by example name (first status wins)."""
        result: dict[str, ErrorExample] = {}
        for example in self.iter_error_examples():
            result.setdefault(example.name, example)
        return result


def _without_words(name: str, resource: str) -> str:
    """``name`` less the run of ``resource``'s words in it (singular or plural):
    ``fetch_brand_registrations`` less ``brand_registration`` is ``fetch``; ``name`` itself
    when nothing (or nothing else) would be left."""
    words, drop = name.split("_"), resource.split("_")

    def same(a: str, b: str) -> bool:
        return a == b or a.removesuffix("s") == b.removesuffix("s")

    for start in range(1, len(words) - len(drop) + 1):
        if all(same(w, d) for w, d in zip(words[start : start + len(drop)], drop, strict=True)):
            rest = words[:start] + words[start + len(drop) :]
            return "_".join(rest)
    return name


def snake_case(name: str) -> str:
    """``FriendlyName`` -> ``friendly_name``, ``HTTPServer`` -> ``http_server``: an
    underscore at each word boundary of a camel-cased name, lower-cased."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()


def _snake(name: str) -> str:
    """``MessagingV1AlphaSender`` -> ``messaging_v1_alpha_sender`` (an SDK identifier)."""
    text = re.sub(r"[^a-z0-9]+", "_", snake_case(name)).strip("_")
    return text if text and not text[0].isdigit() else f"op_{text}"
