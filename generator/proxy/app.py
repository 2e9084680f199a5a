"""The validating proxy: an ASGI app forwarding each request to the vendor and checking it.

A request under the spec's server path (``/api/v2/send`` for Trackly) goes to the upstream
base URL plus the rest of the path (``https://app.tracklysms.com/api`` + ``/v2/send``);
anything else goes to the upstream's origin unchanged (and is reported as an unknown route).
Method, path, query, headers (except hop-by-hop ones and ``Host``) and body are forwarded as
received, the body streamed; the answer is streamed back as received. A copy of each body
(up to :data:`CAPTURE_LIMIT`) is kept for the checks, which run once the client has the
whole answer. Findings are printed the first time they are seen (one line each) and counted;
``--record`` appends every exchange, redacted, to a JSON-lines file.

With ``strict``, a request the spec says is invalid is answered by the proxy with the
documented error (the mock's :class:`~generator.mock.answers.Answers`), marked with
``X-Smsspec-Proxy: strict``, and never reaches the vendor.
"""

from __future__ import annotations

import logging
import secrets
import sys
import time
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from datetime import UTC, datetime
from typing import Any, TextIO

import httpx
import orjson

from ..mock.answers import Answer, MockError, encode
from ..mock.compiled import CompiledOperation
from .checks import ContractChecker, Expected
from .exchange import Exchange, Headers
from .findings import Finding
from .recording import Recorder, to_record
from .upstream import UpstreamPool

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]

CAPTURE_LIMIT = 8 * 1024 * 1024
"""Bytes of each body kept for the checks and the recording; a larger body is forwarded in
full but not checked."""
HOP_BY_HOP = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-connection",
        "proxy-authenticate",
        "proxy-authorization",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
        "host",
    }
)
PROXY_HEADER = b"x-smsspec-proxy"
MAX_DISTINCT = 10_000
"""Distinct findings counted and printed (a vendor that puts request ids in its messages
must not grow the proxy's memory without bound); later new ones are only recorded."""

log = logging.getLogger("smsspec.proxy")
# httpx logs every request URL at INFO (an API key in the query string with it).
logging.getLogger("httpx").setLevel(logging.WARNING)


class UpstreamError(ValueError):
    """An ``--upstream`` that is not an absolute http(s) URL."""


def parse_upstream(url: str) -> httpx.URL:
    """The upstream base URL, checked."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise UpstreamError(f"--upstream {url!r} is not a URL: {exc}") from exc
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise UpstreamError(
            f"--upstream {url!r} must be an absolute http(s) URL, e.g. "
            "https://app.tracklysms.com/api"
        )
    if parsed.query or parsed.fragment:
        raise UpstreamError(f"--upstream {url!r} must not have a query or a fragment")
    return parsed


class _Capture:
    """The first :data:`CAPTURE_LIMIT` bytes of a streamed body."""

    def __init__(self) -> None:
        self.chunks: list[bytes] = []
        self.size = 0
        self.truncated = False

    def add(self, chunk: bytes) -> None:
        if self.truncated:
            return
        self.size += len(chunk)
        if self.size > CAPTURE_LIMIT:
            self.truncated = True
            self.chunks.clear()
        else:
            self.chunks.append(chunk)

    @property
    def body(self) -> bytes | None:
        return None if self.truncated else b"".join(self.chunks)


class _ClientGone(Exception):
    """The client disconnected before its request body was read."""


class ProxyApp:
    """ASGI application proxying one API to its upstream."""

    def __init__(
        self,
        checker: ContractChecker,
        upstream: str,
        *,
        strict: bool = False,
        recorder: Recorder | None = None,
        out: TextIO | None = None,
        timeout: float = 60.0,
        max_connections: int = 100,
    ) -> None:
        self.checker = checker
        self.base = parse_upstream(upstream)
        self.base_path = self.base.raw_path.rstrip(b"/")
        self.prefix = checker.compiled.prefix.encode()
        self.strict = strict
        self.recorder = recorder
        self.out = out or sys.stdout
        self.pool = UpstreamPool(max_connections)
        self._timeout = httpx.Timeout(timeout).as_dict()
        self.exchanges = 0
        self.counts: dict[tuple[str, str | None, str, str], int] = {}
        self.distinct: list[Finding] = []
        self.untracked = 0

    # -- lifecycle ----------------------------------------------------------------------------

    async def aclose(self) -> None:
        await self.pool.aclose()
        if self.recorder is not None:
            self.recorder.close()

    def summary(self) -> str:
        """What the proxy saw: exchanges, findings and how often each was seen."""
        total = sum(self.counts.values()) + self.untracked
        lines = [
            f"smsspec proxy: {self.exchanges} exchanges, {total} findings "
            f"({len(self.distinct)}{'+' if self.untracked else ''} distinct)"
        ]
        for finding in self.distinct:
            lines.append(f"  {self.counts[finding.key]:>5} × {finding.kind}: {finding.message}")
        return "\n".join(lines)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        try:
            await self._serve(scope, receive, send)
        except _ClientGone:
            return

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.aclose()
                self._print(self.summary())
                await send({"type": "lifespan.shutdown.complete"})
                return

    # -- one exchange -------------------------------------------------------------------------

    async def _serve(self, scope: Scope, receive: Receive, send: Send) -> None:
        started = time.perf_counter()
        started_at = datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
        method = str(scope["method"])
        raw_path: bytes = scope.get("raw_path") or scope["path"].encode()
        raw_path = raw_path.split(b"?", 1)[0]
        query: bytes = scope.get("query_string", b"")
        headers = [
            (name.decode("latin-1").lower(), value.decode("latin-1"))
            for name, value in scope.get("headers", [])
        ]
        exchange = Exchange(
            method=method,
            path=raw_path.decode("latin-1"),
            query=query.decode("latin-1"),
            request_headers=headers,
            request_body=None,
            status=0,
            response_headers=[],
            response_body=None,
            started=started_at,
        )
        request_capture = _Capture()
        content = await self._request_content(receive, request_capture)
        if self.strict:
            if not isinstance(content, bytes):
                content = b"".join([chunk async for chunk in content])
            exchange.request_body = request_capture.body
            expected = self._expected(exchange)
            if expected is not None:
                await self._reject(exchange, expected[0], expected[1], send)
                self._finish(exchange, started, request_capture, None)
                return
        forward = _forward_headers(headers)
        url = self.base.copy_with(
            raw_path=self._target(raw_path) + (b"?" + query if query else b"")
        )
        request = httpx.Request(
            method, url, headers=forward, content=content, extensions={"timeout": self._timeout}
        )
        response_capture = _Capture()
        transport = await self.pool.acquire()
        try:
            response = await transport.handle_async_request(request)
        except httpx.HTTPError as exc:
            self.pool.release(transport)
            exchange.request_body = request_capture.body
            await self._upstream_failed(exchange, exc, send)
            self._finish(exchange, started, request_capture, None)
            return
        except BaseException:
            self.pool.release(transport)
            raise
        try:
            exchange.request_body = request_capture.body
            exchange.status = response.status_code
            exchange.response_headers = [
                (name.decode("latin-1").lower(), value.decode("latin-1"))
                for name, value in response.headers.raw
            ]
            start_headers = [
                (name.lower(), value)
                for name, value in response.headers.raw
                if name.lower().decode("latin-1") not in HOP_BY_HOP
            ]
            await send(
                {
                    "type": "http.response.start",
                    "status": response.status_code,
                    "headers": start_headers,
                }
            )
            await self._stream_body(response, response_capture, send)
        except httpx.HTTPError as exc:
            # The answer stays incomplete: the server closes the client's connection, as the
            # upstream closed the proxy's.
            exchange.note = f"the upstream failed while sending its body: {exc!r}"
            self._print(f"upstream-error: {exchange.method} {exchange.path}: {exchange.note}")
            self._finish(exchange, started, request_capture, response_capture)
            return
        finally:
            await response.aclose()
            self.pool.release(transport)
        self._finish(exchange, started, request_capture, response_capture)

    async def _request_content(
        self, receive: Receive, capture: _Capture
    ) -> bytes | AsyncIterator[bytes]:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise _ClientGone()
        first: bytes = message.get("body", b"")
        capture.add(first)
        if not message.get("more_body", False):
            return first

        async def stream() -> AsyncIterator[bytes]:
            yield first
            while True:
                message = await receive()
                if message["type"] == "http.disconnect":
                    raise _ClientGone()
                chunk: bytes = message.get("body", b"")
                capture.add(chunk)
                yield chunk
                if not message.get("more_body", False):
                    return

        return stream()

    def _target(self, raw_path: bytes) -> bytes:
        prefix = self.prefix
        if not prefix:
            return self.base_path + raw_path
        if raw_path == prefix or raw_path.startswith(prefix + b"/"):
            return self.base_path + raw_path[len(prefix) :] or b"/"
        return raw_path  # outside the API: the upstream's origin, path unchanged

    async def _stream_body(self, response: httpx.Response, capture: _Capture, send: Send) -> None:
        pending: bytes | None = None
        async for chunk in response.aiter_raw():
            if not chunk:
                continue
            capture.add(chunk)
            if pending is not None:
                await send({"type": "http.response.body", "body": pending, "more_body": True})
            pending = chunk
        await send({"type": "http.response.body", "body": pending or b"", "more_body": False})

    # -- the proxy's own answers --------------------------------------------------------------

    def _expected(self, exchange: Exchange) -> tuple[CompiledOperation, Expected] | None:
        found = self.checker.route(exchange)
        if isinstance(found, tuple):
            op, raw_params = found
            expected = self.checker.expected_error(op, raw_params, exchange)
            if expected is not None:
                return op, expected
        return None

    async def _reject(
        self, exchange: Exchange, op: CompiledOperation, expected: Expected, send: Send
    ) -> None:
        request_id = "req_" + secrets.token_hex(12)
        rejection = expected.rejection
        answers = self.checker.answers
        answer: Answer
        if rejection.example is None:
            answer = answers.conventional(rejection.status, rejection.message or "Invalid request")
        else:
            error = MockError(
                rejection.example,
                message=rejection.message,
                fields=dict(rejection.fields),
                status=rejection.status,
            )
            answer = answers.error(op, error, request_id)
        headers: list[tuple[bytes, bytes]] = [
            *op.headers_for(answer.status),
            *answer.headers,
            (PROXY_HEADER, b"strict"),
            (b"content-type", b"application/json"),
        ]
        body = encode(answer.body)
        await _respond(send, answer.status, body, headers)
        exchange.answered_by = "proxy"
        exchange.status = answer.status
        exchange.response_headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in headers]
        exchange.response_body = body
        code = f" {expected.error_id}" if expected.error_id else ""
        exchange.note = f"strict: answered {answer.status}{code} ({expected.reason})"
        self._print(
            f"strict: {exchange.method} {exchange.path}: answered {answer.status}{code} "
            f"instead of forwarding ({expected.reason})"
        )

    async def _upstream_failed(self, exchange: Exchange, exc: httpx.HTTPError, send: Send) -> None:
        status = 504 if isinstance(exc, httpx.TimeoutException) else 502
        reason = f"upstream {'timed out' if status == 504 else 'unreachable'}: {exc!r}"
        body = orjson.dumps({"error": f"smsspec proxy: {reason}"})
        headers = [(PROXY_HEADER, b"upstream-error"), (b"content-type", b"application/json")]
        await _respond(send, status, body, headers)
        exchange.answered_by = "proxy"
        exchange.status = status
        exchange.response_headers = [(k.decode(), v.decode()) for k, v in headers]
        exchange.response_body = body
        exchange.note = reason
        self._print(f"upstream-error: {exchange.method} {exchange.path}: {reason}")

    # -- after the answer ---------------------------------------------------------------------

    def _finish(
        self,
        exchange: Exchange,
        started: float,
        request_capture: _Capture,
        response_capture: _Capture | None,
    ) -> None:
        exchange.duration_ms = (time.perf_counter() - started) * 1000
        self.exchanges += 1
        response_truncated = False
        if response_capture is not None:
            response_truncated = response_capture.truncated
            exchange.response_body = _decoded(exchange, response_capture.body)
        try:
            findings = self.checker.check(exchange)
        except Exception:  # a checker bug must not take the proxy down
            log.exception("checking %s %s failed", exchange.method, exchange.path)
            findings = []
        exchange.findings = findings
        for finding in findings:
            seen = self.counts.get(finding.key, 0)
            if not seen and len(self.distinct) >= MAX_DISTINCT:
                self.untracked += 1
                if self.untracked == 1:
                    self._print(
                        f"smsspec proxy: over {MAX_DISTINCT} distinct findings; "
                        "further new ones are recorded, not printed"
                    )
                continue
            self.counts[finding.key] = seen + 1
            if not seen:
                self.distinct.append(finding)
                self._print(finding.line())
        if self.recorder is not None:
            found = self.checker.route(exchange)
            operation = found[0].operation_id if isinstance(found, tuple) else None
            redacted = self.checker.redactor.redact(exchange, operation)
            self.recorder.write(
                to_record(
                    redacted,
                    request_truncated=request_capture.truncated,
                    response_truncated=response_truncated,
                )
            )

    def _print(self, line: str) -> None:
        self.out.write(line + "\n")
        self.out.flush()


def _forward_headers(headers: Headers) -> list[tuple[str, str]]:
    connection = {
        token.strip().lower()
        for name, value in headers
        if name == "connection"
        for token in value.split(",")
    }
    return [
        (name, value)
        for name, value in headers
        if name not in HOP_BY_HOP and name not in connection
    ]


def _decoded(exchange: Exchange, body: bytes | None) -> bytes | None:
    """The body with its ``Content-Encoding`` undone (gzip, deflate); ``None`` when it cannot
    be (another coding, or corrupt data)."""
    if body is None:
        return None
    coding = (exchange.response_header("content-encoding") or "identity").strip().lower()
    if coding in ("", "identity"):
        return body
    try:
        if coding in ("gzip", "x-gzip"):
            return zlib.decompress(body, 16 + zlib.MAX_WBITS)
        if coding == "deflate":
            try:
                return zlib.decompress(body)
            except zlib.error:
                return zlib.decompress(body, -zlib.MAX_WBITS)
    except zlib.error:
        exchange.note = f"the {coding} body could not be decoded: not checked"
        return None
    exchange.note = f"Content-Encoding {coding} is not decoded: the body is not checked"
    return None


async def _respond(
    send: Send, status: int, body: bytes, headers: list[tuple[bytes, bytes]]
) -> None:
    all_headers = [*headers, (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": all_headers})
    await send({"type": "http.response.body", "body": body})
