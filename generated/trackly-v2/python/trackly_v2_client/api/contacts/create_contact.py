from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.contact_create_result import ContactCreateResult
from ...models.contact_input import ContactInput
from ...types import Response

_OPERATION = OPERATIONS[("post", "/v2/contacts")]


def _get_kwargs(
    *,
    body: ContactInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/contacts",
    }

    _kwargs["json"] = body.to_dict()

    if headers:  # httpx sets Content-Type: application/json for a JSON body itself
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactCreateResult | None:
    if response.status_code == 200:
        response_200 = ContactCreateResult.from_dict(response.json())

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
) -> Response[ContactCreateResult]:
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


def _parse(response: httpx.Response) -> ContactCreateResult:
    """The documented success answer of `create_contact` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:
            response_200 = ContactCreateResult.from_dict(response.json())

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
    body: ContactInput,
) -> Response[ContactCreateResult]:
    """Create or update a contact on a list

     Upserts a contact and its subscription to a sending list: repeating the request
    updates the same contact (`is_new_contact` and `is_new_list_contact` tell what was
    created). Custom fields are merged into the existing ones. With `use_validation` the
    number goes through the paid validation; the contact is stored whatever the outcome.
    Source: https://docs.tracklysms.com/api-reference/v2/contacts/create-contact

    Args:
        body (ContactInput): One contact to create or update (upsert) on a sending list. Unknown
            fields are not
            rejected by this contract. Both numbers must be E.164.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_list_number`, `invalid_phone`,
            `list_not_found`, `malformed_request`, `missing_list_number`, `missing_phone_number`,
            `not_sendable`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PaymentRequiredError: HTTP 402 (code `no_billing_config`, `no_payment_method`,
            `payment_failed`, `suspended`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RequestTooLargeError: HTTP 413 (code `payload_too_large`, `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[ContactCreateResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ContactInput,
) -> ContactCreateResult | None:
    """Create or update a contact on a list

     Upserts a contact and its subscription to a sending list: repeating the request
    updates the same contact (`is_new_contact` and `is_new_list_contact` tell what was
    created). Custom fields are merged into the existing ones. With `use_validation` the
    number goes through the paid validation; the contact is stored whatever the outcome.
    Source: https://docs.tracklysms.com/api-reference/v2/contacts/create-contact

    Args:
        body (ContactInput): One contact to create or update (upsert) on a sending list. Unknown
            fields are not
            rejected by this contract. Both numbers must be E.164.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_list_number`, `invalid_phone`,
            `list_not_found`, `malformed_request`, `missing_list_number`, `missing_phone_number`,
            `not_sendable`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PaymentRequiredError: HTTP 402 (code `no_billing_config`, `no_payment_method`,
            `payment_failed`, `suspended`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RequestTooLargeError: HTTP 413 (code `payload_too_large`, `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        ContactCreateResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactInput,
) -> Response[ContactCreateResult]:
    """Create or update a contact on a list

     Upserts a contact and its subscription to a sending list: repeating the request
    updates the same contact (`is_new_contact` and `is_new_list_contact` tell what was
    created). Custom fields are merged into the existing ones. With `use_validation` the
    number goes through the paid validation; the contact is stored whatever the outcome.
    Source: https://docs.tracklysms.com/api-reference/v2/contacts/create-contact

    Args:
        body (ContactInput): One contact to create or update (upsert) on a sending list. Unknown
            fields are not
            rejected by this contract. Both numbers must be E.164.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_list_number`, `invalid_phone`,
            `list_not_found`, `malformed_request`, `missing_list_number`, `missing_phone_number`,
            `not_sendable`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PaymentRequiredError: HTTP 402 (code `no_billing_config`, `no_payment_method`,
            `payment_failed`, `suspended`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RequestTooLargeError: HTTP 413 (code `payload_too_large`, `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[ContactCreateResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactInput,
) -> ContactCreateResult | None:
    """Create or update a contact on a list

     Upserts a contact and its subscription to a sending list: repeating the request
    updates the same contact (`is_new_contact` and `is_new_list_contact` tell what was
    created). Custom fields are merged into the existing ones. With `use_validation` the
    number goes through the paid validation; the contact is stored whatever the outcome.
    Source: https://docs.tracklysms.com/api-reference/v2/contacts/create-contact

    Args:
        body (ContactInput): One contact to create or update (upsert) on a sending list. Unknown
            fields are not
            rejected by this contract. Both numbers must be E.164.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_list_number`, `invalid_phone`,
            `list_not_found`, `malformed_request`, `missing_list_number`, `missing_phone_number`,
            `not_sendable`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PaymentRequiredError: HTTP 402 (code `no_billing_config`, `no_payment_method`,
            `payment_failed`, `suspended`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RequestTooLargeError: HTTP 413 (code `payload_too_large`, `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        ContactCreateResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
