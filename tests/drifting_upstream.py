"""A vendor that drifts from its spec on request, for the validating proxy's tests.

It is the API's mock, except where a request carries ``X-Drift`` headers: each one changes
the mock's answer in one way before it is sent, so a test can produce exactly one
disagreement of each kind over real HTTP:

* ``status=418`` — another status;
* ``set:<field>=<json>`` / ``del:<field>`` — a body field (dotted) set or removed;
* ``answer=<status>:<json>`` — another answer altogether (e.g. accepting an invalid request);
* ``content-type=<media type>`` — another ``Content-Type``;
* ``header-drop:<name>`` / ``header-set:<name>=<value>`` — a response header removed or set;
* ``encoding=gzip`` — the body gzip-compressed, with ``Content-Encoding: gzip`` (no drift:
  a vendor may compress its answers).

``GET /__upstream/seen`` answers how many API requests reached it (the probe is not
counted), so a test can tell whether the proxy forwarded a request.

``python -m tests.drifting_upstream <api> --fd N`` serves it with the mock's production
settings (uvicorn, httptools, uvloop) on an inherited listening socket.
"""

from __future__ import annotations

import argparse
import gzip
import re
import socket
from collections.abc import MutableMapping
from typing import Any

import orjson
import uvicorn

from generator.mock import MockConfig, create_app
from generator.mock.app import MockApp
from generator.specmodel import set_field

DRIFT_HEADER = b"x-drift"
PROBE = "/__upstream/seen"


def _delete(body: Any, path: str) -> None:
    parts = path.split(".")
    for part in parts[:-1]:
        body = body.get(part) if isinstance(body, dict) else None
    if isinstance(body, dict):
        body.pop(parts[-1], None)


def apply_drift(
    drifts: list[str], status: int, headers: list[tuple[bytes, bytes]], body: bytes
) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
    """The answer after ``drifts`` (``X-Drift`` values, in order)."""
    for drift in drifts:
        found = re.fullmatch(r"([a-z-]+)[:=](.*)", drift, re.DOTALL)
        if found is None:
            raise ValueError(f"malformed drift {drift!r}")
        action, argument = found.groups()
        if action == "status":
            status = int(argument)
        elif action == "answer":
            code, _, payload = argument.partition(":")
            status, body = int(code), payload.encode()
        elif action == "content-type":
            headers = [h for h in headers if h[0] != b"content-type"]
            headers.append((b"content-type", argument.encode()))
        elif action in ("set", "del"):
            value = orjson.loads(body)
            if action == "set":
                name, _, raw = argument.partition("=")
                set_field(value, name, orjson.loads(raw))
            else:
                _delete(value, argument)
            body = orjson.dumps(value)
        elif action == "encoding" and argument == "gzip":
            body = gzip.compress(body, mtime=0)
            headers.append((b"content-encoding", b"gzip"))
        elif action == "header-drop":
            headers = [h for h in headers if h[0] != argument.lower().encode()]
        elif action == "header-set":
            name, _, text = argument.partition("=")
            headers = [h for h in headers if h[0] != name.lower().encode()]
            headers.append((name.lower().encode(), text.encode()))
        else:
            raise ValueError(f"unknown drift {drift!r}")
    headers = [h for h in headers if h[0] != b"content-length"]
    headers.append((b"content-length", str(len(body)).encode()))
    return status, headers, body


class DriftingUpstream:
    """ASGI wrapper: the mock, drifting where asked."""

    def __init__(self, app: MockApp) -> None:
        self.app = app
        self.seen = 0

    async def __call__(self, scope: MutableMapping[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["path"] == PROBE:
            body = orjson.dumps({"requests": self.seen})
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [(b"content-type", b"application/json")],
                }
            )
            await send({"type": "http.response.body", "body": body})
            return
        self.seen += 1
        drifts = [v.decode() for k, v in scope.get("headers", []) if k == DRIFT_HEADER]
        if not drifts:
            await self.app(scope, receive, send)
            return
        answer: dict[str, Any] = {"body": b""}

        async def capture(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                answer["status"] = message["status"]
                answer["headers"] = list(message.get("headers", []))
            else:
                answer["body"] += message.get("body", b"")

        await self.app(scope, receive, capture)
        status, headers, body = apply_drift(
            drifts, answer["status"], answer["headers"], answer["body"]
        )
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("api")
    parser.add_argument("--fd", type=int, required=True)
    args = parser.parse_args()
    app = DriftingUpstream(create_app(args.api, MockConfig(rate_limits=False, seed=1)))
    config = uvicorn.Config(
        app, log_level="warning", http="httptools", loop="uvloop", lifespan="on"
    )
    uvicorn.Server(config).run(sockets=[socket.socket(fileno=args.fd)])


if __name__ == "__main__":
    main()
