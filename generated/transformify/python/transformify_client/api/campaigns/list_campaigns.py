from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.campaign_list import CampaignList
from ...models.sending_mode import SendingMode
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS[("get", "/api/v1/campaigns")]


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    sending_mode: SendingMode | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    json_sending_mode: str | Unset = UNSET
    if not isinstance(sending_mode, Unset):
        json_sending_mode = sending_mode.value

    params["sendingMode"] = json_sending_mode

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/campaigns",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CampaignList | None:
    if response.status_code == 200:
        response_200 = CampaignList.from_dict(response.json())

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
) -> Response[CampaignList]:
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


def _parse(response: httpx.Response) -> CampaignList:
    """The documented success answer of `list_campaigns` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:
            response_200 = CampaignList.from_dict(response.json())

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
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    sending_mode: SendingMode | Unset = UNSET,
) -> Response[CampaignList]:
    """List campaigns

     Lists the company's campaigns of both channels, one page at a time: `page` (from 1,
    default 1) and `pageSize` (default 20, at most 100), optionally filtered by
    `sendingMode`. Source: https://api.transformify.mk/docs/api-reference/campaigns

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        sending_mode (SendingMode | Unset): How the campaign was created.

    Raises:
        errors.BadRequestError: HTTP 400 (error_id `malformed_request`).
        errors.AuthenticationError: HTTP 401 (error_id `invalid_api_key`,
            `invalid_or_missing_api_key`, `missing_api_key`).
        errors.ServiceUnavailableError: HTTP 503 (error_id `account_not_set_up`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[CampaignList]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sending_mode=sending_mode,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    sending_mode: SendingMode | Unset = UNSET,
) -> CampaignList | None:
    """List campaigns

     Lists the company's campaigns of both channels, one page at a time: `page` (from 1,
    default 1) and `pageSize` (default 20, at most 100), optionally filtered by
    `sendingMode`. Source: https://api.transformify.mk/docs/api-reference/campaigns

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        sending_mode (SendingMode | Unset): How the campaign was created.

    Raises:
        errors.BadRequestError: HTTP 400 (error_id `malformed_request`).
        errors.AuthenticationError: HTTP 401 (error_id `invalid_api_key`,
            `invalid_or_missing_api_key`, `missing_api_key`).
        errors.ServiceUnavailableError: HTTP 503 (error_id `account_not_set_up`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        CampaignList
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        sending_mode=sending_mode,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    sending_mode: SendingMode | Unset = UNSET,
) -> Response[CampaignList]:
    """List campaigns

     Lists the company's campaigns of both channels, one page at a time: `page` (from 1,
    default 1) and `pageSize` (default 20, at most 100), optionally filtered by
    `sendingMode`. Source: https://api.transformify.mk/docs/api-reference/campaigns

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        sending_mode (SendingMode | Unset): How the campaign was created.

    Raises:
        errors.BadRequestError: HTTP 400 (error_id `malformed_request`).
        errors.AuthenticationError: HTTP 401 (error_id `invalid_api_key`,
            `invalid_or_missing_api_key`, `missing_api_key`).
        errors.ServiceUnavailableError: HTTP 503 (error_id `account_not_set_up`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[CampaignList]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sending_mode=sending_mode,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    sending_mode: SendingMode | Unset = UNSET,
) -> CampaignList | None:
    """List campaigns

     Lists the company's campaigns of both channels, one page at a time: `page` (from 1,
    default 1) and `pageSize` (default 20, at most 100), optionally filtered by
    `sendingMode`. Source: https://api.transformify.mk/docs/api-reference/campaigns

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        sending_mode (SendingMode | Unset): How the campaign was created.

    Raises:
        errors.BadRequestError: HTTP 400 (error_id `malformed_request`).
        errors.AuthenticationError: HTTP 401 (error_id `invalid_api_key`,
            `invalid_or_missing_api_key`, `missing_api_key`).
        errors.ServiceUnavailableError: HTTP 503 (error_id `account_not_set_up`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        CampaignList
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            sending_mode=sending_mode,
        )
    ).parsed
