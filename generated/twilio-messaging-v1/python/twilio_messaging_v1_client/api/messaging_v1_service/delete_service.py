from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...types import Response

_OPERATION = OPERATIONS[("delete", "/v1/Services/{sid}")]


def _get_kwargs(
    sid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/Services/{sid}".format(
            sid=quote(str(sid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | None:
    if response.status_code == 204:
        return None

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
) -> Response[Any]:
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


def _parse(response: httpx.Response) -> None:
    """The documented success answer of `delete_service` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 204 <= response.status_code <= 204:
            return None
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
    sid: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any]:
    """
    Args:
        sid (str):

    Raises:
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.NotFoundError: HTTP 404 (code `20404`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        sid=sid,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    sid: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any]:
    """
    Args:
        sid (str):

    Raises:
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.NotFoundError: HTTP 404 (code `20404`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        sid=sid,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)
