"""Recordings: one JSON object per line per exchange (``smsspec proxy --record FILE``).

Each line holds::

    {"method": "POST", "path": "/api/v2/send", "query": "",
     "request": {"headers": [["content-type", "application/json"], ["x-api-key", "<redacted>"]],
                 "body": "{\\"to\\": …}"},
     "response": {"status": 200, "headers": [["content-type", "application/json"]],
                  "body": "{\\"success\\": true, …}"},
     "duration_ms": 1.84, "started": "2026-11-25T10:00:00.000Z", "answered_by": "upstream",
     "findings": [{"kind": …, "operation": …, "pointer": …, "location": …, …}]}

Header names are lower case; secrets are already redacted. A body is UTF-8 text, or base64
with ``"body_encoding": "base64"`` next to it when it is not UTF-8; ``null`` when it was not
captured (``"body_truncated": true`` says it was larger than the capture limit). Bodies are
stored after any ``Content-Encoding`` was undone. Keys are sorted.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import orjson

from .exchange import Exchange, Headers
from .findings import Finding


class RecordingError(ValueError):
    """A recording line that is not an exchange (the message names file and line)."""


def _body_fields(body: bytes | None, truncated: bool = False) -> dict[str, Any]:
    if body is None:
        return {"body": None, **({"body_truncated": True} if truncated else {})}
    try:
        return {"body": body.decode("utf-8")}
    except UnicodeDecodeError:
        return {"body": base64.b64encode(body).decode("ascii"), "body_encoding": "base64"}


def to_record(
    exchange: Exchange, *, request_truncated: bool = False, response_truncated: bool = False
) -> dict[str, Any]:
    """The JSON object of one exchange (redact it first)."""
    record: dict[str, Any] = {
        "method": exchange.method.upper(),
        "path": exchange.path,
        "query": exchange.query,
        "request": {
            "headers": [list(pair) for pair in exchange.request_headers],
            **_body_fields(exchange.request_body, request_truncated),
        },
        "response": {
            "status": exchange.status,
            "headers": [list(pair) for pair in exchange.response_headers],
            **_body_fields(exchange.response_body, response_truncated),
        },
        "duration_ms": round(exchange.duration_ms, 3),
        "answered_by": exchange.answered_by,
        "findings": [finding.as_dict() for finding in exchange.findings],
    }
    if exchange.started is not None:
        record["started"] = exchange.started
    if exchange.note:
        record["note"] = exchange.note
    return record


def dumps(record: dict[str, Any]) -> bytes:
    """One recording line (sorted keys, newline included)."""
    return orjson.dumps(record, option=orjson.OPT_SORT_KEYS | orjson.OPT_APPEND_NEWLINE)


class Recorder:
    """Appends exchanges to a recording file, one line each, flushed as written."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[bytes] = path.open("ab")
        self.written = 0

    def write(self, record: dict[str, Any]) -> None:
        self._handle.write(dumps(record))
        self._handle.flush()
        self.written += 1

    def close(self) -> None:
        self._handle.close()


# -- reading ----------------------------------------------------------------------------------


def read_recording(path: Path) -> Iterator[Exchange]:
    """The exchanges of a recording; raises :class:`RecordingError` on a malformed line."""
    with path.open("rb") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                raw = orjson.loads(line)
            except orjson.JSONDecodeError as exc:
                raise RecordingError(f"{where}: not JSON ({exc})") from exc
            yield from_record(raw, where)


def from_record(raw: Any, where: str) -> Exchange:
    """An exchange from its recorded JSON object (``where`` names it in errors)."""
    if not isinstance(raw, dict):
        raise RecordingError(f"{where}: not a JSON object")
    request = raw.get("request") or {}
    response = raw.get("response")
    method, path, query = raw.get("method"), raw.get("path"), raw.get("query", "")
    if not isinstance(method, str) or not isinstance(path, str) or not isinstance(query, str):
        raise RecordingError(f"{where}: method, path and query must be strings")
    if not isinstance(request, dict) or not isinstance(response, dict):
        raise RecordingError(f"{where}: request and response must be objects")
    status = response.get("status")
    if not isinstance(status, int) or isinstance(status, bool):
        raise RecordingError(f"{where}: response.status must be an integer")
    findings = raw.get("findings") or []
    try:
        parsed = [Finding.from_dict(item) for item in findings]
    except (KeyError, TypeError, AttributeError) as exc:
        raise RecordingError(f"{where}: malformed findings ({exc})") from exc
    duration = raw.get("duration_ms", 0.0)
    return Exchange(
        method=method.upper(),
        path=path,
        query=query,
        request_headers=_headers(request.get("headers"), where),
        request_body=_body(request, where),
        status=status,
        response_headers=_headers(response.get("headers"), where),
        response_body=_body(response, where),
        duration_ms=float(duration) if isinstance(duration, (int, float)) else 0.0,
        started=raw.get("started") if isinstance(raw.get("started"), str) else None,
        answered_by=str(raw.get("answered_by", "upstream")),
        note=raw.get("note") if isinstance(raw.get("note"), str) else None,
        findings=parsed,
        source=where,
    )


def _headers(raw: Any, where: str) -> Headers:
    if raw is None:
        return []
    if not isinstance(raw, list) or not all(
        isinstance(pair, list) and len(pair) == 2 and all(isinstance(p, str) for p in pair)
        for pair in raw
    ):
        raise RecordingError(f"{where}: headers must be a list of [name, value] string pairs")
    return [(name.lower(), value) for name, value in raw]


def _body(raw: dict[str, Any], where: str) -> bytes | None:
    body = raw.get("body")
    if body is None:
        return None
    if not isinstance(body, str):
        raise RecordingError(f"{where}: a body must be a string or null")
    if raw.get("body_encoding") == "base64":
        try:
            return base64.b64decode(body, validate=True)
        except binascii.Error as exc:
            raise RecordingError(f"{where}: body_encoding is base64 but the body is not") from exc
    return body.encode("utf-8")
