"""Transport: the mock's ASGI application, composing its parts in request order.

route (:mod:`.routing`: 404, 405 with ``Allow``) → fault injection (:mod:`.faults`) →
``Prefer`` (:mod:`.negotiation`) → credential, account, scopes, entitlements, rate limit
(:mod:`.policy`) → body size limit → parameters and body (:mod:`.validation`) → capacity →
state and rules (:mod:`.engine`) → documented response headers. ``/__smsspec/*`` is the admin
API (:mod:`.admin`), ``/openapi.json`` the bundled spec. Every answer is a documented example,
a rendered success, or — for input the docs are silent about — the provider's conventional
error body, flagged with ``X-Smsspec-Undocumented``. Nothing here reads the spec per request.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import orjson

from . import admin
from .answers import Answer, Answers, MockError, encode
from .compiled import CompiledOperation, CompiledSpec
from .config import MockConfig
from .engine import Engine, Request
from .faults import FAULT_HEADER, Fault, FaultPlan, FaultSyntaxError
from .negotiation import Preference, negotiate
from .plugins import Plugin
from .policy import Account, Policy
from .routing import NoRoute, Router
from .validation import RequestValidator, parse_query

log = logging.getLogger("smsspec.mock")

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]
Headers = list[tuple[bytes, bytes]]

MAX_HEADER_BYTES = 16 * 1024
"""Largest header section served (Node.js's default); larger ones are answered 431, as HTTP
servers do. uvicorn with httptools enforces no limit of its own."""


class Drop(Exception):
    """Abort the exchange without a complete response (simulated connection drop)."""


class _ClientGone(Exception):
    """The client disconnected before its request was read: nobody is left to answer."""


class MockApp:
    """ASGI application serving one API's mock."""

    def __init__(
        self,
        api: str,
        document: dict[str, Any],
        plugin: Plugin | None = None,
        config: MockConfig | None = None,
    ) -> None:
        self.api = api
        self.config = config or MockConfig()
        self.compiled = CompiledSpec(api, document)
        self.spec = self.compiled.spec
        self.clock_offset = 0.0
        base_clock = self.config.clock
        self.config.clock = lambda: base_clock() + self.clock_offset
        self.answers = Answers(self.spec)
        self.router = Router(self.compiled)
        self.validator = RequestValidator(self.compiled, self.answers)
        self.policy = Policy(self.spec, self.answers, self.config)
        self.engine = Engine(self.compiled, self.config, plugin)
        self.faults = FaultPlan()
        self.spec_bytes = orjson.dumps(document)
        self.requests_served = 0
        # Request ids: unique per process run (a random prefix, then a counter).
        self._request_ids_prefix = secrets.token_hex(8)
        self._request_ids = itertools.count(1)

    def reset(self) -> None:
        """Back to the initial state: seeded records, no queued faults, fresh rate windows
        and capacity, the clock back at real time."""
        self.clock_offset = 0.0
        self.policy.reset()
        self.engine.reset()
        self.faults.clear()

    def demo_keys(self) -> dict[str, str]:
        """Role → key of every demo account."""
        return self.policy.demo_keys()

    # -- ASGI ---------------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        try:
            await self._serve(scope, receive, send)
        except _ClientGone:
            log.debug("client left before sending its body: %s %s", scope["method"], scope["path"])
        except Drop:
            return  # the response stays incomplete: the server closes the connection
        except Exception:
            log.exception("mock internal error on %s %s", scope.get("method"), scope.get("path"))
            body = self.answers.conventional_body(500, "smsspec mock internal error")
            # A response already under way cannot be replaced: the server refuses a second
            # start, and the client sees the connection end instead.
            with contextlib.suppress(Exception):
                await respond(send, 500, orjson.dumps(body), [])
        finally:
            self.requests_served += 1

    # -- pipeline -----------------------------------------------------------------------------

    async def _serve(self, scope: Scope, receive: Receive, send: Send) -> None:
        request_id = f"req_{self._request_ids_prefix}{next(self._request_ids):08x}"
        raw_path: bytes = scope.get("raw_path") or scope["path"].encode()
        path = raw_path.decode("latin-1").partition("?")[0]
        method = scope["method"].lower()
        raw_headers = scope.get("headers", ())
        headers: dict[str, str] = {
            name.decode("latin-1").lower(): value.decode("latin-1") for name, value in raw_headers
        }
        # Each header counts its name and value, plus 4 bytes (": " and CRLF).
        size = sum(map(len, itertools.chain.from_iterable(raw_headers))) + 4 * len(raw_headers)
        if size > MAX_HEADER_BYTES:
            answer = self.answers.conventional(
                431, f"Request headers exceed {MAX_HEADER_BYTES} bytes"
            )
            await respond(send, 431, encode(answer.body), answer.headers)
            return
        if path == "/openapi.json" and method == "get":
            await respond(send, 200, self.spec_bytes, [])
            return
        if path.startswith(_ADMIN):
            await self._admin(path[len(admin.PREFIX) :], method, receive, send)
            return
        fault: Fault | None = None
        op: CompiledOperation | None = None
        try:
            found = self.router.resolve(path, method)
            if isinstance(found, NoRoute):
                raise self._no_route(found, method)
            op, raw_params = found
            if FAULT_HEADER in headers or self.faults.queue:
                fault = self._fault(headers)
                if fault is not None and fault.before_processing:
                    await self._fault_before(fault, op, request_id, send)
            status, body, extra = await self._process(
                op, raw_params, scope, headers, receive, request_id
            )
        except Answer as answer:
            extra_headers = op.reply_headers(answer.status, request_id) if op else []
            await respond(send, answer.status, encode(answer.body), extra_headers + answer.headers)
            return
        response_headers = op.reply_headers(status, request_id)
        if extra:
            response_headers += extra
        payload = encode(body)
        if fault is not None and not fault.before_processing:
            await self._fault_after(fault, status, payload, response_headers, send)
            return
        await respond(send, status, payload, response_headers)

    def _no_route(self, found: NoRoute, method: str) -> Answer:
        if found.status == 405 and found.allow is not None:
            if method == "options" and self.spec.cors is not None:
                return self._preflight(found.allow)
            return self.answers.conventional(405, found.message, [(b"allow", found.allow.encode())])
        return self.answers.conventional(404, found.message)

    def _preflight(self, allow: str) -> Answer:
        cors = self.spec.cors
        assert cors is not None
        methods = ", ".join(cors.methods or allow.split(", "))
        headers = [
            (b"access-control-allow-origin", b"*"),
            (b"access-control-allow-methods", methods.encode()),
            (b"access-control-allow-headers", b"*"),
            (b"allow", allow.encode()),
        ]
        return Answer(cors.preflight_status, None, headers)

    def _fault(self, headers: dict[str, str]) -> Fault | None:
        try:
            return self.faults.take(headers.get(FAULT_HEADER))
        except FaultSyntaxError as exc:
            raise self.answers.conventional(400, str(exc)) from exc

    async def _process(
        self,
        op: CompiledOperation,
        raw_params: dict[str, str],
        scope: Scope,
        headers: dict[str, str],
        receive: Receive,
        request_id: str,
    ) -> tuple[int, Any, Headers]:
        if "prefer" in headers:
            preference = Preference.parse(headers["prefer"])
            if preference is not None:
                malformed = self.validator.fallback(op, "param")
                raise negotiate(preference, op, self.answers, request_id, malformed)
        query_string = scope.get("query_string", b"").decode("latin-1")
        policy = self.policy
        try:
            account = policy.authenticate(
                op, headers, (parse_query(query_string) or {}) if query_string else _NO_QUERY
            )
            if account is not None and (account.refuse is not None or op.guarded):
                policy.authorize(op, account)
            if op.rate_limited:
                policy.rate_limit(op, account)
            # The body (read here, not in a coroutine of its own: the hot path).
            limit = self.compiled.max_body
            if limit is not None:
                declared = headers.get("content-length")
                if declared is not None and declared.isdigit() and int(declared) > limit:
                    raise self._too_large()
            message = await receive()
            if message["type"] == "http.disconnect":
                raise _ClientGone()
            raw = message.get("body", b"")
            if limit is not None and len(raw) > limit:
                raise self._too_large()
            if message.get("more_body", False):  # the rest of a body sent in several parts
                raw += await self._read_rest(receive, limit, len(raw))
            valid = self.validator.validate(op, raw_params, query_string, headers, raw)
            requested = policy.capacity_check(op, account, valid.body) if op.counted else 0
            request = Request(
                op=op,
                account=account,
                path=valid.path,
                query=valid.query,
                headers=headers,
                body=valid.body,
                request_id=request_id,
                engine=self.engine,
            )
            reply = self.engine.handle(request)
            if requested:
                policy.capacity_add(account, requested)
        except MockError as error:
            answer = self.answers.error(op, error, request_id)
            return answer.status, answer.body, answer.headers
        extra = (
            [(k.lower().encode(), str(v).encode()) for k, v in reply.headers.items()]
            if reply.headers
            else []
        )
        return reply.status or op.success_status, reply.body, extra

    async def _read_rest(self, receive: Receive, limit: int | None, size: int) -> bytes:
        """The rest of a body that arrives in several messages (``size``: bytes so far)."""
        chunks = []
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise _ClientGone()
            chunk = message.get("body", b"")
            size += len(chunk)
            if limit is not None and size > limit:
                raise self._too_large()
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)

    def _too_large(self) -> MockError:
        return MockError(self.compiled.payload_error or "", status=413)

    # -- faults -------------------------------------------------------------------------------

    async def _fault_before(
        self, fault: Fault, op: CompiledOperation, request_id: str, send: Send
    ) -> None:
        if fault.kind == "reset":
            # ASGI cannot drop a connection before a response starts (an ASGI server answers
            # an app that fails first with a complete 500), so start one whose body never
            # comes: the client sees the connection fail without a complete response.
            headers = [(b"content-length", b"64")]
            await send({"type": "http.response.start", "status": 503, "headers": headers})
            raise Drop()
        if fault.kind == "slow":
            await asyncio.sleep(fault.value / 1000)
            return
        status = fault.value
        retry = [(b"retry-after", str(fault.retry_after).encode())] if fault.retry_after else []
        name = op.first_error(status)
        if name is not None:
            answer = self.answers.error(op, MockError(name), request_id)
        else:
            answer = self.answers.conventional(status, f"Injected fault: HTTP {status}")
        answer.headers = [h for h in answer.headers if h[0] != b"retry-after"] + retry
        raise answer

    async def _fault_after(
        self, fault: Fault, status: int, payload: bytes, headers: Headers, send: Send
    ) -> None:
        if fault.kind == "reset-after":
            length = str(len(payload) + 64).encode()
            await send(
                {
                    "type": "http.response.start",
                    "status": status,
                    "headers": [*headers, (b"content-length", length)],
                }
            )
            body = payload[: len(payload) // 2]
            await send({"type": "http.response.body", "body": body, "more_body": True})
            raise Drop()
        if fault.kind == "timeout":
            await asyncio.sleep(fault.value / 1000)
            await respond(send, status, payload, headers)
            return
        if fault.kind == "malformed" and status in (204, 304):
            # A 204/304 must not carry a body: a malformed answer is a 200 that is not JSON.
            await respond(send, 200, b"\x00{not json", headers)
            return
        if fault.kind == "malformed":
            await respond(send, status, payload[: max(len(payload) // 2, 1)] + b"\x00{", headers)
            return
        await respond(send, status, payload, headers)

    # -- admin --------------------------------------------------------------------------------

    async def _admin(self, path: str, method: str, receive: Receive, send: Send) -> None:
        raw = b""
        while True:
            message = await receive()
            raw += message.get("body", b"")
            if not message.get("more_body"):
                break
        body: Any = None
        if raw:
            try:
                body = orjson.loads(raw)
            except orjson.JSONDecodeError:
                await respond(send, 400, orjson.dumps({"error": "admin requests take JSON"}), [])
                return
        status, answer, allow = admin.dispatch(self, path, method, body)
        headers = [(b"allow", allow.encode())] if allow else []
        await respond(send, status, orjson.dumps(answer), headers)


_NO_QUERY: dict[str, list[str]] = {}
"""The parameters of a request without a query string (read only)."""


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


async def respond(send: Send, status: int, body: bytes, headers: Headers) -> None:
    """Send one whole response: ``headers``, its length and (for a body that names none) the
    JSON content type."""
    length = (b"content-length", str(len(body)).encode())
    if not body:
        all_headers = [*headers, length]
    elif not headers:
        all_headers = [length, _JSON]
    elif any(name == b"content-type" for name, _ in headers):
        all_headers = [*headers, length]
    else:
        all_headers = [*headers, length, _JSON]
    await send({"type": "http.response.start", "status": status, "headers": all_headers})
    await send({"type": "http.response.body", "body": body})


_JSON = (b"content-type", b"application/json")
_ADMIN = admin.PREFIX + "/"


__all__ = ["Account", "Drop", "MockApp", "respond"]
