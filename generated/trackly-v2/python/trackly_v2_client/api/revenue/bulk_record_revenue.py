from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.revenue_bulk_request import RevenueBulkRequest
from ...models.revenue_bulk_result import RevenueBulkResult
from ...types import Response

_OPERATION = OPERATIONS[("post", "/v2/revenue/bulk")]


def _get_kwargs(
    *,
    body: RevenueBulkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/revenue/bulk",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RevenueBulkResult | None:
    if response.status_code == 200:
        response_200 = RevenueBulkResult.from_dict(response.json())

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
) -> Response[RevenueBulkResult]:
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


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RevenueBulkRequest,
) -> Response[RevenueBulkResult]:
    """Record revenue for up to 1,000 messages

     Bulk form of `recordRevenue`. Every record is validated on its own: valid records are
    stored even when others fail, and each failure is reported in `errors` with its index
    (partial success, still HTTP 200). `imported` marks the records as imported data.

    The page lists its record-level codes (`missing_message_id` … `contact_not_found`) as
    HTTP 400 without saying when they fail the whole request rather than one record; they
    are declared both ways: per record in `errors` and as the documented 400 (conflict
    C-12 for the two `*_not_found` codes). Source:
    https://docs.tracklysms.com/api-reference/v2/revenue/bulk-revenue

    Args:
        body (RevenueBulkRequest): Up to 1,000 conversions, each validated on its own.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RevenueBulkResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: RevenueBulkRequest,
) -> RevenueBulkResult | None:
    """Record revenue for up to 1,000 messages

     Bulk form of `recordRevenue`. Every record is validated on its own: valid records are
    stored even when others fail, and each failure is reported in `errors` with its index
    (partial success, still HTTP 200). `imported` marks the records as imported data.

    The page lists its record-level codes (`missing_message_id` … `contact_not_found`) as
    HTTP 400 without saying when they fail the whole request rather than one record; they
    are declared both ways: per record in `errors` and as the documented 400 (conflict
    C-12 for the two `*_not_found` codes). Source:
    https://docs.tracklysms.com/api-reference/v2/revenue/bulk-revenue

    Args:
        body (RevenueBulkRequest): Up to 1,000 conversions, each validated on its own.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RevenueBulkResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RevenueBulkRequest,
) -> Response[RevenueBulkResult]:
    """Record revenue for up to 1,000 messages

     Bulk form of `recordRevenue`. Every record is validated on its own: valid records are
    stored even when others fail, and each failure is reported in `errors` with its index
    (partial success, still HTTP 200). `imported` marks the records as imported data.

    The page lists its record-level codes (`missing_message_id` … `contact_not_found`) as
    HTTP 400 without saying when they fail the whole request rather than one record; they
    are declared both ways: per record in `errors` and as the documented 400 (conflict
    C-12 for the two `*_not_found` codes). Source:
    https://docs.tracklysms.com/api-reference/v2/revenue/bulk-revenue

    Args:
        body (RevenueBulkRequest): Up to 1,000 conversions, each validated on its own.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RevenueBulkResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RevenueBulkRequest,
) -> RevenueBulkResult | None:
    """Record revenue for up to 1,000 messages

     Bulk form of `recordRevenue`. Every record is validated on its own: valid records are
    stored even when others fail, and each failure is reported in `errors` with its index
    (partial success, still HTTP 200). `imported` marks the records as imported data.

    The page lists its record-level codes (`missing_message_id` … `contact_not_found`) as
    HTTP 400 without saying when they fail the whole request rather than one record; they
    are declared both ways: per record in `errors` and as the documented 400 (conflict
    C-12 for the two `*_not_found` codes). Source:
    https://docs.tracklysms.com/api-reference/v2/revenue/bulk-revenue

    Args:
        body (RevenueBulkRequest): Up to 1,000 conversions, each validated on its own.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RevenueBulkResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
