"""House rules of the SDK extensions (``x-sdk-method``, ``x-pagination``, ``x-sdk``).

Called from :func:`generator.lint.house_rules`. Every operation needs an ``x-sdk-method``
that no other operation of the spec uses, so each one is reachable as
``client.<resource>.<method>`` in every SDK; an ``x-pagination`` must name query parameters
the operation has.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .sdk_extensions import IDENTIFIER, SdkExtensionError, sdk_settings
from .specmodel import Operation, Spec

__all__ = ["check_sdk"]

Problem = tuple[str, str]
"""(where, message)."""

_PAGINATION_PARAMS = ("page_param", "size_param", "cursor_param")
_CLIENT_ATTRIBUTES = frozenset({"base_url", "close", "max_retries", "raw", "with_options"})
"""Attributes of the generated clients a resource may not shadow."""
_REQUIRED_BY_STYLE = {
    "page": ("page_param",),
    "cursor": ("cursor_param", "next_cursor"),
    "next-link": ("next_link",),
}


def check_sdk(
    doc: dict[str, Any], api: str = "api", *, require_declared: bool = True
) -> list[Problem]:
    """Problems with the SDK extensions of a bundled document. Not ``require_declared`` (an
    imported vendor document): an operation without ``x-sdk-method`` takes its derived place
    (:meth:`Operation.sdk_method`) without a finding."""
    spec = Spec(doc)
    problems: list[Problem] = []
    try:
        sdk_settings(spec, api)
    except SdkExtensionError as exc:
        problems.append(("x-sdk", str(exc)))
    seen: dict[str, str] = {}
    for op in spec.operations:
        where = f"{op.method.upper()} {op.path}"
        problems.extend(
            (where, message)
            for message in _method_problems(op, seen, where, require_declared=require_declared)
        )
        problems.extend((where, message) for message in _pagination_problems(op))
    resources = {value.rpartition(".")[0] for value in seen}
    for value, where in seen.items():
        if value in resources:
            problems.append((where, f"x-sdk-method {value} is both a method and a resource"))
    return problems


def _method_problems(
    op: Operation, seen: dict[str, str], where: str, *, require_declared: bool
) -> Iterator[str]:
    raw = op.raw.get("x-sdk-method")
    if raw is None:
        derived = op.sdk_method
        if require_declared:
            yield (
                "operation has no x-sdk-method (client.<resource>.<method> in the SDKs)"
                + (f"; the SDKs call it client.{derived}" if derived is not None else "")
            )
        if derived is not None:
            if str(derived) in seen:
                yield f"the derived SDK place {derived} is also used by {seen[str(derived)]}"
            seen.setdefault(str(derived), where)
        return
    if not isinstance(raw, str) or "." not in raw:
        yield f"x-sdk-method {raw!r} is not '<resource>.<method>'"
        return
    segments = raw.split(".")
    bad = [segment for segment in segments if not IDENTIFIER.match(segment)]
    if bad:
        yield f"x-sdk-method {raw!r}: {bad} are not lower-case snake_case identifiers"
    if segments[-1].startswith("with_") or segments[-1] in ("pages", "close"):
        yield f"x-sdk-method {raw!r}: method name is reserved by the SDK runtime"
    if segments[0] in _CLIENT_ATTRIBUTES:
        yield f"x-sdk-method {raw!r}: resource {segments[0]!r} is an attribute of the client"
    if raw in seen:
        yield f"x-sdk-method {raw} is also used by {seen[raw]}"
    seen.setdefault(raw, where)


def _pagination_problems(op: Operation) -> Iterator[str]:
    if op.raw.get("x-pagination") is None:
        return
    try:
        pagination = op.pagination
    except (TypeError, ValueError) as exc:
        yield f"x-pagination: {exc}"
        return
    if pagination is None:
        return
    for key in _REQUIRED_BY_STYLE.get(pagination.style, ()):
        if getattr(pagination, key) is None:
            yield f"x-pagination style {pagination.style} needs {key.replace('_', '-')}"
    query = {p["name"] for p in op.parameters if p.get("in") == "query"}
    for key in _PAGINATION_PARAMS:
        name = getattr(pagination, key)
        if name is not None and name not in query:
            yield f"x-pagination {key.replace('_', '-')} {name!r} is not a query parameter"
    if op.method != "get":
        yield "x-pagination on an operation that is not a GET"
