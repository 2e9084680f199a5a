"""What the mock answers: success replies, documented errors and conventional errors.

Every stage of the pipeline (policy, validation, the engine, plugins) fails a request by
raising :class:`MockError` with the *name* of a documented error example; :class:`Answers`
turns that into the example's status and body, with the provider's envelope filled in
(message, offending parameter, request id). Requests the docs are silent about get a
*conventional* body in the provider's envelope, and say so in ``X-Smsspec-Undocumented``.
"""

from __future__ import annotations

import copy
import json
import logging
import secrets
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

import orjson

from ..specmodel import Spec, get_field, set_field
from .compiled import CompiledOperation

log = logging.getLogger("smsspec.mock")

Headers = list[tuple[bytes, bytes]]
UNDOCUMENTED_HEADER = b"x-smsspec-undocumented"
"""Set on answers the spec does not document (a conventional body), with the reason."""


class MockError(Exception):
    """Answer the request with the documented error example ``example``.

    ``message`` replaces the example's message (e.g. to fill in a documented ``…``), ``fields``
    are merged into the body (dotted paths), ``headers`` added to the response, ``status``
    overrides the example's status."""

    def __init__(
        self,
        example: str,
        *,
        message: str | None = None,
        fields: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        status: int | None = None,
    ) -> None:
        super().__init__(example)
        self.example = example
        self.message = message
        self.fields = fields or {}
        self.headers = headers or {}
        self.status = status


@dataclass
class Reply:
    """A success answer (the status defaults to the operation's documented success status)."""

    body: Any
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)


class Answer(Exception):
    """A ready response that short-circuits the pipeline."""

    def __init__(self, status: int, body: Any, headers: Headers | None = None) -> None:
        super().__init__(status)
        self.status = status
        self.body = body
        self.headers = headers or []


def reason(status: int) -> str:
    """The HTTP reason phrase of ``status`` (``Error`` for non-IANA codes)."""
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def copy_json(value: Any) -> Any:
    """A deep copy of a JSON value (an orjson round trip is several times faster; integers
    beyond 64 bits, which orjson refuses, take the slow path)."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    try:
        return orjson.loads(orjson.dumps(value))
    except TypeError:
        return copy.deepcopy(value)


def encode(body: Any) -> bytes:
    """The wire form of a body (``bytes`` as is, ``None`` as empty)."""
    if body is None:
        return b""
    if isinstance(body, bytes):
        return body
    try:
        return orjson.dumps(body)
    except TypeError:
        # Integers beyond 64 bits are valid JSON that orjson refuses to write.
        return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


class Answers:
    """Builds error answers for one spec."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.envelope = spec.envelope
        self._types_by_status = _error_types(spec)
        self._templates = _status_templates(spec)

    def error(
        self,
        op: CompiledOperation,
        error: MockError,
        request_id: str,
        headers: Headers | None = None,
    ) -> Answer:
        """The documented error body of ``error`` (``headers``: the operation's documented
        response headers, added by the caller that knows them)."""
        example = op.errors.get(error.example)
        if example is not None:
            status, body = example.status, copy_json(example.value)
        else:
            found = self.spec.examples.get(error.example)
            if not isinstance(found, dict) or "value" not in found:
                log.error("%s: undocumented error example %r", op.operation_id, error.example)
                text = f"smsspec mock: {op.operation_id} has no example {error.example!r}"
                return Answer(500, self.conventional_body(500, text))
            status, body = error.status or 400, copy_json(found["value"])
        status = error.status or status
        if isinstance(body, dict):
            if error.message is not None:
                set_field(body, self.envelope.message, error.message)
            for path, value in error.fields.items():
                set_field(body, path, value)
            if self.envelope.request_id and get_field(body, self.envelope.request_id) is not None:
                set_field(body, self.envelope.request_id, request_id)
        extra = [(k.lower().encode(), str(v).encode()) for k, v in error.headers.items()]
        return Answer(status, body, [*(headers or []), *extra])

    def conventional_body(self, status: int, message: str) -> dict[str, Any]:
        """An error body in the provider's envelope for an answer the docs do not give."""
        env = self.envelope
        template = self._templates.get(status)
        body: dict[str, Any] = copy_json(template) if template is not None else {}
        if env.title:
            set_field(body, env.title, reason(status))
        set_field(body, env.message, message)
        error_type = self._types_by_status.get(status)
        if env.type and error_type:
            set_field(body, env.type, error_type)
        if env.request_id:
            set_field(body, env.request_id, "req_" + secrets.token_hex(12))
        return body

    def conventional(self, status: int, message: str, headers: Headers | None = None) -> Answer:
        """A conventional answer, marked undocumented."""
        marker = (UNDOCUMENTED_HEADER, message.encode("latin-1", "replace")[:200])
        return Answer(status, self.conventional_body(status, message), [*(headers or []), marker])


def _status_templates(spec: Spec) -> dict[int, dict[str, Any]]:
    """Per status, the documented body a conventional answer is modelled on, where the
    provider has one code per status (Twilio's 20001 for every 400): every documented error
    of that status carries the same code, so an undocumented answer of it carries it too."""
    seen: dict[int, tuple[str | None, Any]] = {}
    mixed: set[int] = set()
    for op in spec.operations:
        for example in op.iter_error_examples():
            code = spec.error_code(example.value)
            first = seen.setdefault(example.status, (code, example.value))
            if code is None or first[0] != code or not isinstance(example.value, dict):
                mixed.add(example.status)
    return {status: value for status, (_code, value) in seen.items() if status not in mixed}


def _error_types(spec: Spec) -> dict[int, str]:
    """The provider's error ``type`` per status (first documented), for conventional errors."""
    types: dict[int, str] = {}
    field_path = spec.envelope.type
    if not field_path:
        return types
    for op in spec.operations:
        for example in op.iter_error_examples():
            value = get_field(example.value, field_path)
            if isinstance(value, str):
                types.setdefault(example.status, value)
    return types
