from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.contact_bulk_request import ContactBulkRequest
from ...models.contact_bulk_result import ContactBulkResult
from ...types import Response

_OPERATION = OPERATIONS[("post", "/v2/contacts/bulk")]


def _get_kwargs(
    *,
    body: ContactBulkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/contacts/bulk",
    }

    _kwargs["json"] = body.to_dict()

    if headers:  # httpx sets Content-Type: application/json for a JSON body itself
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactBulkResult | None:
    if response.status_code == 200:
        response_200 = ContactBulkResult.from_dict(response.json())

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
) -> Response[ContactBulkResult]:
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


def _parse(response: httpx.Response) -> ContactBulkResult:
    """The documented success answer of `bulk_create_contacts` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:
            response_200 = ContactBulkResult.from_dict(response.json())

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
    body: ContactBulkRequest,
) -> Response[ContactBulkResult]:
    """Create or update up to 1,000 contacts

     Bulk form of `createContact`. Every contact is validated on its own: valid contacts
    are stored even when others fail, and each failure is reported in `errors` with its
    index (partial success, still HTTP 200). The whole request is refused when `contacts`
    is missing (400), holds more than 1,000 contacts (413 `too_many_contacts`), holds a
    contact object over 4,000 bytes (413 `payload_too_large`), or when any contact asks
    for `use_validation` while the account's billing is not usable (402). Source:
    https://docs.tracklysms.com/api-reference/v2/contacts/bulk-create

    Args:
        body (ContactBulkRequest): Up to 1,000 contacts, each validated on its own. A contact
            object over 4,000 bytes is
            answered for the whole request with 413 `payload_too_large` (see the operation's
            `x-rules`).

    Raises:
        errors.BadRequestError: HTTP 400 (code `malformed_request`, `missing_contacts`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PaymentRequiredError: HTTP 402 (code `no_billing_config`, `no_payment_method`,
            `payment_failed`, `suspended`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RequestTooLargeError: HTTP 413 (code `payload_too_large`, `request_too_large`,
            `too_many_contacts`).
        errors.InternalServerError: HTTP 500 (code `internal_error`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[ContactBulkResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ContactBulkRequest,
) -> ContactBulkResult | None:
    """Create or update up to 1,000 contacts

     Bulk form of `createContact`. Every contact is validated on its own: valid contacts
    are stored even when others fail, and each failure is reported in `errors` with its
    index (partial success, still HTTP 200). The whole request is refused when `contacts`
    is missing (400), holds more than 1,000 contacts (413 `too_many_contacts`), holds a
    contact object over 4,000 bytes (413 `payload_too_large`), or when any contact asks
    for `use_validation` while the account's billing is not usable (402). Source:
    https://docs.tracklysms.com/api-reference/v2/contacts/bulk-create

    Args:
        body (ContactBulkRequest): Up to 1,000 contacts, each validated on its own. A contact
            object over 4,000 bytes is
            answered for the whole request with 413 `payload_too_large` (see the operation's
            `x-rules`).

    Raises:
        errors.BadRequestError: HTTP 400 (code `malformed_request`, `missing_contacts`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PaymentRequiredError: HTTP 402 (code `no_billing_config`, `no_payment_method`,
            `payment_failed`, `suspended`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RequestTooLargeError: HTTP 413 (code `payload_too_large`, `request_too_large`,
            `too_many_contacts`).
        errors.InternalServerError: HTTP 500 (code `internal_error`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        ContactBulkResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactBulkRequest,
) -> Response[ContactBulkResult]:
    """Create or update up to 1,000 contacts

     Bulk form of `createContact`. Every contact is validated on its own: valid contacts
    are stored even when others fail, and each failure is reported in `errors` with its
    index (partial success, still HTTP 200). The whole request is refused when `contacts`
    is missing (400), holds more than 1,000 contacts (413 `too_many_contacts`), holds a
    contact object over 4,000 bytes (413 `payload_too_large`), or when any contact asks
    for `use_validation` while the account's billing is not usable (402). Source:
    https://docs.tracklysms.com/api-reference/v2/contacts/bulk-create

    Args:
        body (ContactBulkRequest): Up to 1,000 contacts, each validated on its own. A contact
            object over 4,000 bytes is
            answered for the whole request with 413 `payload_too_large` (see the operation's
            `x-rules`).

    Raises:
        errors.BadRequestError: HTTP 400 (code `malformed_request`, `missing_contacts`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PaymentRequiredError: HTTP 402 (code `no_billing_config`, `no_payment_method`,
            `payment_failed`, `suspended`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RequestTooLargeError: HTTP 413 (code `payload_too_large`, `request_too_large`,
            `too_many_contacts`).
        errors.InternalServerError: HTTP 500 (code `internal_error`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[ContactBulkResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactBulkRequest,
) -> ContactBulkResult | None:
    """Create or update up to 1,000 contacts

     Bulk form of `createContact`. Every contact is validated on its own: valid contacts
    are stored even when others fail, and each failure is reported in `errors` with its
    index (partial success, still HTTP 200). The whole request is refused when `contacts`
    is missing (400), holds more than 1,000 contacts (413 `too_many_contacts`), holds a
    contact object over 4,000 bytes (413 `payload_too_large`), or when any contact asks
    for `use_validation` while the account's billing is not usable (402). Source:
    https://docs.tracklysms.com/api-reference/v2/contacts/bulk-create

    Args:
        body (ContactBulkRequest): Up to 1,000 contacts, each validated on its own. A contact
            object over 4,000 bytes is
            answered for the whole request with 413 `payload_too_large` (see the operation's
            `x-rules`).

    Raises:
        errors.BadRequestError: HTTP 400 (code `malformed_request`, `missing_contacts`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PaymentRequiredError: HTTP 402 (code `no_billing_config`, `no_payment_method`,
            `payment_failed`, `suspended`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RequestTooLargeError: HTTP 413 (code `payload_too_large`, `request_too_large`,
            `too_many_contacts`).
        errors.InternalServerError: HTTP 500 (code `internal_error`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        ContactBulkResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
