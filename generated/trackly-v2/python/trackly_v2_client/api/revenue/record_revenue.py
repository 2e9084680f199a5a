from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.revenue_record import RevenueRecord
from ...models.revenue_record_result import RevenueRecordResult
from ...types import Response

_OPERATION = OPERATIONS[("post", "/v2/revenue")]


def _get_kwargs(
    *,
    body: RevenueRecord,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/revenue",
    }

    _kwargs["json"] = body.to_dict()

    if headers:  # httpx sets Content-Type: application/json for a JSON body itself
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RevenueRecordResult | None:
    if response.status_code == 200:
        response_200 = RevenueRecordResult.from_dict(response.json())

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
) -> Response[RevenueRecordResult]:
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


def _parse(response: httpx.Response) -> RevenueRecordResult:
    """The documented success answer of `record_revenue` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:
            response_200 = RevenueRecordResult.from_dict(response.json())

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
    body: RevenueRecord,
) -> Response[RevenueRecordResult]:
    """Record revenue for a message

     Records one conversion for a sent message. `attribution_type` is `sale`, `click` or
    `send`; `migration` is accepted only by the history revenue import. Without `offer_id`
    the offer is taken from the message's short link. Source:
    https://docs.tracklysms.com/api-reference/v2/revenue/record-revenue

    Args:
        body (RevenueRecord): One conversion attributed to a sent message.

    Raises:
        errors.BadRequestError: HTTP 400 (code `contact_not_found`, `invalid_attribution_type`,
            `invalid_revenue`, `malformed_request`, `message_not_found`, `missing_attribution_type`,
            `missing_message_id`, `missing_revenue`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[RevenueRecordResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: RevenueRecord,
) -> RevenueRecordResult | None:
    """Record revenue for a message

     Records one conversion for a sent message. `attribution_type` is `sale`, `click` or
    `send`; `migration` is accepted only by the history revenue import. Without `offer_id`
    the offer is taken from the message's short link. Source:
    https://docs.tracklysms.com/api-reference/v2/revenue/record-revenue

    Args:
        body (RevenueRecord): One conversion attributed to a sent message.

    Raises:
        errors.BadRequestError: HTTP 400 (code `contact_not_found`, `invalid_attribution_type`,
            `invalid_revenue`, `malformed_request`, `message_not_found`, `missing_attribution_type`,
            `missing_message_id`, `missing_revenue`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        RevenueRecordResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RevenueRecord,
) -> Response[RevenueRecordResult]:
    """Record revenue for a message

     Records one conversion for a sent message. `attribution_type` is `sale`, `click` or
    `send`; `migration` is accepted only by the history revenue import. Without `offer_id`
    the offer is taken from the message's short link. Source:
    https://docs.tracklysms.com/api-reference/v2/revenue/record-revenue

    Args:
        body (RevenueRecord): One conversion attributed to a sent message.

    Raises:
        errors.BadRequestError: HTTP 400 (code `contact_not_found`, `invalid_attribution_type`,
            `invalid_revenue`, `malformed_request`, `message_not_found`, `missing_attribution_type`,
            `missing_message_id`, `missing_revenue`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[RevenueRecordResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RevenueRecord,
) -> RevenueRecordResult | None:
    """Record revenue for a message

     Records one conversion for a sent message. `attribution_type` is `sale`, `click` or
    `send`; `migration` is accepted only by the history revenue import. Without `offer_id`
    the offer is taken from the message's short link. Source:
    https://docs.tracklysms.com/api-reference/v2/revenue/record-revenue

    Args:
        body (RevenueRecord): One conversion attributed to a sent message.

    Raises:
        errors.BadRequestError: HTTP 400 (code `contact_not_found`, `invalid_attribution_type`,
            `invalid_revenue`, `malformed_request`, `message_not_found`, `missing_attribution_type`,
            `missing_message_id`, `missing_revenue`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        RevenueRecordResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
