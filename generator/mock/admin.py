"""The admin API under ``/__smsspec``: health, demo keys, reset, queued faults, the clock.

| endpoint | method | does |
|---|---|---|
| `/__smsspec/health` | GET | `{"status": "ok", "api", "requests"}` |
| `/__smsspec/keys` | GET | demo key of every role |
| `/__smsspec/reset` | POST | back to the seeded state (records, rate windows, capacity, |
| | | faults, clock) |
| `/__smsspec/faults` | POST | `{"faults": ["status:503", "reset", …]}` queues faults |
| `/__smsspec/faults` | GET | the queued faults |
| `/__smsspec/clock` | POST | `{"advance": seconds}` moves the mock clock forward |
| `/__smsspec/clock` | GET | the mock clock's time (Unix seconds) |

A wrong method is answered 405 with ``Allow``; an unknown endpoint 404.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .faults import Fault, FaultSyntaxError

if TYPE_CHECKING:
    from .app import MockApp

PREFIX = "/__smsspec"

Handler = Callable[["MockApp", Any], tuple[int, Any]]


def _health(app: MockApp, _body: Any) -> tuple[int, Any]:
    return 200, {"status": "ok", "api": app.api, "requests": app.requests_served}


def _keys(app: MockApp, _body: Any) -> tuple[int, Any]:
    return 200, app.policy.demo_keys()


def _reset(app: MockApp, _body: Any) -> tuple[int, Any]:
    app.reset()
    return 200, {"reset": True}


def _faults_get(app: MockApp, _body: Any) -> tuple[int, Any]:
    return 200, {"queued": app.faults.queued()}


def _faults_post(app: MockApp, body: Any) -> tuple[int, Any]:
    items = body.get("faults") if isinstance(body, dict) else None
    if not isinstance(items, list):
        return 400, {"error": 'expected {"faults": ["status:503", ...]}'}
    try:
        faults = [Fault.parse(str(item)) for item in items]
    except FaultSyntaxError as exc:
        return 400, {"error": str(exc)}
    app.faults.push(*faults)
    return 200, {"queued": len(app.faults)}


def _clock_get(app: MockApp, _body: Any) -> tuple[int, Any]:
    return 200, {"now": app.config.clock(), "offset": app.clock_offset}


def _clock_post(app: MockApp, body: Any) -> tuple[int, Any]:
    advance = body.get("advance", 0) if isinstance(body, dict) else None
    if not isinstance(advance, (int, float)) or isinstance(advance, bool) or advance < 0:
        return 400, {"error": "advance must be a non-negative number of seconds"}
    app.clock_offset += float(advance)
    return 200, {"now": app.config.clock(), "offset": app.clock_offset}


ENDPOINTS: dict[str, dict[str, Handler]] = {
    "/health": {"get": _health},
    "/keys": {"get": _keys},
    "/reset": {"post": _reset},
    "/faults": {"get": _faults_get, "post": _faults_post},
    "/clock": {"get": _clock_get, "post": _clock_post},
}


def dispatch(app: MockApp, path: str, method: str, body: Any) -> tuple[int, Any, str | None]:
    """(status, JSON body, ``Allow`` header for a 405) of an admin request."""
    methods = ENDPOINTS.get(path)
    if methods is None:
        return (
            404,
            {"error": f"unknown admin endpoint {PREFIX}{path}", "known": sorted(ENDPOINTS)},
            None,
        )
    handler = methods.get(method)
    if handler is None:
        allow = ", ".join(m.upper() for m in methods)
        return 405, {"error": f"{method.upper()} not allowed on {PREFIX}{path}"}, allow
    status, answer = handler(app, body)
    return status, answer, None
