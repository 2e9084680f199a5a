"""The checks of one exchange against the spec: route, request, response, error catalogue.

:class:`ContractChecker` is shared by the proxy (each exchange as it happens) and ``verify``
(recorded exchanges, offline). It reuses the mock's compiled spec: routing
(:class:`~generator.mock.routing.Router`) and request validation
(:meth:`~generator.mock.validation.RequestValidator.check`, which names the documented error
the vendor should answer). Response validators are compiled on first use and cached per
(operation, status, media type); error codes and messages are matched against the error
catalogue (:func:`~generator.catalogue.build_catalogue`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import orjson

from ..catalogue import Entry, build_catalogue
from ..mock.answers import Answers
from ..mock.compiled import CompiledOperation, CompiledSpec
from ..mock.policy import is_presented, read_credential
from ..mock.routing import NoRoute, Router
from ..mock.validation import Rejection, RequestValidator, parse_query
from ..schemas import compile_validator
from ..specmodel import Operation, Parameter, Spec
from .exchange import Exchange
from .findings import Finding
from .places import SpecPlaces, escape
from .secrets import REDACTED, Redactor, scrub
from .shapes import FieldWalker

MAX_SCHEMA_FINDINGS = 5
"""Schema violations and undeclared fields reported per exchange (the rest are counted)."""
EVIDENCE_CHARS = 240
_INDEX = re.compile(r"/\d+(?=/|$)")
_NOT_COMPARABLE = frozenset({401, 403, 407, 413, 429})
"""Statuses a vendor answers before it validates a request (credentials, account, payload
size, rate limit): an invalid request answered with one of them says nothing about it."""


@dataclass(frozen=True)
class Expected:
    """The documented error a request should get: its example (``None`` for a
    conventional answer), status, error id and what is wrong, and the spec place of the rule."""

    example: str | None
    status: int
    error_id: str | None
    code: str | None
    reason: str
    pointer: str
    rejection: Rejection


def media_matches(documented: str, actual: str) -> bool:
    """Whether a response media type matches a documented key (``application/*``, ``*/*``)."""
    if documented == actual or documented == "*/*":
        return True
    if documented.endswith("/*"):
        return actual.startswith(documented[:-1])
    return False


def is_json(media: str) -> bool:
    return media == "application/json" or media.endswith("+json")


def message_matches(documented: str, actual: str) -> bool:
    """Whether ``actual`` is the documented message (a ``…`` stands for filled-in text)."""
    if "…" not in documented:
        return documented == actual
    pattern = ".*".join(re.escape(part) for part in documented.split("…"))
    return re.fullmatch(pattern, actual, re.DOTALL) is not None


class ContractChecker:
    """Checks exchanges of one API against its bundled spec."""

    def __init__(self, api: str, places: SpecPlaces) -> None:
        self.api = api
        self.places = places
        self.document = places.document
        self.compiled = CompiledSpec(api, self.document)
        self.spec: Spec = self.compiled.spec
        self.answers = Answers(self.spec)
        self.router = Router(self.compiled)
        self.validator = RequestValidator(self.compiled, self.answers)
        self.redactor = Redactor(self.spec)
        self.fields = FieldWalker(places)
        catalogue = build_catalogue(api, self.document)
        self.entries: dict[tuple[str, int], list[Entry]] = {}
        self.code_places: dict[str, list[str]] = {}
        for entry in catalogue.entries:
            if entry.status is None:
                continue
            for operation in entry.operations:
                self.entries.setdefault((operation, entry.status), []).append(entry)
            if entry.code is not None:
                where = f"{', '.join(entry.operations[:3])} at {entry.status}"
                self.code_places.setdefault(entry.code, []).append(where)
        self._validators: dict[tuple[str, str, str], Any] = {}
        self._header_validators: dict[str, Any] = {}

    # -- entry point --------------------------------------------------------------------------

    def route(self, exchange: Exchange) -> tuple[CompiledOperation, dict[str, str]] | NoRoute:
        path = exchange.path
        return self.router.resolve(path, exchange.method.lower())

    def check(self, exchange: Exchange) -> list[Finding]:
        """Every disagreement between ``exchange`` and the spec (secrets redacted); none for
        an answer the proxy gave itself (not the vendor's)."""
        if exchange.answered_by != "upstream":
            return []
        found = self.route(exchange)
        if isinstance(found, NoRoute):
            findings = [self._unknown_route(exchange, found)]
            operation = None
        else:
            op, raw_params = found
            operation = op.operation_id
            response = list(self._response(op, exchange))
            request = self._request(op, raw_params, exchange, response)
            findings = [*request, *response]
        if not findings:
            return findings
        secrets = self.redactor.secrets(exchange, operation)
        return [
            Finding(
                f.kind,
                f.operation,
                f.method,
                f.route,
                f.pointer,
                f.location,
                scrub(f.message, secrets),
                scrub(f.evidence, secrets),
            )
            for f in findings
        ]

    def _finding(
        self,
        kind: str,
        op: Operation | None,
        exchange: Exchange,
        pointer: str,
        message: str,
        evidence: str = "",
    ) -> Finding:
        canonical = self.places.canonical(pointer)
        return Finding(
            kind=kind,
            operation=op.operation_id if op is not None else None,
            method=exchange.method.upper(),
            route=op.path if op is not None else exchange.path,
            pointer=canonical,
            location=self.places.locate(canonical),
            message=message,
            evidence=evidence,
        )

    def error_id(self, op: CompiledOperation, status: int, body: Any) -> str | None:
        """The catalogue id of an error answer: its code, else (no code) the id of the
        documented error at this status whose message it carries; ``None`` if neither."""
        code = self.spec.error_code(body)
        if code is not None:
            return code
        message = self.spec.error_message(body)
        if message is None:
            return None
        for entry in self.entries.get((op.operation_id, status), []):
            if entry.code is None and any(message_matches(m, message) for m in entry.messages):
                return entry.id
        return None

    # -- route --------------------------------------------------------------------------------

    def _unknown_route(self, exchange: Exchange, found: NoRoute) -> Finding:
        route, _ = self.router.match(exchange.path)
        evidence = f"answered {exchange.status}"
        if found.status == 405 and route is not None:
            return self._finding(
                "unknown-route",
                None,
                exchange,
                self.places.path_item(route.template),
                f"{exchange.method.upper()} is not documented for {route.template} "
                f"(documented: {route.allow})",
                evidence,
            )
        prefix = self.compiled.prefix
        outside = bool(prefix) and not (
            exchange.path == prefix or exchange.path.startswith(prefix + "/")
        )
        where = f"outside the server path {prefix}" if outside else "matches no path of the spec"
        return self._finding(
            "unknown-route", None, exchange, "/paths", f"{exchange.path} {where}", evidence
        )

    # -- request ------------------------------------------------------------------------------

    def expected_error(
        self, op: CompiledOperation, raw_params: dict[str, str], exchange: Exchange
    ) -> Expected | None:
        """The documented error the request should get (``None``: the spec accepts it, or
        its body was not captured)."""
        missing = self._missing_credential(op, exchange)
        if missing is not None:
            return missing
        if exchange.request_body is None:
            return None
        headers: dict[str, str] = {}
        for name, value in exchange.request_headers:
            headers[name] = value
        rejection = self.validator.check(
            op, raw_params, exchange.query, headers, exchange.request_body
        )
        if rejection is None:
            return None
        error_id, code = self._identity(op, rejection.example)
        documented = op.errors.get(rejection.example or "")
        reason = rejection.message or (
            self.spec.error_message(documented.value) if documented else None
        )
        return Expected(
            rejection.example,
            rejection.status,
            error_id,
            code,
            reason or rejection.example or "invalid request",
            self._rule_pointer(op, rejection.example),
            rejection,
        )

    def _missing_credential(self, op: CompiledOperation, exchange: Exchange) -> Expected | None:
        requirements = op.op.security
        if not requirements or any(not requirement for requirement in requirements):
            return None
        first = None
        for requirement in requirements:
            for name in requirement:
                scheme = self.spec.security_schemes.get(name)
                if scheme is None or scheme.kind == "other" or self._presented(scheme, exchange):
                    return None
                first = first or (name, scheme)
        if first is None or first[1].auth_errors is None:
            return None
        name, scheme = first
        example = scheme.auth_errors.missing if scheme.auth_errors else None
        if example is None or example not in op.errors:
            return None
        status = op.errors[example].status
        where = f"/components/securitySchemes/{escape(name)}"
        reason = f"no credential ({scheme.param if scheme.kind == 'api-key' else 'Authorization'})"
        rejection = Rejection(example, status, None)
        error_id, code = self._identity(op, example)
        return Expected(example, status, error_id, code, reason, where, rejection)

    @staticmethod
    def _presented(scheme: Any, exchange: Exchange) -> bool:
        """Whether the request presented a credential for ``scheme``, as the mock reads it."""
        query = parse_query(exchange.query) or {}
        return is_presented(read_credential(scheme, dict(exchange.request_headers), query), scheme)

    def _identity(
        self, op: CompiledOperation, example: str | None
    ) -> tuple[str | None, str | None]:
        """(error id, code) of a documented error example."""
        if example is None:
            return None, None
        documented = op.errors.get(example) or self.spec.named_example(example)
        if documented is None:
            return example, None
        return self.spec.error_id(example, documented.value), self.spec.error_code(documented.value)

    def _rule_pointer(self, op: CompiledOperation, example: str | None) -> str:
        """Where the rule that names ``example`` is written: the keyword of the mapped
        parameter or body field (``required``: the parent's list), else the request body,
        else the operation."""
        base = self.places.operation(op.op)
        if example is not None:
            for pointer, param in self._parameters(op.op):
                for keyword, name in param.error_codes.items():
                    if name == example:
                        where = "required" if keyword == "required" else f"schema/{keyword}"
                        return self._keyword(pointer, where)
            if op.op.request_schema is not None:
                schema = f"{base}/requestBody/content/application~1json/schema"
                for site in self.spec.sites(op.op.request_schema):
                    for keyword, name in site.mapping.items():
                        if name != example:
                            continue
                        if keyword == "required":
                            parent = site.location.rpartition(".")[0]
                            return f"{self.places.schema_field(schema, parent)}/required"
                        field = self.places.schema_field(schema, site.location)
                        return self._keyword(field, escape(keyword))
        if op.op.request_body is not None:
            return f"{base}/requestBody"
        return base

    def _keyword(self, pointer: str, keyword: str) -> str:
        """``pointer``'s ``keyword`` (a relative pointer) where the node has it, else the node."""
        canonical = self.places.canonical(pointer)
        found = self.places.canonical(f"{canonical}/{keyword}")
        return found if found.endswith(keyword) else canonical

    def _parameters(self, op: Operation) -> Iterator[tuple[str, Parameter]]:
        """(pointer, parameter) of the operation's and its path item's parameters."""
        base = self.places.operation(op)
        item = self.places.path_item(op.path)
        path_item = self.spec.resolve(self.spec.doc["paths"][op.path])
        for owner, raw in ((base, op.raw), (item, path_item)):
            for index, param in enumerate(raw.get("parameters") or ()):
                yield f"{owner}/parameters/{index}", Parameter.from_spec(self.spec.resolve(param))

    def _request(
        self,
        op: CompiledOperation,
        raw_params: dict[str, str],
        exchange: Exchange,
        response_findings: list[Finding],
    ) -> list[Finding]:
        expected = self.expected_error(op, raw_params, exchange)
        if expected is None:
            return []
        status = exchange.status
        if status >= 500 or (status in _NOT_COMPARABLE and status != expected.status):
            return []
        if any(
            f.kind in ("undocumented-status", "undocumented-error-code") for f in response_findings
        ):
            return []  # the answer itself is reported
        answer = self._json(exchange.response_body)
        if status == expected.status:
            code = self.spec.error_code(answer)
            if expected.code is None or code is None or code == expected.code:
                return []
            got = f"{status} {code}"
        else:
            code = self.spec.error_code(answer) if status >= 400 else None
            got = f"{status} {code}" if code else str(status)
        want = (
            f"{expected.status} {expected.error_id}" if expected.error_id else str(expected.status)
        )
        verdict = "accepted it" if status < 400 else f"answered {got}"
        return [
            self._finding(
                "request-invalid",
                op.op,
                exchange,
                expected.pointer,
                f"the spec rejects this request ({expected.reason}) with {want}; "
                f"the vendor {verdict}",
                self._evidence(exchange),
            )
        ]

    # -- response -----------------------------------------------------------------------------

    def _response(self, op: CompiledOperation, exchange: Exchange) -> Iterator[Finding]:
        status = exchange.status
        responses = op.op.responses
        key = next(
            (k for k in (str(status), f"{status // 100}XX", "default") if k in responses), None
        )
        base = self.places.operation(op.op)
        if key is None:
            yield self._finding(
                "undocumented-status",
                op.op,
                exchange,
                f"{base}/responses",
                f"status {status} is not documented for {op.operation_id} "
                f"(documented: {', '.join(sorted(responses))})",
                self._evidence(exchange),
            )
            return
        response = responses[key]
        pointer = f"{base}/responses/{key}"
        yield from self._headers(op, exchange, response, pointer)
        if exchange.method.upper() == "HEAD" or status in (204, 304):
            return
        body = exchange.response_body
        if body is None:
            return  # not captured
        content: dict[str, Any] = response.get("content") or {}
        if not content:
            if body.strip():
                yield self._finding(
                    "response-schema",
                    op.op,
                    exchange,
                    pointer,
                    f"the spec documents no body for {key}; the vendor sent "
                    f"{len(body)} bytes of {exchange.media_type or 'unknown type'}",
                    self._evidence(exchange),
                )
            return
        media = exchange.media_type
        documented: str | None = next(iter(content))
        if media is not None:
            documented = next((m for m in content if media_matches(m.lower(), media)), None)
        if documented is None:
            yield self._finding(
                "undocumented-content-type",
                op.op,
                exchange,
                f"{pointer}/content",
                f"{media} is not documented for {key} (documented: {', '.join(content)})",
                self._evidence(exchange),
            )
            return
        if not is_json(documented.lower()):
            return
        media_pointer = f"{pointer}/content/{escape(documented)}"
        if not body.strip():
            yield self._finding(
                "response-schema",
                op.op,
                exchange,
                media_pointer,
                f"the body is empty; {documented} is documented for {key}",
            )
            return
        try:
            value = orjson.loads(body)
        except orjson.JSONDecodeError:
            yield self._finding(
                "response-schema",
                op.op,
                exchange,
                media_pointer,
                f"the body is not valid JSON; {documented} is documented for {key}",
                self._evidence(exchange),
            )
            return
        skip: set[str] = set()
        if status >= 400:
            for finding in self._error_identity(op, exchange, value, key, media_pointer):
                skip.add(finding.kind)
                yield finding
        yield from self._schema(op, exchange, value, key, documented, media_pointer, skip)

    def _headers(
        self, op: CompiledOperation, exchange: Exchange, response: dict[str, Any], pointer: str
    ) -> Iterator[Finding]:
        for name, raw in (response.get("headers") or {}).items():
            if name.lower() == "content-type":
                continue  # OpenAPI ignores a Content-Type header definition
            header = self.spec.resolve(raw)
            value = exchange.response_header(name.lower())
            where = f"{pointer}/headers/{escape(name)}"
            if value is None:
                if header.get("required"):
                    yield self._finding(
                        "missing-header",
                        op.op,
                        exchange,
                        f"{where}/required",
                        f"{name} is required on {exchange.status} and absent",
                    )
                continue
            schema = header.get("schema")
            if not isinstance(schema, dict) or value == REDACTED:
                continue
            validator = self._header_validator(where, schema)
            if not validator.is_valid(value):
                error = next(iter(validator.iter_errors(value)))
                yield self._finding(
                    "header-invalid",
                    op.op,
                    exchange,
                    f"{where}/schema",
                    f"{name} does not match its schema: {_short(error.message)}",
                )

    def _header_validator(self, pointer: str, schema: dict[str, Any]) -> Any:
        found = self._header_validators.get(pointer)
        if found is None:
            resolved = dict(self.spec.resolve(schema))
            if resolved.get("type") in ("integer", "number", "boolean"):
                resolved = {"type": "string"}  # a header's text is not retyped here
            found = self._header_validators[pointer] = compile_validator(resolved, self.document)
        return found

    def _error_identity(
        self,
        op: CompiledOperation,
        exchange: Exchange,
        body: Any,
        key: str,
        media_pointer: str,
    ) -> Iterator[Finding]:
        """Error code and message against the catalogue entries of (operation, status)."""
        status = exchange.status
        entries = self.entries.get((op.operation_id, status), [])
        envelope = self.spec.envelope
        code = self.spec.error_code(body) if envelope.code else None
        examples = f"{media_pointer}/examples"
        if code is not None:
            candidates = [e for e in entries if e.code == code]
            if not candidates:
                documented = sorted({e.code for e in entries if e.code})
                elsewhere = self.code_places.get(code)
                note = f"; the catalogue has it for {'; '.join(elsewhere[:3])}" if elsewhere else ""
                yield self._finding(
                    "undocumented-error-code",
                    op.op,
                    exchange,
                    examples,
                    f"error code {code!r} is not documented for {op.operation_id} at {status} "
                    f"(documented: {', '.join(documented) or 'none'}){note}",
                    self._evidence(exchange),
                )
                return
        else:
            candidates = [e for e in entries if e.code is None]
            if not candidates:
                if envelope.code and entries:
                    documented = sorted({e.code for e in entries if e.code})
                    yield self._finding(
                        "undocumented-error-code",
                        op.op,
                        exchange,
                        examples,
                        f"the error body has no code ({envelope.code}); documented at {status}: "
                        f"{', '.join(documented)}",
                        self._evidence(exchange),
                    )
                return
        message = self.spec.error_message(body)
        if message is None or message == REDACTED:
            return  # a missing message is the schema's business
        if any(not e.message_documented or e.convention for e in candidates):
            return  # smsspec's own wording: the vendor's is not known
        if any(message_matches(m, message) for e in candidates for m in e.messages):
            return
        entry = candidates[0]
        documented_messages = "; ".join(repr(m) for e in candidates for m in e.messages)
        yield self._finding(
            "undocumented-error-message",
            op.op,
            exchange,
            self._example_pointer(op, entry, examples),
            f"message {message!r} is not a documented message of {entry.id} at {status} "
            f"(documented: {documented_messages})",
            self._evidence(exchange),
        )

    def _example_pointer(self, op: CompiledOperation, entry: Entry, examples: str) -> str:
        node = self.places.resolve(self.places.canonical(examples))
        for name in entry.examples:
            if isinstance(node, dict) and name in node:
                return f"{examples}/{escape(name)}"
            if name in self.spec.examples:
                return f"/components/examples/{escape(name)}"
        return examples

    def _schema(
        self,
        op: CompiledOperation,
        exchange: Exchange,
        value: Any,
        key: str,
        media: str,
        media_pointer: str,
        skip: set[str],
    ) -> Iterator[Finding]:
        schema_pointer = f"{media_pointer}/schema"
        validator = self._validator(op, key, media)
        if validator is None:
            return
        envelope = self.spec.envelope
        skipped = set()  # envelope fields a code or message finding already reports
        if "undocumented-error-code" in skip and envelope.code:
            skipped.add(envelope.code)
        if "undocumented-error-message" in skip:
            skipped.add(envelope.message)
        base = self.places.canonical(schema_pointer)
        reported: set[tuple[str, str]] = set()
        errors = validator.iter_errors(value) if not validator.is_valid(value) else ()
        for error in errors:
            keyword = str(error.schema_path[-1]) if error.schema_path else "schema"
            if error.instance == REDACTED or _about(error, keyword, skipped):
                continue
            path = "/" + "/".join(escape(str(p)) for p in error.instance_path)
            pointer = _error_pointer(base, list(error.schema_path))
            message = f"{_INDEX.sub('/*', path) if path != '/' else 'the body'} fails {keyword}"
            if (pointer, message) in reported:
                continue
            reported.add((pointer, message))
            if len(reported) > MAX_SCHEMA_FINDINGS:
                break
            yield self._finding(
                "response-schema",
                op.op,
                exchange,
                pointer,
                message,
                _short(error.message),
            )
        undeclared: set[tuple[str, str]] = set()
        for found in self.fields.undeclared(value, schema_pointer):
            where = _INDEX.sub("/*", found.path)
            if (found.schema, where) in undeclared:
                continue
            undeclared.add((found.schema, where))
            if len(undeclared) > MAX_SCHEMA_FINDINGS:
                break
            node = self.places.resolve(found.schema)
            target = (
                f"{found.schema}/properties"
                if isinstance(node, dict) and "properties" in node
                else found.schema
            )
            yield self._finding(
                "undocumented-field",
                op.op,
                exchange,
                target,
                f"{where} is not declared by the {key} schema",
                f"{found.name}: {type_name(_at(value, found.path))}",
            )

    def _validator(self, op: CompiledOperation, key: str, media: str) -> Any:
        cache_key = (op.operation_id, key, media)
        if cache_key not in self._validators:
            content = op.op.responses[key].get("content") or {}
            schema = (content.get(media) or {}).get("schema")
            self._validators[cache_key] = (
                compile_validator(schema, self.document, formats=True)
                if isinstance(schema, dict)
                else None
            )
        return self._validators[cache_key]

    # -- helpers ------------------------------------------------------------------------------

    @staticmethod
    def _json(body: bytes | None) -> Any:
        if not body:
            return None
        try:
            return orjson.loads(body)
        except orjson.JSONDecodeError:
            return None

    @staticmethod
    def _evidence(exchange: Exchange) -> str:
        body = exchange.response_body or b""
        text = body[:EVIDENCE_CHARS].decode("utf-8", "replace").replace("\n", " ")
        more = "…" if len(body) > EVIDENCE_CHARS else ""
        return f"{exchange.status} {text}{more}".strip()


def _about(error: Any, keyword: str, fields: set[str]) -> bool:
    """Whether a validation error is about one of the dotted body ``fields`` (its value,
    or its absence from a ``required`` list)."""
    where = ".".join(str(p) for p in error.instance_path)
    for name in fields:
        parent, _, leaf = name.rpartition(".")
        if where == name or (
            keyword == "required" and where == parent and f'"{leaf}"' in error.message
        ):
            return True
    return False


def _error_pointer(base: str, schema_path: list[Any]) -> str:
    """The spec pointer of a validation error's keyword (validators wrap the schema as
    ``{"allOf": [schema], "components": …}``)."""
    tokens = [str(token) for token in schema_path]
    if tokens[:1] == ["components"]:
        return "/" + "/".join(escape(t) for t in tokens)
    if tokens[:2] == ["allOf", "0"]:
        tokens = tokens[2:]
    return base + "".join(f"/{escape(t)}" for t in tokens)


def _at(value: Any, path: str) -> Any:
    for token in path.lstrip("/").split("/") if path else ():
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(value, dict):
            value = value.get(token)
        elif isinstance(value, list) and token.isdigit() and int(token) < len(value):
            value = value[int(token)]
        else:
            return None
    return value


def type_name(value: Any) -> str:
    """The JSON type of a value."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _short(text: str) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= EVIDENCE_CHARS else text[:EVIDENCE_CHARS] + "…"
