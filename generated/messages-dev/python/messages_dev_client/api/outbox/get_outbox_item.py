from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.outbox_item import OutboxItem
from ...types import UNSET, Response

_OPERATION = OPERATIONS[("get", "/v1/outbox")]


def _get_kwargs(
    *,
    id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/outbox",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OutboxItem | None:
    if response.status_code == 200:
        response_200 = OutboxItem.from_dict(response.json())

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
) -> Response[OutboxItem]:
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


def _parse(response: httpx.Response) -> OutboxItem:
    """The documented success answer of `get_outbox_item` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:
            response_200 = OutboxItem.from_dict(response.json())

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
    id: str,
) -> Response[OutboxItem]:
    """Get an outbox item

     Returns the delivery state of an asynchronous write (`pending` → `claimed` → `sent` or
    `failed`). Sources: https://messagesdev.mintlify.app/api-reference/outbox/get-outbox-item ,
    https://messagesdev.mintlify.app/api-reference/overview

    Args:
        id (str): Outbox item id, `obx_` followed by the rest of the id.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_parameter_value`,
            `missing_required_parameter`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `insufficient_scope`).
        errors.NotFoundError: HTTP 404 (code `outbox_item_not_found`).
        errors.RateLimitError: HTTP 429 (code `rate_limit_exceeded`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[OutboxItem]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    id: str,
) -> OutboxItem | None:
    """Get an outbox item

     Returns the delivery state of an asynchronous write (`pending` → `claimed` → `sent` or
    `failed`). Sources: https://messagesdev.mintlify.app/api-reference/outbox/get-outbox-item ,
    https://messagesdev.mintlify.app/api-reference/overview

    Args:
        id (str): Outbox item id, `obx_` followed by the rest of the id.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_parameter_value`,
            `missing_required_parameter`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `insufficient_scope`).
        errors.NotFoundError: HTTP 404 (code `outbox_item_not_found`).
        errors.RateLimitError: HTTP 429 (code `rate_limit_exceeded`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        OutboxItem
    """

    return sync_detailed(
        client=client,
        id=id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    id: str,
) -> Response[OutboxItem]:
    """Get an outbox item

     Returns the delivery state of an asynchronous write (`pending` → `claimed` → `sent` or
    `failed`). Sources: https://messagesdev.mintlify.app/api-reference/outbox/get-outbox-item ,
    https://messagesdev.mintlify.app/api-reference/overview

    Args:
        id (str): Outbox item id, `obx_` followed by the rest of the id.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_parameter_value`,
            `missing_required_parameter`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `insufficient_scope`).
        errors.NotFoundError: HTTP 404 (code `outbox_item_not_found`).
        errors.RateLimitError: HTTP 429 (code `rate_limit_exceeded`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[OutboxItem]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    id: str,
) -> OutboxItem | None:
    """Get an outbox item

     Returns the delivery state of an asynchronous write (`pending` → `claimed` → `sent` or
    `failed`). Sources: https://messagesdev.mintlify.app/api-reference/outbox/get-outbox-item ,
    https://messagesdev.mintlify.app/api-reference/overview

    Args:
        id (str): Outbox item id, `obx_` followed by the rest of the id.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_parameter_value`,
            `missing_required_parameter`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `insufficient_scope`).
        errors.NotFoundError: HTTP 404 (code `outbox_item_not_found`).
        errors.RateLimitError: HTTP 429 (code `rate_limit_exceeded`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        OutboxItem
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
        )
    ).parsed
