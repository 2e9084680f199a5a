from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response

_OPERATION = OPERATIONS[("get", "/v1/files")]


def _get_kwargs(
    *,
    id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/files",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | None:
    if response.status_code == 302:
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


def _parse(response: httpx.Response) -> str:
    """The documented success answer of `get_file` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 302 <= response.status_code <= 302:
            location: str | None = response.headers.get("location")
            if location:
                return location
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
    id: str,
) -> Response[Any]:
    """Fetch a file

     Redirects (302) to the storage URL of a file. An unknown `file_` id is answered 404
    `not_found_error` with the code `file_not_found`. Sources:
    https://messagesdev.mintlify.app/api-reference/files/get-file ,
    https://github.com/messages-dev/sdk

    Args:
        id (str): File id, `file_` followed by the rest of the id. File ids can be reused across
            sends.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_parameter_value`,
            `missing_required_parameter`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `insufficient_scope`).
        errors.NotFoundError: HTTP 404 (code `file_not_found`).
        errors.RateLimitError: HTTP 429 (code `rate_limit_exceeded`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    id: str,
) -> Response[Any]:
    """Fetch a file

     Redirects (302) to the storage URL of a file. An unknown `file_` id is answered 404
    `not_found_error` with the code `file_not_found`. Sources:
    https://messagesdev.mintlify.app/api-reference/files/get-file ,
    https://github.com/messages-dev/sdk

    Args:
        id (str): File id, `file_` followed by the rest of the id. File ids can be reused across
            sends.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_parameter_value`,
            `missing_required_parameter`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `insufficient_scope`).
        errors.NotFoundError: HTTP 404 (code `file_not_found`).
        errors.RateLimitError: HTTP 429 (code `rate_limit_exceeded`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)
