from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.send_message_request import SendMessageRequest
from ...models.send_message_response import SendMessageResponse
from ...types import Response

_OPERATION = OPERATIONS[("post", "/v1/messages")]


def _get_kwargs(
    *,
    body: SendMessageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/messages",
    }

    _kwargs["json"] = body.to_dict()

    if headers:  # httpx sets Content-Type: application/json for a JSON body itself
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SendMessageResponse | None:
    if response.status_code == 201:
        response_201 = SendMessageResponse.from_dict(response.json())

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
    """The documented success answer of `send_message` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 201 <= response.status_code <= 201:
            response_201 = SendMessageResponse.from_dict(response.json())

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
    body: SendMessageRequest,
) -> Response[SendMessageResponse]:
    """Send one SMS (deprecated)

     Queues one SMS from a sending number of the account; delivery is asynchronous and
    `message_id` correlates with delivery-status reports. The recipient is `to_msisdn`, or
    the legacy `to` when `to_msisdn` is absent. Success is 201. No rate limit is documented
    by the newest pages. Replaced by v2 `sendMessage` (`POST /v2/send`): `to_msisdn`
    becomes `to` and `from_phone_number_id` becomes `list_number`, the sending list's
    E.164 number. Sources: https://docs.tracklysms.com/api-reference/messages/send-single
    , https://docs.tracklysms.com/api-reference/errors

    Args:
        body (SendMessageRequest): One SMS. The recipient is `to_msisdn`, or the legacy `to` when
            `to_msisdn` is absent;
            one of the two is required, and a request with neither is answered with `missing_to`.
            When both are present `to_msisdn` is used.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_phone`, `malformed_request`,
            `missing_body`, `missing_from`, `missing_to`).
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
    body: SendMessageRequest,
) -> SendMessageResponse | None:
    """Send one SMS (deprecated)

     Queues one SMS from a sending number of the account; delivery is asynchronous and
    `message_id` correlates with delivery-status reports. The recipient is `to_msisdn`, or
    the legacy `to` when `to_msisdn` is absent. Success is 201. No rate limit is documented
    by the newest pages. Replaced by v2 `sendMessage` (`POST /v2/send`): `to_msisdn`
    becomes `to` and `from_phone_number_id` becomes `list_number`, the sending list's
    E.164 number. Sources: https://docs.tracklysms.com/api-reference/messages/send-single
    , https://docs.tracklysms.com/api-reference/errors

    Args:
        body (SendMessageRequest): One SMS. The recipient is `to_msisdn`, or the legacy `to` when
            `to_msisdn` is absent;
            one of the two is required, and a request with neither is answered with `missing_to`.
            When both are present `to_msisdn` is used.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_phone`, `malformed_request`,
            `missing_body`, `missing_from`, `missing_to`).
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
        SendMessageResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendMessageRequest,
) -> Response[SendMessageResponse]:
    """Send one SMS (deprecated)

     Queues one SMS from a sending number of the account; delivery is asynchronous and
    `message_id` correlates with delivery-status reports. The recipient is `to_msisdn`, or
    the legacy `to` when `to_msisdn` is absent. Success is 201. No rate limit is documented
    by the newest pages. Replaced by v2 `sendMessage` (`POST /v2/send`): `to_msisdn`
    becomes `to` and `from_phone_number_id` becomes `list_number`, the sending list's
    E.164 number. Sources: https://docs.tracklysms.com/api-reference/messages/send-single
    , https://docs.tracklysms.com/api-reference/errors

    Args:
        body (SendMessageRequest): One SMS. The recipient is `to_msisdn`, or the legacy `to` when
            `to_msisdn` is absent;
            one of the two is required, and a request with neither is answered with `missing_to`.
            When both are present `to_msisdn` is used.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_phone`, `malformed_request`,
            `missing_body`, `missing_from`, `missing_to`).
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
    body: SendMessageRequest,
) -> SendMessageResponse | None:
    """Send one SMS (deprecated)

     Queues one SMS from a sending number of the account; delivery is asynchronous and
    `message_id` correlates with delivery-status reports. The recipient is `to_msisdn`, or
    the legacy `to` when `to_msisdn` is absent. Success is 201. No rate limit is documented
    by the newest pages. Replaced by v2 `sendMessage` (`POST /v2/send`): `to_msisdn`
    becomes `to` and `from_phone_number_id` becomes `list_number`, the sending list's
    E.164 number. Sources: https://docs.tracklysms.com/api-reference/messages/send-single
    , https://docs.tracklysms.com/api-reference/errors

    Args:
        body (SendMessageRequest): One SMS. The recipient is `to_msisdn`, or the legacy `to` when
            `to_msisdn` is absent;
            one of the two is required, and a request with neither is answered with `missing_to`.
            When both are present `to_msisdn` is used.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_phone`, `malformed_request`,
            `missing_body`, `missing_from`, `missing_to`).
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
        SendMessageResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
