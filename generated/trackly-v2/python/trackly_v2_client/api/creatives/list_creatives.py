from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.creative_list import CreativeList
from ...models.creative_status import CreativeStatus
from ...models.creative_type import CreativeType
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS[("get", "/v2/creatives")]


def _get_kwargs(
    *,
    status: CreativeStatus | Unset = UNSET,
    creative_type: CreativeType | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_creative_type: str | Unset = UNSET
    if not isinstance(creative_type, Unset):
        json_creative_type = creative_type.value

    params["creative_type"] = json_creative_type

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/creatives",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreativeList | None:
    if response.status_code == 200:
        response_200 = CreativeList.from_dict(response.json())

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
) -> Response[CreativeList]:
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


def _parse(response: httpx.Response) -> CreativeList:
    """The documented success answer of `list_creatives` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:
            response_200 = CreativeList.from_dict(response.json())

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
    status: CreativeStatus | Unset = UNSET,
    creative_type: CreativeType | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> Response[CreativeList]:
    """List creatives

     Lists the account's creatives, one page at a time (at most 100 per page). Without
    `status` only active creatives are returned. Source:
    https://docs.tracklysms.com/api-reference/v2/creatives/list-creatives

    Args:
        status (CreativeStatus | Unset): Status of a creative: `active`, `paused`, or `archived`
            after a delete (spelled
            `archived` for creatives).
        creative_type (CreativeType | Unset): Kind of campaign the creative is written for.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.

    Raises:
        errors.BadRequestError: HTTP 400 (code `malformed_request`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[CreativeList]
    """

    kwargs = _get_kwargs(
        status=status,
        creative_type=creative_type,
        page=page,
        per_page=per_page,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: CreativeStatus | Unset = UNSET,
    creative_type: CreativeType | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> CreativeList | None:
    """List creatives

     Lists the account's creatives, one page at a time (at most 100 per page). Without
    `status` only active creatives are returned. Source:
    https://docs.tracklysms.com/api-reference/v2/creatives/list-creatives

    Args:
        status (CreativeStatus | Unset): Status of a creative: `active`, `paused`, or `archived`
            after a delete (spelled
            `archived` for creatives).
        creative_type (CreativeType | Unset): Kind of campaign the creative is written for.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.

    Raises:
        errors.BadRequestError: HTTP 400 (code `malformed_request`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        CreativeList
    """

    return sync_detailed(
        client=client,
        status=status,
        creative_type=creative_type,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: CreativeStatus | Unset = UNSET,
    creative_type: CreativeType | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> Response[CreativeList]:
    """List creatives

     Lists the account's creatives, one page at a time (at most 100 per page). Without
    `status` only active creatives are returned. Source:
    https://docs.tracklysms.com/api-reference/v2/creatives/list-creatives

    Args:
        status (CreativeStatus | Unset): Status of a creative: `active`, `paused`, or `archived`
            after a delete (spelled
            `archived` for creatives).
        creative_type (CreativeType | Unset): Kind of campaign the creative is written for.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.

    Raises:
        errors.BadRequestError: HTTP 400 (code `malformed_request`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[CreativeList]
    """

    kwargs = _get_kwargs(
        status=status,
        creative_type=creative_type,
        page=page,
        per_page=per_page,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: CreativeStatus | Unset = UNSET,
    creative_type: CreativeType | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> CreativeList | None:
    """List creatives

     Lists the account's creatives, one page at a time (at most 100 per page). Without
    `status` only active creatives are returned. Source:
    https://docs.tracklysms.com/api-reference/v2/creatives/list-creatives

    Args:
        status (CreativeStatus | Unset): Status of a creative: `active`, `paused`, or `archived`
            after a delete (spelled
            `archived` for creatives).
        creative_type (CreativeType | Unset): Kind of campaign the creative is written for.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.

    Raises:
        errors.BadRequestError: HTTP 400 (code `malformed_request`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        CreativeList
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            creative_type=creative_type,
            page=page,
            per_page=per_page,
        )
    ).parsed
