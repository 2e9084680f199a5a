"""Name an error whose body carries no code, from the catalogued error bodies.

One matcher for everything that reads error answers: the generated clients (this file is
copied into each as ``_errormatch.py``; it imports nothing but the standard library) and
``smsspec fuzz``'s coverage line.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class ErrorSignature:
    """A catalogued error body, used to name errors of providers without codes."""

    error_id: str
    status: int
    title: str | None
    message: str | None


def match_signature(
    signatures: Iterable[ErrorSignature], status: int, title: object, message: object
) -> str | None:
    """Name an error without a code: exact (status, title, message), else a unique catalogued
    message that differs only in a few words (a status or a name the server fills in), else a
    unique (status, title), else a unique status."""
    same_status = [s for s in signatures if s.status == status]
    for sig in same_status:
        if sig.message == message and (sig.title is None or sig.title == title):
            return sig.error_id
    if isinstance(message, str):
        near = {
            s.error_id
            for s in same_status
            if s.message is not None
            and (s.title is None or s.title == title)
            and same_sentence(s.message, message)
        }
        if len(near) == 1:
            return near.pop()
    titled = [s for s in same_status if s.title is not None and s.title == title]
    if len({s.error_id for s in titled}) == 1:
        return titled[0].error_id
    if len({s.error_id for s in same_status}) == 1:
        return same_status[0].error_id
    return None


def same_sentence(documented: str, received: str) -> bool:
    """The same words but at most one in four (``Campaign status is Queuing.`` and
    ``Campaign status is Draft.``); never for messages under four words."""
    left, right = documented.split(), received.split()
    if len(left) != len(right):
        return False
    changed = sum(a != b for a, b in zip(left, right, strict=True))
    return 0 < changed <= len(left) // 4
