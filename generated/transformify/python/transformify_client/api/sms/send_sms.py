from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.direct_send_request import DirectSendRequest
from ...models.direct_send_response import DirectSendResponse
from ...types import Response

_OPERATION = OPERATIONS[("post", "/api/v1/sms/send")]


def _get_kwargs(
    *,
    body: DirectSendRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/sms/send",
    }

    _kwargs["json"] = body.to_dict()

    if headers:  # httpx sets Content-Type: application/json for a JSON body itself
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DirectSendResponse | None:
    if response.status_code == 202:
        response_202 = DirectSendResponse.from_dict(response.json())

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
) -> Response[DirectSendResponse]:
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


def _parse(response: httpx.Response) -> DirectSendResponse:
    """The documented success answer of `send_sms` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 202 <= response.status_code <= 202:
            response_202 = DirectSendResponse.from_dict(response.json())

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
    *,
    client: AuthenticatedClient | Client,
    body: DirectSendRequest,
) -> Response[DirectSendResponse]:
    """Send an SMS without a template

     Quick send of an SMS without a template. Its phone number follows the documented 10-15
    digit rule. Source: https://api.transformify.mk/docs/guides/sending-messages

    Args:
        body (DirectSendRequest): A message without a template. Its fields are not documented (the
            sending guide names the
            endpoint only); the recipient's phone number follows the documented 10-15 digit rule.

    Raises:
        errors.BadRequestError: HTTP 400 (error_id `invalid_phone_number`, `malformed_request`).
        errors.AuthenticationError: HTTP 401 (error_id `invalid_api_key`,
            `invalid_or_missing_api_key`, `missing_api_key`).
        errors.RateLimitError: HTTP 429 (error_id `pending_capacity_exceeded`).
        errors.ServiceUnavailableError: HTTP 503 (error_id `account_not_set_up`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[DirectSendResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DirectSendRequest,
) -> DirectSendResponse | None:
    """Send an SMS without a template

     Quick send of an SMS without a template. Its phone number follows the documented 10-15
    digit rule. Source: https://api.transformify.mk/docs/guides/sending-messages

    Args:
        body (DirectSendRequest): A message without a template. Its fields are not documented (the
            sending guide names the
            endpoint only); the recipient's phone number follows the documented 10-15 digit rule.

    Raises:
        errors.BadRequestError: HTTP 400 (error_id `invalid_phone_number`, `malformed_request`).
        errors.AuthenticationError: HTTP 401 (error_id `invalid_api_key`,
            `invalid_or_missing_api_key`, `missing_api_key`).
        errors.RateLimitError: HTTP 429 (error_id `pending_capacity_exceeded`).
        errors.ServiceUnavailableError: HTTP 503 (error_id `account_not_set_up`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        DirectSendResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DirectSendRequest,
) -> Response[DirectSendResponse]:
    """Send an SMS without a template

     Quick send of an SMS without a template. Its phone number follows the documented 10-15
    digit rule. Source: https://api.transformify.mk/docs/guides/sending-messages

    Args:
        body (DirectSendRequest): A message without a template. Its fields are not documented (the
            sending guide names the
            endpoint only); the recipient's phone number follows the documented 10-15 digit rule.

    Raises:
        errors.BadRequestError: HTTP 400 (error_id `invalid_phone_number`, `malformed_request`).
        errors.AuthenticationError: HTTP 401 (error_id `invalid_api_key`,
            `invalid_or_missing_api_key`, `missing_api_key`).
        errors.RateLimitError: HTTP 429 (error_id `pending_capacity_exceeded`).
        errors.ServiceUnavailableError: HTTP 503 (error_id `account_not_set_up`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[DirectSendResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DirectSendRequest,
) -> DirectSendResponse | None:
    """Send an SMS without a template

     Quick send of an SMS without a template. Its phone number follows the documented 10-15
    digit rule. Source: https://api.transformify.mk/docs/guides/sending-messages

    Args:
        body (DirectSendRequest): A message without a template. Its fields are not documented (the
            sending guide names the
            endpoint only); the recipient's phone number follows the documented 10-15 digit rule.

    Raises:
        errors.BadRequestError: HTTP 400 (error_id `invalid_phone_number`, `malformed_request`).
        errors.AuthenticationError: HTTP 401 (error_id `invalid_api_key`,
            `invalid_or_missing_api_key`, `missing_api_key`).
        errors.RateLimitError: HTTP 429 (error_id `pending_capacity_exceeded`).
        errors.ServiceUnavailableError: HTTP 503 (error_id `account_not_set_up`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        DirectSendResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
