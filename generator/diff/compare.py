"""Compare two bundled documents: operations, parameters, bodies, errors, auth and limits.

Operations are matched by method and path, with path parameter names ignored
(``/items/{id}`` and ``/items/{item_id}`` are one path; parameters are then matched by
position). An operation left over on both sides with the same operationId moved (path or
method changed); any other leftover was removed or added.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..specmodel import HTTP_METHODS, Operation, Spec
from .rules import RULES, Change
from .schema import Direction, SchemaDiff, canonical, compare_error_mapping

_PATH_PARAM = re.compile(r"\{([^}]+)\}")
_SCHEME_IDENTITY = ("type", "in", "name", "scheme")
_SCHEME_CONTRACT = (*_SCHEME_IDENTITY, "bearerFormat", "flows", "openIdConnectUrl", "x-key-pattern")


def _normal_path(path: str) -> str:
    return _PATH_PARAM.sub("{}", path)


def _quote(key: str) -> str:
    return f"['{key}']"


class Hook(Operation):
    """A webhook (``webhooks:``) or callback operation: compared like an operation, but
    found elsewhere in the document and named by its event rather than a server path."""

    def __init__(
        self,
        spec: Spec,
        name: str,
        method: str,
        raw: dict[str, Any],
        shared: list[Any],
        *,
        location: str,
        title: str,
    ) -> None:
        super().__init__(spec, name, method, raw, shared)
        self.location = location
        self.title = title

    @property
    def operation_id(self) -> str:
        return str(self.raw.get("operationId") or self.title)


def op_location(op: Operation) -> str:
    if isinstance(op, Hook):
        return op.location
    return f"$.paths{_quote(op.path)}.{op.method}"


def endpoint(op: Operation) -> str:
    if isinstance(op, Hook):
        return op.title
    return f"{op.method.upper()} {op.path}"


@dataclass
class Collector:
    """Accumulates changes; one per (rule, operation, location, message)."""

    changes: list[Change] = field(default_factory=list)
    _seen: set[tuple[str, str | None, str, str]] = field(default_factory=set)

    def add(
        self,
        rule: str,
        op: Operation | None,
        location: str,
        field_name: str,
        message: str,
    ) -> None:
        key = (rule, op.operation_id if op else None, location, message)
        if key in self._seen:
            return
        self._seen.add(key)
        self.changes.append(
            Change(
                rule=rule,
                operation=op.operation_id if op else None,
                endpoint=endpoint(op) if op else None,
                location=location,
                field=field_name,
                message=message,
            )
        )


class DocumentDiff:
    """The comparison of one old and one new bundled document."""

    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old = Spec(old)
        self.new = Spec(new)
        self.out = Collector()

    def run(self) -> list[Change]:
        self.servers()
        self.security_schemes()
        self.envelope()
        self.payload_limit()
        for old_op, new_op in self.match_operations():
            self.operation(old_op, new_op)
        old_hooks = _webhooks(self.old)
        new_hooks = _webhooks(self.new)
        self.hooks(old_hooks, new_hooks, "webhook")
        return self.out.changes

    # -- webhooks and callbacks -----------------------------------------------------------------

    def hooks(
        self, old: dict[tuple[str, ...], Hook], new: dict[tuple[str, ...], Hook], kind: str
    ) -> None:
        """Match webhooks (or one operation's callbacks) by name and method, then compare each
        pair like an operation, with the payload read as the API's consumer receives it."""
        for key, hook in old.items():
            if key not in new:
                self.out.add(
                    f"{kind}-removed",
                    hook,
                    hook.location,
                    hook.title,
                    f"{hook.title} is no longer sent",
                )
        for key, hook in new.items():
            if key not in old:
                self.out.add(f"{kind}-added", hook, hook.location, hook.title, f"new {hook.title}")
            else:
                self.operation(old[key], hook, hook=True)

    def callbacks(self, old: Operation, new: Operation) -> None:
        self.hooks(
            _callbacks(self.old, old, op_location(new)),
            _callbacks(self.new, new, op_location(new)),
            "callback",
        )

    # -- document level ---------------------------------------------------------------------

    def servers(self) -> None:
        old = [str(s.get("url")) for s in self.old.doc.get("servers") or []]
        new = [str(s.get("url")) for s in self.new.doc.get("servers") or []]
        gone = [url for url in old if url not in new]
        added = [url for url in new if url not in old]
        for url, replacement in zip(gone, added, strict=False):
            self.out.add(
                "server-url-changed",
                None,
                f"$.servers[{new.index(replacement)}].url",
                "servers",
                f"server {url} → {replacement}",
            )
        for url in gone[len(added) :]:
            self.out.add(
                "server-url-changed",
                None,
                f"$.servers[{old.index(url)}].url",
                "servers",
                f"server {url} was removed",
            )
        for url in added[len(gone) :]:
            self.out.add(
                "server-added",
                None,
                f"$.servers[{new.index(url)}].url",
                "servers",
                f"new server {url}",
            )
        if old and new and old[0] != new[0] and old[0] in new:
            self.out.add(
                "server-url-changed",
                None,
                "$.servers[0].url",
                "servers",
                f"default (first) server {old[0]} → {new[0]}",
            )

    def security_schemes(self) -> None:
        old = _schemes(self.old)
        new = _schemes(self.new)
        for name, scheme in old.items():
            if name not in new:
                continue  # renamed or removed: seen through the operations' requirements
            diffs = [
                f"{key} {scheme.get(key)!r} → {new[name].get(key)!r}"
                for key in _SCHEME_CONTRACT
                if canonical(scheme.get(key)) != canonical(new[name].get(key))
            ]
            if diffs:
                self.out.add(
                    "security-scheme-changed",
                    None,
                    f"$.components.securitySchemes.{name}",
                    f"security scheme {name}",
                    f"security scheme {name}: {'; '.join(diffs)}",
                )

    def envelope(self) -> None:
        old = dict(self.old.doc.get("x-error-envelope") or {})
        new = dict(self.new.doc.get("x-error-envelope") or {})
        diffs = [f"{k}: {v} → {new.get(k, 'none')}" for k, v in old.items() if new.get(k) != v]
        if diffs:
            self.out.add(
                "error-envelope-changed",
                None,
                "$.x-error-envelope",
                "x-error-envelope",
                f"error body fields moved: {'; '.join(diffs)}",
            )

    def payload_limit(self) -> None:
        old = _number((self.old.doc.get("x-payload-limit") or {}).get("bytes"))
        new = _number((self.new.doc.get("x-payload-limit") or {}).get("bytes"))
        if old == new:
            return
        message = f"largest request body {_bytes(old)} → {_bytes(new)}"
        tightened = new is not None and (old is None or new < old)
        rule = "payload-limit-tightened" if tightened else "payload-limit-relaxed"
        self.out.add(rule, None, "$.x-payload-limit.bytes", "x-payload-limit", message)

    # -- operations ---------------------------------------------------------------------------

    def match_operations(self) -> list[tuple[Operation, Operation]]:
        new_by_key = {(op.method, _normal_path(op.path)): op for op in self.new.operations}
        pairs: list[tuple[Operation, Operation]] = []
        old_left: list[Operation] = []
        matched_new: set[int] = set()
        for op in self.old.operations:
            other = new_by_key.get((op.method, _normal_path(op.path)))
            if other is None:
                old_left.append(op)
            else:
                pairs.append((op, other))
                matched_new.add(id(other))
        new_left = [op for op in self.new.operations if id(op) not in matched_new]
        new_by_id = {op.operation_id: op for op in new_left if "operationId" in op.raw}
        for op in old_left:
            other = new_by_id.pop(op.operation_id, None) if "operationId" in op.raw else None
            if other is None:
                self.out.add(
                    "operation-removed",
                    op,
                    op_location(op),
                    endpoint(op),
                    f"{endpoint(op)} ({op.operation_id}) was removed",
                )
                continue
            new_left.remove(other)
            if other.method != op.method:
                self.out.add(
                    "operation-method-changed",
                    other,
                    op_location(other),
                    endpoint(other),
                    f"method {op.method.upper()} → "
                    f"{other.method.upper()} ({op.path} → {other.path})",
                )
            elif other.path != op.path:
                self.out.add(
                    "operation-path-changed",
                    other,
                    op_location(other),
                    endpoint(other),
                    f"path {op.path} → {other.path}",
                )
            pairs.append((op, other))
        for op in new_left:
            self.out.add(
                "operation-added",
                op,
                op_location(op),
                endpoint(op),
                f"new operation {endpoint(op)} ({op.operation_id})",
            )
        return pairs

    def operation(self, old: Operation, new: Operation, *, hook: bool = False) -> None:
        """Compare one matched operation. A webhook or callback (``hook``) is an operation
        the API's consumer serves: its request body is read in the response direction (the
        consumer receives it) and its responses in the request direction."""
        where = op_location(new)
        if old.operation_id != new.operation_id:
            self.out.add(
                "operation-id-changed",
                new,
                f"{where}.operationId",
                "operationId",
                f"operationId {old.operation_id} → {new.operation_id} (the generated "
                "client's function is renamed)",
            )
        if new.deprecated and not old.deprecated:
            replaced = new.replaced_by
            hint = ""
            if replaced is not None and replaced.operation_id:
                hint = f" (replaced by {replaced.api} {replaced.operation_id})"
            self.out.add(
                "operation-deprecated",
                new,
                f"{where}.deprecated",
                "deprecated",
                f"{endpoint(new)} is deprecated{hint}",
            )
        self.security(old, new)
        self.rate_limit(old, new)
        self.parameters(old, new)
        self.request_body(old, new, "response" if hook else "request")
        self.responses(old, new, "request" if hook else "response")
        self.errors(old, new)
        if not hook:
            self.callbacks(old, new)

    def _schema_diff(
        self,
        new: Operation,
        direction: Direction,
        label: str,
        prefix: str,
        *,
        root_default_rule: str | None = None,
    ) -> SchemaDiff:
        def emit(rule: str, path: str, name: str, message: str) -> None:
            shown = f"{prefix} {name}".strip() if name else prefix
            self.out.add(rule, new, path, shown, message)

        return SchemaDiff(
            self.old, self.new, direction, emit, label, root_default_rule=root_default_rule
        )

    def _content_schemas(
        self,
        new: Operation,
        direction: Direction,
        old_schema: Any,
        new_schema: Any,
        where: str,
        label: str,
        prefix: str,
    ) -> None:
        """Compare the schemas of one media type; one appearing or disappearing is a
        constraint added or removed (``{}`` and no schema accept anything)."""
        if old_schema is None and new_schema is None:
            return
        if old_schema is None or new_schema is None:
            kind = "added" if old_schema is None else "removed"
            self.out.add(
                f"{direction}-constraint-{kind}",
                new,
                f"{where}.schema",
                prefix,
                f"{label}: schema {kind}",
            )
            return
        differ = self._schema_diff(new, direction, label, prefix)
        differ.compare(old_schema, new_schema, f"{where}.schema", "")

    # -- security and limits ------------------------------------------------------------------

    def security(self, old: Operation, new: Operation) -> None:
        old_alts = _alternatives(self.old, self.new, old)
        new_alts = _alternatives(self.new, self.old, new)
        if old_alts == new_alts:
            return
        where = f"{op_location(new)}.security"
        broken = False
        for alt in old_alts:
            if any(_satisfied(n, alt) for n in new_alts):
                continue
            broken = True
            scoped = [n for n in new_alts if set(n) <= set(alt)]
            if scoped:
                extra = sorted({s for n in scoped for k in n for s in n[k] - alt.get(k, set())})
                self.out.add(
                    "security-scope-added",
                    new,
                    where,
                    "security",
                    f"needs scope(s) {', '.join(extra)} (was: {_show_alt(alt)})",
                )
            else:
                self.out.add(
                    "security-requirement-added",
                    new,
                    where,
                    "security",
                    f"credentials {_show_alt(alt)} are no longer enough (now: "
                    f"{' or '.join(_show_alt(n) for n in new_alts)})",
                )
        if not broken:
            self.out.add(
                "security-relaxed",
                new,
                where,
                "security",
                f"now accepts {' or '.join(_show_alt(n) for n in new_alts)}",
            )

    def rate_limit(self, old: Operation, new: Operation) -> None:
        a = _rate_limit(self.old, old)
        b = _rate_limit(self.new, new)
        if canonical(_limit_terms(a)) == canonical(_limit_terms(b)):
            return
        where = f"{op_location(new)}.x-rate-limit"
        message = f"rate limit {_show_limit(a)} → {_show_limit(b)}"
        if a is None or b is None:
            rule = "rate-limit-tightened" if a is None else "rate-limit-relaxed"
            self.out.add(rule, new, where, "x-rate-limit", message)
            return
        tighter = looser = False
        ra, rb = _number(a.get("requests")), _number(b.get("requests"))
        wa, wb = _number(a.get("per-seconds")) or 1.0, _number(b.get("per-seconds")) or 1.0
        if ra is not None and rb is not None:
            tighter = rb / wb < ra / wa or rb < ra
            looser = rb / wb > ra / wa or rb > ra
        elif ra is not None and rb is None:
            tighter = True  # the number is no longer published: cannot show it is not lower
        if a.get("scope") != b.get("scope"):
            if b.get("scope") == "account":
                tighter = True
            elif a.get("scope") == "account":
                looser = True
        if tighter:
            rule = "rate-limit-tightened"
        elif looser:
            rule = "rate-limit-relaxed"
        else:
            rule = "rate-limit-changed"
        self.out.add(rule, new, where, "x-rate-limit", message)

    # -- parameters -------------------------------------------------------------------------

    def parameters(self, old: Operation, new: Operation) -> None:
        old_params = _parameters(old)
        new_params = _parameters(new)
        base = op_location(new)
        for key, (label, _param) in old_params.items():
            if key not in new_params:
                self.out.add(
                    "request-parameter-removed",
                    new,
                    f"{base}.parameters",
                    label,
                    f"parameter {label} was removed",
                )
        for key, (label, param) in new_params.items():
            where = f"{base}.parameters[?(@.in=='{param['in']}' && @.name=='{param['name']}')]"
            if key not in old_params:
                required = bool(param.get("required"))
                rule = "request-parameter-added-required" if required else "request-parameter-added"
                kind = "required" if required else "optional"
                self.out.add(rule, new, where, label, f"new {kind} parameter {label}")
                continue
            old_param = old_params[key][1]
            was, now = bool(old_param.get("required")), bool(param.get("required"))
            if was != now:
                rule = (
                    "request-parameter-became-required"
                    if now
                    else "request-parameter-became-optional"
                )
                self.out.add(
                    rule,
                    new,
                    f"{where}.required",
                    label,
                    f"parameter {label} is now {'required' if now else 'optional'}",
                )
            if param.get("deprecated") and not old_param.get("deprecated"):
                self.out.add(
                    "parameter-deprecated",
                    new,
                    f"{where}.deprecated",
                    label,
                    f"parameter {label} is deprecated",
                )

            def emit(rule: str, path: str, name: str, message: str, label: str = label) -> None:
                self.out.add(rule, new, path, label, message)

            compare_error_mapping(old_param, param, where, "", emit, f"parameter {label}")
            if "schema" in old_param and "schema" in param:
                differ = self._schema_diff(
                    new,
                    "request",
                    f"parameter {label}",
                    label,
                    root_default_rule="request-parameter-default-changed",
                )
                differ.compare(old_param["schema"], param["schema"], f"{where}.schema", "")

    # -- request body -------------------------------------------------------------------------

    def request_body(self, old: Operation, new: Operation, direction: Direction) -> None:
        a, b = old.request_body, new.request_body
        where = f"{op_location(new)}.requestBody"
        if a is None and b is None:
            return
        if a is None:
            assert b is not None
            required = bool(b.get("required"))
            rule = "request-body-added-required" if required else "request-body-added"
            self.out.add(
                rule,
                new,
                where,
                "body",
                f"new {'required' if required else 'optional'} request body",
            )
            return
        if b is None:
            self.out.add("request-body-removed", new, where, "body", "the request body was removed")
            return
        if b.get("required") and not a.get("required"):
            self.out.add(
                "request-body-became-required",
                new,
                f"{where}.required",
                "body",
                "the request body is now required",
            )
        old_content = dict(a.get("content") or {})
        new_content = dict(b.get("content") or {})
        for media in old_content:
            if media not in new_content:
                self.out.add(
                    "request-media-type-removed",
                    new,
                    f"{where}.content",
                    "body",
                    f"request media type {media} is no longer accepted",
                )
        for media, entry in new_content.items():
            content_where = f"{where}.content{_quote(media)}"
            if media not in old_content:
                self.out.add(
                    "request-media-type-added",
                    new,
                    content_where,
                    "body",
                    f"request media type {media} is now accepted",
                )
                continue
            label, prefix = (
                ("the request body", "body")
                if direction == "request"
                else ("the payload", "payload")
            )
            self._content_schemas(
                new,
                direction,
                old_content[media].get("schema"),
                entry.get("schema"),
                content_where,
                label,
                prefix,
            )

    # -- responses ----------------------------------------------------------------------------

    def responses(self, old: Operation, new: Operation, direction: Direction) -> None:
        """Success statuses and media types; the bodies of every status both versions
        document (error bodies included: narrowing an error-code enum is reported)."""
        old_ok = {s: r for s, r in old.responses.items() if _success(s)}
        new_ok = {s: r for s, r in new.responses.items() if _success(s)}
        base = f"{op_location(new)}.responses"
        for status in old_ok:
            if status not in new_ok:
                now = ", ".join(new_ok) or "none"
                self.out.add(
                    "response-status-removed",
                    new,
                    f"{base}{_quote(status)}",
                    f"response {status}",
                    f"success status {status} is no longer documented (now: {now})",
                )
        for status, response in new.responses.items():
            where = f"{base}{_quote(status)}"
            if status not in old.responses:
                if status in new_ok and status not in old_ok:
                    self.out.add(
                        "response-status-added",
                        new,
                        where,
                        f"response {status}",
                        f"new success status {status}",
                    )
                continue
            old_content = dict(old.responses[status].get("content") or {})
            new_content = dict(response.get("content") or {})
            for media, entry in old_content.items():
                if media not in new_content:
                    if status in new_ok:
                        self.out.add(
                            "response-media-type-removed",
                            new,
                            f"{where}.content",
                            f"response {status}",
                            f"response {status} no longer comes as {media}",
                        )
                    continue
                self._content_schemas(
                    new,
                    direction,
                    entry.get("schema"),
                    new_content[media].get("schema"),
                    f"{where}.content{_quote(media)}",
                    f"the {status} response body",
                    f"response {status}",
                )

    def errors(self, old: Operation, new: Operation) -> None:
        a = _error_ids(self.old, old)
        b = _error_ids(self.new, new)
        base = f"{op_location(new)}.responses"
        for error_id, statuses in a.items():
            shown = "/".join(sorted(statuses))
            if error_id not in b:
                self.out.add(
                    "error-code-removed",
                    new,
                    f"{base}{_quote(min(statuses))}",
                    f"error {error_id}",
                    f"error {error_id} ({shown}) is no longer documented",
                )
                continue
            now = b[error_id]
            if statuses - now:
                self.out.add(
                    "error-code-status-changed",
                    new,
                    f"{base}{_quote(min(now))}",
                    f"error {error_id}",
                    f"error {error_id} status {shown} → {'/'.join(sorted(now))}",
                )
            elif now - statuses:
                self.out.add(
                    "error-code-added",
                    new,
                    f"{base}{_quote(min(now - statuses))}",
                    f"error {error_id}",
                    f"error {error_id} is also returned with {'/'.join(sorted(now - statuses))}",
                )
        for error_id, statuses in b.items():
            if error_id not in a:
                shown = "/".join(sorted(statuses))
                self.out.add(
                    "error-code-added",
                    new,
                    f"{base}{_quote(min(statuses))}",
                    f"error {error_id}",
                    f"new error {error_id} ({shown})",
                )


# -- helpers ------------------------------------------------------------------------------------


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def _bytes(value: float | None) -> str:
    return "unlimited" if value is None else f"{int(value)} bytes"


def _success(status: str) -> bool:
    return status.isdigit() and 200 <= int(status) < 400


def _schemes(spec: Spec) -> dict[str, dict[str, Any]]:
    raw = (spec.doc.get("components") or {}).get("securitySchemes") or {}
    return {str(name): dict(spec.resolve(s)) for name, s in raw.items()}


def _identity(name: str, schemes: dict[str, dict[str, Any]], other: dict[str, Any]) -> str:
    """A scheme's identity across versions: its name when both have it, else its shape."""
    if name in other or name not in schemes:
        return name
    scheme = schemes[name]
    shape = {k: scheme.get(k) for k in _SCHEME_IDENTITY}
    if isinstance(shape.get("name"), str) and scheme.get("in") == "header":
        shape["name"] = str(shape["name"]).lower()
    return canonical(shape)


def _alternatives(spec: Spec, other: Spec, op: Operation) -> list[dict[str, frozenset[str]]]:
    """The operation's effective security: alternatives of scheme identity → scopes."""
    schemes, other_schemes = _schemes(spec), _schemes(other)
    requirements = op.raw["security"] if "security" in op.raw else spec.doc.get("security") or []
    if not requirements:
        return [{}]
    result = []
    for requirement in requirements:
        result.append(
            {
                _identity(str(name), schemes, other_schemes): frozenset(scopes or [])
                for name, scopes in (requirement or {}).items()
            }
        )
    return sorted(result, key=canonical_alt)


def canonical_alt(alt: dict[str, frozenset[str]]) -> str:
    return canonical({k: sorted(v) for k, v in sorted(alt.items())})


def _satisfied(new_alt: dict[str, frozenset[str]], old_alt: dict[str, frozenset[str]]) -> bool:
    """Whether a client holding ``old_alt``'s credentials meets ``new_alt``."""
    return all(k in old_alt and new_alt[k] <= old_alt[k] for k in new_alt)


def _show_alt(alt: dict[str, frozenset[str]]) -> str:
    if not alt:
        return "none (anonymous)"
    parts = []
    for name, scopes in sorted(alt.items()):
        short = name if not name.startswith("{") else "(renamed scheme)"
        parts.append(f"{short}[{', '.join(sorted(scopes))}]" if scopes else short)
    return " + ".join(parts)


def _rate_limit(spec: Spec, op: Operation) -> dict[str, Any] | None:
    limit = op.raw.get("x-rate-limit") or spec.doc.get("x-rate-limit")
    return dict(limit) if isinstance(limit, dict) else None  # compared as written


def _limit_terms(limit: dict[str, Any] | None) -> Any:
    if limit is None:
        return None
    return {k: limit.get(k) for k in ("requests", "per-seconds", "scope")}


def _show_limit(limit: dict[str, Any] | None) -> str:
    if limit is None:
        return "none"
    requests = limit.get("requests")
    count = "?" if requests is None else str(requests)
    scope = f" per {limit['scope']}" if limit.get("scope") else ""
    return f"{count}/{limit.get('per-seconds')}s{scope}"


def _parameters(op: Operation) -> dict[tuple[str, str], tuple[str, dict[str, Any]]]:
    """Parameters keyed by location and name; path parameters by position in the path."""
    positions = {name: i for i, name in enumerate(_PATH_PARAM.findall(op.path))}
    result: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {}
    for param in op.parameters:
        location, name = str(param.get("in")), str(param.get("name"))
        if location == "path" and name in positions:
            key = (location, f"#{positions[name]}")
        elif location == "header":
            key = (location, name.lower())
        else:
            key = (location, name)
        result[key] = (f"{location} {name}", param)
    return result


def _error_ids(spec: Spec, op: Operation) -> dict[str, set[str]]:
    """Error identity (code, or example name) → statuses it is documented with.

    An error response without named examples counts as the identity ``HTTP <status>``.
    """
    result: dict[str, set[str]] = {}
    for example in op.iter_error_examples():
        error_id = spec.error_id(example.name, example.value)
        result.setdefault(error_id, set()).add(str(example.status))
    for status, response in op.responses.items():
        if not status.isdigit() or int(status) < 400:
            continue
        has_examples = any(
            (media or {}).get("examples") for media in (response.get("content") or {}).values()
        )
        if not has_examples:
            result.setdefault(f"HTTP {status}", set()).add(status)
    return result


def _hook_item(
    spec: Spec, item: Any, name: str, location: str, title: str
) -> dict[tuple[str, ...], Hook]:
    item = spec.resolve(item)
    if not isinstance(item, dict):
        return {}
    shared = list(item.get("parameters") or [])
    return {
        (name, method): Hook(
            spec,
            name,
            method,
            item[method],
            shared,
            location=f"{location}.{method}",
            title=f"{title} ({method.upper()})",
        )
        for method in HTTP_METHODS
        if isinstance(item.get(method), dict)
    }


def _webhooks(spec: Spec) -> dict[tuple[str, ...], Hook]:
    """The document's webhooks, keyed by event name and method."""
    result: dict[tuple[str, ...], Hook] = {}
    for name, item in (spec.doc.get("webhooks") or {}).items():
        result.update(
            _hook_item(spec, item, str(name), f"$.webhooks{_quote(str(name))}", f"webhook {name}")
        )
    return result


def _callbacks(spec: Spec, op: Operation, location: str) -> dict[tuple[str, ...], Hook]:
    """An operation's callbacks, keyed by callback name, expression and method."""
    result: dict[tuple[str, ...], Hook] = {}
    for name, callback in (op.raw.get("callbacks") or {}).items():
        callback = spec.resolve(callback)
        for expression, item in (callback or {}).items():
            hooks = _hook_item(
                spec,
                item,
                f"{name} {expression}",
                f"{location}.callbacks{_quote(str(name))}{_quote(str(expression))}",
                f"callback {name} of {op.operation_id}",
            )
            result.update(
                {(str(name), str(expression), key[1]): hook for key, hook in hooks.items()}
            )
    return result


def diff_documents(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every change from ``old`` to ``new`` (bundled documents), in a stable order."""
    return sort_changes(DocumentDiff(old, new).run())


def sort_changes(changes: Iterable[Change]) -> list[Change]:
    """Group by operation (document first), groups with breaking changes first; within a
    group breaking first, then by location and rule."""
    changes = list(changes)
    breaking_groups = {c.operation for c in changes if c.breaking}

    def group_key(change: Change) -> tuple[int, int, str, str, str]:
        method, _, path = (change.endpoint or "").partition(" ")
        return (
            0 if change.operation in breaking_groups else 1,
            0 if change.operation is None else 1,
            path,
            method,
            change.operation or "",
        )

    order = list(RULES)
    return sorted(
        changes,
        key=lambda c: (
            *group_key(c),
            0 if c.breaking else 1,
            c.location,
            order.index(c.rule),
            c.message,
        ),
    )


__all__ = ["DocumentDiff", "diff_documents", "sort_changes"]
