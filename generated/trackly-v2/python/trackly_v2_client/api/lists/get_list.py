from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.sending_list import SendingList
from ...types import Response

_OPERATION = OPERATIONS[("get", "/v2/lists/{list_id}")]


def _get_kwargs(
    list_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/lists/{list_id}".format(
            list_id=quote(str(list_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SendingList | None:
    if response.status_code == 200:
        response_200 = SendingList.from_dict(response.json())

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
) -> Response[SendingList]:
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


def _parse(response: httpx.Response) -> SendingList:
    """The documented success answer of `get_list` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:
            response_200 = SendingList.from_dict(response.json())

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
    list_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[SendingList]:
    """Get a sending list

     Returns one sending list. A deleted list is answered with 404 like an unknown one.
    Source: https://docs.tracklysms.com/api-reference/v2/lists/get-list

    Args:
        list_id (int): Integer id of a sending list.

    Raises:
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.NotFoundError: HTTP 404 (code `not_found`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[SendingList]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    list_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> SendingList | None:
    """Get a sending list

     Returns one sending list. A deleted list is answered with 404 like an unknown one.
    Source: https://docs.tracklysms.com/api-reference/v2/lists/get-list

    Args:
        list_id (int): Integer id of a sending list.

    Raises:
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.NotFoundError: HTTP 404 (code `not_found`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        SendingList
    """

    return sync_detailed(
        list_id=list_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    list_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[SendingList]:
    """Get a sending list

     Returns one sending list. A deleted list is answered with 404 like an unknown one.
    Source: https://docs.tracklysms.com/api-reference/v2/lists/get-list

    Args:
        list_id (int): Integer id of a sending list.

    Raises:
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.NotFoundError: HTTP 404 (code `not_found`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[SendingList]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    list_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> SendingList | None:
    """Get a sending list

     Returns one sending list. A deleted list is answered with 404 like an unknown one.
    Source: https://docs.tracklysms.com/api-reference/v2/lists/get-list

    Args:
        list_id (int): Integer id of a sending list.

    Raises:
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.NotFoundError: HTTP 404 (code `not_found`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        SendingList
    """

    return (
        await asyncio_detailed(
            list_id=list_id,
            client=client,
        )
    ).parsed
