from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.contact_update_request import ContactUpdateRequest
from ...models.contact_update_result import ContactUpdateResult
from ...types import Response

_OPERATION = OPERATIONS[("put", "/v2/contacts")]


def _get_kwargs(
    *,
    body: ContactUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/contacts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactUpdateResult | None:
    if response.status_code == 200:
        response_200 = ContactUpdateResult.from_dict(response.json())

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
) -> Response[ContactUpdateResult]:
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
    body: ContactUpdateRequest,
) -> Response[ContactUpdateResult]:
    """Update a contact's custom fields on a list

     Writes the custom fields of a contact's subscription to one sending list, merging them
    into the existing ones unless `merge_fields` is false. The response carries the complete
    custom fields after the update. `contact_not_found` and `list_not_found` are 400 on this
    page (conflicts C-12, C-03). Source:
    https://docs.tracklysms.com/api-reference/v2/contacts/update-contact

    Args:
        body (ContactUpdateRequest): New custom fields of a contact on one list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactUpdateResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ContactUpdateRequest,
) -> ContactUpdateResult | None:
    """Update a contact's custom fields on a list

     Writes the custom fields of a contact's subscription to one sending list, merging them
    into the existing ones unless `merge_fields` is false. The response carries the complete
    custom fields after the update. `contact_not_found` and `list_not_found` are 400 on this
    page (conflicts C-12, C-03). Source:
    https://docs.tracklysms.com/api-reference/v2/contacts/update-contact

    Args:
        body (ContactUpdateRequest): New custom fields of a contact on one list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactUpdateResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactUpdateRequest,
) -> Response[ContactUpdateResult]:
    """Update a contact's custom fields on a list

     Writes the custom fields of a contact's subscription to one sending list, merging them
    into the existing ones unless `merge_fields` is false. The response carries the complete
    custom fields after the update. `contact_not_found` and `list_not_found` are 400 on this
    page (conflicts C-12, C-03). Source:
    https://docs.tracklysms.com/api-reference/v2/contacts/update-contact

    Args:
        body (ContactUpdateRequest): New custom fields of a contact on one list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactUpdateResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactUpdateRequest,
) -> ContactUpdateResult | None:
    """Update a contact's custom fields on a list

     Writes the custom fields of a contact's subscription to one sending list, merging them
    into the existing ones unless `merge_fields` is false. The response carries the complete
    custom fields after the update. `contact_not_found` and `list_not_found` are 400 on this
    page (conflicts C-12, C-03). Source:
    https://docs.tracklysms.com/api-reference/v2/contacts/update-contact

    Args:
        body (ContactUpdateRequest): New custom fields of a contact on one list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactUpdateResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
