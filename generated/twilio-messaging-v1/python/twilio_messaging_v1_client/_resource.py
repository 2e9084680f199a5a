"""Building blocks of the resource clients (``client.<resource>.<method>``).

A resource method builds the request of its operation (with the endpoint module's
``_get_kwargs``), sends it through the client's request loop (retries, typed errors,
validation) and decodes the answer with the endpoint module's ``_parse``, whose return type
is never optional: every status of 400 or more has raised by then.

``with_raw_response`` gives the same methods returning an :class:`APIResponse` (status,
headers, the ``httpx.Response``) whose :meth:`APIResponse.parse` returns what the plain method
returns.
"""

from __future__ import annotations

import contextvars
import functools
import types
import warnings
from collections.abc import Awaitable, Callable
from typing import Any, Generic, ParamSpec, TypeVar, cast

import httpx

from ._base_client import OperationInfo
from .client import AuthenticatedClient

__all__ = [
    "APIResponse",
    "AsyncAPIResource",
    "SyncAPIResource",
    "async_to_raw_response_wrapper",
    "to_raw_response_wrapper",
]

T = TypeVar("T")
P = ParamSpec("P")

_RAW_RESPONSE: contextvars.ContextVar[bool] = contextvars.ContextVar("raw_response", default=False)
"""Set while a ``with_raw_response`` call runs: the method returns the raw response."""


class APIResponse(Generic[T]):
    """The HTTP answer of a call made through ``with_raw_response``."""

    def __init__(self, http_response: httpx.Response, parse: Callable[[httpx.Response], T]) -> None:
        self.http_response = http_response
        self._parse = parse

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The ``x-request-id`` (or ``request-id``) header, when the server sends one."""
        headers = self.http_response.headers
        value: str | None = headers.get("x-request-id") or headers.get("request-id")
        return value

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    @property
    def content(self) -> bytes:
        return self.http_response.content

    def json(self) -> object:
        """The body decoded as JSON, without the documented schema."""
        decoded: object = self.http_response.json()
        return decoded

    def parse(self) -> T:
        """What the method returns without ``with_raw_response`` (the decoded model)."""
        return self._parse(self.http_response)

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<APIResponse [{self.status_code}] {request.method} {request.url.path}>"


class SyncAPIResource:
    """Base class of the synchronous resources; holds the client that sends requests."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def _call(
        self, op: OperationInfo, kwargs: dict[str, Any], parse: Callable[[httpx.Response], T]
    ) -> T:
        response = self._client._send(op, kwargs, warned=True)
        if _RAW_RESPONSE.get():
            return cast(T, APIResponse(response, parse))
        return parse(response)

    def _fetch(self, op: OperationInfo) -> Callable[[dict[str, Any]], httpx.Response]:
        """A sender of further requests of ``op`` (the next pages of a list)."""
        return functools.partial(self._client._send, op, warned=True)


class AsyncAPIResource:
    """Base class of the asynchronous resources."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def _call(
        self, op: OperationInfo, kwargs: dict[str, Any], parse: Callable[[httpx.Response], T]
    ) -> T:
        response = await self._client._send_async(op, kwargs, warned=True)
        if _RAW_RESPONSE.get():
            return cast(T, APIResponse(response, parse))
        return parse(response)

    def _fetch(self, op: OperationInfo) -> Callable[[dict[str, Any]], Awaitable[httpx.Response]]:
        return functools.partial(self._client._send_async, op, warned=True)


def _undeprecated(method: Callable[..., Any]) -> tuple[Callable[..., Any], str | None]:
    """The function under a ``@deprecated`` wrapper (bound like ``method``) and its message:
    the raw-response wrapper warns itself, so that the warning points at the caller."""
    message = getattr(method, "__deprecated__", None)
    if not isinstance(message, str):
        return method, None
    inner = getattr(method, "__wrapped__", method)
    if isinstance(method, types.MethodType) and not isinstance(inner, types.MethodType):
        inner = types.MethodType(inner, method.__self__)
    return inner, message


def to_raw_response_wrapper(method: Callable[P, T]) -> Callable[P, APIResponse[T]]:
    """``method`` returning the :class:`APIResponse` instead of the decoded answer."""
    inner, deprecation = _undeprecated(method)

    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
        if deprecation is not None:
            warnings.warn(deprecation, DeprecationWarning, stacklevel=2)
        token = _RAW_RESPONSE.set(True)
        try:
            return cast(APIResponse[T], inner(*args, **kwargs))
        finally:
            _RAW_RESPONSE.reset(token)

    return wrapped


def async_to_raw_response_wrapper(
    method: Callable[P, Awaitable[T]],
) -> Callable[P, Awaitable[APIResponse[T]]]:
    """Async twin of :func:`to_raw_response_wrapper`."""
    inner, deprecation = _undeprecated(method)

    @functools.wraps(method)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
        token = _RAW_RESPONSE.set(True)
        try:
            return cast(APIResponse[T], await inner(*args, **kwargs))
        finally:
            _RAW_RESPONSE.reset(token)

    if deprecation is None:
        return wrapped

    @functools.wraps(method)
    def warning(*args: P.args, **kwargs: P.kwargs) -> Awaitable[APIResponse[T]]:
        warnings.warn(deprecation, DeprecationWarning, stacklevel=2)
        return wrapped(*args, **kwargs)

    return warning
