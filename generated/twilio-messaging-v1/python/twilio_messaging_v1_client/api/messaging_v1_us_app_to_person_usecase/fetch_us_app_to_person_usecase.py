from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.messaging_v1_service_us_app_to_person_usecase import (
    MessagingV1ServiceUsAppToPersonUsecase,
)
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS[("get", "/v1/Services/{messaging_service_sid}/Compliance/Usa2p/Usecases")]


def _get_kwargs(
    messaging_service_sid: str,
    *,
    brand_registration_sid: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["BrandRegistrationSid"] = brand_registration_sid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/Services/{messaging_service_sid}/Compliance/Usa2p/Usecases".format(
            messaging_service_sid=quote(str(messaging_service_sid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessagingV1ServiceUsAppToPersonUsecase | None:
    if response.status_code == 200:
        response_200 = MessagingV1ServiceUsAppToPersonUsecase.from_dict(response.json())

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
) -> Response[MessagingV1ServiceUsAppToPersonUsecase]:
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


def _parse(response: httpx.Response) -> MessagingV1ServiceUsAppToPersonUsecase:
    """The documented success answer of `fetch_us_app_to_person_usecase` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:
            response_200 = MessagingV1ServiceUsAppToPersonUsecase.from_dict(response.json())

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
    messaging_service_sid: str,
    *,
    client: AuthenticatedClient,
    brand_registration_sid: str | Unset = UNSET,
) -> Response[MessagingV1ServiceUsAppToPersonUsecase]:
    """
    Args:
        messaging_service_sid (str):
        brand_registration_sid (str | Unset):

    Raises:
        errors.BadRequestError: HTTP 400 (code `20001`).
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.NotFoundError: HTTP 404 (code `20404`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[MessagingV1ServiceUsAppToPersonUsecase]
    """

    kwargs = _get_kwargs(
        messaging_service_sid=messaging_service_sid,
        brand_registration_sid=brand_registration_sid,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    messaging_service_sid: str,
    *,
    client: AuthenticatedClient,
    brand_registration_sid: str | Unset = UNSET,
) -> MessagingV1ServiceUsAppToPersonUsecase | None:
    """
    Args:
        messaging_service_sid (str):
        brand_registration_sid (str | Unset):

    Raises:
        errors.BadRequestError: HTTP 400 (code `20001`).
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.NotFoundError: HTTP 404 (code `20404`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        MessagingV1ServiceUsAppToPersonUsecase
    """

    return sync_detailed(
        messaging_service_sid=messaging_service_sid,
        client=client,
        brand_registration_sid=brand_registration_sid,
    ).parsed


async def asyncio_detailed(
    messaging_service_sid: str,
    *,
    client: AuthenticatedClient,
    brand_registration_sid: str | Unset = UNSET,
) -> Response[MessagingV1ServiceUsAppToPersonUsecase]:
    """
    Args:
        messaging_service_sid (str):
        brand_registration_sid (str | Unset):

    Raises:
        errors.BadRequestError: HTTP 400 (code `20001`).
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.NotFoundError: HTTP 404 (code `20404`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[MessagingV1ServiceUsAppToPersonUsecase]
    """

    kwargs = _get_kwargs(
        messaging_service_sid=messaging_service_sid,
        brand_registration_sid=brand_registration_sid,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    messaging_service_sid: str,
    *,
    client: AuthenticatedClient,
    brand_registration_sid: str | Unset = UNSET,
) -> MessagingV1ServiceUsAppToPersonUsecase | None:
    """
    Args:
        messaging_service_sid (str):
        brand_registration_sid (str | Unset):

    Raises:
        errors.BadRequestError: HTTP 400 (code `20001`).
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.NotFoundError: HTTP 404 (code `20404`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        MessagingV1ServiceUsAppToPersonUsecase
    """

    return (
        await asyncio_detailed(
            messaging_service_sid=messaging_service_sid,
            client=client,
            brand_registration_sid=brand_registration_sid,
        )
    ).parsed
