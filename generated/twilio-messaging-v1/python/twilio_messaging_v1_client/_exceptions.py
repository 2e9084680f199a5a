"""Exceptions raised by this client.

Every error the client raises is an :class:`APIError`. A response with a status of 400 or more
raises an :class:`APIStatusError` subclass chosen by status (or, where the provider sends an
error ``type``, by type), carrying the decoded ``code``, ``message``, ``body`` and
``request_id``. Failures to reach the server raise :class:`APIConnectionError` (or
:class:`APITimeoutError`). A success response that cannot be decoded raises
:class:`APIResponseValidationError`. Client-side validation raises the same class and code the
server would, with ``client_side=True``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import httpx

from .error_codes import ErrorCode

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTooLargeError",
    "ServiceUnavailableError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
]


class APIError(Exception):
    """Base class of every error raised by this client."""

    message: str
    request: httpx.Request | None
    body: object | None
    code: ErrorCode | str | None
    error_id: ErrorCode | str | None
    request_id: str | None

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request | None = None,
        body: object | None = None,
        code: ErrorCode | str | None = None,
        error_id: ErrorCode | str | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body
        self.code = code
        self.error_id = error_id if error_id is not None else code
        self.request_id = request_id

    def __str__(self) -> str:
        parts = [self.message]
        if self.error_id is not None:
            parts.append(f"[{self.error_id}]")
        if self.request_id:
            parts.append(f"(request {self.request_id})")
        return " ".join(parts)


class APIConnectionError(APIError):
    """The server could not be reached, or the connection failed before a response arrived.

    ``may_have_been_processed`` is true when the request had been written to the connection
    before the failure: the server may have acted on it.
    """

    def __init__(
        self,
        message: str = "Connection error.",
        *,
        request: httpx.Request | None = None,
        may_have_been_processed: bool = True,
    ) -> None:
        super().__init__(message, request=request)
        self.may_have_been_processed = may_have_been_processed


class APITimeoutError(APIConnectionError):
    """The request timed out."""

    def __init__(
        self,
        *,
        request: httpx.Request | None = None,
        may_have_been_processed: bool = True,
        reason: str | None = None,
    ) -> None:
        super().__init__(
            f"Request timed out ({reason})." if reason else "Request timed out.",
            request=request,
            may_have_been_processed=may_have_been_processed,
        )


class APIResponseValidationError(APIError):
    """A success response whose body does not match the documented schema."""

    def __init__(self, message: str, *, response: httpx.Response, body: object | None) -> None:
        super().__init__(message, request=response.request, body=body)
        self.response = response
        self.status_code = response.status_code


class APIStatusError(APIError):
    """The server answered with a status of 400 or more."""

    status_code: int
    expected_status: ClassVar[int | None] = None

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        response: httpx.Response | None = None,
        body: object | None = None,
        code: ErrorCode | str | None = None,
        error_id: ErrorCode | str | None = None,
        request_id: str | None = None,
        type: str | None = None,
        param: str | None = None,
        validation_errors: Mapping[str, str] | None = None,
        retry_after: float | None = None,
        client_side: bool = False,
    ) -> None:
        super().__init__(
            message,
            request=response.request if response is not None else None,
            body=body,
            code=code,
            error_id=error_id,
            request_id=request_id,
        )
        self.status_code = status_code
        self.response = response
        self.type = type
        self.param = param
        self.validation_errors: Mapping[str, str] = dict(validation_errors or {})
        self.retry_after = retry_after
        self.client_side = client_side

    @property
    def headers(self) -> Mapping[str, str]:
        return self.response.headers if self.response is not None else {}

    def __str__(self) -> str:
        """``HTTP 400 [missing_to]: Missing required field: to (request req_123)``."""
        text = f"HTTP {self.status_code}"
        if self.error_id is not None:
            text += f" [{self.error_id}]"
        text += f": {self.message}"
        if self.request_id:
            text += f" (request {self.request_id})"
        return text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, error_id={self.error_id!r}, "
            f"message={self.message!r}, request_id={self.request_id!r})"
        )


class BadRequestError(APIStatusError):
    """HTTP 400: the request is invalid."""

    expected_status = 400


class AuthenticationError(APIStatusError):
    """HTTP 401: the API key is missing or not valid."""

    expected_status = 401


class PaymentRequiredError(APIStatusError):
    """HTTP 402: billing does not allow the request."""

    expected_status = 402


class PermissionDeniedError(APIStatusError):
    """HTTP 403: the key or account may not do this."""

    expected_status = 403


class NotFoundError(APIStatusError):
    """HTTP 404: the resource does not exist."""

    expected_status = 404


class ConflictError(APIStatusError):
    """HTTP 409: the request conflicts with the resource's state."""

    expected_status = 409


class RequestTooLargeError(APIStatusError):
    """HTTP 413: the request is too large."""

    expected_status = 413


class UnprocessableEntityError(APIStatusError):
    """HTTP 422: the request cannot be processed."""

    expected_status = 422


class RateLimitError(APIStatusError):
    """HTTP 429: a rate limit, quota or capacity was reached."""

    expected_status = 429


class InternalServerError(APIStatusError):
    """Any status of 500 or more."""


class ServiceUnavailableError(InternalServerError):
    """HTTP 503: the service cannot serve the request now."""

    expected_status = 503


UnexpectedStatus = APIStatusError
"""Name kept for code written against the stock openapi-python-client."""

STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: RequestTooLargeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    503: ServiceUnavailableError,
}

TYPE_CLASSES: dict[str, type[APIStatusError]] = {}
"""Exception class per error ``type`` where the provider sends one (routing prefers it)."""


def status_error_class(status_code: int, error_type: Any = None) -> type[APIStatusError]:
    """The exception class for a status code and optional provider error type."""
    if isinstance(error_type, str) and error_type in TYPE_CLASSES:
        return TYPE_CLASSES[error_type]
    if status_code in STATUS_CLASSES:
        return STATUS_CLASSES[status_code]
    if status_code >= 500:
        return InternalServerError
    return APIStatusError
