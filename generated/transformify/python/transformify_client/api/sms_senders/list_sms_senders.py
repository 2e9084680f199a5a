from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.sms_sender import SmsSender
from ...types import Response

_OPERATION = OPERATIONS[("get", "/api/v1/sms-senders")]


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/sms-senders",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[SmsSender] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_sms_sender_list_item_data in _response_200:
            componentsschemas_sms_sender_list_item = SmsSender.from_dict(
                componentsschemas_sms_sender_list_item_data
            )

            response_200.append(componentsschemas_sms_sender_list_item)

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
) -> Response[list[SmsSender]]:
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


def _parse(response: httpx.Response) -> list[SmsSender]:
    """The documented success answer of `list_sms_senders` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:
            response_200 = []
            _response_200 = response.json()
            for componentsschemas_sms_sender_list_item_data in _response_200:
                componentsschemas_sms_sender_list_item = SmsSender.from_dict(
                    componentsschemas_sms_sender_list_item_data
                )

                response_200.append(componentsschemas_sms_sender_list_item)

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
) -> Response[list[SmsSender]]:
    """List approved SMS senders

     Returns the company's approved SMS sender IDs as a bare array; use an `id` as a
    template's `smsSenderId` or `smsFallbackSenderId`. Sender IDs are requested in the
    dashboard (Channels → SMS) and approved by an administrator. Source:
    https://api.transformify.mk/docs/api-reference/sms-senders

    Raises:
        errors.AuthenticationError: HTTP 401 (error_id `invalid_api_key`,
            `invalid_or_missing_api_key`, `missing_api_key`).
        errors.ServiceUnavailableError: HTTP 503 (error_id `account_not_set_up`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[list[SmsSender]]
    """

    kwargs = _get_kwargs()

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> list[SmsSender] | None:
    """List approved SMS senders

     Returns the company's approved SMS sender IDs as a bare array; use an `id` as a
    template's `smsSenderId` or `smsFallbackSenderId`. Sender IDs are requested in the
    dashboard (Channels → SMS) and approved by an administrator. Source:
    https://api.transformify.mk/docs/api-reference/sms-senders

    Raises:
        errors.AuthenticationError: HTTP 401 (error_id `invalid_api_key`,
            `invalid_or_missing_api_key`, `missing_api_key`).
        errors.ServiceUnavailableError: HTTP 503 (error_id `account_not_set_up`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        list[SmsSender]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[SmsSender]]:
    """List approved SMS senders

     Returns the company's approved SMS sender IDs as a bare array; use an `id` as a
    template's `smsSenderId` or `smsFallbackSenderId`. Sender IDs are requested in the
    dashboard (Channels → SMS) and approved by an administrator. Source:
    https://api.transformify.mk/docs/api-reference/sms-senders

    Raises:
        errors.AuthenticationError: HTTP 401 (error_id `invalid_api_key`,
            `invalid_or_missing_api_key`, `missing_api_key`).
        errors.ServiceUnavailableError: HTTP 503 (error_id `account_not_set_up`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[list[SmsSender]]
    """

    kwargs = _get_kwargs()

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> list[SmsSender] | None:
    """List approved SMS senders

     Returns the company's approved SMS sender IDs as a bare array; use an `id` as a
    template's `smsSenderId` or `smsFallbackSenderId`. Sender IDs are requested in the
    dashboard (Channels → SMS) and approved by an administrator. Source:
    https://api.transformify.mk/docs/api-reference/sms-senders

    Raises:
        errors.AuthenticationError: HTTP 401 (error_id `invalid_api_key`,
            `invalid_or_missing_api_key`, `missing_api_key`).
        errors.ServiceUnavailableError: HTTP 503 (error_id `account_not_set_up`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        list[SmsSender]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
