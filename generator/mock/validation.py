"""Request validation: parameters and body against the compiled spec, failures named.

:class:`RequestValidator` checks one request the way the vendor documents it: each failure is
the error example that ``x-error-codes`` maps the violated keyword to, the operation's
generic malformed-request error (``x-malformed-request``, else its ``x-convention`` 400, else
its first 400) when nothing is mapped, or a conventional 400 when the operation documents no
400 at all. :meth:`RequestValidator.check` is the public entry point (the mock's pipeline,
the validating proxy and the benchmarks call it); it never walks the spec: validators are
compiled once in :class:`~generator.mock.compiled.CompiledSpec`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, unquote_plus

import orjson

from ..specmodel import FORM_MEDIA_TYPE
from .answers import Answer, Answers, MockError
from .compiled import CompiledOperation, CompiledSpec, Param

MAX_QUERY_PARAMS = 1000
_INT = re.compile(r"^-?[0-9]+$")
_NUMBER = re.compile(r"^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$")
_MAX_INT_DIGITS = 1000
_INVALID = object()


@dataclass
class Validated:
    """A request that passed validation: typed parameters and the parsed body."""

    path: dict[str, Any]
    query: dict[str, Any]
    body: Any


@dataclass(frozen=True)
class Rejection:
    """Why a request is invalid: the error example the vendor answers (``None`` for a
    conventional answer), its status, the specific message and the body fields the answer
    fills in (the offending parameter), so that ``Answers.error`` rebuilds the exact answer."""

    example: str | None
    status: int
    message: str | None
    fields: Mapping[str, Any] = field(default_factory=dict)


class RequestValidator:
    """Validates requests of one compiled spec."""

    def __init__(self, compiled: CompiledSpec, answers: Answers) -> None:
        self.compiled = compiled
        self.answers = answers
        self.envelope = compiled.spec.envelope
        self.malformed = compiled.spec.malformed_request

    def validate(
        self,
        op: CompiledOperation,
        raw_path: dict[str, str],
        query_string: str,
        headers: dict[str, str],
        raw_body: bytes,
    ) -> Validated:
        """The validated request; raises :class:`MockError` or :class:`Answer`."""
        if op.params or query_string:
            path, query = self.parameters(op, raw_path, query_string, headers)
        else:
            path, query = {}, {}
        return Validated(path, query, self.body(op, headers, raw_body))

    def check(
        self,
        op: CompiledOperation,
        raw_path: dict[str, str],
        query_string: str,
        headers: dict[str, str],
        raw_body: bytes,
    ) -> Rejection | None:
        """``None`` for a valid request, else what the vendor answers it with."""
        try:
            self.validate(op, raw_path, query_string, headers, raw_body)
        except MockError as error:
            example = op.errors.get(error.example)
            status = error.status or (example.status if example else 400)
            return Rejection(error.example, status, error.message, dict(error.fields))
        except Answer as answer:
            message = self.compiled.spec.error_message(answer.body)
            return Rejection(None, answer.status, message)
        return None

    # -- parameters ---------------------------------------------------------------------------

    def parameters(
        self,
        op: CompiledOperation,
        raw_path: dict[str, str],
        query_string: str,
        headers: dict[str, str],
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        query = parse_query(query_string)
        if query is None:
            self._malformed(op, "param", f"more than {MAX_QUERY_PARAMS} query parameters")
        path_values: dict[str, Any] = {}
        query_values: dict[str, Any] = {}
        for param in op.params:
            if param.location == "path":
                raw: list[str] | None = [unquote(raw_path.get(param.name, ""))]
            elif param.location == "query":
                raw = (query or {}).get(param.name)
            elif param.location == "header":
                raw = [headers[param.name.lower()]] if param.name.lower() in headers else None
            else:
                continue
            if raw is None:
                if param.required:
                    self._param_error(op, param, "required", f"{param.name} is required")
                continue
            value = coerce(param, raw)
            if value is _INVALID or not param.validator.is_valid(value):
                violation = (
                    self.compiled.checker.first_violation(param.schema, value)
                    if value is not _INVALID
                    else None
                )
                keyword = violation.keyword if violation else "type"
                message = (
                    f"{param.name} {violation.message}"
                    if violation
                    else f"{param.name} must be of type {param.kind}"
                )
                self._param_error(op, param, keyword, message)
            (path_values if param.location == "path" else query_values)[param.name] = value
        return path_values, query_values

    def _param_error(self, op: CompiledOperation, param: Param, keyword: str, message: str) -> None:
        name = param.mapping.get(keyword) or param.mapping.get("*")
        if name is not None:
            fields = {self.envelope.param: param.name} if self.envelope.param else None
            raise MockError(name, fields=fields, message=self._filled(op, name, message))
        if param.location == "path":
            not_found = op.first_error(404)
            if not_found is not None:
                raise MockError(not_found)
        self._malformed(op, "param", message)

    # -- body ---------------------------------------------------------------------------------

    def body(self, op: CompiledOperation, headers: dict[str, str], raw: bytes) -> Any:
        if op.body_media is None:
            return None
        content_type = headers.get("content-type", "")
        if content_type != "application/json":
            content_type = content_type.split(";", 1)[0].strip().lower()
        if op.form_fields is not None:
            if raw and content_type and content_type != FORM_MEDIA_TYPE:
                self._malformed(op, "content-type", f"Content-Type must be {FORM_MEDIA_TYPE}")
            body: Any = self._form(op, raw)
        elif op.body_media != "application/json" and not op.body_media.endswith("+json"):
            return raw
        else:
            json_type = content_type == "application/json" or content_type.endswith("+json")
            if raw and content_type and not json_type:
                self._malformed(op, "content-type", "Content-Type must be application/json")
            if not raw.strip():
                body = {} if op.body_required or raw == b"" else None
            else:
                try:
                    body = orjson.loads(raw)
                except orjson.JSONDecodeError:
                    self._malformed(op, "json", "Request body is not valid JSON")
        if op.body_validator is not None and (
            op.needs_checker or not op.body_validator.is_valid(body)
        ):
            try:
                violation = self.compiled.checker.first_violation(op.body_schema, body)
            except RecursionError:  # JSON nested deeper than the checker can walk
                self._malformed(op, "body", "Request body is nested too deeply")
            if violation is not None:
                if violation.error is not None:
                    # ``param`` names the field, not the item: attachments[0] -> attachments.
                    where = re.sub(r"\[\d+\]", "", violation.location)
                    fields = {self.envelope.param: where} if self.envelope.param and where else None
                    message = self._filled(op, violation.error, violation.message)
                    raise MockError(violation.error, fields=fields, message=message)
                self._malformed(op, "body", violation.message)
            elif not op.body_validator.is_valid(body):
                first = next(iter(op.body_validator.iter_errors(body)))
                where = ".".join(str(part) for part in first.instance_path)
                self._malformed(op, "body", f"{where}: {first.message}" if where else first.message)
        if op.body_required and not raw.strip():
            # An absent body reads as ``{}`` so that required fields get their documented
            # codes (missing_to…); when ``{}`` is acceptable (all-optional updates), a
            # required body is still missing.
            self._malformed(op, "body", "Request body is required")
        return body

    def _form(self, op: CompiledOperation, raw: bytes) -> dict[str, Any]:
        """A form-encoded body as the JSON its schema describes: each field read as its
        property's type (repeated fields for arrays); text that is not of that type stays text
        and fails validation with the field's name."""
        assert op.form_fields is not None
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            self._malformed(op, "body", "Request body is not UTF-8 form data")
        pairs = parse_query(text.replace("\r", "").replace("\n", ""))
        if pairs is None:
            self._malformed(op, "body", f"more than {MAX_QUERY_PARAMS} form fields")
        body: dict[str, Any] = {}
        for name, values in (pairs or {}).items():
            kind, item = op.form_fields.get(name, ("string", None))
            if kind == "array":
                body[name] = [_typed(item or "string", value) for value in values]
            else:
                body[name] = _typed(kind, values[-1])
        return body

    def _filled(self, op: CompiledOperation, name: str, violation: str) -> str | None:
        """A documented message whose ``…`` the vendor fills in ("status must be one of: …"),
        filled with the allowed values the violation names; ``None`` keeps the example's."""
        example = op.errors.get(name) or self.compiled.spec.named_example(name)
        documented = self.compiled.spec.error_message(example.value) if example else None
        if not documented or "…" not in documented or "must be one of: " not in violation:
            return None
        allowed = violation.split("must be one of: ", 1)[1].replace('"', "")
        return documented.replace("…", allowed)

    # -- malformed requests -------------------------------------------------------------------

    def fallback(self, op: CompiledOperation, kind: str) -> str | None:
        """The example a malformed request (``kind``: json, content-type, body, param) that
        no ``x-error-codes`` names is answered with, or ``None`` (conventional 400)."""
        if self.malformed is not None:
            for name in (*self.malformed.get(kind), *self.malformed.any):
                if name in op.errors:
                    return name
        for name, example in op.errors.items():
            if example.status == 400 and example.convention:
                return name
        return op.first_error(400)

    def _malformed(self, op: CompiledOperation, kind: str, message: str) -> None:
        name = self.fallback(op, kind)
        if name is None:
            raise self.answers.conventional(400, message)
        example = op.errors[name]
        # A vendor-documented message is kept; smsspec's own wording is made specific.
        documented = example.message_documented and not example.convention
        raise MockError(name, message=None if documented else message)


def parse_query(text: str) -> dict[str, list[str]] | None:
    """Query parameters (blank values kept); ``None`` when there are too many of them."""
    query: dict[str, list[str]] = {}
    if not text:
        return query
    parts = text.split("&")
    if len(parts) > MAX_QUERY_PARAMS:
        return None
    for part in parts:
        if not part:
            continue
        name, _, value = part.partition("=")
        if "%" in name or "+" in name:
            name = unquote_plus(name)
        if "%" in value or "+" in value:
            value = unquote_plus(value)
        query.setdefault(name, []).append(value)
    return query


def _typed(kind: str, text: str) -> Any:
    """Form text as ``kind`` when it reads as one, else the text itself."""
    if kind in ("integer", "number", "boolean"):
        value = coerce(Param("", "", False, {}, kind, None, {}), [text])
        return text if value is _INVALID else value
    return text


def coerce(param: Param, values: list[str]) -> Any:
    """A parameter's raw text as its schema's JSON type (an invalid marker when it is not)."""
    if param.kind == "array":
        return values
    text = values[-1]
    if param.kind == "integer":
        # Any size is a valid integer (the specs give most counters no maximum); the length
        # cap only keeps int() far below CPython's 4,300-digit conversion limit.
        return int(text) if _INT.match(text) and len(text) <= _MAX_INT_DIGITS else _INVALID
    if param.kind == "number":
        if not _NUMBER.match(text) or len(text) > 64:
            return _INVALID
        number = float(text)
        return number if math.isfinite(number) else _INVALID
    if param.kind == "boolean":
        return {"true": True, "false": False}.get(text, _INVALID)
    return text
