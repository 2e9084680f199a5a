from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.list_destination_alpha_sender_list_destination_alpha_sender_response import (
    ListDestinationAlphaSenderListDestinationAlphaSenderResponse,
)
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS[("get", "/v1/Services/{service_sid}/DestinationAlphaSenders")]


def _get_kwargs(
    service_sid: str,
    *,
    iso_country_code: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["IsoCountryCode"] = iso_country_code

    params["PageSize"] = page_size

    params["Page"] = page

    params["PageToken"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/Services/{service_sid}/DestinationAlphaSenders".format(
            service_sid=quote(str(service_sid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListDestinationAlphaSenderListDestinationAlphaSenderResponse | None:
    if response.status_code == 200:
        response_200 = ListDestinationAlphaSenderListDestinationAlphaSenderResponse.from_dict(
            response.json()
        )

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
) -> Response[ListDestinationAlphaSenderListDestinationAlphaSenderResponse]:
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
) -> ListDestinationAlphaSenderListDestinationAlphaSenderResponse:
    """The documented success answer of `list_destination_alpha_sender` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:
            response_200 = ListDestinationAlphaSenderListDestinationAlphaSenderResponse.from_dict(
                response.json()
            )

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
    service_sid: str,
    *,
    client: AuthenticatedClient,
    iso_country_code: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[ListDestinationAlphaSenderListDestinationAlphaSenderResponse]:
    """
    Args:
        service_sid (str):
        iso_country_code (str | Unset):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.BadRequestError: HTTP 400 (code `20001`).
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.NotFoundError: HTTP 404 (code `20404`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[ListDestinationAlphaSenderListDestinationAlphaSenderResponse]
    """

    kwargs = _get_kwargs(
        service_sid=service_sid,
        iso_country_code=iso_country_code,
        page_size=page_size,
        page=page,
        page_token=page_token,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    service_sid: str,
    *,
    client: AuthenticatedClient,
    iso_country_code: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> ListDestinationAlphaSenderListDestinationAlphaSenderResponse | None:
    """
    Args:
        service_sid (str):
        iso_country_code (str | Unset):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.BadRequestError: HTTP 400 (code `20001`).
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.NotFoundError: HTTP 404 (code `20404`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        ListDestinationAlphaSenderListDestinationAlphaSenderResponse
    """

    return sync_detailed(
        service_sid=service_sid,
        client=client,
        iso_country_code=iso_country_code,
        page_size=page_size,
        page=page,
        page_token=page_token,
    ).parsed


async def asyncio_detailed(
    service_sid: str,
    *,
    client: AuthenticatedClient,
    iso_country_code: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[ListDestinationAlphaSenderListDestinationAlphaSenderResponse]:
    """
    Args:
        service_sid (str):
        iso_country_code (str | Unset):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.BadRequestError: HTTP 400 (code `20001`).
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.NotFoundError: HTTP 404 (code `20404`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[ListDestinationAlphaSenderListDestinationAlphaSenderResponse]
    """

    kwargs = _get_kwargs(
        service_sid=service_sid,
        iso_country_code=iso_country_code,
        page_size=page_size,
        page=page,
        page_token=page_token,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service_sid: str,
    *,
    client: AuthenticatedClient,
    iso_country_code: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> ListDestinationAlphaSenderListDestinationAlphaSenderResponse | None:
    """
    Args:
        service_sid (str):
        iso_country_code (str | Unset):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.BadRequestError: HTTP 400 (code `20001`).
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.NotFoundError: HTTP 404 (code `20404`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        ListDestinationAlphaSenderListDestinationAlphaSenderResponse
    """

    return (
        await asyncio_detailed(
            service_sid=service_sid,
            client=client,
            iso_country_code=iso_country_code,
            page_size=page_size,
            page=page,
            page_token=page_token,
        )
    ).parsed
