"""Fault injection for the mock: resets, timeouts, 5xx, slow and malformed responses.

A fault is requested per request with the ``X-Smsspec-Fault`` header, or queued for the
next requests with :meth:`FaultPlan.push` (also ``POST /__smsspec/faults``). Faults:

==================  ==========================================================================
``reset``           drop the connection before the request is processed (a status line and
                    headers go out first: ASGI cannot abort before a response starts)
``reset-after``     process the request (state changes), then drop the connection mid-response
``timeout:<ms>``    process the request, then stall for ``ms`` before answering
``slow:<ms>``       stall ``ms`` before processing, then answer normally
``status:<code>``   answer ``code`` (e.g. 500, 503) without processing
``malformed``       process the request, then answer its status with a body that is not JSON
``ok``              no fault (useful inside a schedule)
==================  ==========================================================================
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

FAULT_HEADER = "x-smsspec-fault"
KINDS = ("reset", "reset-after", "timeout", "slow", "status", "malformed", "ok")


class FaultSyntaxError(ValueError):
    """A fault specification that cannot be parsed."""


@dataclass(frozen=True)
class Fault:
    kind: str
    value: int = 0

    @property
    def before_processing(self) -> bool:
        return self.kind in ("reset", "status", "slow")

    @classmethod
    def parse(cls, text: str) -> Fault:
        kind, _, raw = text.strip().lower().partition(":")
        if kind not in KINDS:
            raise FaultSyntaxError(f"unknown fault {text!r}; known: {', '.join(KINDS)}")
        if kind in ("timeout", "slow", "status"):
            if not raw.isdigit():
                raise FaultSyntaxError(f"fault {kind} needs a number, e.g. {kind}:500")
            value = int(raw)
            if kind == "status" and not 400 <= value <= 599:
                raise FaultSyntaxError("status faults must be 4xx or 5xx")
            if kind in ("timeout", "slow") and value > 120_000:
                raise FaultSyntaxError("delays are capped at 120000 ms")
            return cls(kind, value)
        return cls(kind)


class FaultPlan:
    """Queued faults applied to the next requests, in order."""

    def __init__(self) -> None:
        self._queue: deque[Fault] = deque()
        self.applied: list[Fault] = []

    def push(self, *faults: Fault) -> None:
        self._queue.extend(faults)

    def clear(self) -> None:
        self._queue.clear()

    def __len__(self) -> int:
        return len(self._queue)

    def take(self, header: str | None) -> Fault | None:
        """The fault for this request: its header wins, else the next queued one."""
        fault = Fault.parse(header) if header else (self._queue.popleft() if self._queue else None)
        if fault is not None and fault.kind != "ok":
            self.applied.append(fault)
            return fault
        return None
