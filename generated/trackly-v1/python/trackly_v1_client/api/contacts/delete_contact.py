from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.contact_stub_result import ContactStubResult
from ...types import Response

_OPERATION = OPERATIONS[("delete", "/v1/contacts/{msisdn}")]


def _get_kwargs(
    msisdn: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/contacts/{msisdn}".format(
            msisdn=quote(str(msisdn), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactStubResult | None:
    if response.status_code == 200:
        response_200 = ContactStubResult.from_dict(response.json())

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
) -> Response[ContactStubResult]:
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


def _parse(response: httpx.Response) -> ContactStubResult:
    """The documented success answer of `delete_contact` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:
            response_200 = ContactStubResult.from_dict(response.json())

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
    msisdn: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ContactStubResult]:
    """Delete a contact (no-op stub, deprecated)

     Compatibility stub: always reports success and deletes nothing. To unsubscribe a
    contact, use the dashboard (Contacts > profile > Unsubscribe) or v2. Replaced by v2
    `deleteContact` (`DELETE /v2/contacts`), which really unsubscribes the contact from
    one list and takes `phone_number` and `list_number` in a JSON body. Sources:
    https://docs.tracklysms.com/api-reference/contacts/delete-contact ,
    https://docs.tracklysms.com/api-reference/v2/migration-guide

    Args:
        msisdn (str):

    Raises:
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RateLimitError: HTTP 429 (code `rate_limit`).
        errors.InternalServerError: HTTP 500 (code `server_error`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[ContactStubResult]
    """

    kwargs = _get_kwargs(
        msisdn=msisdn,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    msisdn: str,
    *,
    client: AuthenticatedClient | Client,
) -> ContactStubResult | None:
    """Delete a contact (no-op stub, deprecated)

     Compatibility stub: always reports success and deletes nothing. To unsubscribe a
    contact, use the dashboard (Contacts > profile > Unsubscribe) or v2. Replaced by v2
    `deleteContact` (`DELETE /v2/contacts`), which really unsubscribes the contact from
    one list and takes `phone_number` and `list_number` in a JSON body. Sources:
    https://docs.tracklysms.com/api-reference/contacts/delete-contact ,
    https://docs.tracklysms.com/api-reference/v2/migration-guide

    Args:
        msisdn (str):

    Raises:
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RateLimitError: HTTP 429 (code `rate_limit`).
        errors.InternalServerError: HTTP 500 (code `server_error`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        ContactStubResult
    """

    return sync_detailed(
        msisdn=msisdn,
        client=client,
    ).parsed


async def asyncio_detailed(
    msisdn: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ContactStubResult]:
    """Delete a contact (no-op stub, deprecated)

     Compatibility stub: always reports success and deletes nothing. To unsubscribe a
    contact, use the dashboard (Contacts > profile > Unsubscribe) or v2. Replaced by v2
    `deleteContact` (`DELETE /v2/contacts`), which really unsubscribes the contact from
    one list and takes `phone_number` and `list_number` in a JSON body. Sources:
    https://docs.tracklysms.com/api-reference/contacts/delete-contact ,
    https://docs.tracklysms.com/api-reference/v2/migration-guide

    Args:
        msisdn (str):

    Raises:
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RateLimitError: HTTP 429 (code `rate_limit`).
        errors.InternalServerError: HTTP 500 (code `server_error`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[ContactStubResult]
    """

    kwargs = _get_kwargs(
        msisdn=msisdn,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    msisdn: str,
    *,
    client: AuthenticatedClient | Client,
) -> ContactStubResult | None:
    """Delete a contact (no-op stub, deprecated)

     Compatibility stub: always reports success and deletes nothing. To unsubscribe a
    contact, use the dashboard (Contacts > profile > Unsubscribe) or v2. Replaced by v2
    `deleteContact` (`DELETE /v2/contacts`), which really unsubscribes the contact from
    one list and takes `phone_number` and `list_number` in a JSON body. Sources:
    https://docs.tracklysms.com/api-reference/contacts/delete-contact ,
    https://docs.tracklysms.com/api-reference/v2/migration-guide

    Args:
        msisdn (str):

    Raises:
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RateLimitError: HTTP 429 (code `rate_limit`).
        errors.InternalServerError: HTTP 500 (code `server_error`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        ContactStubResult
    """

    return (
        await asyncio_detailed(
            msisdn=msisdn,
            client=client,
        )
    ).parsed
