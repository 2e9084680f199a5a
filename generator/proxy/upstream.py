"""Keep-alive HTTP/1.1 connections to the upstream: httpx transports, one connection each.

httpcore's pool checks every idle connection of the pool (a ``poll`` system call each) each
time it hands out or takes back a connection, so its cost per request grows with the number
of connections: with 32 clients, a single shared pool made the proxy 20 times slower than
its upstream. Here each :class:`httpx.AsyncHTTPTransport` holds one connection and is lent to
one request at a time (the most recently used first, so warm connections are reused), so a
request costs one check of its own connection whatever the concurrency. Requests beyond
``size`` concurrent ones wait for a connection in arrival order.
"""

from __future__ import annotations

import asyncio
from collections import deque

import httpx


class UpstreamPool:
    """At most ``size`` connections, lent one request at a time."""

    def __init__(self, size: int = 100) -> None:
        self.size = size
        self._idle: list[httpx.AsyncHTTPTransport] = []
        self._all: list[httpx.AsyncHTTPTransport] = []
        self._waiting: deque[asyncio.Future[httpx.AsyncHTTPTransport]] = deque()

    def _new(self) -> httpx.AsyncHTTPTransport:
        transport = httpx.AsyncHTTPTransport(
            http1=True,
            http2=False,
            limits=httpx.Limits(max_connections=1, max_keepalive_connections=1),
        )
        self._all.append(transport)
        return transport

    async def acquire(self) -> httpx.AsyncHTTPTransport:
        """A transport for one request; give it back with :meth:`release`."""
        if self._idle:
            return self._idle.pop()
        if len(self._all) < self.size:
            return self._new()
        waiter: asyncio.Future[httpx.AsyncHTTPTransport] = (
            asyncio.get_running_loop().create_future()
        )
        self._waiting.append(waiter)
        try:
            return await waiter
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled():
                self.release(waiter.result())  # handed over just as the request went away
            raise

    def release(self, transport: httpx.AsyncHTTPTransport) -> None:
        """Give a transport back once its response is closed."""
        while self._waiting:
            waiter = self._waiting.popleft()
            if not waiter.done():  # a cancelled waiter (client gone) is skipped
                waiter.set_result(transport)
                return
        self._idle.append(transport)

    async def aclose(self) -> None:
        for transport in self._all:
            await transport.aclose()
        self._all.clear()
        self._idle.clear()
