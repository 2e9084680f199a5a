from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.schedule import Schedule
from ...types import Response

_OPERATION = OPERATIONS[("get", "/v2/schedules/{id}")]


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/schedules/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Schedule | None:
    if response.status_code == 200:
        response_200 = Schedule.from_dict(response.json())

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
) -> Response[Schedule]:
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
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Schedule]:
    """Get a schedule

     Returns one schedule (flat object). The page's error table could not be retrieved; the
    errors are those of the other schedule pages. Source:
    https://docs.tracklysms.com/api-reference/v2/schedules/get-schedule

    Args:
        id (str): 24-character hexadecimal identifier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Schedule]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Schedule | None:
    """Get a schedule

     Returns one schedule (flat object). The page's error table could not be retrieved; the
    errors are those of the other schedule pages. Source:
    https://docs.tracklysms.com/api-reference/v2/schedules/get-schedule

    Args:
        id (str): 24-character hexadecimal identifier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Schedule
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Schedule]:
    """Get a schedule

     Returns one schedule (flat object). The page's error table could not be retrieved; the
    errors are those of the other schedule pages. Source:
    https://docs.tracklysms.com/api-reference/v2/schedules/get-schedule

    Args:
        id (str): 24-character hexadecimal identifier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Schedule]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Schedule | None:
    """Get a schedule

     Returns one schedule (flat object). The page's error table could not be retrieved; the
    errors are those of the other schedule pages. Source:
    https://docs.tracklysms.com/api-reference/v2/schedules/get-schedule

    Args:
        id (str): 24-character hexadecimal identifier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Schedule
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
