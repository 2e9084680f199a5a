from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.messaging_v1_service_channel_sender import MessagingV1ServiceChannelSender
from ...types import Response

_OPERATION = OPERATIONS[("get", "/v1/Services/{messaging_service_sid}/ChannelSenders/{sid}")]


def _get_kwargs(
    messaging_service_sid: str,
    sid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/Services/{messaging_service_sid}/ChannelSenders/{sid}".format(
            messaging_service_sid=quote(str(messaging_service_sid), safe=""),
            sid=quote(str(sid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessagingV1ServiceChannelSender | None:
    if response.status_code == 200:
        response_200 = MessagingV1ServiceChannelSender.from_dict(response.json())

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
) -> Response[MessagingV1ServiceChannelSender]:
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


def _parse(response: httpx.Response) -> MessagingV1ServiceChannelSender:
    """The documented success answer of `fetch_channel_sender` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:
            response_200 = MessagingV1ServiceChannelSender.from_dict(response.json())

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
    sid: str,
    *,
    client: AuthenticatedClient,
) -> Response[MessagingV1ServiceChannelSender]:
    """
    Args:
        messaging_service_sid (str):
        sid (str):

    Raises:
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.NotFoundError: HTTP 404 (code `20404`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[MessagingV1ServiceChannelSender]
    """

    kwargs = _get_kwargs(
        messaging_service_sid=messaging_service_sid,
        sid=sid,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    messaging_service_sid: str,
    sid: str,
    *,
    client: AuthenticatedClient,
) -> MessagingV1ServiceChannelSender | None:
    """
    Args:
        messaging_service_sid (str):
        sid (str):

    Raises:
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.NotFoundError: HTTP 404 (code `20404`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        MessagingV1ServiceChannelSender
    """

    return sync_detailed(
        messaging_service_sid=messaging_service_sid,
        sid=sid,
        client=client,
    ).parsed


async def asyncio_detailed(
    messaging_service_sid: str,
    sid: str,
    *,
    client: AuthenticatedClient,
) -> Response[MessagingV1ServiceChannelSender]:
    """
    Args:
        messaging_service_sid (str):
        sid (str):

    Raises:
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.NotFoundError: HTTP 404 (code `20404`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[MessagingV1ServiceChannelSender]
    """

    kwargs = _get_kwargs(
        messaging_service_sid=messaging_service_sid,
        sid=sid,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    messaging_service_sid: str,
    sid: str,
    *,
    client: AuthenticatedClient,
) -> MessagingV1ServiceChannelSender | None:
    """
    Args:
        messaging_service_sid (str):
        sid (str):

    Raises:
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.NotFoundError: HTTP 404 (code `20404`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        MessagingV1ServiceChannelSender
    """

    return (
        await asyncio_detailed(
            messaging_service_sid=messaging_service_sid,
            sid=sid,
            client=client,
        )
    ).parsed
