from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.contact_detail import ContactDetail
from ...types import Response

_OPERATION = OPERATIONS[("get", "/v2/contacts/{phone_number}")]


def _get_kwargs(
    phone_number: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/contacts/{phone_number}".format(
            phone_number=quote(str(phone_number), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactDetail | None:
    if response.status_code == 200:
        response_200 = ContactDetail.from_dict(response.json())

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
) -> Response[ContactDetail]:
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


def _parse(response: httpx.Response) -> ContactDetail:
    """The documented success answer of `get_contact` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:
            response_200 = ContactDetail.from_dict(response.json())

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
    phone_number: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ContactDetail]:
    """Get a contact with its lists

     Returns a contact (carrier, line type, time zone, validity) with every sending list it
    is subscribed to. Source:
    https://docs.tracklysms.com/api-reference/v2/contacts/get-contact

    Args:
        phone_number (str): Phone number in E.164 format, a `+` followed by 2 to 15 digits.

    Raises:
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.NotFoundError: HTTP 404 (code `not_found`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[ContactDetail]
    """

    kwargs = _get_kwargs(
        phone_number=phone_number,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    phone_number: str,
    *,
    client: AuthenticatedClient | Client,
) -> ContactDetail | None:
    """Get a contact with its lists

     Returns a contact (carrier, line type, time zone, validity) with every sending list it
    is subscribed to. Source:
    https://docs.tracklysms.com/api-reference/v2/contacts/get-contact

    Args:
        phone_number (str): Phone number in E.164 format, a `+` followed by 2 to 15 digits.

    Raises:
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.NotFoundError: HTTP 404 (code `not_found`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        ContactDetail
    """

    return sync_detailed(
        phone_number=phone_number,
        client=client,
    ).parsed


async def asyncio_detailed(
    phone_number: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ContactDetail]:
    """Get a contact with its lists

     Returns a contact (carrier, line type, time zone, validity) with every sending list it
    is subscribed to. Source:
    https://docs.tracklysms.com/api-reference/v2/contacts/get-contact

    Args:
        phone_number (str): Phone number in E.164 format, a `+` followed by 2 to 15 digits.

    Raises:
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.NotFoundError: HTTP 404 (code `not_found`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[ContactDetail]
    """

    kwargs = _get_kwargs(
        phone_number=phone_number,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    phone_number: str,
    *,
    client: AuthenticatedClient | Client,
) -> ContactDetail | None:
    """Get a contact with its lists

     Returns a contact (carrier, line type, time zone, validity) with every sending list it
    is subscribed to. Source:
    https://docs.tracklysms.com/api-reference/v2/contacts/get-contact

    Args:
        phone_number (str): Phone number in E.164 format, a `+` followed by 2 to 15 digits.

    Raises:
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.NotFoundError: HTTP 404 (code `not_found`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        ContactDetail
    """

    return (
        await asyncio_detailed(
            phone_number=phone_number,
            client=client,
        )
    ).parsed
