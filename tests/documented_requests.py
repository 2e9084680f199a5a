"""The docs' request examples as a replayable corpus, and what counts as their documented answer.

Every request example of every operation (request body examples; for an operation without a
body, one request built from its parameters' documented examples) is sent to a freshly seeded
mock as the ``default`` demo role. Its answer is *as documented* when the status is the
operation's documented success status, the body validates against the success schema and,
for an object, has the documented example's required fields.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from generator.schemas import compile_validator
from generator.specmodel import Operation, Spec
from tests.mockharness import MockHarness


@dataclass(frozen=True)
class DocumentedRequest:
    operation_id: str
    name: str
    method: str
    path: str | None
    query: dict[str, Any]
    body: Any


def _param_example(spec: Spec, param: dict[str, Any]) -> Any:
    if "example" in param:
        return param["example"]
    examples = param.get("examples") or {}
    if isinstance(examples, dict) and examples:
        return spec.resolve(next(iter(examples.values()))).get("value")
    schema = spec.resolve(param.get("schema") or {})
    if schema.get("examples"):
        return schema["examples"][0]
    if "default" in schema:
        return schema["default"]
    if param.get("in") == "path" and isinstance(schema.get("pattern"), str):
        return _documented_match(spec, schema["pattern"])
    return None


def _documented_match(spec: Spec, pattern: str) -> str | None:
    """The first string of the spec's documented examples that matches ``pattern`` (a path
    parameter without an example of its own, such as Twilio's SIDs: the docs' own ids)."""
    regex = re.compile(pattern)

    def walk(node: Any, inside: bool) -> Iterator[str]:
        if isinstance(node, dict):
            for key, value in node.items():
                yield from walk(value, inside or key in ("value", "example", "examples"))
        elif isinstance(node, list):
            for item in node:
                yield from walk(item, inside)
        elif inside and isinstance(node, str) and regex.fullmatch(node):
            yield node

    return next(walk(spec.doc, False), None)


def _shown_in_answers(spec: Spec, op: Operation, name: str) -> Any:
    """The value the documented answers of the operations on ``op``'s path show for path
    parameter ``name`` (as ``name`` or its snake_case: Twilio's ``Sid`` is ``sid``)."""
    keys = {name, re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()}
    for other in spec.operations:
        answer = documented_answer(spec, other) if other.path == op.path else None
        if isinstance(answer, dict):
            for key in keys & set(answer):
                if isinstance(answer[key], str):
                    return answer[key]
    return None


def _path_and_query(spec: Spec, op: Operation) -> tuple[str | None, dict[str, Any]]:
    path: str | None = op.path
    query: dict[str, Any] = {}
    for param in op.parameters:
        value = _param_example(spec, param)
        if value is None and param["in"] == "path":
            value = _shown_in_answers(spec, op, param["name"])
        if param["in"] == "path":
            if value is None or path is None:
                path = None
                continue
            path = path.replace("{" + param["name"] + "}", quote(str(value), safe=""))
        elif param["in"] == "query" and value is not None and param.get("required"):
            query[param["name"]] = value
    return path, query


def documented_requests(spec: Spec) -> Iterator[DocumentedRequest]:
    """Every documented request of the spec, in spec order."""
    for op in spec.operations:
        path, query = _path_and_query(spec, op)
        body = op.request_body or {}
        found = False
        for media in (body.get("content") or {}).values():
            for name, example in (media.get("examples") or {}).items():
                value = spec.resolve(example).get("value")
                found = True
                yield DocumentedRequest(
                    op.operation_id, name, op.method, path, query, copy.deepcopy(value)
                )
        if not found and not body.get("required"):
            yield DocumentedRequest(op.operation_id, "parameters", op.method, path, query, None)


def success_validator(spec: Spec, op: Operation, status: int | None = None) -> Any:
    response = op.responses.get(str(status or op.success_status)) or {}
    media = next(iter((response.get("content") or {}).values()), None)
    if media is None or "schema" not in media:
        return None
    return compile_validator(media["schema"], spec.doc)


def documented_answer(spec: Spec, op: Operation) -> Any:
    response = op.responses.get(str(op.success_status)) or {}
    media = next(iter((response.get("content") or {}).values()), {}) or {}
    for example in (media.get("examples") or {}).values():
        return spec.resolve(example).get("value")
    return None


def replay(harness: MockHarness) -> list[tuple[DocumentedRequest, str | None]]:
    """Send every documented request, each to the freshly seeded mock (the docs' examples
    are independent of each other); (request, ``None`` when answered as documented, else
    why not)."""
    spec = harness.spec
    results: list[tuple[DocumentedRequest, str | None]] = []
    for request in documented_requests(spec):
        op = spec.operation(request.operation_id)
        if request.path is None:
            results.append((request, "no documented value for a path parameter"))
            continue
        harness.reset()
        response = harness.call(request.method, request.path, request.body, query=request.query)
        status = harness.app.compiled.operations[op.operation_id].success_status
        results.append((request, _verdict(spec, op, response, status)))
    return results


def _verdict(spec: Spec, op: Operation, response: Any, status: int) -> str | None:
    """Why ``response`` is not the documented answer (``status``: the documented success
    status the mock answers with), else ``None``."""
    if response.status_code != status:
        return f"status {response.status_code}: {response.text[:200]}"
    validator = success_validator(spec, op, status)
    answer = response.json() if response.content else None
    if validator is not None:
        problem = next(iter(validator.iter_errors(answer)), None)
        if problem is not None:
            return f"answer breaks the schema: {problem.message}"
    documented = documented_answer(spec, op)
    if isinstance(documented, dict) and isinstance(answer, dict):
        required = _required(spec, op)
        missing = {name for name in documented if name in required} - set(answer)
        if missing:
            return f"answer lacks documented fields {sorted(missing)}"
    return None


def _required(spec: Spec, op: Operation) -> set[str]:
    """Required top-level properties of the success answer (``allOf`` merged)."""
    response = op.responses.get(str(op.success_status)) or {}
    media = next(iter((response.get("content") or {}).values()), {}) or {}
    schema = spec.resolve(media.get("schema") or {})
    names = set(schema.get("required") or [])
    for member in schema.get("allOf") or []:
        names |= set(spec.resolve(member).get("required") or [])
    return names
