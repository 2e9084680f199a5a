"""What the fault suite drives: the generated client's operations against a mock over HTTP.

A :class:`Target` is one operation called through its generated endpoint function
(``<pkg>.api.<tag>.<operation>.sync_detailed``), found by operationId, with its documented
request. For operations that store something, ``collection`` names the provider collection
that grows by one per processed request and ``marker`` the request field whose value the
stored record keeps, so every request can be traced in the mock's state by a unique marker.
:func:`predict` is the client's documented retry contract (``_base_client`` docstring) applied
to a fault schedule; the suite checks the real client against it.
"""

from __future__ import annotations

import copy
import importlib
import json
import pkgutil
import typing
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any
from urllib.parse import unquote

import httpx
from openapi_python_client.strings import snake_case

from generator.constraints import ConstraintChecker
from generator.specmodel import Operation, Spec
from tests.clients import bulk_fields, client_module, client_package
from tests.conftest import bundled
from tests.reliability.harness import MockServer
from tests.triggers import base_body, sample_path

CLIENT_TIMEOUT = 0.25
"""The generated client's timeout in these tests (seconds, per connect/read/write)."""
SHORT_MS = 20
LONG_MS = 500
"""Stalls well below and well above ``CLIENT_TIMEOUT``."""

FAULTS = (
    "ok",
    "reset",
    "reset-after",
    f"timeout:{SHORT_MS}",
    f"timeout:{LONG_MS}",
    f"slow:{SHORT_MS}",
    f"slow:{LONG_MS}",
    "status:500",
    "status:503",
    "status:429",
    "malformed",
)


@dataclass
class Prediction:
    """Outcome of one call under a fault schedule: ``ok`` or an error category
    (``timeout``, ``connection``, ``status:<code>``, ``invalid-response``), the number of
    attempts that reached processing, and the schedule entries it consumed."""

    outcome: str
    processed: int
    consumed: int


def predict(schedule: list[str], *, idempotent: bool, max_retries: int) -> Prediction:
    """The client's documented contract: 429, 408, 5xx and connection failures are retried
    up to ``max_retries`` times; a non-idempotent request only when it cannot have been
    processed (429 — a connection that failed after the request was written may have been)."""
    attempt = 0
    processed = 0
    while True:
        fault = schedule[attempt] if attempt < len(schedule) else "ok"
        kind, _, raw = fault.partition(":")
        delay = int(raw) / 1000 if raw and kind in ("slow", "timeout") else 0.0
        if kind == "ok" or (kind in ("slow", "timeout") and delay < CLIENT_TIMEOUT):
            return Prediction("ok", processed + 1, attempt + 1)
        if kind == "malformed":
            return Prediction("invalid-response", processed + 1, attempt + 1)
        if kind in ("slow", "timeout"):
            # ``timeout`` processes, then stalls; ``slow`` stalls first and then finds the
            # client gone (the mock reads no body from a closed connection): not processed.
            processed += kind == "timeout"
            outcome, retry = "timeout", idempotent
        elif kind == "reset":
            outcome, retry = "connection", idempotent
        elif kind == "reset-after":
            processed += 1
            outcome, retry = "connection", idempotent
        else:
            code = int(raw)
            outcome, retry = f"status:{code}", code == 429 or idempotent
        if retry and attempt < max_retries:
            attempt += 1
            continue
        return Prediction(outcome, processed, attempt + 1)


def categorize(pkg: ModuleType, error: BaseException | None) -> str:
    """The category of what a call raised (``ok`` when it returned)."""
    errors = pkg._exceptions
    if error is None:
        return "ok"
    if isinstance(error, errors.APITimeoutError):
        return "timeout"
    if isinstance(error, errors.APIConnectionError):
        return "connection"
    if isinstance(error, errors.APIStatusError):
        return f"status:{error.status_code}"
    if isinstance(error, errors.APIResponseValidationError):
        return "invalid-response"
    return f"untyped {type(error).__name__}: {error}"


def endpoint(api: str, operation_id: str) -> ModuleType:
    """The generated endpoint module of ``operation_id``."""
    pkg = client_package(api)
    api_pkg = importlib.import_module(f"{pkg.__name__}.api")
    for info in pkgutil.walk_packages(api_pkg.__path__, prefix=api_pkg.__name__ + "."):
        module = importlib.import_module(info.name)
        found = getattr(module, "_OPERATION", None)
        if found is not None and found.operation_id == operation_id:
            return module
    raise LookupError(f"{api}: no endpoint module for {operation_id}")


def _body_type(function: Callable[..., Any]) -> Any:
    hints = typing.get_type_hints(function)
    annotation = hints.get("body")
    for candidate in (annotation, *typing.get_args(annotation)):
        if hasattr(candidate, "from_dict"):
            return candidate
    return None


@dataclass
class Target:
    api: str
    op: Operation
    module: ModuleType
    body: Any
    path_args: dict[str, Any]
    collection: str | None = None
    marker: str | None = None

    @property
    def info(self) -> Any:
        return self.module._OPERATION

    def request_body(self, mark: str | None) -> Any:
        body = copy.deepcopy(self.body)
        if mark is not None and self.marker is not None:
            body[self.marker] = f"{body[self.marker]} {mark}"
        return body

    def _kwargs(self, mark: str | None) -> dict[str, Any]:
        kwargs: dict[str, Any] = dict(self.path_args)
        if self.op.request_body is not None:
            body = self.request_body(mark)
            body_type = _body_type(self.module.sync_detailed)
            kwargs["body"] = body_type.from_dict(body) if body_type is not None else body
        return kwargs

    def call(self, client: Any, mark: str | None = None) -> Any:
        return self.module.sync_detailed(client=client, **self._kwargs(mark))

    async def call_async(self, client: Any, mark: str | None = None) -> Any:
        try:
            return await self.module.asyncio_detailed(client=client, **self._kwargs(mark))
        finally:
            await client.get_async_httpx_client().aclose()


def _path_args(spec: Spec, op: Operation) -> dict[str, Any] | None:
    """Keyword arguments of the endpoint function for the documented path parameters."""
    path = sample_path(spec, op)
    if path is None:
        return None
    args: dict[str, Any] = {}
    for part, value in zip(op.path.split("/"), path.split("/"), strict=True):
        if part.startswith("{") and part.endswith("}"):
            args[snake_case(part[1:-1])] = unquote(value)
    return args


def _strings(value: Any) -> list[str]:
    return [k for k, v in value.items() if isinstance(v, str)] if isinstance(value, dict) else []


def discover(server: MockServer) -> tuple[Target | None, Target | None]:
    """(a non-idempotent operation that stores one record per processed request, with a
    marker field; an idempotent operation whose documented request succeeds) of the API."""
    spec = Spec(server_document(server.api))
    headers = server.auth()
    send: Target | None = None
    read: Target | None = None
    for op in sorted(spec.operations, key=lambda o: o.operation_id != "sendMessage"):
        path = sample_path(spec, op)
        args = _path_args(spec, op)
        body = base_body(spec, op)
        if path is None or args is None or op.bulk is not None:
            continue
        if op.request_body is not None and not isinstance(body, dict):
            continue
        required = [
            p for p in op.parameters if p.get("required") and p.get("in") in ("query", "header")
        ]
        if required:
            continue
        if read is None and op.idempotent and op.method in ("get", "delete"):
            server.reset()
            answer = server.client.request(op.method, server.prefix + path, headers=headers)
            if answer.status_code < 300:
                read = Target(server.api, op, endpoint(server.api, op.operation_id), None, args)
        if send is None and not op.idempotent and op.request_body is not None:
            send = _stored_target(server, spec, op, path, args, body)
        if send is not None and read is not None:
            break
    return send, read


def _stored_target(
    server: MockServer, spec: Spec, op: Operation, path: str, args: dict[str, Any], body: Any
) -> Target | None:
    """``op`` as a target if each processed request stores one record carrying a marker,
    and the same request processed twice is stored twice (an operation that refuses a
    repeat, e.g. of a unique name, can show no duplicate)."""
    for field in _strings(body):
        server.reset()
        before = server.state()["collections"]
        mark = uuid.uuid4().hex
        candidate = {**body, field: f"{body[field]} {mark}"}
        answer = server.client.request(
            op.method, server.prefix + path, headers=server.auth(), **_payload(op, candidate)
        )
        after = server.state()["collections"]
        grown = [name for name in after if after[name] == before.get(name, 0) + 1]
        if answer.status_code >= 300 or len(grown) != 1:
            continue
        if stored_marks(server, grown[0], [mark])[mark] != 1:
            continue
        again = server.client.request(
            op.method, server.prefix + path, headers=server.auth(), **_payload(op, candidate)
        )
        if again.status_code < 300 and stored_marks(server, grown[0], [mark])[mark] == 2:
            module = endpoint(server.api, op.operation_id)
            return Target(server.api, op, module, body, args, grown[0], field)
    return None


def _payload(op: Operation, body: dict[str, Any]) -> dict[str, Any]:
    """httpx keywords sending ``body`` as the operation takes it: JSON, or a form."""
    return {"data": body} if op.form_schema is not None else {"json": body}


@dataclass
class BulkTarget:
    api: str
    op: Operation
    function: Callable[..., Any]
    items_field: str
    item: dict[str, Any]
    fields: dict[str, Any]
    collection: str
    marker: str
    invalid_item: dict[str, Any] | None


def discover_bulk(server: MockServer) -> list[BulkTarget]:
    """Every generated bulk helper whose accepted items land one by one in a collection."""
    spec = Spec(server_document(server.api))
    checker = ConstraintChecker(server_document(server.api))
    bulk_module = client_module(server.api, "bulk")
    targets = []
    for op in spec.operations:
        bulk = op.bulk
        body = base_body(spec, op)
        function = getattr(bulk_module, snake_case(op.operation_id), None)
        if bulk is None or function is None or not isinstance(body, dict):
            continue
        items = body.get(bulk.items)
        if not isinstance(items, list) or not items or not isinstance(items[0], dict):
            continue
        item = items[0]
        # The helper's keyword arguments for the other body fields (typed, as users pass them).
        fields = bulk_fields(
            server.api, op, function, {k: v for k, v in body.items() if k != bulk.items}
        )
        item_schema = op.bulk_schemas[1] if op.bulk_schemas else {}
        for field in _strings(item):
            server.reset()
            mark = uuid.uuid4().hex
            before = server.state()["collections"]
            candidate = {**body, bulk.items: [{**item, field: f"{item[field]} {mark}"}]}
            answer = server.client.post(
                server.prefix + op.path, headers=server.auth(), json=candidate
            )
            after = server.state()["collections"]
            grown = [name for name in after if after[name] > before.get(name, 0)]
            # The items' collection is the one holding the marked item; a send may also
            # store a record of its own (Transformify: the bulk campaign).
            grown = [name for name in grown if stored_marks(server, name, [mark])[mark] == 1]
            if answer.status_code >= 300 or len(grown) != 1:
                continue
            if sum(mark in json.dumps(i) for i in server.items(grown[0])) == 1:
                # An item the item schema refuses (one field dropped, never the marker).
                invalid = next(
                    (
                        without
                        for name in item
                        if name != field
                        and checker.first_violation(
                            item_schema, without := {k: v for k, v in item.items() if k != name}
                        )
                        is not None
                    ),
                    None,
                )
                targets.append(
                    BulkTarget(
                        server.api,
                        op,
                        function,
                        bulk.items,
                        item,
                        fields,
                        grown[0],
                        field,
                        invalid,
                    )
                )
                break
    return targets


def server_document(api: str) -> dict[str, Any]:
    return bundled(api)


def stored_marks(server: MockServer, collection: str, marks: list[str]) -> dict[str, int]:
    """How many records of ``collection`` carry each mark."""
    texts = [json.dumps(item) for item in server.items(collection)]
    return {mark: sum(mark in text for text in texts) for mark in marks}


def make_client(server: MockServer, *, max_retries: int, **options: Any) -> Any:
    """The generated client of the API with the demo key, a short timeout and no real
    backoff waits (the delays themselves are tested in tests/test_client.py)."""
    return client_package(server.api).AuthenticatedClient(
        base_url=server.base_url,
        token=server.keys()["default"],
        timeout=httpx.Timeout(CLIENT_TIMEOUT),
        max_retries=max_retries,
        sleep=lambda _seconds: None,
        async_sleep=_no_wait,
        **options,
    )


async def _no_wait(_seconds: float) -> None:
    return None
