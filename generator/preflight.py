"""What would break generation, checked before any generator runs.

The generators name things after the spec: a client function and a module per
``operationId``, a model per schema. An operation without an ``operationId``, two operations
with the same one, or two whose Python names collide would make openapi-python-client fail or
silently drop an operation; an smsspec extension whose value breaks its schema cannot be read
as the typed value every generator expects. :func:`blockers` lists them; ``smsspec lint``
reports every one as an error and ``smsspec generate`` stops at the first, each with the file
and line that declares it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import extensions
from .errors import UserError
from .specmodel import HTTP_METHODS


@dataclass(frozen=True)
class Blocker:
    """One problem that stops generation: where (JSON pointer), what, what to do."""

    pointer: str
    message: str
    hint: str


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def python_name(operation_id: str) -> str:
    """The snake_case name openapi-python-client gives an operation's module and function."""
    from openapi_python_client.strings import snake_case

    return str(snake_case(operation_id))


def _suggest(method: str, path: str) -> str:
    words = [w for w in re.split(r"[^0-9A-Za-z]+", path) if w and not w.startswith("{")]
    return method + "".join(w[:1].upper() + w[1:] for w in words[-2:])


def blockers(document: dict[str, Any]) -> list[Blocker]:
    """Every problem of ``document`` (bundled) that would break generation: smsspec's own
    extensions with a wrong value (the generators read them as typed values), then
    operationIds."""
    found = [
        Blocker(problem.pointer, problem.message, "fix the value (spec/extensions.md)")
        for problem in extensions.validate(document, allow_unknown=True)
    ]
    seen: dict[str, str] = {}
    names: dict[str, str] = {}
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            pointer = f"/paths/{_escape(path)}/{method}"
            where = f"{method.upper()} {path}"
            operation_id = operation.get("operationId")
            if not isinstance(operation_id, str) or not operation_id.strip():
                found.append(
                    Blocker(
                        pointer,
                        f"{where} has no operationId",
                        f"add `operationId: {_suggest(method, path)}` (the generated client "
                        "names its function after it)",
                    )
                )
                continue
            if operation_id in seen:
                found.append(
                    Blocker(
                        f"{pointer}/operationId",
                        f"{where}: operationId {operation_id} is also used by {seen[operation_id]}",
                        "give each operation its own operationId",
                    )
                )
                continue
            seen[operation_id] = where
            name = python_name(operation_id)
            if not name or name[0].isdigit():
                found.append(
                    Blocker(
                        f"{pointer}/operationId",
                        f"{where}: operationId {operation_id!r} gives no Python name",
                        "start it with a letter",
                    )
                )
            elif name in names and names[name] != operation_id:
                found.append(
                    Blocker(
                        f"{pointer}/operationId",
                        f"{where}: operationId {operation_id} and {names[name]} both become "
                        f"the Python function {name}",
                        "rename one of them",
                    )
                )
            names.setdefault(name, operation_id)
    return found


def check(document: dict[str, Any], root: Path | None) -> None:
    """Raise a :class:`UserError` for the first blocker, at its file and line (``root``: the
    spec's root document, to locate it), counting the others."""
    found = blockers(document)
    if not found:
        return
    first = found[0]
    more = f" (and {len(found) - 1} more: `smsspec lint` lists them)" if len(found) > 1 else ""
    file: Path | None = None
    line: int | None = None
    if root is not None:
        from .sourcemap import Locator

        location = Locator(root).locate(first.pointer)
        file, line = location.path, location.line
    raise UserError(
        first.message + more, file=file, line=line, pointer=first.pointer, hint=first.hint
    )
