from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.create_us_app_to_person_create_us_app_to_person_request import (
    CreateUsAppToPersonCreateUsAppToPersonRequest,
)
from ...models.messaging_v1_service_us_app_to_person import MessagingV1ServiceUsAppToPerson
from ...models.messaging_v1_service_us_app_to_person_v2 import MessagingV1ServiceUsAppToPersonV2
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS[("post", "/v1/Services/{messaging_service_sid}/Compliance/Usa2p")]


def _get_kwargs(
    messaging_service_sid: str,
    *,
    body: CreateUsAppToPersonCreateUsAppToPersonRequest | Unset = UNSET,
    x_twilio_api_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_twilio_api_version, Unset):
        headers["X-Twilio-Api-Version"] = x_twilio_api_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/Services/{messaging_service_sid}/Compliance/Usa2p".format(
            messaging_service_sid=quote(str(messaging_service_sid), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    if headers:  # httpx sets Content-Type: application/json for a JSON body itself
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessagingV1ServiceUsAppToPerson | MessagingV1ServiceUsAppToPersonV2 | None:
    if response.status_code == 201:

        def _parse_response_201(
            data: object,
        ) -> MessagingV1ServiceUsAppToPerson | MessagingV1ServiceUsAppToPersonV2:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemasmessaging_v1_service_us_app_to_person_response_type_0 = (
                    MessagingV1ServiceUsAppToPerson.from_dict(data)
                )

                return componentsschemasmessaging_v1_service_us_app_to_person_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemasmessaging_v1_service_us_app_to_person_response_type_1 = (
                MessagingV1ServiceUsAppToPersonV2.from_dict(data)
            )

            return componentsschemasmessaging_v1_service_us_app_to_person_response_type_1

        response_201 = _parse_response_201(response.json())

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
) -> Response[MessagingV1ServiceUsAppToPerson | MessagingV1ServiceUsAppToPersonV2]:
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


def _parse(
    response: httpx.Response,
) -> MessagingV1ServiceUsAppToPerson | MessagingV1ServiceUsAppToPersonV2:
    """The documented success answer of `create_us_app_to_person` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 201 <= response.status_code <= 201:

            def _parse_response_201(
                data: object,
            ) -> MessagingV1ServiceUsAppToPerson | MessagingV1ServiceUsAppToPersonV2:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemasmessaging_v1_service_us_app_to_person_response_type_0 = (
                        MessagingV1ServiceUsAppToPerson.from_dict(data)
                    )

                    return componentsschemasmessaging_v1_service_us_app_to_person_response_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemasmessaging_v1_service_us_app_to_person_response_type_1 = (
                    MessagingV1ServiceUsAppToPersonV2.from_dict(data)
                )

                return componentsschemasmessaging_v1_service_us_app_to_person_response_type_1

            response_201 = _parse_response_201(response.json())

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
    messaging_service_sid: str,
    *,
    client: AuthenticatedClient,
    body: CreateUsAppToPersonCreateUsAppToPersonRequest | Unset = UNSET,
    x_twilio_api_version: str | Unset = UNSET,
) -> Response[MessagingV1ServiceUsAppToPerson | MessagingV1ServiceUsAppToPersonV2]:
    """
    Args:
        messaging_service_sid (str):
        x_twilio_api_version (str | Unset):
        body (CreateUsAppToPersonCreateUsAppToPersonRequest | Unset):

    Raises:
        errors.BadRequestError: HTTP 400 (code `20001`).
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.NotFoundError: HTTP 404 (code `20404`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[MessagingV1ServiceUsAppToPerson | MessagingV1ServiceUsAppToPersonV2]
    """

    kwargs = _get_kwargs(
        messaging_service_sid=messaging_service_sid,
        body=body,
        x_twilio_api_version=x_twilio_api_version,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    messaging_service_sid: str,
    *,
    client: AuthenticatedClient,
    body: CreateUsAppToPersonCreateUsAppToPersonRequest | Unset = UNSET,
    x_twilio_api_version: str | Unset = UNSET,
) -> MessagingV1ServiceUsAppToPerson | MessagingV1ServiceUsAppToPersonV2 | None:
    """
    Args:
        messaging_service_sid (str):
        x_twilio_api_version (str | Unset):
        body (CreateUsAppToPersonCreateUsAppToPersonRequest | Unset):

    Raises:
        errors.BadRequestError: HTTP 400 (code `20001`).
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.NotFoundError: HTTP 404 (code `20404`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        MessagingV1ServiceUsAppToPerson | MessagingV1ServiceUsAppToPersonV2
    """

    return sync_detailed(
        messaging_service_sid=messaging_service_sid,
        client=client,
        body=body,
        x_twilio_api_version=x_twilio_api_version,
    ).parsed


async def asyncio_detailed(
    messaging_service_sid: str,
    *,
    client: AuthenticatedClient,
    body: CreateUsAppToPersonCreateUsAppToPersonRequest | Unset = UNSET,
    x_twilio_api_version: str | Unset = UNSET,
) -> Response[MessagingV1ServiceUsAppToPerson | MessagingV1ServiceUsAppToPersonV2]:
    """
    Args:
        messaging_service_sid (str):
        x_twilio_api_version (str | Unset):
        body (CreateUsAppToPersonCreateUsAppToPersonRequest | Unset):

    Raises:
        errors.BadRequestError: HTTP 400 (code `20001`).
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.NotFoundError: HTTP 404 (code `20404`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[MessagingV1ServiceUsAppToPerson | MessagingV1ServiceUsAppToPersonV2]
    """

    kwargs = _get_kwargs(
        messaging_service_sid=messaging_service_sid,
        body=body,
        x_twilio_api_version=x_twilio_api_version,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    messaging_service_sid: str,
    *,
    client: AuthenticatedClient,
    body: CreateUsAppToPersonCreateUsAppToPersonRequest | Unset = UNSET,
    x_twilio_api_version: str | Unset = UNSET,
) -> MessagingV1ServiceUsAppToPerson | MessagingV1ServiceUsAppToPersonV2 | None:
    """
    Args:
        messaging_service_sid (str):
        x_twilio_api_version (str | Unset):
        body (CreateUsAppToPersonCreateUsAppToPersonRequest | Unset):

    Raises:
        errors.BadRequestError: HTTP 400 (code `20001`).
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.NotFoundError: HTTP 404 (code `20404`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        MessagingV1ServiceUsAppToPerson | MessagingV1ServiceUsAppToPersonV2
    """

    return (
        await asyncio_detailed(
            messaging_service_sid=messaging_service_sid,
            client=client,
            body=body,
            x_twilio_api_version=x_twilio_api_version,
        )
    ).parsed
