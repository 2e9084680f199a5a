from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.messaging_v1_brand_registrations_brand_registration_otp import (
    MessagingV1BrandRegistrationsBrandRegistrationOtp,
)
from ...types import Response

_OPERATION = OPERATIONS[("post", "/v1/a2p/BrandRegistrations/{brand_registration_sid}/SmsOtp")]


def _get_kwargs(
    brand_registration_sid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/a2p/BrandRegistrations/{brand_registration_sid}/SmsOtp".format(
            brand_registration_sid=quote(str(brand_registration_sid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessagingV1BrandRegistrationsBrandRegistrationOtp | None:
    if response.status_code == 201:
        response_201 = MessagingV1BrandRegistrationsBrandRegistrationOtp.from_dict(response.json())

        return response_201

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
) -> Response[MessagingV1BrandRegistrationsBrandRegistrationOtp]:
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


def _parse(response: httpx.Response) -> MessagingV1BrandRegistrationsBrandRegistrationOtp:
    """The documented success answer of `create_brand_registration_otp` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 201 <= response.status_code <= 201:
            response_201 = MessagingV1BrandRegistrationsBrandRegistrationOtp.from_dict(
                response.json()
            )

            return response_201

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
    brand_registration_sid: str,
    *,
    client: AuthenticatedClient,
) -> Response[MessagingV1BrandRegistrationsBrandRegistrationOtp]:
    """
    Args:
        brand_registration_sid (str):

    Raises:
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.NotFoundError: HTTP 404 (code `20404`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[MessagingV1BrandRegistrationsBrandRegistrationOtp]
    """

    kwargs = _get_kwargs(
        brand_registration_sid=brand_registration_sid,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    brand_registration_sid: str,
    *,
    client: AuthenticatedClient,
) -> MessagingV1BrandRegistrationsBrandRegistrationOtp | None:
    """
    Args:
        brand_registration_sid (str):

    Raises:
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.NotFoundError: HTTP 404 (code `20404`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        MessagingV1BrandRegistrationsBrandRegistrationOtp
    """

    return sync_detailed(
        brand_registration_sid=brand_registration_sid,
        client=client,
    ).parsed


async def asyncio_detailed(
    brand_registration_sid: str,
    *,
    client: AuthenticatedClient,
) -> Response[MessagingV1BrandRegistrationsBrandRegistrationOtp]:
    """
    Args:
        brand_registration_sid (str):

    Raises:
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.NotFoundError: HTTP 404 (code `20404`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[MessagingV1BrandRegistrationsBrandRegistrationOtp]
    """

    kwargs = _get_kwargs(
        brand_registration_sid=brand_registration_sid,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    brand_registration_sid: str,
    *,
    client: AuthenticatedClient,
) -> MessagingV1BrandRegistrationsBrandRegistrationOtp | None:
    """
    Args:
        brand_registration_sid (str):

    Raises:
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.NotFoundError: HTTP 404 (code `20404`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        MessagingV1BrandRegistrationsBrandRegistrationOtp
    """

    return (
        await asyncio_detailed(
            brand_registration_sid=brand_registration_sid,
            client=client,
        )
    ).parsed
