from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.line_list import LineList
from ...types import Response

_OPERATION = OPERATIONS[("get", "/v1/lines")]


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/lines",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LineList | None:
    if response.status_code == 200:
        response_200 = LineList.from_dict(response.json())

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
) -> Response[LineList]:
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


def _parse(response: httpx.Response) -> LineList:
    """The documented success answer of `list_lines` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:
            response_200 = LineList.from_dict(response.json())

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
    client: AuthenticatedClient,
) -> Response[LineList]:
    """List lines

     Lists the lines of the account in the list envelope. No query parameters are
    documented. Sources: https://messages.dev/docs/llms.txt ,
    https://github.com/messages-dev/sdk

    Raises:
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `insufficient_scope`).
        errors.RateLimitError: HTTP 429 (code `rate_limit_exceeded`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[LineList]
    """

    kwargs = _get_kwargs()

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> LineList | None:
    """List lines

     Lists the lines of the account in the list envelope. No query parameters are
    documented. Sources: https://messages.dev/docs/llms.txt ,
    https://github.com/messages-dev/sdk

    Raises:
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `insufficient_scope`).
        errors.RateLimitError: HTTP 429 (code `rate_limit_exceeded`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        LineList
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[LineList]:
    """List lines

     Lists the lines of the account in the list envelope. No query parameters are
    documented. Sources: https://messages.dev/docs/llms.txt ,
    https://github.com/messages-dev/sdk

    Raises:
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `insufficient_scope`).
        errors.RateLimitError: HTTP 429 (code `rate_limit_exceeded`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[LineList]
    """

    kwargs = _get_kwargs()

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> LineList | None:
    """List lines

     Lists the lines of the account in the list envelope. No query parameters are
    documented. Sources: https://messages.dev/docs/llms.txt ,
    https://github.com/messages-dev/sdk

    Raises:
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `insufficient_scope`).
        errors.RateLimitError: HTTP 429 (code `rate_limit_exceeded`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        LineList
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
