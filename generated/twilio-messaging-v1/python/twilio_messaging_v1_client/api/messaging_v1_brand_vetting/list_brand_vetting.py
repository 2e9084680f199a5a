from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.brand_vetting_enum_vetting_provider import BrandVettingEnumVettingProvider
from ...models.list_brand_vetting_list_brand_vetting_response import (
    ListBrandVettingListBrandVettingResponse,
)
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS[("get", "/v1/a2p/BrandRegistrations/{brand_sid}/Vettings")]


def _get_kwargs(
    brand_sid: str,
    *,
    vetting_provider: BrandVettingEnumVettingProvider | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_vetting_provider: str | Unset = UNSET
    if not isinstance(vetting_provider, Unset):
        json_vetting_provider = vetting_provider.value

    params["VettingProvider"] = json_vetting_provider

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/a2p/BrandRegistrations/{brand_sid}/Vettings".format(
            brand_sid=quote(str(brand_sid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListBrandVettingListBrandVettingResponse | None:
    if response.status_code == 200:
        response_200 = ListBrandVettingListBrandVettingResponse.from_dict(response.json())

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
) -> Response[ListBrandVettingListBrandVettingResponse]:
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


def _parse(response: httpx.Response) -> ListBrandVettingListBrandVettingResponse:
    """The documented success answer of `list_brand_vetting` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:
            response_200 = ListBrandVettingListBrandVettingResponse.from_dict(response.json())

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
    brand_sid: str,
    *,
    client: AuthenticatedClient,
    vetting_provider: BrandVettingEnumVettingProvider | Unset = UNSET,
) -> Response[ListBrandVettingListBrandVettingResponse]:
    """
    Args:
        brand_sid (str):
        vetting_provider (BrandVettingEnumVettingProvider | Unset): The third-party provider that
            has conducted the vetting. One of “CampaignVerify” (Campaign Verify tokens) or “AEGIS”
            (Secondary Vetting).

    Raises:
        errors.BadRequestError: HTTP 400 (code `20001`).
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.NotFoundError: HTTP 404 (code `20404`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[ListBrandVettingListBrandVettingResponse]
    """

    kwargs = _get_kwargs(
        brand_sid=brand_sid,
        vetting_provider=vetting_provider,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    brand_sid: str,
    *,
    client: AuthenticatedClient,
    vetting_provider: BrandVettingEnumVettingProvider | Unset = UNSET,
) -> ListBrandVettingListBrandVettingResponse | None:
    """
    Args:
        brand_sid (str):
        vetting_provider (BrandVettingEnumVettingProvider | Unset): The third-party provider that
            has conducted the vetting. One of “CampaignVerify” (Campaign Verify tokens) or “AEGIS”
            (Secondary Vetting).

    Raises:
        errors.BadRequestError: HTTP 400 (code `20001`).
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.NotFoundError: HTTP 404 (code `20404`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        ListBrandVettingListBrandVettingResponse
    """

    return sync_detailed(
        brand_sid=brand_sid,
        client=client,
        vetting_provider=vetting_provider,
    ).parsed


async def asyncio_detailed(
    brand_sid: str,
    *,
    client: AuthenticatedClient,
    vetting_provider: BrandVettingEnumVettingProvider | Unset = UNSET,
) -> Response[ListBrandVettingListBrandVettingResponse]:
    """
    Args:
        brand_sid (str):
        vetting_provider (BrandVettingEnumVettingProvider | Unset): The third-party provider that
            has conducted the vetting. One of “CampaignVerify” (Campaign Verify tokens) or “AEGIS”
            (Secondary Vetting).

    Raises:
        errors.BadRequestError: HTTP 400 (code `20001`).
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.NotFoundError: HTTP 404 (code `20404`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[ListBrandVettingListBrandVettingResponse]
    """

    kwargs = _get_kwargs(
        brand_sid=brand_sid,
        vetting_provider=vetting_provider,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    brand_sid: str,
    *,
    client: AuthenticatedClient,
    vetting_provider: BrandVettingEnumVettingProvider | Unset = UNSET,
) -> ListBrandVettingListBrandVettingResponse | None:
    """
    Args:
        brand_sid (str):
        vetting_provider (BrandVettingEnumVettingProvider | Unset): The third-party provider that
            has conducted the vetting. One of “CampaignVerify” (Campaign Verify tokens) or “AEGIS”
            (Secondary Vetting).

    Raises:
        errors.BadRequestError: HTTP 400 (code `20001`).
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.NotFoundError: HTTP 404 (code `20404`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        ListBrandVettingListBrandVettingResponse
    """

    return (
        await asyncio_detailed(
            brand_sid=brand_sid,
            client=client,
            vetting_provider=vetting_provider,
        )
    ).parsed
