from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.contact_delete_request import ContactDeleteRequest
from ...models.contact_delete_result import ContactDeleteResult
from ...types import Response

_OPERATION = OPERATIONS[("delete", "/v2/contacts")]


def _get_kwargs(
    *,
    body: ContactDeleteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/contacts",
    }

    _kwargs["json"] = body.to_dict()

    if headers:  # httpx sets Content-Type: application/json for a JSON body itself
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactDeleteResult | None:
    if response.status_code == 200:
        response_200 = ContactDeleteResult.from_dict(response.json())

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
) -> Response[ContactDeleteResult]:
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


def _parse(response: httpx.Response) -> ContactDeleteResult:
    """The documented success answer of `delete_contact` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:
            response_200 = ContactDeleteResult.from_dict(response.json())

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
    body: ContactDeleteRequest,
) -> Response[ContactDeleteResult]:
    """Unsubscribe a contact from a list

     Soft delete: the contact's subscription to the list becomes inactive with unsubscribe
    reason `api`, and its history is kept. The request carries a JSON body (on DELETE) with
    the two numbers. An unknown contact or list, or a subscription that is already
    inactive, is not an error: the answer is a success with `unsubscribed` false. Source:
    https://docs.tracklysms.com/api-reference/v2/contacts/delete-contact

    Args:
        body (ContactDeleteRequest): The subscription to end (JSON body on DELETE).

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_list_number`, `invalid_phone`,
            `malformed_request`, `missing_list_number`, `missing_phone_number`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.InternalServerError: HTTP 500 (code `internal_error`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[ContactDeleteResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ContactDeleteRequest,
) -> ContactDeleteResult | None:
    """Unsubscribe a contact from a list

     Soft delete: the contact's subscription to the list becomes inactive with unsubscribe
    reason `api`, and its history is kept. The request carries a JSON body (on DELETE) with
    the two numbers. An unknown contact or list, or a subscription that is already
    inactive, is not an error: the answer is a success with `unsubscribed` false. Source:
    https://docs.tracklysms.com/api-reference/v2/contacts/delete-contact

    Args:
        body (ContactDeleteRequest): The subscription to end (JSON body on DELETE).

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_list_number`, `invalid_phone`,
            `malformed_request`, `missing_list_number`, `missing_phone_number`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.InternalServerError: HTTP 500 (code `internal_error`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        ContactDeleteResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactDeleteRequest,
) -> Response[ContactDeleteResult]:
    """Unsubscribe a contact from a list

     Soft delete: the contact's subscription to the list becomes inactive with unsubscribe
    reason `api`, and its history is kept. The request carries a JSON body (on DELETE) with
    the two numbers. An unknown contact or list, or a subscription that is already
    inactive, is not an error: the answer is a success with `unsubscribed` false. Source:
    https://docs.tracklysms.com/api-reference/v2/contacts/delete-contact

    Args:
        body (ContactDeleteRequest): The subscription to end (JSON body on DELETE).

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_list_number`, `invalid_phone`,
            `malformed_request`, `missing_list_number`, `missing_phone_number`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.InternalServerError: HTTP 500 (code `internal_error`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[ContactDeleteResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactDeleteRequest,
) -> ContactDeleteResult | None:
    """Unsubscribe a contact from a list

     Soft delete: the contact's subscription to the list becomes inactive with unsubscribe
    reason `api`, and its history is kept. The request carries a JSON body (on DELETE) with
    the two numbers. An unknown contact or list, or a subscription that is already
    inactive, is not an error: the answer is a success with `unsubscribed` false. Source:
    https://docs.tracklysms.com/api-reference/v2/contacts/delete-contact

    Args:
        body (ContactDeleteRequest): The subscription to end (JSON body on DELETE).

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_list_number`, `invalid_phone`,
            `malformed_request`, `missing_list_number`, `missing_phone_number`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.InternalServerError: HTTP 500 (code `internal_error`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        ContactDeleteResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
