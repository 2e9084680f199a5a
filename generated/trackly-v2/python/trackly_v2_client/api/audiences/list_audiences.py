from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.audience_list import AudienceList
from ...models.audience_status import AudienceStatus
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS[("get", "/v2/audiences")]


def _get_kwargs(
    *,
    status: AudienceStatus | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/audiences",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AudienceList | None:
    if response.status_code == 200:
        response_200 = AudienceList.from_dict(response.json())

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
) -> Response[AudienceList]:
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


def _parse(response: httpx.Response) -> AudienceList:
    """The documented success answer of `list_audiences` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:
            response_200 = AudienceList.from_dict(response.json())

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
    status: AudienceStatus | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> Response[AudienceList]:
    """List audiences

     Lists the account's audiences, one page at a time (at most 100 per page). Archived
    audiences are returned only when `status=archived` is requested. Source:
    https://docs.tracklysms.com/api-reference/v2/audiences/list-audiences

    Args:
        status (AudienceStatus | Unset): `active`, or `archived` after a delete (spelled
            `archived` for audiences, `archive` for
            schedules).
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
        Response[AudienceList]
    """

    kwargs = _get_kwargs(
        status=status,
        page=page,
        per_page=per_page,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: AudienceStatus | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> AudienceList | None:
    """List audiences

     Lists the account's audiences, one page at a time (at most 100 per page). Archived
    audiences are returned only when `status=archived` is requested. Source:
    https://docs.tracklysms.com/api-reference/v2/audiences/list-audiences

    Args:
        status (AudienceStatus | Unset): `active`, or `archived` after a delete (spelled
            `archived` for audiences, `archive` for
            schedules).
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
        AudienceList
    """

    return sync_detailed(
        client=client,
        status=status,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: AudienceStatus | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> Response[AudienceList]:
    """List audiences

     Lists the account's audiences, one page at a time (at most 100 per page). Archived
    audiences are returned only when `status=archived` is requested. Source:
    https://docs.tracklysms.com/api-reference/v2/audiences/list-audiences

    Args:
        status (AudienceStatus | Unset): `active`, or `archived` after a delete (spelled
            `archived` for audiences, `archive` for
            schedules).
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
        Response[AudienceList]
    """

    kwargs = _get_kwargs(
        status=status,
        page=page,
        per_page=per_page,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: AudienceStatus | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> AudienceList | None:
    """List audiences

     Lists the account's audiences, one page at a time (at most 100 per page). Archived
    audiences are returned only when `status=archived` is requested. Source:
    https://docs.tracklysms.com/api-reference/v2/audiences/list-audiences

    Args:
        status (AudienceStatus | Unset): `active`, or `archived` after a delete (spelled
            `archived` for audiences, `archive` for
            schedules).
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
        AudienceList
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            page=page,
            per_page=per_page,
        )
    ).parsed
