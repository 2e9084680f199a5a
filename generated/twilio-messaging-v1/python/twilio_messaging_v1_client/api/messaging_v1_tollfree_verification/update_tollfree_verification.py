from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.messaging_v1_tollfree_verification import MessagingV1TollfreeVerification
from ...models.update_tollfree_verification_update_tollfree_verification_request import (
    UpdateTollfreeVerificationUpdateTollfreeVerificationRequest,
)
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS[("post", "/v1/Tollfree/Verifications/{sid}")]


def _get_kwargs(
    sid: str,
    *,
    body: UpdateTollfreeVerificationUpdateTollfreeVerificationRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/Tollfree/Verifications/{sid}".format(
            sid=quote(str(sid), safe=""),
        ),
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
    if response.status_code == 202:
        response_202 = MessagingV1TollfreeVerification.from_dict(response.json())

        return response_202

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
    """The documented success answer of `update_tollfree_verification` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 202 <= response.status_code <= 202:
            response_202 = MessagingV1TollfreeVerification.from_dict(response.json())

            return response_202

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
    sid: str,
    *,
    client: AuthenticatedClient,
    body: UpdateTollfreeVerificationUpdateTollfreeVerificationRequest | Unset = UNSET,
) -> Response[MessagingV1TollfreeVerification]:
    """Edit a tollfree verification

     Edit a tollfree verification

    Args:
        sid (str):
        body (UpdateTollfreeVerificationUpdateTollfreeVerificationRequest | Unset):

    Raises:
        errors.BadRequestError: HTTP 400 (code `20001`).
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.NotFoundError: HTTP 404 (code `20404`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[MessagingV1TollfreeVerification]
    """

    kwargs = _get_kwargs(
        sid=sid,
        body=body,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    sid: str,
    *,
    client: AuthenticatedClient,
    body: UpdateTollfreeVerificationUpdateTollfreeVerificationRequest | Unset = UNSET,
) -> MessagingV1TollfreeVerification | None:
    """Edit a tollfree verification

     Edit a tollfree verification

    Args:
        sid (str):
        body (UpdateTollfreeVerificationUpdateTollfreeVerificationRequest | Unset):

    Raises:
        errors.BadRequestError: HTTP 400 (code `20001`).
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.NotFoundError: HTTP 404 (code `20404`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        MessagingV1TollfreeVerification
    """

    return sync_detailed(
        sid=sid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    sid: str,
    *,
    client: AuthenticatedClient,
    body: UpdateTollfreeVerificationUpdateTollfreeVerificationRequest | Unset = UNSET,
) -> Response[MessagingV1TollfreeVerification]:
    """Edit a tollfree verification

     Edit a tollfree verification

    Args:
        sid (str):
        body (UpdateTollfreeVerificationUpdateTollfreeVerificationRequest | Unset):

    Raises:
        errors.BadRequestError: HTTP 400 (code `20001`).
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.NotFoundError: HTTP 404 (code `20404`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[MessagingV1TollfreeVerification]
    """

    kwargs = _get_kwargs(
        sid=sid,
        body=body,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sid: str,
    *,
    client: AuthenticatedClient,
    body: UpdateTollfreeVerificationUpdateTollfreeVerificationRequest | Unset = UNSET,
) -> MessagingV1TollfreeVerification | None:
    """Edit a tollfree verification

     Edit a tollfree verification

    Args:
        sid (str):
        body (UpdateTollfreeVerificationUpdateTollfreeVerificationRequest | Unset):

    Raises:
        errors.BadRequestError: HTTP 400 (code `20001`).
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.NotFoundError: HTTP 404 (code `20404`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        MessagingV1TollfreeVerification
    """

    return (
        await asyncio_detailed(
            sid=sid,
            client=client,
            body=body,
        )
    ).parsed
