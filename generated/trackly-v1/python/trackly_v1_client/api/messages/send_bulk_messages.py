from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.send_bulk_request import SendBulkRequest
from ...models.send_bulk_response import SendBulkResponse
from ...types import Response

_OPERATION = OPERATIONS[("post", "/v1/messages/bulk")]


def _get_kwargs(
    *,
    body: SendBulkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/messages/bulk",
    }

    _kwargs["json"] = body.to_dict()

    if headers:  # httpx sets Content-Type: application/json for a JSON body itself
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SendBulkResponse | None:
    if response.status_code == 201:
        response_201 = SendBulkResponse.from_dict(response.json())

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
) -> Response[SendBulkResponse]:
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


def _parse(response: httpx.Response) -> SendBulkResponse:
    """The documented success answer of `send_bulk_messages` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 201 <= response.status_code <= 201:
            response_201 = SendBulkResponse.from_dict(response.json())

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
    client: AuthenticatedClient | Client,
    body: SendBulkRequest,
) -> Response[SendBulkResponse]:
    """Send up to 1,000 SMS (deprecated)

     Queues up to 1,000 messages from one sending number, each with its own body. Problems
    with the request as a whole (no sending number id, no or too many messages, unknown
    sending number) reject it; per-message failures (missing phone number, missing body,
    invalid phone format, body over 1,600 characters) are reported in-band in `errors` and
    the other messages are still queued, with HTTP 201 (partial success). The status when
    every message fails, the base of `index` and the in-band texts are not documented.
    `too_many_messages` is 400 in v1; the v2 bulk endpoint answers 413. No rate limit is
    documented by the newest pages. Replaced by v2 `sendBulkMessages` (`POST
    /v2/send/bulk`), where `list_number` moves into each message and `to_msisdn` becomes
    `to`. Sources: https://docs.tracklysms.com/api-reference/messages/send-bulk ,
    https://docs.tracklysms.com/api-reference/errors

    Args:
        body (SendBulkRequest): Up to 1,000 messages, all sent from one sending number.

    Raises:
        errors.BadRequestError: HTTP 400 (code `malformed_request`, `missing_from`,
            `missing_messages`, `too_many_messages`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.NotFoundError: HTTP 404 (code `list_not_found`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.RateLimitError: HTTP 429 (code `rate_limit`).
        errors.InternalServerError: HTTP 500 (code `server_error`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[SendBulkResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SendBulkRequest,
) -> SendBulkResponse | None:
    """Send up to 1,000 SMS (deprecated)

     Queues up to 1,000 messages from one sending number, each with its own body. Problems
    with the request as a whole (no sending number id, no or too many messages, unknown
    sending number) reject it; per-message failures (missing phone number, missing body,
    invalid phone format, body over 1,600 characters) are reported in-band in `errors` and
    the other messages are still queued, with HTTP 201 (partial success). The status when
    every message fails, the base of `index` and the in-band texts are not documented.
    `too_many_messages` is 400 in v1; the v2 bulk endpoint answers 413. No rate limit is
    documented by the newest pages. Replaced by v2 `sendBulkMessages` (`POST
    /v2/send/bulk`), where `list_number` moves into each message and `to_msisdn` becomes
    `to`. Sources: https://docs.tracklysms.com/api-reference/messages/send-bulk ,
    https://docs.tracklysms.com/api-reference/errors

    Args:
        body (SendBulkRequest): Up to 1,000 messages, all sent from one sending number.

    Raises:
        errors.BadRequestError: HTTP 400 (code `malformed_request`, `missing_from`,
            `missing_messages`, `too_many_messages`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.NotFoundError: HTTP 404 (code `list_not_found`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.RateLimitError: HTTP 429 (code `rate_limit`).
        errors.InternalServerError: HTTP 500 (code `server_error`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        SendBulkResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendBulkRequest,
) -> Response[SendBulkResponse]:
    """Send up to 1,000 SMS (deprecated)

     Queues up to 1,000 messages from one sending number, each with its own body. Problems
    with the request as a whole (no sending number id, no or too many messages, unknown
    sending number) reject it; per-message failures (missing phone number, missing body,
    invalid phone format, body over 1,600 characters) are reported in-band in `errors` and
    the other messages are still queued, with HTTP 201 (partial success). The status when
    every message fails, the base of `index` and the in-band texts are not documented.
    `too_many_messages` is 400 in v1; the v2 bulk endpoint answers 413. No rate limit is
    documented by the newest pages. Replaced by v2 `sendBulkMessages` (`POST
    /v2/send/bulk`), where `list_number` moves into each message and `to_msisdn` becomes
    `to`. Sources: https://docs.tracklysms.com/api-reference/messages/send-bulk ,
    https://docs.tracklysms.com/api-reference/errors

    Args:
        body (SendBulkRequest): Up to 1,000 messages, all sent from one sending number.

    Raises:
        errors.BadRequestError: HTTP 400 (code `malformed_request`, `missing_from`,
            `missing_messages`, `too_many_messages`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.NotFoundError: HTTP 404 (code `list_not_found`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.RateLimitError: HTTP 429 (code `rate_limit`).
        errors.InternalServerError: HTTP 500 (code `server_error`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[SendBulkResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SendBulkRequest,
) -> SendBulkResponse | None:
    """Send up to 1,000 SMS (deprecated)

     Queues up to 1,000 messages from one sending number, each with its own body. Problems
    with the request as a whole (no sending number id, no or too many messages, unknown
    sending number) reject it; per-message failures (missing phone number, missing body,
    invalid phone format, body over 1,600 characters) are reported in-band in `errors` and
    the other messages are still queued, with HTTP 201 (partial success). The status when
    every message fails, the base of `index` and the in-band texts are not documented.
    `too_many_messages` is 400 in v1; the v2 bulk endpoint answers 413. No rate limit is
    documented by the newest pages. Replaced by v2 `sendBulkMessages` (`POST
    /v2/send/bulk`), where `list_number` moves into each message and `to_msisdn` becomes
    `to`. Sources: https://docs.tracklysms.com/api-reference/messages/send-bulk ,
    https://docs.tracklysms.com/api-reference/errors

    Args:
        body (SendBulkRequest): Up to 1,000 messages, all sent from one sending number.

    Raises:
        errors.BadRequestError: HTTP 400 (code `malformed_request`, `missing_from`,
            `missing_messages`, `too_many_messages`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.NotFoundError: HTTP 404 (code `list_not_found`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.RateLimitError: HTTP 429 (code `rate_limit`).
        errors.InternalServerError: HTTP 500 (code `server_error`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        SendBulkResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
