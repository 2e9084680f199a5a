from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.send_message_response import SendMessageResponse
from ...models.send_raw_message_request import SendRawMessageRequest
from ...types import Response

_OPERATION = OPERATIONS[("post", "/v2/send-raw")]


def _get_kwargs(
    *,
    body: SendRawMessageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/send-raw",
    }

    _kwargs["json"] = body.to_dict()

    if headers:  # httpx sets Content-Type: application/json for a JSON body itself
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SendMessageResponse | None:
    if response.status_code == 200:
        response_200 = SendMessageResponse.from_dict(response.json())

        return response_200

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
) -> Response[SendMessageResponse]:
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


def _parse(response: httpx.Response) -> SendMessageResponse:
    """The documented success answer of `send_raw_message` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:
            response_200 = SendMessageResponse.from_dict(response.json())

            return response_200

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
    body: SendRawMessageRequest,
) -> Response[SendMessageResponse]:
    """Send one SMS with skip flags

     Like `sendMessage`, with flags that skip the duplicate, rate-limit, contact and journey
    checks. Source: https://docs.tracklysms.com/api-reference/v2/messages/send-raw-single

    Args:
        body (SendRawMessageRequest): One SMS with optional skips of the pre-send checks. List
            ownership, E.164 numbers and an
            active account are enforced regardless of the flags.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_body`, `invalid_list_number`,
            `invalid_phone`, `list_not_found`, `malformed_request`, `message_too_long`,
            `missing_body`, `missing_list_number`, `missing_to`, `not_sendable`,
            `webhook_not_configured`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[SendMessageResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SendRawMessageRequest,
) -> SendMessageResponse | None:
    """Send one SMS with skip flags

     Like `sendMessage`, with flags that skip the duplicate, rate-limit, contact and journey
    checks. Source: https://docs.tracklysms.com/api-reference/v2/messages/send-raw-single

    Args:
        body (SendRawMessageRequest): One SMS with optional skips of the pre-send checks. List
            ownership, E.164 numbers and an
            active account are enforced regardless of the flags.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_body`, `invalid_list_number`,
            `invalid_phone`, `list_not_found`, `malformed_request`, `message_too_long`,
            `missing_body`, `missing_list_number`, `missing_to`, `not_sendable`,
            `webhook_not_configured`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        SendMessageResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendRawMessageRequest,
) -> Response[SendMessageResponse]:
    """Send one SMS with skip flags

     Like `sendMessage`, with flags that skip the duplicate, rate-limit, contact and journey
    checks. Source: https://docs.tracklysms.com/api-reference/v2/messages/send-raw-single

    Args:
        body (SendRawMessageRequest): One SMS with optional skips of the pre-send checks. List
            ownership, E.164 numbers and an
            active account are enforced regardless of the flags.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_body`, `invalid_list_number`,
            `invalid_phone`, `list_not_found`, `malformed_request`, `message_too_long`,
            `missing_body`, `missing_list_number`, `missing_to`, `not_sendable`,
            `webhook_not_configured`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[SendMessageResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SendRawMessageRequest,
) -> SendMessageResponse | None:
    """Send one SMS with skip flags

     Like `sendMessage`, with flags that skip the duplicate, rate-limit, contact and journey
    checks. Source: https://docs.tracklysms.com/api-reference/v2/messages/send-raw-single

    Args:
        body (SendRawMessageRequest): One SMS with optional skips of the pre-send checks. List
            ownership, E.164 numbers and an
            active account are enforced regardless of the flags.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_body`, `invalid_list_number`,
            `invalid_phone`, `list_not_found`, `malformed_request`, `message_too_long`,
            `missing_body`, `missing_list_number`, `missing_to`, `not_sendable`,
            `webhook_not_configured`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        SendMessageResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
