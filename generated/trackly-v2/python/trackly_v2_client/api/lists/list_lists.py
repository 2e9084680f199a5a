from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.sending_list_list import SendingListList
from ...models.sending_list_status import SendingListStatus
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS[("get", "/v2/lists")]


def _get_kwargs(
    *,
    status: SendingListStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/lists",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SendingListList | None:
    if response.status_code == 200:
        response_200 = SendingListList.from_dict(response.json())

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
) -> Response[SendingListList]:
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


def _parse(response: httpx.Response) -> SendingListList:
    """The documented success answer of `list_lists` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:
            response_200 = SendingListList.from_dict(response.json())

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
    status: SendingListStatus | Unset = UNSET,
) -> Response[SendingListList]:
    """List sending lists

     Returns every sending list of the account in one response, without pagination. Without
    `status`, deleted lists are left out. Source:
    https://docs.tracklysms.com/api-reference/v2/lists/list-all

    Args:
        status (SendingListStatus | Unset): Status of a sending list.

    Raises:
        errors.BadRequestError: HTTP 400 (code `malformed_request`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[SendingListList]
    """

    kwargs = _get_kwargs(
        status=status,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: SendingListStatus | Unset = UNSET,
) -> SendingListList | None:
    """List sending lists

     Returns every sending list of the account in one response, without pagination. Without
    `status`, deleted lists are left out. Source:
    https://docs.tracklysms.com/api-reference/v2/lists/list-all

    Args:
        status (SendingListStatus | Unset): Status of a sending list.

    Raises:
        errors.BadRequestError: HTTP 400 (code `malformed_request`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        SendingListList
    """

    return sync_detailed(
        client=client,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: SendingListStatus | Unset = UNSET,
) -> Response[SendingListList]:
    """List sending lists

     Returns every sending list of the account in one response, without pagination. Without
    `status`, deleted lists are left out. Source:
    https://docs.tracklysms.com/api-reference/v2/lists/list-all

    Args:
        status (SendingListStatus | Unset): Status of a sending list.

    Raises:
        errors.BadRequestError: HTTP 400 (code `malformed_request`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[SendingListList]
    """

    kwargs = _get_kwargs(
        status=status,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: SendingListStatus | Unset = UNSET,
) -> SendingListList | None:
    """List sending lists

     Returns every sending list of the account in one response, without pagination. Without
    `status`, deleted lists are left out. Source:
    https://docs.tracklysms.com/api-reference/v2/lists/list-all

    Args:
        status (SendingListStatus | Unset): Status of a sending list.

    Raises:
        errors.BadRequestError: HTTP 400 (code `malformed_request`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        SendingListList
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
        )
    ).parsed
