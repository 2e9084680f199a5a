from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.create_tollfree_verification_create_tollfree_verification_request import (
    CreateTollfreeVerificationCreateTollfreeVerificationRequest,
)
from ...models.messaging_v1_tollfree_verification import MessagingV1TollfreeVerification
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS[("post", "/v1/Tollfree/Verifications")]


def _get_kwargs(
    *,
    body: CreateTollfreeVerificationCreateTollfreeVerificationRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/Tollfree/Verifications",
    }

    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    if headers:  # httpx sets Content-Type: application/json for a JSON body itself
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessagingV1TollfreeVerification | None:
    if response.status_code == 201:
        response_201 = MessagingV1TollfreeVerification.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.APIStatusError(
            f"Undocumented status {response.status_code}",
            status_code=response.status_code,
            response=response,
        )
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MessagingV1TollfreeVerification]:
    try:
        parsed = _parse_response(client=client, response=response)
        status = HTTPStatus(response.status_code)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.APIResponseValidationError(
            f"{_OPERATION.operation_id}: undecodable {response.status_code} response ({type(exc).__name__}: {exc})",
            response=response,
            body=response.content,
        ) from exc
    return Response(
        status_code=status,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def _parse(response: httpx.Response) -> MessagingV1TollfreeVerification:
    """The documented success answer of `create_tollfree_verification` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 201 <= response.status_code <= 201:
            response_201 = MessagingV1TollfreeVerification.from_dict(response.json())

            return response_201

    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.APIResponseValidationError(
            f"{_OPERATION.operation_id}: undecodable {response.status_code} response ({type(exc).__name__}: {exc})",
            response=response,
            body=response.content,
        ) from exc
    raise errors.APIResponseValidationError(
        f"{_OPERATION.operation_id}: undocumented {response.status_code} response",
        response=response,
        body=response.content,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateTollfreeVerificationCreateTollfreeVerificationRequest | Unset = UNSET,
) -> Response[MessagingV1TollfreeVerification]:
    """Create a tollfree verification

     Create a tollfree verification

    Args:
        body (CreateTollfreeVerificationCreateTollfreeVerificationRequest | Unset):

    Raises:
        errors.BadRequestError: HTTP 400 (code `20001`).
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[MessagingV1TollfreeVerification]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateTollfreeVerificationCreateTollfreeVerificationRequest | Unset = UNSET,
) -> MessagingV1TollfreeVerification | None:
    """Create a tollfree verification

     Create a tollfree verification

    Args:
        body (CreateTollfreeVerificationCreateTollfreeVerificationRequest | Unset):

    Raises:
        errors.BadRequestError: HTTP 400 (code `20001`).
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        MessagingV1TollfreeVerification
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateTollfreeVerificationCreateTollfreeVerificationRequest | Unset = UNSET,
) -> Response[MessagingV1TollfreeVerification]:
    """Create a tollfree verification

     Create a tollfree verification

    Args:
        body (CreateTollfreeVerificationCreateTollfreeVerificationRequest | Unset):

    Raises:
        errors.BadRequestError: HTTP 400 (code `20001`).
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[MessagingV1TollfreeVerification]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateTollfreeVerificationCreateTollfreeVerificationRequest | Unset = UNSET,
) -> MessagingV1TollfreeVerification | None:
    """Create a tollfree verification

     Create a tollfree verification

    Args:
        body (CreateTollfreeVerificationCreateTollfreeVerificationRequest | Unset):

    Raises:
        errors.BadRequestError: HTTP 400 (code `20001`).
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        MessagingV1TollfreeVerification
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
