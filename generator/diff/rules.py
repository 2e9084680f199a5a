"""The rule table of ``smsspec diff``: every kind of change it reports, with a stable id.

A change is **breaking** when a client that was correct against the old contract can fail
against the new one, either on the wire (the server now rejects a request the old contract
allowed, or answers with something the old contract ruled out) or at the surface of the
generated client (a function, argument, model field, enum member or exception class that
client code uses disappears or changes). Everything else is **non-breaking**; it is still
reported, so that a changelog can be written from the output.

oasdiff has three levels (ERR definitely breaking, WARN possibly breaking, INFO). smsspec
keeps two and files oasdiff's WARN cases (removed optional request field, widened response
enum, changed pattern) as breaking, because our consumers are generated, strictly typed
clients: for them those changes do break (see ``examples/README.md``). Each rule also says
whether a non-breaking change is *additive* (minor version bump) or not (patch).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Level = Literal["breaking", "non-breaking"]
BREAKING: Level = "breaking"
NON_BREAKING: Level = "non-breaking"


@dataclass(frozen=True)
class Rule:
    """One kind of change: stable id, level, a one-line description and whether it is
    *additive*.

    ``additive`` sorts the non-breaking changes for versioning (``generator.versioning``): an
    additive change adds to what a client can use — an operation, a parameter, a field, a
    value, a status, a media type, a server, an error code — or deprecates something (semver
    2.0.0 §7 asks a minor release for both); it needs a minor version. Every other
    non-breaking change (a relaxed limit, a narrowed response, a field that became optional)
    needs a patch. Breaking rules are never additive: they need a major version anyway.
    """

    id: str
    level: Level
    summary: str
    additive: bool = False

    def __post_init__(self) -> None:
        if self.additive and self.level == BREAKING:
            raise ValueError(f"rule {self.id}: a breaking rule cannot be additive")


# Row kinds of the table below: breaking, non-breaking, non-breaking and additive.
B, N, A = "B", "N", "A"


def _rules(*rows: tuple[str, str, str]) -> dict[str, Rule]:
    result = {}
    for rule_id, kind, summary in rows:
        level = BREAKING if kind == B else NON_BREAKING
        result[rule_id] = Rule(rule_id, level, summary, additive=kind == A)
    return result


RULES: dict[str, Rule] = _rules(
    # -- document --------------------------------------------------------------------------
    ("server-url-changed", B, "a server URL was removed or the default (first) server changed"),
    ("server-added", A, "a server URL was added"),
    ("security-scheme-changed", B, "a security scheme changed type, location, name or key format"),
    ("error-envelope-changed", B, "x-error-envelope moved or dropped a field of the error body"),
    ("payload-limit-tightened", B, "x-payload-limit was added or lowered"),
    ("payload-limit-relaxed", N, "x-payload-limit was removed or raised"),
    # -- operations --------------------------------------------------------------------------
    ("operation-removed", B, "an operation was removed"),
    ("operation-added", A, "an operation was added"),
    ("operation-path-changed", B, "an operation (same operationId) moved to another path"),
    ("operation-method-changed", B, "an operation (same operationId) changed its HTTP method"),
    ("operation-id-changed", B, "an operation kept its method and path but changed operationId"),
    ("operation-deprecated", A, "an operation became deprecated"),
    ("security-requirement-added", B, "an operation needs a credential it did not need"),
    ("security-scope-added", B, "an operation needs a scope it did not need"),
    ("security-relaxed", N, "an operation accepts credentials it did not accept"),
    ("rate-limit-tightened", B, "x-rate-limit of an operation was added, lowered or shared"),
    ("rate-limit-relaxed", N, "x-rate-limit of an operation was removed or raised"),
    ("rate-limit-changed", N, "x-rate-limit changed in a way that is neither (number published)"),
    # -- webhooks and callbacks (compared like operations once matched) -----------------------
    ("webhook-removed", B, "a webhook event is no longer sent"),
    ("webhook-added", A, "a webhook event was added"),
    ("callback-removed", B, "an operation no longer documents a callback"),
    ("callback-added", A, "an operation documents a new callback"),
    # -- parameters ----------------------------------------------------------------------
    ("request-parameter-removed", B, "a request parameter was removed"),
    ("request-parameter-added-required", B, "a required request parameter was added"),
    ("request-parameter-added", A, "an optional request parameter was added"),
    ("request-parameter-became-required", B, "a request parameter became required"),
    ("request-parameter-became-optional", N, "a request parameter became optional"),
    ("parameter-deprecated", A, "a request parameter became deprecated"),
    (
        "request-parameter-default-changed",
        B,
        "a request parameter's default changed, appeared or disappeared",
    ),
    # -- request body --------------------------------------------------------------------
    ("request-body-added-required", B, "a required request body was added"),
    ("request-body-added", A, "an optional request body was added"),
    ("request-body-removed", B, "the request body was removed"),
    ("request-body-became-required", B, "the request body became required"),
    ("request-media-type-removed", B, "a request media type is no longer accepted"),
    ("request-media-type-added", A, "a request media type was added"),
    # -- request schemas (body and parameters) -------------------------------------------
    ("request-property-removed", B, "a request field was removed"),
    ("request-property-added-required", B, "a required request field was added"),
    ("request-property-added", A, "an optional request field was added"),
    ("request-property-became-required", B, "a request field became required"),
    ("request-property-became-optional", N, "a request field became optional"),
    ("request-enum-narrowed", B, "a request value is no longer allowed (enum value removed)"),
    ("request-enum-widened", A, "a request field accepts more values (enum value added)"),
    ("request-type-changed", B, "a request field's type changed (old values are refused)"),
    ("request-type-widened", A, "a request field accepts more types"),
    ("request-limit-tightened", B, "a request limit was tightened (max lowered, min raised)"),
    ("request-limit-relaxed", N, "a request limit was relaxed (max raised, min lowered)"),
    ("request-pattern-added", B, "a request field got a pattern"),
    ("request-pattern-changed", B, "a request field's pattern changed"),
    ("request-pattern-removed", N, "a request field's pattern was removed"),
    ("request-additional-properties-closed", B, "a request object no longer allows extra fields"),
    ("request-variant-removed", B, "a request anyOf/oneOf lost a branch"),
    ("request-variant-added", A, "a request anyOf/oneOf gained a branch"),
    (
        "request-constraint-added",
        B,
        "a request schema gained a constraint keyword (not, if/then/else, contains, "
        "prefixItems, dependentRequired, dependentSchemas, patternProperties, propertyNames, "
        "unevaluated*, additionalProperties schema, content*)",
    ),
    ("request-constraint-removed", N, "a request schema lost a constraint keyword"),
    ("request-constraint-changed", B, "a request constraint keyword changed (not, if, content*)"),
    ("request-default-changed", N, "a request field's default value changed"),
    ("error-mapping-changed", B, "x-error-codes answers a violation with another error"),
    ("error-mapping-added", N, "x-error-codes maps a violation it did not map"),
    ("property-deprecated", A, "a request or response field became deprecated"),
    # -- success responses ---------------------------------------------------------------
    ("response-status-removed", B, "a success status is no longer documented"),
    ("response-status-added", A, "a success status was added"),
    ("response-media-type-removed", B, "a success response media type was removed"),
    ("response-property-removed", B, "a success response field was removed"),
    ("response-property-became-optional", B, "a success response field may now be absent"),
    ("response-property-added", A, "a success response field was added"),
    ("response-property-became-required", N, "a success response field is now always present"),
    ("response-enum-widened", B, "a response field may carry a value it could not carry"),
    ("response-enum-narrowed", N, "a response field carries fewer values"),
    ("response-type-changed", B, "a response field's type changed (or may now be null)"),
    ("response-type-narrowed", N, "a response field carries fewer types"),
    ("response-variant-added", B, "a response anyOf/oneOf gained a branch"),
    ("response-variant-removed", N, "a response anyOf/oneOf lost a branch"),
    (
        "response-limit-widened",
        B,
        "a response limit was relaxed or dropped (max raised, min lowered)",
    ),
    ("response-limit-narrowed", N, "a response limit was added or tightened"),
    ("response-constraint-removed", B, "a response schema lost a constraint keyword"),
    ("response-constraint-added", N, "a response schema gained a constraint keyword"),
    ("response-constraint-changed", B, "a response constraint keyword changed (not, if, content*)"),
    ("response-default-changed", N, "a response field's default value changed"),
    # -- errors --------------------------------------------------------------------------
    ("error-code-removed", B, "an operation no longer documents an error code"),
    ("error-code-status-changed", B, "an error code is returned with another HTTP status"),
    ("error-code-added", A, "an operation documents a new error code (or a new status for one)"),
)


@dataclass(frozen=True)
class Change:
    """One reported change.

    ``operation`` is the operationId (``None`` for document-level changes), ``endpoint`` its
    ``METHOD /path`` in the new spec (the old one when removed), ``location`` a JSON path into
    the document with references followed (``$.paths['/v2/send'].post.requestBody…``) and
    ``field`` a short human-readable name of the element (``body messages[].to``).
    """

    rule: str
    operation: str | None
    endpoint: str | None
    location: str
    field: str
    message: str

    def __post_init__(self) -> None:
        if self.rule not in RULES:
            raise ValueError(f"unknown diff rule {self.rule!r}")

    @property
    def level(self) -> Level:
        return RULES[self.rule].level

    @property
    def breaking(self) -> bool:
        return self.level == BREAKING

    @property
    def additive(self) -> bool:
        return RULES[self.rule].additive

    def as_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "level": self.level,
            "additive": self.additive,
            "operation": self.operation,
            "endpoint": self.endpoint,
            "location": self.location,
            "field": self.field,
            "message": self.message,
        }
