"""Fault injection for the mock: resets, timeouts, 5xx, slow and malformed responses.

A fault is requested per request with the ``X-Smsspec-Fault`` header, or queued for the
next requests with :meth:`FaultPlan.push` (also ``POST /__smsspec/faults``). Faults:

==================  ==========================================================================
``reset``           drop the connection before the request is processed (a status line and
                    headers go out first: ASGI cannot abort before a response starts)
``reset-after``     process the request (state changes), then drop the connection mid-response
``timeout:<ms>``    process the request, then stall for ``ms`` before answering
``slow:<ms>``       stall ``ms`` before processing, then answer normally
``status:<code>``   answer ``code`` (e.g. 500, 503) without processing: the operation's
                    documented example of that status, else the provider's conventional
                    body; a 429 carries ``Retry-After`` (``status:429:retry-after=<s>``,
                    default 1 s)
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


DEFAULT_RETRY_AFTER = 1


@dataclass(frozen=True)
class Fault:
    kind: str
    value: int = 0
    retry_after: int | None = None
    """``Retry-After`` seconds of an injected status (429 gets one by default)."""

    @property
    def before_processing(self) -> bool:
        return self.kind in ("reset", "status", "slow")

    @classmethod
    def parse(cls, text: str) -> Fault:
        kind, _, raw = text.strip().lower().partition(":")
        if kind not in KINDS:
            raise FaultSyntaxError(f"unknown fault {text!r}; known: {', '.join(KINDS)}")
        if kind in ("timeout", "slow", "status"):
            raw, _, option = raw.partition(":")
            if not raw.isdigit():
                raise FaultSyntaxError(f"fault {kind} needs a number, e.g. {kind}:500")
            value = int(raw)
            if kind == "status" and not 400 <= value <= 599:
                raise FaultSyntaxError("status faults must be 4xx or 5xx")
            if kind in ("timeout", "slow") and value > 120_000:
                raise FaultSyntaxError("delays are capped at 120000 ms")
            retry_after = DEFAULT_RETRY_AFTER if kind == "status" and value == 429 else None
            if option:
                name, _, seconds = option.partition("=")
                if kind != "status" or name != "retry-after" or not seconds.isdigit():
                    raise FaultSyntaxError(
                        f"unknown fault option {option!r}; e.g. status:429:retry-after=30"
                    )
                retry_after = int(seconds)
            return cls(kind, value, retry_after)
        return cls(kind)


class FaultPlan:
    """Queued faults applied to the next requests, in order."""

    def __init__(self) -> None:
        self.queue: deque[Fault] = deque()
        """Faults waiting for the next requests (empty: none)."""
        self.applied: list[Fault] = []

    def push(self, *faults: Fault) -> None:
        self.queue.extend(faults)

    def clear(self) -> None:
        self.queue.clear()

    def __len__(self) -> int:
        return len(self.queue)

    def queued(self) -> list[str]:
        """The queued faults, in the syntax they are pushed with."""
        return [f"{f.kind}:{f.value}" if f.value else f.kind for f in self.queue]

    def take(self, header: str | None) -> Fault | None:
        """The fault for this request: its header wins, else the next queued one."""
        fault = Fault.parse(header) if header else (self.queue.popleft() if self.queue else None)
        if fault is not None and fault.kind != "ok":
            self.applied.append(fault)
            return fault
        return None
