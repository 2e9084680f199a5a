"""A small asyncio load generator for the mock, and the request mix it drives.

The mix is discovered from the spec on a fresh mock (so it follows the provider as it grows):

* ``read``: every GET whose documented request succeeds;
* ``create``: every non-idempotent operation whose documented request stores exactly one
  record carrying a free-text field (the per-request marker goes there), with the GET that
  reads the created resource back when the API has one (``<path>/{id}``);
* ``bulk``: every ``x-bulk`` operation whose items are stored one by one (three per request);
* ``update``: every PUT whose documented request succeeds;
* ``invalid``: each create with its first field removed (documented 4xx answers).

:func:`run_load` keeps ``connections`` requests in flight for ``duration`` seconds (one
coroutine per keep-alive connection) and records every answer.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import json
import random
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from generator.specmodel import Operation, Spec
from tests.conftest import bundled
from tests.reliability.harness import MockServer
from tests.triggers import base_body, sample_path

REQUEST_TIMEOUT = 10.0
"""An answer slower than this counts as a transport error."""


@dataclass
class Action:
    name: str
    kind: str  # read, create, bulk, update, invalid
    method: str
    path: str
    body: Any = None
    marker: str | None = None
    items: str | None = None
    collection: str | None = None
    read_back: tuple[str, str] | None = None
    """(path template with ``{}`` for the id, id field) of the GET that reads a create."""
    weight: float = 1.0

    def request(self, mark: str) -> tuple[str, str, Any]:
        body = copy.deepcopy(self.body)
        if self.kind == "create" and self.marker:
            body[self.marker] = f"{body[self.marker]} {mark}"
        elif self.kind == "bulk" and self.marker and self.items:
            body[self.items] = [
                {**item, self.marker: f"{item[self.marker]} {mark}-{i}"}
                for i, item in enumerate(body[self.items])
            ]
        return self.method, self.path, body


@dataclass
class Created:
    action: str
    mark: str
    collection: str
    count: int
    resource_id: Any = None


@dataclass
class Stats:
    requests: int = 0
    statuses: Counter[int] = field(default_factory=Counter)
    by_action: Counter[str] = field(default_factory=Counter)
    transport_errors: Counter[str] = field(default_factory=Counter)
    five_xx: list[str] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)
    created: list[Created] = field(default_factory=list)
    elapsed: float = 0.0

    def percentile(self, p: float) -> float:
        if not self.latencies:
            return 0.0
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]


def _find(body: Any, key: str, depth: int = 2) -> Any:
    if isinstance(body, dict):
        if key in body and isinstance(body[key], (str, int)):
            return body[key]
        if depth:
            for value in body.values():
                found = _find(value, key, depth - 1)
                if found is not None:
                    return found
    return None


def _required_query(op: Operation) -> bool:
    return any(p.get("required") and p.get("in") in ("query", "header") for p in op.parameters)


def discover_mix(server: MockServer) -> list[Action]:
    """The request mix of the API (probed on the fresh mock, which is reset afterwards)."""
    spec = Spec(bundled(server.api))
    headers = server.auth()
    prefix = server.prefix
    actions: list[Action] = []
    gets = {op.path: op for op in spec.operations if op.method == "get"}
    for op in spec.operations:
        path = sample_path(spec, op)
        if path is None or _required_query(op):
            continue
        body = base_body(spec, op)
        server.reset()
        if op.method == "get":
            if server.client.get(prefix + path, headers=headers).status_code < 300:
                actions.append(Action(op.operation_id, "read", "GET", prefix + path, weight=3))
            continue
        if not isinstance(body, dict):
            continue
        if op.method == "put":
            answer = server.client.put(prefix + path, headers=headers, json=body)
            if answer.status_code < 300:
                actions.append(Action(op.operation_id, "update", "PUT", prefix + path, body))
            continue
        if op.method != "post" or op.idempotent:
            continue
        bulk = op.bulk
        if bulk is not None:
            action = _bulk_action(server, op, path, body, bulk.items)
        else:
            action = _create_action(server, op, path, body, gets.get(op.path + "/{id}"))
        if action is not None:
            actions.append(action)
            invalid = _invalid_action(server, op, action, body)
            if invalid is not None:
                actions.append(invalid)
    server.reset()
    return actions


def _invalid_action(
    server: MockServer, op: Operation, action: Action, body: dict[str, Any]
) -> Action | None:
    """``op``'s documented request without one field, if that is answered with a 4xx that
    changes nothing."""
    if action.kind != "create":
        return None
    for name in body:
        broken = {k: v for k, v in body.items() if k != name}
        server.reset()
        before = server.state()["collections"]
        answer = server.client.post(action.path, headers=server.auth(), json=broken)
        if 400 <= answer.status_code < 500 and server.state()["collections"] == before:
            return Action(f"{op.operation_id} (invalid)", "invalid", "POST", action.path, broken)
    return None


def _create_action(
    server: MockServer, op: Operation, path: str, body: dict[str, Any], getter: Operation | None
) -> Action | None:
    for marker in (k for k, v in body.items() if isinstance(v, str)):
        server.reset()
        before = server.state()["collections"]
        mark = uuid.uuid4().hex
        answer = server.client.post(
            server.prefix + path,
            headers=server.auth(),
            json={**body, marker: f"{body[marker]} {mark}"},
        )
        after = server.state()["collections"]
        grown = [n for n in after if after[n] == before.get(n, 0) + 1]
        if answer.status_code >= 300 or len(grown) != 1:
            continue
        if sum(json.dumps(item).count(mark) for item in server.items(grown[0])) != 1:
            continue
        read_back = None
        if getter is not None and _find(answer.json(), "id") is not None:
            read_back = (server.prefix + getter.path.replace("{id}", "{}"), "id")
        weight = 4.0 if "send" in op.operation_id.lower() else 1.0
        return Action(
            op.operation_id,
            "create",
            "POST",
            server.prefix + path,
            body,
            marker,
            collection=grown[0],
            read_back=read_back,
            weight=weight,
        )
    return None


def _bulk_action(
    server: MockServer, op: Operation, path: str, body: dict[str, Any], items: str
) -> Action | None:
    sample = body.get(items)
    if not isinstance(sample, list) or not sample or not isinstance(sample[0], dict):
        return None
    item = sample[0]
    for marker in (k for k, v in item.items() if isinstance(v, str)):
        candidate = {**body, items: [copy.deepcopy(item) for _ in range(3)]}
        action = Action(
            op.operation_id, "bulk", "POST", server.prefix + path, candidate, marker, items
        )
        server.reset()
        before = server.state()["collections"]
        mark = uuid.uuid4().hex
        _, _, sent = action.request(mark)
        answer = server.client.post(action.path, headers=server.auth(), json=sent)
        after = server.state()["collections"]
        grown = [n for n in after if after[n] == before.get(n, 0) + 3]
        if answer.status_code >= 300 or len(grown) != 1:
            continue
        joined = "\n".join(json.dumps(i) for i in server.items(grown[0]))
        if joined.count(mark) == 3 and all(joined.count(f"{mark}-{i}") == 1 for i in range(3)):
            action.collection = grown[0]
            return action
    return None


class Connection:
    """One keep-alive HTTP/1.1 connection written by hand (httpx's async pool costs about a
    millisecond of CPU per request and degrades with 64 connections; this costs a tenth)."""

    def __init__(self, port: int, headers: dict[str, str]) -> None:
        self.port = port
        self.fixed = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def request(self, method: str, path: str, body: Any = None) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        assert self.reader is not None
        content = b"" if body is None else json.dumps(body).encode()
        head = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{self.fixed}"
        if body is not None:
            head += f"Content-Type: application/json\r\nContent-Length: {len(content)}\r\n"
        self.writer.write(head.encode() + b"\r\n" + content)
        raw = await self.reader.readuntil(b"\r\n\r\n")
        lines = raw.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        fields = {k.strip().lower(): v.strip() for k, _, v in (x.partition(":") for x in lines[1:])}
        answer = await self.reader.readexactly(int(fields.get("content-length", "0")))
        if fields.get("connection", "").lower() == "close":
            await self.close()
        return status, answer

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            with contextlib.suppress(OSError):
                await self.writer.wait_closed()
        self.reader = self.writer = None


async def run_load(
    server: MockServer,
    actions: list[Action],
    *,
    duration: float,
    connections: int,
    kinds: tuple[str, ...] = ("read", "create", "bulk", "update", "invalid"),
    seed: int = 1,
) -> Stats:
    """Keep ``connections`` requests in flight for ``duration`` seconds."""
    chosen = [a for a in actions if a.kind in kinds]
    weights = [a.weight for a in chosen]
    stats = Stats()
    headers = server.auth()
    started = time.monotonic()
    deadline = started + duration

    async def worker(number: int) -> None:
        rng = random.Random(seed * 1000 + number)
        connection = Connection(server.port, headers)
        sequence = 0
        while time.monotonic() < deadline:
            action = rng.choices(chosen, weights)[0]
            sequence += 1
            mark = f"load{number}x{sequence}x{uuid.uuid4().hex[:8]}"
            method, path, body = action.request(mark)
            began = time.monotonic()
            try:
                status, answer = await asyncio.wait_for(
                    connection.request(method, path, body), timeout=REQUEST_TIMEOUT
                )
            except (OSError, asyncio.IncompleteReadError, TimeoutError, ValueError) as exc:
                stats.transport_errors[f"{action.name}: {type(exc).__name__}"] += 1
                await connection.close()
                continue
            stats.latencies.append(time.monotonic() - began)
            stats.requests += 1
            stats.statuses[status] += 1
            stats.by_action[action.name] += 1
            if status >= 500:
                stats.five_xx.append(f"{method} {path}: {status} {answer[:120]!r}")
            if status < 300 and action.collection and action.kind in ("create", "bulk"):
                count = len(body[action.items]) if action.kind == "bulk" and action.items else 1
                resource = (
                    _find(json.loads(answer), action.read_back[1]) if action.read_back else None
                )
                stats.created.append(Created(action.name, mark, action.collection, count, resource))
        await connection.close()

    await asyncio.gather(*(worker(i) for i in range(connections)))
    stats.elapsed = time.monotonic() - started
    return stats


async def read_back(
    server: MockServer, actions: list[Action], created: list[Created], connections: int
) -> list[str]:
    """GET every created resource that has a reader; the problems found."""
    readers = {a.name: a.read_back for a in actions if a.read_back}
    problems: list[str] = []
    queue = [c for c in created if c.action in readers]

    async def worker() -> None:
        connection = Connection(server.port, server.auth())
        while queue:
            item = queue.pop()
            template = readers[item.action]
            assert template is not None
            if item.resource_id is None:
                problems.append(f"{item.action}: 2xx without an id")
                continue
            status, answer = await connection.request("GET", template[0].format(item.resource_id))
            if status != 200 or item.mark.encode() not in answer:
                problems.append(f"{item.action} {item.resource_id}: HTTP {status}")
        await connection.close()

    await asyncio.gather(*(worker() for _ in range(connections)))
    return problems
