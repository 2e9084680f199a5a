"""Serve one API's mock on an inherited listening socket, with a state probe.

``python -m tests.reliability.serve <api> --fd N`` runs uvicorn exactly as ``smsspec mock``
does (httptools, uvloop, lifespan on), on a socket the parent has already bound and put in
listening state, so the parent knows the port before the child starts and its first request
simply waits in the backlog until the server accepts it (no readiness polling).

The probe (``/__reliability/...``, answered before the mock sees the request) exposes what the
suites verify state against, without adding test hooks to the mock itself:

* ``GET /__reliability/state`` — the size of every collection of the engine, the faults
  applied and still queued, and the number of requests in flight;
* ``GET /__reliability/items?name=messages`` — the items of one collection;
* ``GET /__reliability/idle`` — answers once no mock request is in flight (a stalled
  ``timeout``/``slow`` fault finishes its work first), so counts read afterwards are final.
"""

from __future__ import annotations

import argparse
import asyncio
import socket
from collections.abc import MutableMapping
from typing import Any
from urllib.parse import parse_qs

import orjson
import uvicorn

from generator.mock import MockConfig, create_app
from generator.mock.app import MockApp
from generator.mock.engine import Collection

PROBE_PREFIX = "/__reliability/"


class StateProbe:
    """ASGI wrapper around a :class:`MockApp` that answers the probe endpoints itself."""

    def __init__(self, app: MockApp) -> None:
        self.app = app
        self.inflight = 0
        self._idle = asyncio.Event()
        self._idle.set()

    def collections(self) -> dict[str, Collection]:
        return dict(self.app.engine.store)

    async def __call__(self, scope: MutableMapping[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["path"].startswith(PROBE_PREFIX):
            await self._probe(scope, send)
            return
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        self.inflight += 1
        self._idle.clear()
        try:
            await self.app(scope, receive, send)
        finally:
            self.inflight -= 1
            if self.inflight == 0:
                self._idle.set()

    async def _probe(self, scope: MutableMapping[str, Any], send: Any) -> None:
        name = scope["path"][len(PROBE_PREFIX) :]
        query = parse_qs(scope.get("query_string", b"").decode())
        status: int = 200
        body: Any = None
        if name == "idle":
            await asyncio.wait_for(
                self._idle.wait(), timeout=float(query.get("timeout", ["30"])[0])
            )
            body = {"idle": True}
        elif name == "state":
            body = {
                "collections": {key: len(value) for key, value in self.collections().items()},
                "faults_applied": [f"{f.kind}:{f.value}" for f in self.app.faults.applied],
                "faults_queued": len(self.app.faults),
                "inflight": self.inflight,
                "served": self.app.requests_served,
            }
        elif name == "items":
            found = self.collections().get(query.get("name", [""])[0])
            if found is None:
                status, body = 404, {"error": "no such collection"}
            else:
                body = [{k: v for k, v in r.items() if not k.startswith("_")} for r in found]
        else:
            status, body = 404, {"error": f"unknown probe {name}"}
        payload = orjson.dumps(body)
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(payload)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": payload})


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("api")
    parser.add_argument("--fd", type=int, required=True)
    parser.add_argument("--rate-limits", action="store_true")
    parser.add_argument("--access-log", action="store_true")
    parser.add_argument("--log-level", default="warning")
    args = parser.parse_args()
    app = create_app(args.api, MockConfig(rate_limits=args.rate_limits))
    sock = socket.socket(fileno=args.fd)
    config = uvicorn.Config(
        StateProbe(app),
        log_level=args.log_level,
        access_log=args.access_log,
        http="httptools",
        loop="uvloop",
        lifespan="on",
        server_header=False,
        proxy_headers=False,
    )
    uvicorn.Server(config).run(sockets=[sock])


if __name__ == "__main__":
    main()
