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
import random
import time
import warnings
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import httpx

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
class ErrorSignature:
    """A catalogued error body, used to name errors of providers without codes."""

    error_id: str
    status: int
    title: str | None
    message: str | None


@dataclass(frozen=True)
class CapacityInfo:
    """Body fields of a capacity-limit answer (the spec's ``x-bulk.capacity``)."""

    available: str | None = None
    limit: str | None = None
    retry_after: str | None = None


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


def _match_signature(
    signatures: tuple[ErrorSignature, ...], status: int, title: object, message: object
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
            and _same_sentence(s.message, message)
        }
        if len(near) == 1:
            return near.pop()
    titled = [s for s in same_status if s.title is not None and s.title == title]
    if len({s.error_id for s in titled}) == 1:
        return titled[0].error_id
    if len({s.error_id for s in same_status}) == 1:
        return same_status[0].error_id
    return None


def _same_sentence(documented: str, received: str) -> bool:
    """The same words but at most one in four (``Campaign status is Queuing.`` and
    ``Campaign status is Draft.``); never for messages under four words."""
    left, right = documented.split(), received.split()
    if len(left) != len(right):
        return False
    changed = sum(a != b for a, b in zip(left, right, strict=True))
    return 0 < changed <= len(left) // 4


def make_status_error(response: httpx.Response, ctx: Context) -> APIStatusError:
    """Build the typed exception for an error response."""
    body = _decode_body(response)
    env = ctx.envelope
    message = get_field(body, env.message)
    title = get_field(body, env.title)
    code = decode_code(get_field(body, env.code)) if env.code else None
    error_id: ErrorCode | str | None = code
    if error_id is None:
        matched = _match_signature(ctx.signatures, response.status_code, title, message)
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
    sent = not isinstance(exc, _NOT_SENT)
    request = exc._request if getattr(exc, "_request", None) is not None else None
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request=request, may_have_been_processed=sent)
    return APIConnectionError(
        f"Connection error: {type(exc).__name__}.", request=request, may_have_been_processed=sent
    )


def should_retry(
    error: APIError, op: OperationInfo, policy: RetryPolicy, retries_done: int
) -> bool:
    """Whether ``error`` may be retried (see the module docstring for the rules)."""
    if retries_done >= policy.max_retries:
        return False
    safe = op.idempotent or policy.retry_non_idempotent
    if isinstance(error, APIConnectionError):
        return safe or not error.may_have_been_processed
    if isinstance(error, APIStatusError):
        if error.retry_after is not None and error.retry_after > policy.max_retry_after:
            return False
        if isinstance(error, RateLimitError) or error.status_code == 429:
            return True
        if error.status_code == 408 or error.status_code >= 500:
            return safe
    return False


def warn_deprecated(op: OperationInfo, response: httpx.Response | None) -> None:
    """Emit a DeprecationWarning for a deprecated operation or a deprecation header."""
    header = None
    if response is not None:
        header = response.headers.get("deprecation") or response.headers.get("x-api-deprecated")
        if header is not None and header.strip().lower() == "false":
            header = None
    if response is not None and header is None:
        return
    if response is None and not op.deprecated:
        return
    what = f"{op.operation_id} ({op.method.upper()} {op.path}) is deprecated"
    if header is not None:
        what += f" (the server says: Deprecation: {header})"
    hint = f"; use {op.replaced_by} instead" if op.replaced_by else ""
    warnings.warn(what + hint, DeprecationWarning, stacklevel=4)


class SendMixin:
    """The request loop, mixed into the generated ``Client`` classes."""

    def _context(self) -> Context:  # provided by the client class
        raise NotImplementedError

    def get_httpx_client(self) -> httpx.Client:  # provided by the client class
        raise NotImplementedError

    def get_async_httpx_client(self) -> httpx.AsyncClient:  # provided by the client class
        raise NotImplementedError

    def _prepare(self, op: OperationInfo, kwargs: dict[str, Any], ctx: Context) -> None:
        if op.deprecated:
            warn_deprecated(op, None)
        if ctx.validate:
            from ._validation import validate_request

            validate_request(op, kwargs)

    def _send(self, op: OperationInfo, kwargs: dict[str, Any]) -> httpx.Response:
        """Send one request with retries; return a response with a status below 400."""
        ctx = self._context()
        self._prepare(op, kwargs, ctx)
        if ctx.timeout is not None:
            kwargs = {**kwargs, "timeout": ctx.timeout}
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
                warn_deprecated(op, response)
                if response.status_code < 400:
                    return response
                error, cause = make_status_error(response, ctx), None
            if not should_retry(error, op, ctx.policy, retries):
                raise error from cause
            delay = ctx.policy.delay(retries, getattr(error, "retry_after", None), ctx.rand())
            log.info("retrying %s in %.2fs after %s", op.operation_id, delay, type(error).__name__)
            ctx.sleep(delay)
            retries += 1

    async def _send_async(self, op: OperationInfo, kwargs: dict[str, Any]) -> httpx.Response:
        """Async twin of :meth:`_send`."""
        ctx = self._context()
        self._prepare(op, kwargs, ctx)
        if ctx.timeout is not None:
            kwargs = {**kwargs, "timeout": ctx.timeout}
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
                warn_deprecated(op, response)
                if response.status_code < 400:
                    return response
                error, cause = make_status_error(response, ctx), None
            if not should_retry(error, op, ctx.policy, retries):
                raise error from cause
            delay = ctx.policy.delay(retries, getattr(error, "retry_after", None), ctx.rand())
            log.info("retrying %s in %.2fs after %s", op.operation_id, delay, type(error).__name__)
            await ctx.async_sleep(delay)
            retries += 1


def evolve_policy(policy: RetryPolicy, **changes: Any) -> RetryPolicy:
    """A copy of ``policy`` with the given fields replaced (``None`` values are ignored)."""
    return replace(policy, **{k: v for k, v in changes.items() if v is not None})
