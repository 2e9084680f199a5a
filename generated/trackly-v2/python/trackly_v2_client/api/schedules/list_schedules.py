from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.schedule_list import ScheduleList
from ...models.schedule_status import ScheduleStatus
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS[("get", "/v2/schedules")]


def _get_kwargs(
    *,
    status: ScheduleStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/schedules",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ScheduleList | None:
    if response.status_code == 200:
        response_200 = ScheduleList.from_dict(response.json())

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
) -> Response[ScheduleList]:
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


def _parse(response: httpx.Response) -> ScheduleList:
    """The documented success answer of `list_schedules` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:
            response_200 = ScheduleList.from_dict(response.json())

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
    status: ScheduleStatus | Unset = UNSET,
) -> Response[ScheduleList]:
    """List schedules

     Lists every schedule of the account in one response: this endpoint is not paginated.
    Archived schedules are left out unless `status` asks for them. Source:
    https://docs.tracklysms.com/api-reference/v2/schedules/list-schedules

    Args:
        status (ScheduleStatus | Unset): Schedule status. A deleted schedule has status `archive`
            (not `archived` as for
            creatives, offers and audiences). A `complete` schedule cannot be edited.

    Raises:
        errors.BadRequestError: HTTP 400 (code `malformed_request`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[ScheduleList]
    """

    kwargs = _get_kwargs(
        status=status,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: ScheduleStatus | Unset = UNSET,
) -> ScheduleList | None:
    """List schedules

     Lists every schedule of the account in one response: this endpoint is not paginated.
    Archived schedules are left out unless `status` asks for them. Source:
    https://docs.tracklysms.com/api-reference/v2/schedules/list-schedules

    Args:
        status (ScheduleStatus | Unset): Schedule status. A deleted schedule has status `archive`
            (not `archived` as for
            creatives, offers and audiences). A `complete` schedule cannot be edited.

    Raises:
        errors.BadRequestError: HTTP 400 (code `malformed_request`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        ScheduleList
    """

    return sync_detailed(
        client=client,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: ScheduleStatus | Unset = UNSET,
) -> Response[ScheduleList]:
    """List schedules

     Lists every schedule of the account in one response: this endpoint is not paginated.
    Archived schedules are left out unless `status` asks for them. Source:
    https://docs.tracklysms.com/api-reference/v2/schedules/list-schedules

    Args:
        status (ScheduleStatus | Unset): Schedule status. A deleted schedule has status `archive`
            (not `archived` as for
            creatives, offers and audiences). A `complete` schedule cannot be edited.

    Raises:
        errors.BadRequestError: HTTP 400 (code `malformed_request`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[ScheduleList]
    """

    kwargs = _get_kwargs(
        status=status,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: ScheduleStatus | Unset = UNSET,
) -> ScheduleList | None:
    """List schedules

     Lists every schedule of the account in one response: this endpoint is not paginated.
    Archived schedules are left out unless `status` asks for them. Source:
    https://docs.tracklysms.com/api-reference/v2/schedules/list-schedules

    Args:
        status (ScheduleStatus | Unset): Schedule status. A deleted schedule has status `archive`
            (not `archived` as for
            creatives, offers and audiences). A `complete` schedule cannot be edited.

    Raises:
        errors.BadRequestError: HTTP 400 (code `malformed_request`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        ScheduleList
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
        )
    ).parsed
