from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.history_revenue_request import HistoryRevenueRequest
from ...models.history_revenue_result import HistoryRevenueResult
from ...types import Response

_OPERATION = OPERATIONS[("post", "/v2/history/revenue")]


def _get_kwargs(
    *,
    body: HistoryRevenueRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/history/revenue",
    }

    _kwargs["json"] = body.to_dict()

    if headers:  # httpx sets Content-Type: application/json for a JSON body itself
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HistoryRevenueResult | None:
    if response.status_code == 200:
        response_200 = HistoryRevenueResult.from_dict(response.json())

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
) -> Response[HistoryRevenueResult]:
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


def _parse(response: httpx.Response) -> HistoryRevenueResult:
    """The documented success answer of `import_revenue_history` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:
            response_200 = HistoryRevenueResult.from_dict(response.json())

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
    body: HistoryRevenueRequest,
) -> Response[HistoryRevenueResult]:
    """Import up to 1,000 historical conversions

     Imports revenue of messages (sent or imported) and updates the contacts'
    `revenue_total`, `conversion_count` and `last_revenue_at`. `attribution_type` also
    accepts `migration` here. Records are validated on their own (partial success, still
    HTTP 200); at most 100 failures are listed in `errors`. Source:
    https://docs.tracklysms.com/api-reference/v2/history/import-revenue

    Args:
        body (HistoryRevenueRequest): Up to 1,000 historical conversions.

    Raises:
        errors.BadRequestError: HTTP 400 (code `malformed_request`, `missing_message_id`,
            `missing_offer_id`, `missing_records`, `missing_revenue`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.NotFoundError: HTTP 404 (code `contact_not_found`, `message_not_found`,
            `offer_not_found`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`, `too_many_records`).
        errors.InternalServerError: HTTP 500 (code `save_error`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[HistoryRevenueResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: HistoryRevenueRequest,
) -> HistoryRevenueResult | None:
    """Import up to 1,000 historical conversions

     Imports revenue of messages (sent or imported) and updates the contacts'
    `revenue_total`, `conversion_count` and `last_revenue_at`. `attribution_type` also
    accepts `migration` here. Records are validated on their own (partial success, still
    HTTP 200); at most 100 failures are listed in `errors`. Source:
    https://docs.tracklysms.com/api-reference/v2/history/import-revenue

    Args:
        body (HistoryRevenueRequest): Up to 1,000 historical conversions.

    Raises:
        errors.BadRequestError: HTTP 400 (code `malformed_request`, `missing_message_id`,
            `missing_offer_id`, `missing_records`, `missing_revenue`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.NotFoundError: HTTP 404 (code `contact_not_found`, `message_not_found`,
            `offer_not_found`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`, `too_many_records`).
        errors.InternalServerError: HTTP 500 (code `save_error`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        HistoryRevenueResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: HistoryRevenueRequest,
) -> Response[HistoryRevenueResult]:
    """Import up to 1,000 historical conversions

     Imports revenue of messages (sent or imported) and updates the contacts'
    `revenue_total`, `conversion_count` and `last_revenue_at`. `attribution_type` also
    accepts `migration` here. Records are validated on their own (partial success, still
    HTTP 200); at most 100 failures are listed in `errors`. Source:
    https://docs.tracklysms.com/api-reference/v2/history/import-revenue

    Args:
        body (HistoryRevenueRequest): Up to 1,000 historical conversions.

    Raises:
        errors.BadRequestError: HTTP 400 (code `malformed_request`, `missing_message_id`,
            `missing_offer_id`, `missing_records`, `missing_revenue`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.NotFoundError: HTTP 404 (code `contact_not_found`, `message_not_found`,
            `offer_not_found`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`, `too_many_records`).
        errors.InternalServerError: HTTP 500 (code `save_error`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[HistoryRevenueResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: HistoryRevenueRequest,
) -> HistoryRevenueResult | None:
    """Import up to 1,000 historical conversions

     Imports revenue of messages (sent or imported) and updates the contacts'
    `revenue_total`, `conversion_count` and `last_revenue_at`. `attribution_type` also
    accepts `migration` here. Records are validated on their own (partial success, still
    HTTP 200); at most 100 failures are listed in `errors`. Source:
    https://docs.tracklysms.com/api-reference/v2/history/import-revenue

    Args:
        body (HistoryRevenueRequest): Up to 1,000 historical conversions.

    Raises:
        errors.BadRequestError: HTTP 400 (code `malformed_request`, `missing_message_id`,
            `missing_offer_id`, `missing_records`, `missing_revenue`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.NotFoundError: HTTP 404 (code `contact_not_found`, `message_not_found`,
            `offer_not_found`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`, `too_many_records`).
        errors.InternalServerError: HTTP 500 (code `save_error`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        HistoryRevenueResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
