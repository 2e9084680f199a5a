"""A client library for accessing Twilio - Messaging"""

from ._base_client import RetryPolicy
from ._bulk import BulkItemResult, BulkResult
from ._client import AsyncTwilioMessagingV1, TwilioMessagingV1
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

__version__ = "1.0.0"
"""The client's version: its spec's ``info.version``."""

__all__ = (
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AsyncTwilioMessagingV1",
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
    "TwilioMessagingV1",
    "UnprocessableEntityError",
    "Unset",
    "decode_code",
)
