"""A client library for accessing Transformify Messaging API"""

from ._base_client import RetryPolicy
from ._bulk import BulkItemResult, BulkResult
from ._client import AsyncTransformify, Transformify
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    RequestTooLargeError,
    ServiceUnavailableError,
    UnprocessableEntityError,
)
from ._resource import APIResponse
from .client import AuthenticatedClient, Client
from .error_codes import ErrorCode, decode_code
from .pagination import AsyncPage, SyncPage
from .types import UNSET, Unset

__version__ = "1"
"""The client's version: its spec's ``info.version``."""

__all__ = (
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AsyncTransformify",
    "AsyncPage",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "BulkItemResult",
    "BulkResult",
    "Client",
    "ConflictError",
    "ErrorCode",
    "InternalServerError",
    "NotFoundError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTooLargeError",
    "RetryPolicy",
    "ServiceUnavailableError",
    "SyncPage",
    "Transformify",
    "UnprocessableEntityError",
    "Unset",
    "decode_code",
)
