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

    if headers:  # httpx sets Content-Type: application/json for a JSON body itself
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


def _parse(response: httpx.Response) -> ContactUpdateResult:
    """The documented success answer of `update_contact` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:
            response_200 = ContactUpdateResult.from_dict(response.json())

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
    body: ContactUpdateRequest,
) -> Response[ContactUpdateResult]:
    """Update a contact's custom fields on a list

     Writes the custom fields of a contact's subscription to one sending list, merging them
    into the existing ones unless `merge_fields` is false. The response carries the
    complete custom fields after the update. `contact_not_found` and `list_not_found` are
    answered with 400. Source:
    https://docs.tracklysms.com/api-reference/v2/contacts/update-contact

    Args:
        body (ContactUpdateRequest): New custom fields of a contact on one list.

    Raises:
        errors.BadRequestError: HTTP 400 (code `contact_not_found`, `invalid_custom_fields`,
            `invalid_list_number`, `invalid_phone`, `list_contact_not_found`, `list_not_found`,
            `malformed_request`, `missing_custom_fields`, `missing_list_number`,
            `missing_phone_number`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

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
    into the existing ones unless `merge_fields` is false. The response carries the
    complete custom fields after the update. `contact_not_found` and `list_not_found` are
    answered with 400. Source:
    https://docs.tracklysms.com/api-reference/v2/contacts/update-contact

    Args:
        body (ContactUpdateRequest): New custom fields of a contact on one list.

    Raises:
        errors.BadRequestError: HTTP 400 (code `contact_not_found`, `invalid_custom_fields`,
            `invalid_list_number`, `invalid_phone`, `list_contact_not_found`, `list_not_found`,
            `malformed_request`, `missing_custom_fields`, `missing_list_number`,
            `missing_phone_number`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

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
    into the existing ones unless `merge_fields` is false. The response carries the
    complete custom fields after the update. `contact_not_found` and `list_not_found` are
    answered with 400. Source:
    https://docs.tracklysms.com/api-reference/v2/contacts/update-contact

    Args:
        body (ContactUpdateRequest): New custom fields of a contact on one list.

    Raises:
        errors.BadRequestError: HTTP 400 (code `contact_not_found`, `invalid_custom_fields`,
            `invalid_list_number`, `invalid_phone`, `list_contact_not_found`, `list_not_found`,
            `malformed_request`, `missing_custom_fields`, `missing_list_number`,
            `missing_phone_number`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

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
    into the existing ones unless `merge_fields` is false. The response carries the
    complete custom fields after the update. `contact_not_found` and `list_not_found` are
    answered with 400. Source:
    https://docs.tracklysms.com/api-reference/v2/contacts/update-contact

    Args:
        body (ContactUpdateRequest): New custom fields of a contact on one list.

    Raises:
        errors.BadRequestError: HTTP 400 (code `contact_not_found`, `invalid_custom_fields`,
            `invalid_list_number`, `invalid_phone`, `list_contact_not_found`, `list_not_found`,
            `malformed_request`, `missing_custom_fields`, `missing_list_number`,
            `missing_phone_number`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        ContactUpdateResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
