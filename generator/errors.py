"""Errors in what a user gave smsspec: reported as one line, never as a traceback.

Every problem with an input — a spec file that is not YAML, a ``$ref`` to nothing, an overlay
action that matches nothing, an unknown API name, a construct a third-party generator cannot
handle — is a :class:`UserError`: *where* (file and line, else a JSON pointer), *what* is
wrong and *what to do*. ``smsspec`` prints it as ``smsspec: <where>: <what>; <what to do>``
and exits with status 1. Anything else that escapes is a bug in smsspec.
"""

from __future__ import annotations

import os
from pathlib import Path


def display_path(path: Path | str) -> str:
    """``path`` relative to the working directory when it lies under it (what a user typed),
    else as given."""
    candidate = Path(path)
    try:
        return str(candidate.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(candidate)


class UserError(ValueError):
    """A problem with smsspec's input, located and with a remedy.

    ``file`` and ``line`` (1-based) say where; without a line, ``pointer`` (a JSON pointer
    into the document) does. ``hint`` is what to do about it."""

    def __init__(
        self,
        message: str,
        *,
        file: Path | str | None = None,
        line: int | None = None,
        pointer: str | None = None,
        hint: str | None = None,
    ) -> None:
        self.message = " ".join(message.split())
        self.file = file
        self.line = line
        self.pointer = pointer
        self.hint = " ".join(hint.split()) if hint else None
        super().__init__(str(self))

    @property
    def where(self) -> str:
        """``file:line``, ``file#pointer``, ``file`` or ``#pointer``; ``""`` when unknown."""
        name = display_path(self.file) if self.file is not None else ""
        if self.line is not None and name:
            return f"{name}:{self.line}"
        if self.pointer is not None:
            return f"{name}#{self.pointer or '/'}"
        return name

    def __str__(self) -> str:
        text = f"{self.where}: {self.message}" if self.where else self.message
        return f"{text}; {self.hint}" if self.hint else text


def line_of(path: Path, needle: str, start: int = 1) -> int | None:
    """The first line (1-based, from ``start``) of ``path`` that contains ``needle``: a cheap
    way to point at a ``$ref`` value or a key without re-parsing the file with positions."""
    try:
        with path.open(encoding="utf-8", errors="replace") as stream:
            for number, text in enumerate(stream, 1):
                if number >= start and needle in text:
                    return number
    except OSError:
        return None
    return None


def one_line(text: str, limit: int = 300) -> str:
    """``text`` on one line, cut at ``limit`` characters."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def env_flag(name: str) -> bool:
    """Whether environment variable ``name`` is set to a true value (``1``, ``true``, ``yes``)."""
    return os.environ.get(name, "").strip().lower() in ("1", "true", "yes")
