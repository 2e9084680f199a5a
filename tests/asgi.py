"""A synchronous client for an ASGI app in-process (httpx's ASGITransport on one event loop)."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx


class ASGIClient:
    """``httpx``-style ``request``/``get``/``post`` against an ASGI app, without a network."""

    def __init__(self, app: Any, base_url: str = "http://mock") -> None:
        self._loop = asyncio.new_event_loop()
        self._client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=base_url)

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        return self._loop.run_until_complete(self._client.request(method, url, **kwargs))

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", url, **kwargs)

    def close(self) -> None:
        self._loop.run_until_complete(self._client.aclose())
        self._loop.close()

    def __enter__(self) -> ASGIClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
