"""What a third-party generator could not handle, said in terms of the spec.

openapi-python-client, datamodel-code-generator and openapi-typescript report problems in
their own words (a schema pointer buried in a multi-line warning, a Python traceback). Each
becomes a :class:`ToolProblem`: the tool, the JSON pointer of the schema or operation it could
not handle, one line saying what, and what to do. The generation job locates it at a file and
line of the spec and either stops (a curated spec: every generator must handle all of it) or
reports it and keeps the rest (an imported spec: the vendor's document is what it is; the
client then lacks that model or that part of the operation).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..errors import one_line

_SCHEMA = re.compile(r"/components/schemas/([^\s:]+)")
_OPERATION = re.compile(r"\b(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE) (/\S*)")
_ADDRESS = re.compile(r"<[^<>]* object at 0x[0-9a-f]+>")


@dataclass(frozen=True)
class ToolProblem:
    """One construct a generator could not handle (``pointer``: where in the bundle)."""

    tool: str
    message: str
    hint: str
    pointer: str | None = None


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _clean(text: str) -> str:
    return one_line(_ADDRESS.sub("…", text), 240)


def opc_problems(problems: list[Any]) -> list[ToolProblem]:
    """openapi-python-client's problems (``header``/``detail``), one per schema or operation."""
    found: dict[str, ToolProblem] = {}
    for problem in problems:
        header = str(getattr(problem, "header", "") or "")
        detail = str(getattr(problem, "detail", "") or "")
        first = next((line for line in detail.splitlines() if line.strip()), header)
        schema = _SCHEMA.search(header) or _SCHEMA.search(detail)
        operation = _OPERATION.search(header)
        if schema is not None:
            name = schema.group(1)
            pointer = f"/components/schemas/{_escape(name)}"
            item = ToolProblem(
                "openapi-python-client",
                f"openapi-python-client cannot handle schema {name}: {_clean(first)}",
                "the client is generated without this model; make the schema one the "
                "generator reads (one JSON type per enum, resolvable references)",
                pointer,
            )
        elif operation is not None:
            method, path = operation.group(1), operation.group(2)
            pointer = f"/paths/{_escape(path)}/{method.lower()}"
            partial = "will be omitted" in detail  # one response dropped, not the operation
            item = ToolProblem(
                "openapi-python-client",
                f"openapi-python-client cannot handle {method} {path}: {_clean(first)}",
                "the generated function omits that response"
                if partial
                else "the client has no function for this operation; the rest is generated",
                pointer,
            )
        else:
            pointer = ""
            item = ToolProblem(
                "openapi-python-client",
                f"openapi-python-client: {_clean(header + ' ' + detail)}",
                "see the openapi-python-client documentation for this construct",
            )
        found.setdefault(pointer or item.message, item)
    # A schema the generator drops is the cause of the operations it then cannot type.
    return sorted(found.values(), key=lambda item: not (item.pointer or "").startswith("/comp"))


def failed_tool(tool: str, output: str, produces: str) -> ToolProblem:
    """A generator that failed outright: its last meaningful line of output."""
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    meaningful = [line for line in lines if not line.startswith(("File ", "^", "~"))]
    last = meaningful[-1] if meaningful else "no output"
    schema = _SCHEMA.search(output)
    pointer = f"/components/schemas/{_escape(schema.group(1))}" if schema else None
    return ToolProblem(
        tool,
        f"{tool} cannot generate {produces}: {_clean(last)}",
        f"the other outputs are generated; {produces} is not",
        pointer,
    )
