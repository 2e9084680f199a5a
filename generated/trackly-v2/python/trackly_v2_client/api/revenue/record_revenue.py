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

    headers["Content-Type"] = "application/json"

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


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RevenueRecord,
) -> Response[RevenueRecordResult]:
    """Record revenue for a message

     Records one conversion for a sent message. `attribution_type` is `sale`, `click` or
    `send`; `migration` is accepted only by the history revenue import (conflict C-17).
    Without `offer_id` the offer is taken from the message's short link.

    The page's error table could not be retrieved; the 400 codes are those of the
    bulk-revenue page (inferred), where `message_not_found` and `contact_not_found` are 400
    (conflict C-12). Source: https://docs.tracklysms.com/api-reference/v2/revenue/record-revenue

    Args:
        body (RevenueRecord): One conversion attributed to a sent message.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
    `send`; `migration` is accepted only by the history revenue import (conflict C-17).
    Without `offer_id` the offer is taken from the message's short link.

    The page's error table could not be retrieved; the 400 codes are those of the
    bulk-revenue page (inferred), where `message_not_found` and `contact_not_found` are 400
    (conflict C-12). Source: https://docs.tracklysms.com/api-reference/v2/revenue/record-revenue

    Args:
        body (RevenueRecord): One conversion attributed to a sent message.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
    `send`; `migration` is accepted only by the history revenue import (conflict C-17).
    Without `offer_id` the offer is taken from the message's short link.

    The page's error table could not be retrieved; the 400 codes are those of the
    bulk-revenue page (inferred), where `message_not_found` and `contact_not_found` are 400
    (conflict C-12). Source: https://docs.tracklysms.com/api-reference/v2/revenue/record-revenue

    Args:
        body (RevenueRecord): One conversion attributed to a sent message.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
    `send`; `migration` is accepted only by the history revenue import (conflict C-17).
    Without `offer_id` the offer is taken from the message's short link.

    The page's error table could not be retrieved; the 400 codes are those of the
    bulk-revenue page (inferred), where `message_not_found` and `contact_not_found` are 400
    (conflict C-12). Source: https://docs.tracklysms.com/api-reference/v2/revenue/record-revenue

    Args:
        body (RevenueRecord): One conversion attributed to a sent message.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RevenueRecordResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
