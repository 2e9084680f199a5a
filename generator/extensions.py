"""smsspec's OpenAPI extensions as typed values, parsed once.

Every ``x-`` key smsspec defines is described in one place, ``spec/extensions.schema.yaml``:
where it may appear, the JSON Schema of its value and its documentation (``spec/extensions.md``
is rendered from it). This module validates a document's extensions against that schema and
turns each value into a frozen dataclass; :mod:`generator.specmodel` exposes them as
attributes (``spec.payload_limit``, ``op.bulk``, ``op.rate_limit``, ``scheme.key_pattern``…),
so no other module reads an ``x-`` key as a raw dict.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any, Literal, TypeVar

from .paths import SPEC_DIR
from .schemas import DIALECT
from .yamlio import load_file

SCHEMA_FILE = SPEC_DIR / "extensions.schema.yaml"

Where = Literal[
    "root", "path-item", "operation", "parameter", "security-scheme", "schema", "response",
    "example", "media-type",
]  # fmt: skip
"""Kinds of OpenAPI objects an extension may be attached to."""

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

T = TypeVar("T")


class ExtensionError(ValueError):
    """An extension value that does not match its schema (or sits where it may not)."""


def _key(name: str) -> str:
    """Spec key of a dataclass field: ``per_seconds`` -> ``per-seconds``."""
    return name.replace("_", "-")


def build(cls: type[T], raw: Mapping[str, Any]) -> T:
    """A dataclass ``cls`` from an already validated mapping with kebab-case keys.

    A field may name its key with ``metadata={"key": ...}``; nested dataclass fields (and
    lists/dicts of them) are built recursively via ``metadata={"build": factory}``."""
    values: dict[str, Any] = {}
    for item in dataclasses.fields(cls):  # type: ignore[arg-type]
        key = item.metadata.get("key", _key(item.name))
        if key not in raw:
            key = item.name  # keys spelled as in the body (x-error-envelope's request_id)
            if key not in raw:
                continue
        value = raw[key]
        factory = item.metadata.get("build")
        values[item.name] = factory(value) if factory is not None and value is not None else value
    return cls(**values)


def _frozen(value: Any) -> Any:
    """Tuples for lists (frozen dataclasses hold hashable-looking values)."""
    if isinstance(value, list):
        return tuple(_frozen(v) for v in value)
    return value


# -- document level ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ErrorEnvelope:
    """Which body fields carry the message, code, etc. (root ``x-error-envelope``).

    Values are dotted paths into the body (``error.code`` for a nested error object)."""

    message: str
    code: str | None = None
    title: str | None = None
    type: str | None = None
    param: str | None = None
    request_id: str | None = None
    details: str | None = None


@dataclass(frozen=True)
class DocConflict:
    """A place where archived versions of the vendor's pages disagree (``x-doc-conflicts``)."""

    id: str
    topic: str
    chosen: str
    alternative: str


@dataclass(frozen=True)
class PayloadLimit:
    """Largest request body in bytes and the error a larger one gets (``x-payload-limit``)."""

    bytes: int
    error: str


@dataclass(frozen=True)
class RateLimit:
    """A documented request rate limit (``x-rate-limit``, root or operation).

    ``requests`` is ``None`` when the vendor documents the window but not the number;
    ``superseded`` marks a limit newer vendor pages dropped (enforced only on request);
    ``shared`` is true for a root limit: one budget for every operation of a key."""

    per_seconds: float
    error: str
    requests: int | None = None
    scope: str | None = None
    superseded: bool = False
    shared: bool = False


@dataclass(frozen=True)
class CapacityFields:
    """Body fields of a capacity refusal (``x-capacity.fields``)."""

    current: str | None = None
    requested: str | None = None
    limit: str | None = None
    available: str | None = None
    retry_after: str | None = None


@dataclass(frozen=True)
class Capacity:
    """Account-wide pending-message capacity (root ``x-capacity``)."""

    max_pending: int
    error: str
    scope: str = "account"
    retry_after_seconds: float = 1
    fields: CapacityFields = field(
        default_factory=CapacityFields, metadata={"build": lambda v: build(CapacityFields, v)}
    )
    message: str | None = None


@dataclass(frozen=True)
class MalformedRequest:
    """Error examples for malformed requests no ``x-error-codes`` names, by failure kind
    (root ``x-malformed-request``)."""

    json: tuple[str, ...] = field(default=(), metadata={"build": _frozen})
    content_type: tuple[str, ...] = field(default=(), metadata={"build": _frozen})
    body: tuple[str, ...] = field(default=(), metadata={"build": _frozen})
    param: tuple[str, ...] = field(default=(), metadata={"build": _frozen})
    any: tuple[str, ...] = field(default=(), metadata={"build": _frozen})

    def get(self, kind: str) -> tuple[str, ...]:
        """The candidates of one failure kind (``content-type`` spelled as in the spec)."""
        value: tuple[str, ...] = getattr(self, kind.replace("-", "_"), ())
        return value


@dataclass(frozen=True)
class Sandbox:
    """A provider's shared test line with a daily quota (root ``x-sandbox``)."""

    daily_quota: int
    errors: Mapping[str, str]
    quota_scope: str = "account"
    reset_time: str = "00:00"
    reset_timezone: str = "UTC"
    counted_operations: tuple[str, ...] = field(default=(), metadata={"build": _frozen})
    recipient_operations: tuple[str, ...] = field(default=(), metadata={"build": _frozen})
    bypasses_line_restrictions: bool = False
    contact_first_exempt: bool = False


@dataclass(frozen=True)
class Sdk:
    """How the generated SDKs present the API (root ``x-sdk``); unset keys take defaults
    from the API name (:func:`generator.sdk_extensions.sdk_settings`)."""

    client: str | None = None
    api_key_env: str | None = None


@dataclass(frozen=True)
class Cors:
    """Documented CORS support (root ``x-cors``)."""

    methods: tuple[str, ...] = field(default=(), metadata={"build": _frozen})
    preflight_status: int = 204


@dataclass(frozen=True)
class SecretSource:
    """Where a webhook signing secret comes from: a response field of an operation."""

    operation: str
    field: str


def _secret(value: Any) -> SecretSource | str:
    return build(SecretSource, value) if isinstance(value, Mapping) else str(value)


@dataclass(frozen=True)
class WebhookSignature:
    """How the provider signs webhook deliveries (root ``x-webhook-signature``)."""

    header: str
    algorithm: str
    encoding: str | None = None
    secret: SecretSource | str | None = field(default=None, metadata={"build": _secret})
    signed_content: str | None = None
    timestamp_header: str | None = None
    timestamp_unit: str | None = None
    tolerance_seconds: int | None = None
    delivery_id_header: str | None = None
    comparison: str | None = None


@dataclass(frozen=True)
class RetryPolicy:
    """How the provider retries an unacknowledged webhook delivery (root ``x-retry-policy``)."""

    retry_on: str
    delays_seconds: tuple[float, ...] = field(default=(), metadata={"build": _frozen})
    delays_from: str | None = None
    auto_disable: str | None = None


# -- security schemes -------------------------------------------------------------------------


@dataclass(frozen=True)
class AuthErrors:
    """Error examples for a missing or an invalid credential, and for a key without a scope
    the operation needs (``x-auth-errors``)."""

    missing: str
    invalid: str
    insufficient_scope: str | None = None


@dataclass(frozen=True)
class SecurityScheme:
    """A security scheme with smsspec's additions: how a credential travels and what a
    missing or wrong one is answered with.

    ``kind`` is ``api-key`` (``location`` header/query/cookie, ``param`` its name),
    ``bearer`` or ``basic`` (HTTP ``Authorization``), or ``other`` (OAuth 2, OpenID Connect,
    mutual TLS: accepted as documented, not checked)."""

    name: str
    kind: Literal["api-key", "bearer", "basic", "other"]
    location: str = "header"
    param: str = "Authorization"
    key_pattern: str | None = None
    auth_errors: AuthErrors | None = None

    @property
    def prefix(self) -> str:
        """The ``Authorization`` scheme word (``Bearer``, ``Basic``), ``""`` for API keys."""
        return {"bearer": "Bearer", "basic": "Basic"}.get(self.kind, "")

    @classmethod
    def from_spec(cls, name: str, raw: Mapping[str, Any]) -> SecurityScheme:
        kind: Literal["api-key", "bearer", "basic", "other"] = "other"
        location, param = "header", "Authorization"
        if raw.get("type") == "apiKey":
            kind, location, param = "api-key", str(raw.get("in", "header")), str(raw["name"])
        elif raw.get("type") == "http":
            scheme = str(raw.get("scheme", "")).lower()
            kind = "basic" if scheme == "basic" else "bearer" if scheme == "bearer" else "other"
        errors = raw.get("x-auth-errors")
        return cls(
            name=name,
            kind=kind,
            location=location,
            param=param,
            key_pattern=raw.get("x-key-pattern"),
            auth_errors=build(AuthErrors, errors) if isinstance(errors, Mapping) else None,
        )


# -- operations -------------------------------------------------------------------------------


@dataclass(frozen=True)
class BulkCapacityFields:
    """Body fields of a bulk operation's capacity answer (``x-bulk.capacity``)."""

    available: str | None = None
    limit: str | None = None
    retry_after: str | None = None


@dataclass(frozen=True)
class Bulk:
    """Items with per-item results in one request (operation ``x-bulk``)."""

    items: str
    errors: str = "errors"
    error_item: Mapping[str, Any] | str = field(default_factory=dict)
    capacity: BulkCapacityFields | None = field(
        default=None, metadata={"build": lambda v: build(BulkCapacityFields, v)}
    )
    partial_success: bool = True
    max_errors: int | None = None
    accepted_count: str | None = None
    failed_count: str | None = None

    @property
    def layout(self) -> Mapping[str, Any]:
        """``error-item`` as a field → source mapping (empty for the ``$item.<field>`` form)."""
        return self.error_item if isinstance(self.error_item, Mapping) else {}

    @property
    def match_field(self) -> str | None:
        """For the ``$item.<field>`` form: the item field each failure entry echoes."""
        if isinstance(self.error_item, str) and self.error_item.startswith("$item."):
            return self.error_item[len("$item.") :]
        return None


@dataclass(frozen=True)
class ReplacedBy:
    """The operation replacing a deprecated one in a newer API (``x-replaced-by``)."""

    api: str
    operation_id: str | None = field(default=None, metadata={"key": "operationId"})
    field_renames: Mapping[str, str] = field(default_factory=dict)
    note: str | None = None


@dataclass(frozen=True)
class RequiredProduct:
    """A product (entitlement) the account needs for an operation (``x-required-product``)."""

    product: str
    error: str


UNSET: Any = object()
"""A declaration's value that was not given (``None`` is a value: JSON null)."""


@dataclass(frozen=True)
class Exists:
    """``exists``: the request value(s) must name a record of ``in_`` by field ``by``."""

    value: str
    in_: str = field(metadata={"key": "in"})
    by: str | None = None
    where: Mapping[str, Any] = field(default_factory=dict)
    as_: str | None = field(default=None, metadata={"key": "as"})


@dataclass(frozen=True)
class Unique:
    """``unique``: no other record of ``in_`` (same tenant) has the value in field ``by``."""

    value: str
    in_: str = field(metadata={"key": "in"})
    by: str | None = None


@dataclass(frozen=True)
class StateGuard:
    """``state``: the bound record ``of`` must (``in_``) or must not (``not_in``) have one of
    the values in ``field``."""

    field: str
    of: str = "target"
    in_: tuple[Any, ...] | None = dataclasses.field(
        default=None, metadata={"key": "in", "build": _frozen}
    )
    not_in: tuple[Any, ...] | None = dataclasses.field(default=None, metadata={"build": _frozen})


@dataclass(frozen=True)
class Sum:
    """``sum``: the numbers at ``value`` total ``equals`` (absent ones count ``default``)."""

    value: str
    equals: float
    default: float = 0


@dataclass(frozen=True)
class AccountCheck:
    """``account``: the request fails when the account's state ``field`` equals ``equals``."""

    field: str
    equals: Any


@dataclass(frozen=True)
class When:
    """``when``: the rule applies only when the request value equals ``equals`` (or, with
    ``present``, when it is there at all)."""

    value: str
    equals: Any = UNSET
    present: bool | None = None


def _build(cls: type[T]) -> Any:
    return lambda value: build(cls, value)


@dataclass(frozen=True)
class Rule:
    """A documented rule JSON Schema cannot express (one ``x-rules`` entry).

    ``id`` is stable (plugins register against it); ``error`` names the example the rule is
    answered with, ``result`` describes a success-side effect instead. At most one check
    (``exists``, ``unique``, ``state``, ``sum``, ``account``) declares it for the engine;
    a rule without one is implemented by a plugin."""

    id: str
    rule: str
    error: str | None = None
    result: str | None = None
    inferred: bool = False
    exists: Exists | None = field(default=None, metadata={"build": _build(Exists)})
    unique: Unique | None = field(default=None, metadata={"build": _build(Unique)})
    state: StateGuard | None = field(default=None, metadata={"build": _build(StateGuard)})
    sum: Sum | None = field(default=None, metadata={"build": _build(Sum)})
    account: AccountCheck | None = field(default=None, metadata={"build": _build(AccountCheck)})
    when: When | None = field(default=None, metadata={"build": _build(When)})
    message: str | None = None
    per_item: bool = False
    scope: bool = False
    simulated: bool = True

    @cached_property
    def declared(self) -> bool:
        """Whether the engine serves this rule from its declaration alone."""
        checks = (self.exists, self.unique, self.state, self.sum, self.account)
        return self.scope or any(check is not None for check in checks)


def _rules(value: Any) -> tuple[Rule, ...]:
    return tuple(build(Rule, entry) for entry in value)


@dataclass(frozen=True)
class CapacityCount:
    """How many pending messages one request of an operation adds (operation ``x-capacity``):
    the name of a request-body array property (its item count) or a fixed number."""

    counts: str | int


@dataclass(frozen=True)
class SdkMethod:
    """Where an operation lives on a generated SDK client (``x-sdk-method``):
    ``client.<resource>.<method>``; ``resource`` may be dotted for nested resources."""

    resource: str
    method: str

    @classmethod
    def parse(cls, text: str) -> SdkMethod:
        resource, _, method = text.rpartition(".")
        return cls(resource, method)

    def __str__(self) -> str:
        return f"{self.resource}.{self.method}"


PaginationStyle = Literal["page", "cursor", "next-link"]


@dataclass(frozen=True)
class Pagination:
    """How a list operation pages (``x-pagination``); read by the mock and by SDK pagers.

    ``items`` is the dotted response field holding a page's items. ``page`` style: 1-based
    ``page-param`` and ``size-param`` query parameters, the end when the page number reaches
    the ``total-pages`` response field (or a page comes back short/empty). ``cursor`` style:
    ``cursor-param`` takes the ``next-cursor`` response field; the end when ``has-more`` is
    false or the cursor is null. ``next-link`` style: the ``next-link`` response field holds
    the next page's URL, null at the end. ``first_page``: the number of the first page
    (Twilio's start at 0)."""

    style: PaginationStyle
    items: str
    page_param: str | None = None
    size_param: str | None = None
    total_pages: str | None = None
    cursor_param: str | None = None
    next_cursor: str | None = None
    has_more: str | None = None
    next_link: str | None = None
    total_items: str | None = None
    first_page: int = 1


ActionKind = Literal["create", "retrieve", "update", "delete", "list", "none"]


@dataclass(frozen=True)
class Action:
    """What an operation does to a resource (operation ``x-action``); ``filter`` narrows a
    list to records whose field equals a request reference's value."""

    kind: ActionKind
    resource: str | None = None
    target: str | None = None
    by: str | None = None
    restore: bool = False
    filter: Mapping[str, str] = field(default_factory=dict)


# -- resources and accounts -------------------------------------------------------------------


@dataclass(frozen=True)
class SoftDelete:
    """Deleting sets ``field`` to ``value`` instead of removing the record."""

    field: str
    value: Any


@dataclass(frozen=True)
class Timestamps:
    """Fields a record's creation and updates set, and their format."""

    created: str | None = None
    updated: str | None = None
    format: Literal["date-time", "local", "epoch-ms", "epoch-s"] = "date-time"


@dataclass(frozen=True)
class OrderKey:
    field: str
    desc: bool = False


@dataclass(frozen=True)
class Seed:
    """Initial records: an operation's documented success example, or listed records, owned
    by ``tenant`` (``"*"``: seen by every tenant)."""

    operation: str | None = None
    records: tuple[Mapping[str, Any], ...] = field(default=(), metadata={"build": _frozen})
    values: Mapping[str, Any] = field(default_factory=dict)
    tenant: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Resource:
    """A collection the mock keeps (one entry of root ``x-resources``)."""

    name: str
    schema: str | None = None
    id: str = "id"
    id_pattern: str | None = None
    not_found: str | None = None
    soft_delete: SoftDelete | None = field(default=None, metadata={"build": _build(SoftDelete)})
    timestamps: Timestamps | None = field(default=None, metadata={"build": _build(Timestamps)})
    order: tuple[OrderKey, ...] = field(
        default=(), metadata={"build": lambda v: tuple(build(OrderKey, i) for i in v)}
    )
    merge: tuple[str, ...] = field(default=(), metadata={"build": _frozen})
    defaults: Mapping[str, Any] = field(default_factory=dict)
    tenant: bool = True
    request_case: Literal["snake_case"] | None = None
    seed: tuple[Seed, ...] = field(
        default=(), metadata={"build": lambda v: tuple(build(Seed, i) for i in v)}
    )
    rules: tuple[Rule, ...] = field(default=(), metadata={"build": _rules})


@dataclass(frozen=True)
class DemoAccount:
    """An account the mock serves, by role (one entry of root ``x-demo-accounts``)."""

    role: str
    key: str | None = None
    description: str | None = None
    tenant: str | None = "default"
    state: Mapping[str, Any] = field(default_factory=dict)
    scopes: tuple[str, ...] = field(default=("*",), metadata={"build": _frozen})
    refuse: str | None = None


# -- the registry -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Extension:
    """One extension as the schema file describes it."""

    name: str
    where: tuple[Where, ...]
    schema: Mapping[str, Any]
    section: str
    title: str
    description: str
    examples: tuple[Any, ...]


@cache
def schema_document(path: Path = SCHEMA_FILE) -> dict[str, Any]:
    """The extensions schema file (``spec/extensions.schema.yaml``)."""
    document: dict[str, Any] = load_file(path)
    return document


@cache
def registry(path: Path = SCHEMA_FILE) -> dict[str, Extension]:
    """Every extension smsspec defines, by name, in the schema file's order."""
    document = schema_document(path)
    found: dict[str, Extension] = {}
    for name, entry in (document.get("extensions") or {}).items():
        found[name] = Extension(
            name=name,
            where=tuple(entry["where"]),
            schema=entry["schema"],
            section=str(entry["section"]),
            title=str(entry.get("title", "")),
            description=str(entry.get("description", "")),
            examples=tuple(entry.get("examples") or ()),
        )
    return found


@cache
def _validator(name: str, path: Path = SCHEMA_FILE) -> Any:
    import jsonschema_rs

    document = schema_document(path)
    schema = {
        "$schema": DIALECT,
        "$defs": document.get("$defs") or {},
        "extensions": document["extensions"],
        "$ref": f"#/extensions/{name}/schema",
    }
    return jsonschema_rs.validator_for(schema)


@dataclass(frozen=True)
class Problem:
    """An extension that breaks its schema, sits where it may not, or is unknown."""

    pointer: str
    extension: str
    message: str


def _kind_of_child(kind: str | None, key: str, parent_path: tuple[str, ...]) -> str | None:
    """The object kind of ``parent[key]`` given the parent's kind (``None``: not spec
    structure, e.g. example values, or structure that holds no extensions)."""
    if kind == "root":
        return {
            "paths": "paths",
            "webhooks": "paths",
            "components": "components",
        }.get(key)
    if kind == "paths":
        return "path-item"
    if kind == "path-item":
        if key in HTTP_METHODS:
            return "operation"
        return "parameters" if key == "parameters" else None
    if kind == "operation":
        return {
            "parameters": "parameters",
            "requestBody": "request-body",
            "responses": "responses",
            "callbacks": "callbacks",
        }.get(key)
    if kind == "callbacks":
        return "paths"
    if kind == "components":
        return {
            "schemas": "schema-map",
            "responses": "responses",
            "parameters": "parameter-map",
            "examples": "example-map",
            "requestBodies": "request-body-map",
            "headers": "header-map",
            "securitySchemes": "security-schemes",
            "pathItems": "paths",
            "callbacks": "callback-map",
        }.get(key)
    if kind in ("parameters", "parameter-map"):
        return "parameter"
    if kind == "parameter":
        if key == "schema":
            return "schema"
        return "media-map" if key == "content" else ("example-map" if key == "examples" else None)
    if kind in ("request-body", "response"):
        return "media-map" if key == "content" else ("header-map" if key == "headers" else None)
    if kind == "request-body-map":
        return "request-body"
    if kind == "responses":
        return "response"
    if kind == "media-map":
        return "media-type"
    if kind == "media-type":
        return {"schema": "schema", "examples": "example-map"}.get(key)
    if kind == "example-map":
        return "example"
    if kind == "header-map":
        return "header"
    if kind == "header":
        return "schema" if key == "schema" else None
    if kind == "security-schemes":
        return "security-scheme"
    if kind == "callback-map":
        return "paths"
    if kind == "schema-map":
        return "schema"
    if kind == "schema":
        if key in ("properties", "patternProperties", "$defs", "dependentSchemas"):
            return "schema-map"
        if key in ("allOf", "anyOf", "oneOf", "prefixItems"):
            return "schema-list"
        if key in (
            "items", "additionalProperties", "not", "if", "then", "else", "contains",
            "propertyNames", "unevaluatedItems", "unevaluatedProperties",
        ):  # fmt: skip
            return "schema"
        return None
    if kind == "schema-list":
        return "schema"
    return None


def iter_extensions(document: Any) -> Iterator[tuple[str, str, str, Any]]:
    """Every ``x-`` key of ``document`` as (JSON pointer, kind of its object, name, value).

    Example values and extension values are data, not structure: the walk does not enter
    them."""

    def walk(node: Any, pointer: str, kind: str | None) -> Iterator[tuple[str, str, str, Any]]:
        if kind is None:
            return
        if isinstance(node, list):
            if kind in ("parameters", "schema-list"):
                for index, item in enumerate(node):
                    yield from walk(item, f"{pointer}/{index}", _kind_of_child(kind, "", ()))
            return
        if not isinstance(node, dict):
            return
        for key, value in node.items():
            if not isinstance(key, str):
                continue
            child = f"{pointer}/{key.replace('~', '~0').replace('/', '~1')}"
            if key.startswith("x-"):
                yield child, kind, key, value
                continue
            yield from walk(value, child, _kind_of_child(kind, key, ()))

    yield from walk(document, "", "root")


def validate(document: dict[str, Any], *, allow_unknown: bool = False) -> list[Problem]:
    """Problems with ``document``'s extensions: unknown names (unless ``allow_unknown``, for
    vendor documents with their own extensions), misplaced ones, values breaking the schema."""
    known = registry()
    problems: list[Problem] = []
    for pointer, kind, name, value in iter_extensions(document):
        entry = known.get(name)
        if entry is None:
            if not allow_unknown:
                problems.append(
                    Problem(pointer, name, f"unknown extension {name} (see spec/extensions.md)")
                )
            continue
        if kind not in entry.where:
            where = ", ".join(entry.where)
            problems.append(
                Problem(pointer, name, f"{name} may not appear on a {kind} (only: {where})")
            )
            continue
        for error in _validator(name).iter_errors(value):
            location = "".join(f"/{part}" for part in error.instance_path)
            problems.append(Problem(pointer + location, name, f"{name}: {error.message}"))
    return problems


def parse(cls: type[T], value: Any) -> T:
    """``value`` (validated by :func:`validate`) as a ``cls``; a mapping is built field by field."""
    if not isinstance(value, Mapping):
        raise ExtensionError(f"expected an object for {cls.__name__}, got {value!r}")
    return build(cls, value)
