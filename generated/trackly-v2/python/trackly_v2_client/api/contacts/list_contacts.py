from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.list_contact_list import ListContactList
from ...models.list_contacts_active import ListContactsActive
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS[("get", "/v2/contacts")]


def _get_kwargs(
    *,
    list_number: str | Unset = UNSET,
    active: ListContactsActive | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["list_number"] = list_number

    json_active: str | Unset = UNSET
    if not isinstance(active, Unset):
        json_active = active.value

    params["active"] = json_active

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/contacts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListContactList | None:
    if response.status_code == 200:
        response_200 = ListContactList.from_dict(response.json())

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
) -> Response[ListContactList]:
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


def _parse(response: httpx.Response) -> ListContactList:
    """The documented success answer of `list_contacts` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:
            response_200 = ListContactList.from_dict(response.json())

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
    list_number: str | Unset = UNSET,
    active: ListContactsActive | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> Response[ListContactList]:
    """List contacts

     Lists list contacts (one entry per subscription), newest signup first, one page at a
    time (at most 1,000 per page). Source:
    https://docs.tracklysms.com/api-reference/v2/contacts/list-contacts

    Args:
        list_number (str | Unset): Phone number in E.164 format, a `+` followed by 2 to 15 digits.
        active (ListContactsActive | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.

    Raises:
        errors.BadRequestError: HTTP 400 (code `malformed_request`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[ListContactList]
    """

    kwargs = _get_kwargs(
        list_number=list_number,
        active=active,
        page=page,
        per_page=per_page,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    list_number: str | Unset = UNSET,
    active: ListContactsActive | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> ListContactList | None:
    """List contacts

     Lists list contacts (one entry per subscription), newest signup first, one page at a
    time (at most 1,000 per page). Source:
    https://docs.tracklysms.com/api-reference/v2/contacts/list-contacts

    Args:
        list_number (str | Unset): Phone number in E.164 format, a `+` followed by 2 to 15 digits.
        active (ListContactsActive | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.

    Raises:
        errors.BadRequestError: HTTP 400 (code `malformed_request`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        ListContactList
    """

    return sync_detailed(
        client=client,
        list_number=list_number,
        active=active,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    list_number: str | Unset = UNSET,
    active: ListContactsActive | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> Response[ListContactList]:
    """List contacts

     Lists list contacts (one entry per subscription), newest signup first, one page at a
    time (at most 1,000 per page). Source:
    https://docs.tracklysms.com/api-reference/v2/contacts/list-contacts

    Args:
        list_number (str | Unset): Phone number in E.164 format, a `+` followed by 2 to 15 digits.
        active (ListContactsActive | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.

    Raises:
        errors.BadRequestError: HTTP 400 (code `malformed_request`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[ListContactList]
    """

    kwargs = _get_kwargs(
        list_number=list_number,
        active=active,
        page=page,
        per_page=per_page,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    list_number: str | Unset = UNSET,
    active: ListContactsActive | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> ListContactList | None:
    """List contacts

     Lists list contacts (one entry per subscription), newest signup first, one page at a
    time (at most 1,000 per page). Source:
    https://docs.tracklysms.com/api-reference/v2/contacts/list-contacts

    Args:
        list_number (str | Unset): Phone number in E.164 format, a `+` followed by 2 to 15 digits.
        active (ListContactsActive | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.

    Raises:
        errors.BadRequestError: HTTP 400 (code `malformed_request`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        ListContactList
    """

    return (
        await asyncio_detailed(
            client=client,
            list_number=list_number,
            active=active,
            page=page,
            per_page=per_page,
        )
    ).parsed
