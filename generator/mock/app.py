"""The spec-driven mock server: one ASGI app per API, no per-API routing code.

Request pipeline (every step reads the compiled spec): route (404, 405 with ``Allow``) →
fault injection → ``Prefer: example=…`` injection → credential (``x-auth-errors``) → account
rules (provider) → rate limit (``x-rate-limit``) → body size (``x-payload-limit``), content
type and JSON → parameters → body schema, each failure answered with the example named by
``x-error-codes`` → the provider's handler (state, ``x-rules``) → documented response
headers. Any answer is either a documented example or, for malformed input the docs are
silent about, the provider's conventional error body.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import math
import re
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import unquote, unquote_plus

import orjson

from ..specmodel import Spec, get_field, set_field
from .compiled import CompiledOperation, CompiledSpec, Param
from .faults import FAULT_HEADER, Fault, FaultPlan, FaultSyntaxError
from .provider import Account, MockConfig, MockError, Provider, Request

log = logging.getLogger("smsspec.mock")

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]

_INT = re.compile(r"^-?[0-9]+$")
_NUMBER = re.compile(r"^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$")
ADMIN_PREFIX = "/__smsspec"
MAX_QUERY_PARAMS = 1000
MAX_HEADER_BYTES = 16 * 1024
"""Largest header section served (Node.js's default); larger ones are answered 431, as HTTP
servers do. uvicorn with httptools enforces no limit of its own."""


class _Drop(Exception):
    """Abort the exchange without a complete response (simulated connection drop)."""


class _ClientGone(Exception):
    """The client disconnected before its request was read: nobody is left to answer."""


class _Answer(Exception):
    """Short-circuit the pipeline with a ready response."""

    def __init__(
        self, status: int, body: Any, headers: list[tuple[bytes, bytes]] | None = None
    ) -> None:
        super().__init__(status)
        self.status = status
        self.body = body
        self.headers = headers or []


class MockApp:
    """ASGI application serving one API's mock."""

    def __init__(
        self,
        api: str,
        document: dict[str, Any],
        provider_cls: type[Provider],
        config: MockConfig | None = None,
    ) -> None:
        self.api = api
        self.config = config or MockConfig()
        self.compiled = CompiledSpec(api, document)
        self.spec: Spec = self.compiled.spec
        self.envelope = self.spec.envelope
        self.provider = provider_cls(self.compiled, self.config)
        self.faults = FaultPlan()
        self.spec_bytes = orjson.dumps(document)
        self.clock_offset = 0.0
        self._windows: dict[tuple[str, str], tuple[float, int]] = {}
        base_clock = self.config.clock
        self.config.clock = lambda: base_clock() + self.clock_offset
        self.requests_served = 0
        # Request ids: unique per process run (a random prefix, then a counter).
        self._request_ids_prefix = secrets.token_hex(8)
        self._request_ids = itertools.count(1)
        self._types_by_status = _error_types(self.spec)

    def reset(self) -> None:
        """Back to the initial state: provider fixtures, no queued faults, fresh rate windows."""
        self.provider.reset()
        self.faults.clear()
        self._windows.clear()

    # -- ASGI ---------------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        started = False

        async def tracked_send(message: MutableMapping[str, Any]) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self._serve(scope, receive, tracked_send)
        except _ClientGone:
            log.debug("client left before sending its body: %s %s", scope["method"], scope["path"])
        except _Drop:
            raise
        except Exception:
            log.exception("mock internal error on %s %s", scope.get("method"), scope.get("path"))
            if not started:
                await _respond(
                    send,
                    500,
                    orjson.dumps(self._envelope_body(500, "smsspec mock internal error")),
                    [],
                )
        finally:
            self.requests_served += 1

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return

    # -- pipeline -----------------------------------------------------------------------------

    async def _serve(self, scope: Scope, receive: Receive, send: Send) -> None:
        request_id = f"req_{self._request_ids_prefix}{next(self._request_ids):08x}"
        raw_path: bytes = scope.get("raw_path") or scope["path"].encode()
        path = raw_path.decode("latin-1").split("?", 1)[0]
        method = str(scope["method"]).lower()
        headers = {
            k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])
        }
        if sum(len(k) + len(v) + 4 for k, v in scope.get("headers", [])) > MAX_HEADER_BYTES:
            answer = self._conventional(431, f"Request headers exceed {MAX_HEADER_BYTES} bytes")
            await _respond(send, 431, _encode(answer.body), [])
            return
        if path == "/openapi.json" and method == "get":
            await _respond(send, 200, self.spec_bytes, [])
            return
        if path.startswith(ADMIN_PREFIX + "/"):
            status, body = await self._admin(path[len(ADMIN_PREFIX) :], method, receive)
            await _respond(send, status, orjson.dumps(body), [])
            return
        try:
            op, params = self._route(path, method)
            fault = self._fault(headers)
            if fault is not None and fault.before_processing:
                await self._fault_before(fault, op, send)
            status, body, extra = await self._process(
                op, params, scope, headers, receive, request_id
            )
        except _Answer as answer:
            await _respond(send, answer.status, _encode(answer.body), answer.headers)
            return
        response_headers = self._response_headers(op, status, request_id) + extra
        payload = _encode(body)
        if fault is not None and not fault.before_processing:
            await self._fault_after(fault, status, payload, response_headers, send)
            return
        await _respond(send, status, payload, response_headers)

    def _route(self, path: str, method: str) -> tuple[CompiledOperation, dict[str, str]]:
        prefix = self.compiled.prefix
        if prefix and path != prefix and not path.startswith(prefix + "/"):
            raise self._conventional(404, f"No route for {path}")
        sub = path[len(prefix) :] or "/"
        route, params = self.compiled.match(sub)
        if route is None:
            raise self._conventional(404, f"No route for {path}")
        if method == "options" and self.compiled.cors is not None:
            raise _Answer(204, None, self._cors_headers(route.allow))
        op = route.operations.get(method)
        if op is None:
            raise self._conventional(
                405,
                f"Method {method.upper()} not allowed; allowed: {route.allow}",
                [(b"allow", route.allow.encode())],
            )
        return op, params

    def _fault(self, headers: dict[str, str]) -> Fault | None:
        try:
            return self.faults.take(headers.get(FAULT_HEADER))
        except FaultSyntaxError as exc:
            raise self._conventional(400, str(exc)) from exc

    async def _fault_before(self, fault: Fault, op: CompiledOperation, send: Send) -> None:
        if fault.kind == "reset":
            # ASGI cannot drop a connection before a response starts (an ASGI server answers
            # an app that fails first with a complete 500), so start one whose body never
            # comes: the client sees the connection fail without a complete response.
            headers = [(b"content-length", b"64")]
            await send({"type": "http.response.start", "status": 503, "headers": headers})
            raise _Drop()
        if fault.kind == "slow":
            await asyncio.sleep(fault.value / 1000)
            return
        status = fault.value
        name = op.first_error(status)
        if name is not None:
            raise self._error_answer(op, MockError(name), "req_fault")
        raise self._conventional(status, f"Injected fault: HTTP {status}")

    async def _fault_after(
        self,
        fault: Fault,
        status: int,
        payload: bytes,
        headers: list[tuple[bytes, bytes]],
        send: Send,
    ) -> None:
        if fault.kind == "reset-after":
            await send(
                {
                    "type": "http.response.start",
                    "status": status,
                    "headers": [*headers, (b"content-length", str(len(payload) + 64).encode())],
                }
            )
            await send(
                {
                    "type": "http.response.body",
                    "body": payload[: len(payload) // 2],
                    "more_body": True,
                }
            )
            raise _Drop()
        if fault.kind == "timeout":
            await asyncio.sleep(fault.value / 1000)
            await _respond(send, status, payload, headers)
            return
        if fault.kind == "malformed" and status in (204, 304):
            # A 204/304 must not carry a body: a malformed answer is a 200 that is not JSON.
            await _respond(send, 200, b"\x00{not json", headers)
            return
        if fault.kind == "malformed":
            await _respond(send, status, payload[: max(len(payload) // 2, 1)] + b"\x00{", headers)
            return
        await _respond(send, status, payload, headers)

    async def _process(
        self,
        op: CompiledOperation,
        raw_params: dict[str, str],
        scope: Scope,
        headers: dict[str, str],
        receive: Receive,
        request_id: str,
    ) -> tuple[int, Any, list[tuple[bytes, bytes]]]:
        if "prefer" in headers:
            prefer = _parse_prefer(headers["prefer"])
            if prefer:
                self._inject(op, prefer, request_id)
        account = self._authenticate(op, headers, request_id)
        request = Request(
            op=op,
            account=account,
            path={},
            query={},
            headers=headers,
            body=None,
            request_id=request_id,
        )
        try:
            self.provider.authorize(request)
            self._rate_limit(op, account)
            raw = await self._read_body(op, headers, receive)
            request.path, request.query = self._parameters(op, raw_params, scope, headers)
            request.body = self._parse_body(op, headers, raw)
            requested = self._capacity_check(op, account, request.body)
            reply = self.provider.handle(request)
            if requested:
                self._capacity_add(account, requested)
        except MockError as error:
            answer = self._error_answer(op, error, request_id, documented_headers=False)
            return answer.status, answer.body, answer.headers
        extra = [(k.lower().encode(), str(v).encode()) for k, v in reply.headers.items()]
        return reply.status or op.success_status, reply.body, extra

    def _inject(self, op: CompiledOperation, prefer: dict[str, str], request_id: str) -> None:
        name = prefer.get("example")
        if name is None and "code" in prefer and prefer["code"].isdigit():
            name = op.first_error(int(prefer["code"]))
        if name is not None and name in op.errors:
            raise self._error_answer(op, MockError(name), request_id)

    def _authenticate(
        self, op: CompiledOperation, headers: dict[str, str], request_id: str
    ) -> Account | None:
        scheme = self.compiled.security
        if not op.secured or not scheme:
            return None
        if scheme.get("type") == "apiKey":
            raw = headers.get(str(scheme["name"]).lower())
            key = raw
        else:
            raw = headers.get("authorization")
            key = None
            if raw is not None:
                kind, _, token = raw.partition(" ")
                key = token.strip() if kind.lower() == "bearer" else None
        errors = self.compiled.auth_errors
        if raw is None or raw == "":
            raise self._error_answer(op, MockError(errors.get("missing", "")), request_id)
        pattern = self.compiled.key_pattern
        account = self.provider.account(key) if key else None
        if account is None or (pattern is not None and key is not None and not pattern.match(key)):
            raise self._error_answer(op, MockError(errors.get("invalid", "")), request_id)
        return account

    def _rate_limit(self, op: CompiledOperation, account: Account | None) -> None:
        limit = self.config.rate_limit_override or op.rate_limit
        if not self.config.rate_limits or not limit or account is None:
            return
        window = float(limit.get("per-seconds", 1))
        documented = limit.get("requests")
        allowed = int(documented) if documented is not None else self.config.default_rate_limit
        scope_key = (
            account.key,
            str(limit.get("bucket", op.operation_id if op.rate_limit else "*")),
        )
        now = self.config.clock()
        start, count = self._windows.get(scope_key, (now, 0))
        if now - start >= window:
            start, count = now, 0
        if count >= allowed:
            retry = max(1, math.ceil(start + window - now))
            raise MockError(str(limit.get("error", "")), headers={"Retry-After": str(retry)})
        self._windows[scope_key] = (start, count + 1)

    # -- x-capacity: pending-message capacity ---------------------------------------------

    def _capacity_settings(self) -> tuple[float, float, float]:
        """(max pending, retry-after seconds, drain per second) from the spec and options."""
        root = self.compiled.capacity or {}
        options = self.config.options
        limit = float(options.get("max_pending", root.get("max-pending", 0)))
        retry = float(root.get("retry-after-seconds", 1))
        drain = float(options.get("capacity_drain_per_second", limit / retry if retry else limit))
        return limit, retry, drain

    def _pending(self, scope: str) -> float:
        """Pending messages of ``scope`` now (the queue drains at the configured rate)."""
        count, since = self.provider.pending.get(scope, (0.0, self.config.clock()))
        _limit, _retry, drain = self._capacity_settings()
        now = self.config.clock()
        count = max(0.0, count - drain * max(0.0, now - since))
        self.provider.pending[scope] = (count, now)
        return count

    def _capacity_check(self, op: CompiledOperation, account: Account | None, body: Any) -> int:
        """Refuse a request that would exceed ``x-capacity``; return its message count."""
        counts = (op.op.ext("x-capacity") or {}).get("counts")
        root = self.compiled.capacity
        if counts is None or root is None or account is None:
            return 0
        if isinstance(counts, int):
            requested = counts
        else:
            items = body.get(counts) if isinstance(body, dict) else None
            requested = len(items) if isinstance(items, list) else 0
        limit, retry, _drain = self._capacity_settings()
        pending = round(self._pending(account.key))
        if pending + requested <= limit:
            return requested
        names: dict[str, str] = root.get("fields") or {}
        figures = {
            "current": pending,
            "requested": requested,
            "limit": int(limit),
            "available": max(0, int(limit) - pending),
            "retry-after": int(retry),
        }
        values: dict[str, Any] = {
            names[role]: value for role, value in figures.items() if role in names
        }
        template = root.get("message")
        message = template.format(**values) if isinstance(template, str) else None
        raise MockError(
            str(root.get("error", "")),
            message=message,
            fields=values,
            headers={"Retry-After": str(int(retry))},
        )

    def _capacity_add(self, account: Account | None, requested: int) -> None:
        if account is not None:
            count = self._pending(account.key)
            self.provider.pending[account.key] = (count + requested, self.config.clock())

    async def _read_body(
        self, op: CompiledOperation, headers: dict[str, str], receive: Receive
    ) -> bytes:
        limit = self.compiled.max_body
        declared = headers.get("content-length")
        if (
            limit is not None
            and declared is not None
            and declared.isdigit()
            and int(declared) > limit
        ):
            raise MockError(self.compiled.payload_error or "", status=413)
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise _ClientGone()
            chunk = message.get("body", b"")
            size += len(chunk)
            if limit is not None and size > limit:
                raise MockError(self.compiled.payload_error or "", status=413)
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)

    def _parameters(
        self, op: CompiledOperation, raw_path: dict[str, str], scope: Scope, headers: dict[str, str]
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        parsed = _parse_query(scope.get("query_string", b"").decode("latin-1"))
        if parsed is None:
            self._malformed(op, "param", f"more than {MAX_QUERY_PARAMS} query parameters")
        query: dict[str, list[str]] = parsed or {}
        path_values: dict[str, Any] = {}
        query_values: dict[str, Any] = {}
        for param in op.params:
            if param.location == "path":
                raw: list[str] | None = [unquote(raw_path.get(param.name, ""))]
            elif param.location == "query":
                raw = query.get(param.name)
            elif param.location == "header":
                raw = [headers[param.name.lower()]] if param.name.lower() in headers else None
            else:
                continue
            if raw is None:
                if param.required:
                    self._param_error(op, param, "required", f"{param.name} is required")
                continue
            value = _coerce(param, raw)
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
            raise MockError(name, fields=fields)
        if param.location == "path":
            not_found = op.first_error(404)
            if not_found is not None:
                raise MockError(not_found)
        self._malformed(op, "param", message)

    def _malformed(self, op: CompiledOperation, kind: str, message: str) -> None:
        name = self.provider.fallback_error(op, kind)
        if name is None:
            raise _Answer(400, self._envelope_body(400, message))
        example = op.errors.get(name)
        # A vendor-documented message is kept; smsspec's own wording is made specific.
        documented = example is not None and example.message_documented and not example.convention
        raise MockError(name, message=None if documented else message)

    def _parse_body(self, op: CompiledOperation, headers: dict[str, str], raw: bytes) -> Any:
        if op.body_media is None:
            return None
        if op.body_media != "application/json" and not op.body_media.endswith("+json"):
            return raw
        content_type = headers.get("content-type", "").split(";", 1)[0].strip().lower()
        if (
            raw
            and content_type
            and content_type != "application/json"
            and not content_type.endswith("+json")
        ):
            self._malformed(op, "content-type", "Content-Type must be application/json")
        if not raw.strip():
            body: Any = {} if op.body_required or raw == b"" else None
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
                    raise MockError(violation.error, fields=fields)
                self._malformed(op, "body", violation.message)
            elif not op.body_validator.is_valid(body):
                first = next(iter(op.body_validator.iter_errors(body)))
                self._malformed(op, "body", first.message)
        if op.body_required and not raw.strip():
            # An absent body reads as ``{}`` so that required fields get their documented
            # codes (missing_to…); when ``{}`` is acceptable (all-optional updates), a
            # required body is still missing.
            self._malformed(op, "body", "Request body is required")
        return body

    # -- answers ------------------------------------------------------------------------------

    def _error_answer(
        self,
        op: CompiledOperation,
        error: MockError,
        request_id: str,
        *,
        documented_headers: bool = True,
    ) -> _Answer:
        """The documented error body of ``error``; with ``documented_headers`` the response
        also carries the operation's documented headers (callers that add them later pass
        ``False``)."""
        example = op.errors.get(error.example)
        if example is not None:
            status, body = example.status, _copy(example.value)
        else:
            found = self.spec.examples.get(error.example)
            if not isinstance(found, dict) or "value" not in found:
                log.error("%s: undocumented error example %r", op.operation_id, error.example)
                text = f"smsspec mock: {op.operation_id} has no example {error.example!r}"
                return _Answer(500, self._envelope_body(500, text))
            status, body = error.status or 400, _copy(found["value"])
        status = error.status or status
        if isinstance(body, dict):
            if error.message is not None:
                set_field(body, self.envelope.message, error.message)
            for path, value in error.fields.items():
                set_field(body, path, value)
            if self.envelope.request_id and get_field(body, self.envelope.request_id) is not None:
                set_field(body, self.envelope.request_id, request_id)
        headers = self._response_headers(op, status, request_id) if documented_headers else []
        headers += [(k.lower().encode(), str(v).encode()) for k, v in error.headers.items()]
        return _Answer(status, body, headers)

    def _envelope_body(self, status: int, message: str) -> dict[str, Any]:
        env = self.envelope
        body: dict[str, Any] = {}
        if env.title:
            set_field(body, env.title, _reason(status))
        set_field(body, env.message, message)
        error_type = self._types_by_status.get(status)
        if env.type and error_type:
            set_field(body, env.type, error_type)
        if env.request_id:
            set_field(body, env.request_id, "req_" + secrets.token_hex(12))
        return body

    def _conventional(
        self, status: int, message: str, headers: list[tuple[bytes, bytes]] | None = None
    ) -> _Answer:
        return _Answer(status, self._envelope_body(status, message), headers)

    def _response_headers(
        self, op: CompiledOperation, status: int, request_id: str
    ) -> list[tuple[bytes, bytes]]:
        headers = list(op.headers_for(status))
        name = op.request_id_header(status)
        if name is not None:
            headers.append((name, request_id.encode()))
        return headers

    def _cors_headers(self, allow: str) -> list[tuple[bytes, bytes]]:
        cors = self.compiled.cors or {}
        methods = ", ".join(cors.get("methods") or allow.split(", "))
        return [
            (b"access-control-allow-origin", b"*"),
            (b"access-control-allow-methods", methods.encode()),
            (b"access-control-allow-headers", b"*"),
            (b"allow", allow.encode()),
        ]

    # -- admin --------------------------------------------------------------------------------

    async def _admin(self, path: str, method: str, receive: Receive) -> tuple[int, Any]:
        body: Any = None
        if method == "post":
            raw = b""
            while True:
                message = await receive()
                raw += message.get("body", b"")
                if not message.get("more_body"):
                    break
            try:
                body = orjson.loads(raw) if raw else {}
            except orjson.JSONDecodeError:
                return 400, {"error": "admin requests take JSON"}
        if path == "/health":
            return 200, {"status": "ok", "api": self.api, "requests": self.requests_served}
        if path == "/keys":
            return 200, self.provider.demo_keys()
        if path == "/reset" and method == "post":
            self.reset()
            return 200, {"reset": True}
        if path == "/faults" and method == "post":
            try:
                faults = [Fault.parse(str(item)) for item in (body or {}).get("faults", [])]
            except FaultSyntaxError as exc:
                return 400, {"error": str(exc)}
            self.faults.push(*faults)
            return 200, {"queued": len(self.faults)}
        if path == "/clock" and method == "post":
            advance = (body or {}).get("advance", 0)
            if not isinstance(advance, (int, float)) or isinstance(advance, bool):
                return 400, {"error": "advance must be a number of seconds"}
            self.clock_offset += float(advance)
            return 200, {"now": self.config.clock()}
        return 404, {"error": f"unknown admin endpoint {path}"}


_INVALID = object()


def _parse_query(text: str) -> dict[str, list[str]] | None:
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


_MAX_INT_DIGITS = 1000


def _coerce(param: Param, values: list[str]) -> Any:
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


def _parse_prefer(header: str) -> dict[str, str]:
    result = {}
    for part in header.replace(";", ",").split(","):
        key, sep, value = part.strip().partition("=")
        if sep and key.strip() in ("example", "code"):
            result[key.strip()] = value.strip().strip('"')
    return result


def _copy(value: Any) -> Any:
    """A deep copy of a JSON value (an orjson round trip is several times faster)."""
    return orjson.loads(orjson.dumps(value))


def _encode(body: Any) -> bytes:
    if body is None:
        return b""
    if isinstance(body, bytes):
        return body
    try:
        return orjson.dumps(body)
    except TypeError:
        # Integers beyond 64 bits are valid JSON that orjson refuses to write.
        return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def _error_types(spec: Spec) -> dict[int, str]:
    """The provider's error ``type`` per status (first documented), for conventional errors."""
    types: dict[int, str] = {}
    field = spec.envelope.type
    if not field:
        return types
    for op in spec.operations:
        for example in op.iter_error_examples():
            value = get_field(example.value, field)
            if isinstance(value, str):
                types.setdefault(example.status, value)
    return types


async def _respond(
    send: Send, status: int, body: bytes, headers: list[tuple[bytes, bytes]]
) -> None:
    all_headers = [*headers, (b"content-length", str(len(body)).encode())]
    if body and not any(name == b"content-type" for name, _ in headers):
        all_headers.append((b"content-type", b"application/json"))
    await send({"type": "http.response.start", "status": status, "headers": all_headers})
    await send({"type": "http.response.body", "body": body})
