from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.list_us_app_to_person_list_us_app_to_person_response import (
    ListUsAppToPersonListUsAppToPersonResponse,
)
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS[("get", "/v1/Services/{messaging_service_sid}/Compliance/Usa2p")]


def _get_kwargs(
    messaging_service_sid: str,
    *,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    x_twilio_api_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_twilio_api_version, Unset):
        headers["X-Twilio-Api-Version"] = x_twilio_api_version

    params: dict[str, Any] = {}

    params["PageSize"] = page_size

    params["Page"] = page

    params["PageToken"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/Services/{messaging_service_sid}/Compliance/Usa2p".format(
            messaging_service_sid=quote(str(messaging_service_sid), safe=""),
        ),
        "params": params,
    }

    if headers:  # httpx sets Content-Type: application/json for a JSON body itself
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListUsAppToPersonListUsAppToPersonResponse | None:
    if response.status_code == 200:
        response_200 = ListUsAppToPersonListUsAppToPersonResponse.from_dict(response.json())

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
) -> Response[ListUsAppToPersonListUsAppToPersonResponse]:
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


def _parse(response: httpx.Response) -> ListUsAppToPersonListUsAppToPersonResponse:
    """The documented success answer of `list_us_app_to_person` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:
            response_200 = ListUsAppToPersonListUsAppToPersonResponse.from_dict(response.json())

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
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    x_twilio_api_version: str | Unset = UNSET,
) -> Response[ListUsAppToPersonListUsAppToPersonResponse]:
    """
    Args:
        messaging_service_sid (str):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):
        x_twilio_api_version (str | Unset):

    Raises:
        errors.BadRequestError: HTTP 400 (code `20001`).
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.NotFoundError: HTTP 404 (code `20404`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[ListUsAppToPersonListUsAppToPersonResponse]
    """

    kwargs = _get_kwargs(
        messaging_service_sid=messaging_service_sid,
        page_size=page_size,
        page=page,
        page_token=page_token,
        x_twilio_api_version=x_twilio_api_version,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    messaging_service_sid: str,
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    x_twilio_api_version: str | Unset = UNSET,
) -> ListUsAppToPersonListUsAppToPersonResponse | None:
    """
    Args:
        messaging_service_sid (str):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):
        x_twilio_api_version (str | Unset):

    Raises:
        errors.BadRequestError: HTTP 400 (code `20001`).
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.NotFoundError: HTTP 404 (code `20404`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        ListUsAppToPersonListUsAppToPersonResponse
    """

    return sync_detailed(
        messaging_service_sid=messaging_service_sid,
        client=client,
        page_size=page_size,
        page=page,
        page_token=page_token,
        x_twilio_api_version=x_twilio_api_version,
    ).parsed


async def asyncio_detailed(
    messaging_service_sid: str,
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    x_twilio_api_version: str | Unset = UNSET,
) -> Response[ListUsAppToPersonListUsAppToPersonResponse]:
    """
    Args:
        messaging_service_sid (str):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):
        x_twilio_api_version (str | Unset):

    Raises:
        errors.BadRequestError: HTTP 400 (code `20001`).
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.NotFoundError: HTTP 404 (code `20404`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[ListUsAppToPersonListUsAppToPersonResponse]
    """

    kwargs = _get_kwargs(
        messaging_service_sid=messaging_service_sid,
        page_size=page_size,
        page=page,
        page_token=page_token,
        x_twilio_api_version=x_twilio_api_version,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    messaging_service_sid: str,
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    x_twilio_api_version: str | Unset = UNSET,
) -> ListUsAppToPersonListUsAppToPersonResponse | None:
    """
    Args:
        messaging_service_sid (str):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):
        x_twilio_api_version (str | Unset):

    Raises:
        errors.BadRequestError: HTTP 400 (code `20001`).
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.NotFoundError: HTTP 404 (code `20404`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        ListUsAppToPersonListUsAppToPersonResponse
    """

    return (
        await asyncio_detailed(
            messaging_service_sid=messaging_service_sid,
            client=client,
            page_size=page_size,
            page=page,
            page_token=page_token,
            x_twilio_api_version=x_twilio_api_version,
        )
    ).parsed
