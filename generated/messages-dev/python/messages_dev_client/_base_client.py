"""Request lifecycle shared by every operation of this client.

One function set decides everything that happens around an HTTP exchange: client-side
validation, sending, retrying with backoff (honouring ``Retry-After``), turning error
responses into typed exceptions, and warning about deprecated operations. Endpoint modules
call :meth:`SendMixin._send` (or ``_send_async``) with their :class:`OperationInfo`.

Retry rules: 429, 408 and statuses of 500 or more, and connection failures, are retried up
to ``max_retries`` times with exponential backoff and jitter. A request that is not
idempotent (a POST that sends a message, say) is retried only when it cannot have been
processed: the connection failed before the request was written, or the server answered
429. Everything else needs ``retry_non_idempotent=True``.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import os
import random
import sys
import time
import warnings
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import httpx

from ._errormatch import ErrorSignature, match_signature
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    RateLimitError,
    status_error_class,
)
from .error_codes import ErrorCode, decode_code

__all__ = [
    "AuthInfo",
    "caller_stacklevel",
    "Context",
    "BulkInfo",
    "CapacityInfo",
    "Envelope",
    "ErrorSignature",
    "OperationInfo",
    "RetryPolicy",
    "SendMixin",
]

log = logging.getLogger(__name__.rpartition(".")[0])

_REQUEST_ID_HEADERS = ("x-request-id", "request-id")
_NOT_SENT = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.WriteError,
    httpx.WriteTimeout,
)
_NEVER_RETRY = (httpx.LocalProtocolError, httpx.UnsupportedProtocol, httpx.InvalidURL)


@dataclass(frozen=True)
class AuthInfo:
    """How the API key travels (from the spec's security scheme): in the header ``header``
    (with the ``Authorization`` scheme ``prefix``: ``Bearer``, or ``Basic`` for a
    ``user:password`` key), or as the query or cookie parameter of that name."""

    header: str
    prefix: str = ""
    key_pattern: str | None = None
    location: str = "header"


@dataclass(frozen=True)
class Envelope:
    """Field names of the provider's error body (the spec's ``x-error-envelope``)."""

    message: str
    code: str | None = None
    title: str | None = None
    type: str | None = None
    param: str | None = None
    request_id: str | None = None
    details: str | None = None
    retry_after: str | None = None


@dataclass(frozen=True)
class CapacityInfo:
    """Body fields of a capacity-limit answer (the spec's ``x-bulk.capacity``)."""

    available: str | None = None
    limit: str | None = None
    retry_after: str | None = None
    requested: str | None = None


@dataclass(frozen=True)
class BulkInfo:
    """Layout of a partial-success bulk operation (the spec's ``x-bulk``)."""

    items: str
    errors: str
    index: str | None = None
    match: str | None = None
    """When failures are listed by value: the item field whose value they list."""
    max_items: int | None = None
    max_errors: int | None = None
    code: str | None = None
    message: str | None = None
    capacity: CapacityInfo | None = None
    max_pending: int | None = None
    """The documented pending-message capacity (``x-capacity.max-pending``): no batch is larger."""


@dataclass(frozen=True)
class OperationInfo:
    """What the client needs to know about one operation beyond its signature."""

    operation_id: str
    method: str
    path: str
    idempotent: bool
    deprecated: bool = False
    replaced_by: str | None = None
    bulk: BulkInfo | None = None


@dataclass(frozen=True)
class RetryPolicy:
    """Retry behaviour; set per client and override per call with ``with_options``."""

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 120.0
    jitter: float = 0.25
    retry_non_idempotent: bool = False
    """Also retry requests that may already have been processed (risk: duplicates)."""

    def delay(self, retries_done: int, retry_after: float | None, rand: float) -> float:
        """Seconds to wait before retry number ``retries_done + 1``."""
        if retry_after is not None and 0 <= retry_after <= self.max_retry_after:
            return retry_after
        backoff = min(self.initial_delay * 2.0**retries_done, self.max_delay)
        return backoff * (1.0 - self.jitter * rand)


@dataclass(frozen=True)
class Context:
    """Per-client settings the request loop reads."""

    policy: RetryPolicy
    envelope: Envelope
    signatures: tuple[ErrorSignature, ...]
    validate: bool
    timeout: httpx.Timeout | float | None = None
    sleep: Callable[[float], None] = time.sleep
    async_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    rand: Callable[[], float] = field(default=random.random)
    base_url: str | None = None
    """Set when the httpx client was supplied by the caller: prefixed to every request path."""
    headers: Mapping[str, str] | None = None
    """Sent with every request when the httpx client was supplied by the caller (credentials)."""

    def request(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        """``kwargs`` of one exchange: the per-call timeout, and the base URL and credentials
        when they are not the httpx client's own."""
        if self.timeout is not None:
            kwargs = {**kwargs, "timeout": self.timeout}
        if self.base_url is not None:
            url = str(kwargs["url"])
            if not url.startswith(("http://", "https://")):
                url = self.base_url.rstrip("/") + url
            kwargs = {
                **kwargs,
                "url": url,
                "headers": {**(self.headers or {}), **kwargs.get("headers", {})},
            }
        return kwargs


def parse_retry_after(headers: Mapping[str, str], body: object, envelope: Envelope) -> float | None:
    """Seconds the server asks to wait: ``retry-after-ms``, ``Retry-After`` (seconds or an
    HTTP date), or the envelope's body field; ``None`` when absent or unreadable."""
    raw_ms = headers.get("retry-after-ms")
    if raw_ms is not None:
        try:
            return max(float(raw_ms) / 1000.0, 0.0)
        except ValueError:
            pass
    raw = headers.get("retry-after")
    if raw is not None:
        try:
            return max(float(raw), 0.0)
        except ValueError:
            parsed = email.utils.parsedate_to_datetime(raw) if raw.strip() else None
            if parsed is not None:
                return max(parsed.timestamp() - time.time(), 0.0)
    value = get_field(body, envelope.retry_after)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return max(float(value), 0.0)
    return None


def get_field(body: object, path: str | None) -> Any:
    """The value at a dotted ``path`` of a JSON body (``error.code``), or ``None``."""
    if not path:
        return None
    node: Any = body
    for part in path.split("."):
        if not isinstance(node, dict):
            return None
        node = node.get(part)
    return node


def _decode_body(response: httpx.Response) -> object:
    try:
        return response.json()
    except ValueError:
        return response.text or None


def make_status_error(response: httpx.Response, ctx: Context) -> APIStatusError:
    """Build the typed exception for an error response."""
    body = _decode_body(response)
    env = ctx.envelope
    message = get_field(body, env.message)
    title = get_field(body, env.title)
    code = decode_code(get_field(body, env.code)) if env.code else None
    error_id: ErrorCode | str | None = code
    if error_id is None:
        matched = match_signature(ctx.signatures, response.status_code, title, message)
        error_id = decode_code(matched) if matched else None
    request_id = next(
        (response.headers[h] for h in _REQUEST_ID_HEADERS if h in response.headers), None
    )
    body_request_id = get_field(body, env.request_id)
    if request_id is None and isinstance(body_request_id, str):
        request_id = body_request_id
    details = get_field(body, env.details)
    error_type = get_field(body, env.type)
    param = get_field(body, env.param)
    text = message if isinstance(message, str) else (title if isinstance(title, str) else None)
    cls = status_error_class(response.status_code, error_type)
    return cls(
        text or f"HTTP {response.status_code} {response.reason_phrase}".strip(),
        status_code=response.status_code,
        response=response,
        body=body,
        code=code,
        error_id=error_id,
        request_id=request_id,
        type=error_type if isinstance(error_type, str) else None,
        param=param if isinstance(param, str) else None,
        validation_errors={str(k): str(v) for k, v in details.items()}
        if isinstance(details, dict)
        else None,
        retry_after=parse_retry_after(response.headers, body, env),
    )


def _connection_error(exc: httpx.TransportError) -> APIConnectionError:
    """The client's error for a transport failure, keeping its reason (``ConnectError:
    [Errno 111] Connection refused``)."""
    sent = not isinstance(exc, _NOT_SENT)
    request = exc._request if getattr(exc, "_request", None) is not None else None
    reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request=request, may_have_been_processed=sent, reason=reason)
    return APIConnectionError(
        f"Connection error ({reason}).", request=request, may_have_been_processed=sent
    )


def should_retry(
    error: APIError,
    op: OperationInfo,
    policy: RetryPolicy,
    retries_done: int,
    *,
    retry_capacity: bool = True,
) -> bool:
    """Whether ``error`` may be retried (see the module docstring for the rules).

    A capacity answer of a bulk operation (``x-bulk.capacity``) is retried as is only when
    its body shows the request can fit once the capacity frees up (requested count at most
    the capacity), and never when ``retry_capacity`` is false: the bulk helpers re-split
    such batches themselves."""
    if retries_done >= policy.max_retries:
        return False
    safe = op.idempotent or policy.retry_non_idempotent
    if isinstance(error, APIConnectionError):
        return safe or not error.may_have_been_processed
    if isinstance(error, APIStatusError):
        if error.retry_after is not None and error.retry_after > policy.max_retry_after:
            return False
        if isinstance(error, RateLimitError) or error.status_code == 429:
            capacity = op.bulk.capacity if op.bulk is not None else None
            if (
                capacity is not None
                and isinstance(error.body, dict)
                and capacity.limit in error.body
            ):
                return retry_capacity and _fits(error.body, op, capacity)
            return True
        if error.status_code == 408 or error.status_code >= 500:
            return safe
    return False


def _fits(body: dict[str, Any], op: OperationInfo, capacity: CapacityInfo) -> bool:
    """Whether the refused request is no larger than the capacity (so it can fit later)."""
    limit = body.get(capacity.limit) if capacity.limit else None
    requested = body.get(capacity.requested) if capacity.requested else None
    if not isinstance(limit, int) or not isinstance(requested, int):
        return True
    return requested <= limit


_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__)) + os.sep


def caller_stacklevel() -> int:
    """The ``stacklevel`` that attributes a warning issued by the caller of this function to
    the first frame outside this package: the user's line, however deep the call."""
    frame = sys._getframe(1)
    level = 1
    while frame.f_back is not None and frame.f_code.co_filename.startswith(_PACKAGE_DIR):
        frame = frame.f_back
        level += 1
    return level


def warn_deprecated(op: OperationInfo, response: httpx.Response | None) -> None:
    """One ``DeprecationWarning`` per call, attributed to the caller's line: before sending
    for a deprecated operation (``response`` is ``None``), or for a response whose
    deprecation header marks an operation the spec does not deprecate."""
    if response is None:
        if not op.deprecated:
            return
        header = None
    else:
        if op.deprecated:
            return  # warned before sending
        header = response.headers.get("deprecation") or response.headers.get("x-api-deprecated")
        if header is None or header.strip().lower() == "false":
            return
    what = f"{op.operation_id} ({op.method.upper()} {op.path}) is deprecated"
    if header is not None:
        what += f" (the server says: Deprecation: {header})"
    hint = f"; use {op.replaced_by} instead" if op.replaced_by else ""
    warnings.warn(what + hint, DeprecationWarning, stacklevel=caller_stacklevel())


class SendMixin:
    """The request loop, mixed into the generated ``Client`` classes."""

    def _context(self) -> Context:  # provided by the client class
        raise NotImplementedError

    def get_httpx_client(self) -> httpx.Client:  # provided by the client class
        raise NotImplementedError

    def get_async_httpx_client(self) -> httpx.AsyncClient:  # provided by the client class
        raise NotImplementedError

    def _prepare(
        self, op: OperationInfo, kwargs: dict[str, Any], ctx: Context, warned: bool
    ) -> None:
        if op.deprecated and not warned:
            warn_deprecated(op, None)
        if ctx.validate:
            from ._validation import validate_request

            validate_request(op, kwargs)

    def _send(
        self,
        op: OperationInfo,
        kwargs: dict[str, Any],
        *,
        warned: bool = False,
        retry_capacity: bool = True,
    ) -> httpx.Response:
        """Send one request with retries; return a response with a status below 400.

        ``warned``: the caller has already warned that the operation is deprecated.
        ``retry_capacity``: whether a capacity answer may be retried as is (see
        :func:`should_retry`)."""
        ctx = self._context()
        self._prepare(op, kwargs, ctx, warned)
        kwargs = ctx.request(kwargs)
        retries = 0
        while True:
            try:
                response = self.get_httpx_client().request(**kwargs)
            except _NEVER_RETRY as exc:
                raise APIConnectionError(
                    f"Invalid request: {exc}", may_have_been_processed=False
                ) from exc
            except httpx.TransportError as exc:
                error: APIError = _connection_error(exc)
                cause: BaseException | None = exc
            else:
                if response.status_code < 400:
                    warn_deprecated(op, response)
                    return response
                error, cause = make_status_error(response, ctx), None
            if not should_retry(error, op, ctx.policy, retries, retry_capacity=retry_capacity):
                if isinstance(error, APIStatusError) and error.response is not None:
                    warn_deprecated(op, error.response)
                raise error from cause
            delay = ctx.policy.delay(retries, getattr(error, "retry_after", None), ctx.rand())
            log.info("retrying %s in %.2fs after %s", op.operation_id, delay, type(error).__name__)
            ctx.sleep(delay)
            retries += 1

    async def _send_async(
        self,
        op: OperationInfo,
        kwargs: dict[str, Any],
        *,
        warned: bool = False,
        retry_capacity: bool = True,
    ) -> httpx.Response:
        """Async twin of :meth:`_send`."""
        ctx = self._context()
        self._prepare(op, kwargs, ctx, warned)
        kwargs = ctx.request(kwargs)
        retries = 0
        while True:
            try:
                response = await self.get_async_httpx_client().request(**kwargs)
            except _NEVER_RETRY as exc:
                raise APIConnectionError(
                    f"Invalid request: {exc}", may_have_been_processed=False
                ) from exc
            except httpx.TransportError as exc:
                error: APIError = _connection_error(exc)
                cause: BaseException | None = exc
            else:
                if response.status_code < 400:
                    warn_deprecated(op, response)
                    return response
                error, cause = make_status_error(response, ctx), None
            if not should_retry(error, op, ctx.policy, retries, retry_capacity=retry_capacity):
                if isinstance(error, APIStatusError) and error.response is not None:
                    warn_deprecated(op, error.response)
                raise error from cause
            delay = ctx.policy.delay(retries, getattr(error, "retry_after", None), ctx.rand())
            log.info("retrying %s in %.2fs after %s", op.operation_id, delay, type(error).__name__)
            await ctx.async_sleep(delay)
            retries += 1


def evolve_policy(policy: RetryPolicy, **changes: Any) -> RetryPolicy:
    """A copy of ``policy`` with the given fields replaced (``None`` values are ignored)."""
    return replace(policy, **{k: v for k, v in changes.items() if v is not None})
