"""The mock's HTTP server: uvicorn (httptools, uvloop), one socket write per response.

An ASGI response is two messages (start, then body), and uvicorn writes each to the socket as
it comes: two ``write`` system calls, and on loopback two wake-ups of the client, for every
answer. The mock's answers are whole by the time they start, so :class:`OneWriteProtocol`
holds a response's header block until its first body write and sends both together. Every
other write (``100 Continue``, streamed body chunks, the protocol's own error answers) passes
through as it comes; a held header block is never lost (closing flushes it).
"""

from __future__ import annotations

import asyncio
from typing import Any, cast

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol


class _HeldHeaders:
    """A transport for one request/response cycle that joins the header block to the first
    body write. Everything but ``write`` and ``close`` is the real transport's."""

    __slots__ = ("_held", "_passing", "_transport")

    def __init__(self, transport: Any) -> None:
        self._transport = transport
        self._held: bytes | None = None
        self._passing = False

    def write(self, data: bytes) -> None:
        if self._passing:
            self._transport.write(data)
        elif self._held is None and not data.startswith(b"HTTP/1.1 1"):
            self._held = data  # the header block: the body comes next
        elif self._held is not None:
            data, self._held, self._passing = self._held + data, None, True
            self._transport.write(data)
        else:
            self._transport.write(data)  # an interim 1xx answer: at once

    def close(self) -> None:
        self.flush()
        self._transport.close()

    def flush(self) -> None:
        """Write a held header block now (a response that ends without a body write)."""
        if self._held is not None:
            data, self._held, self._passing = self._held, None, True
            self._transport.write(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)


class OneWriteProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol, writing each response in one system call."""

    def on_headers_complete(self) -> None:
        super().on_headers_complete()
        cycle = self.cycle
        if cycle is not None and cycle.transport is self.transport:
            # The cycle's task has been scheduled, not run: it writes through the wrapper.
            cycle.transport = cast(asyncio.Transport, _HeldHeaders(self.transport))

    def on_response_complete(self) -> None:
        # A HEAD answer ends without a body write: its header block goes now.
        transport: object = self.cycle.transport if self.cycle is not None else None
        if isinstance(transport, _HeldHeaders):
            transport.flush()
        super().on_response_complete()


def uvicorn_settings(**overrides: Any) -> dict[str, Any]:
    """The uvicorn settings ``smsspec mock`` serves with, for ``uvicorn.run`` or
    ``uvicorn.Config`` (``overrides``: host, port, log level or any other setting)."""
    settings: dict[str, Any] = {
        "http": OneWriteProtocol,
        "loop": "uvloop",
        "lifespan": "on",
        "log_level": "warning",
        "access_log": False,
        # uvicorn's own Server header is in no vendor's documented answers; Date stays.
        "server_header": False,
        # A mock answers its direct clients: no X-Forwarded-* rewriting (and no middleware
        # layer on every request).
        "proxy_headers": False,
    }
    return {**settings, **overrides}
