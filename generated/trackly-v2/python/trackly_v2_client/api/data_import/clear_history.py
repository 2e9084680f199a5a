from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.history_clear_request import HistoryClearRequest
from ...models.history_clear_result import HistoryClearResult
from ...types import Response

_OPERATION = OPERATIONS[("delete", "/v2/history/clear")]


def _get_kwargs(
    *,
    body: HistoryClearRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/history/clear",
    }

    _kwargs["json"] = body.to_dict()

    if headers:  # httpx sets Content-Type: application/json for a JSON body itself
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HistoryClearResult | None:
    if response.status_code == 200:
        response_200 = HistoryClearResult.from_dict(response.json())

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
) -> Response[HistoryClearResult]:
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


def _parse(response: httpx.Response) -> HistoryClearResult:
    """The documented success answer of `clear_history` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:
            response_200 = HistoryClearResult.from_dict(response.json())

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
    body: HistoryClearRequest,
) -> Response[HistoryClearResult]:
    """Delete history data

     Deletes history data of the account, irreversibly. The request carries a JSON body (on
    DELETE) and must confirm with `confirm: true` (the JSON boolean; anything else is
    refused with `confirm_required`). Scope per kind: `sends` deletes only imported sends;
    `clicks` deletes the clicks of imported sends; `revenue` deletes ALL revenue of the
    account, including revenue recorded through `recordRevenue`. `before_date` limits the
    deletion to older data. The response counts the deleted records of each requested
    kind. Source: https://docs.tracklysms.com/api-reference/v2/history/clear-history

    Args:
        body (HistoryClearRequest): What to delete (JSON body on DELETE). The deletion cannot be
            undone.

    Raises:
        errors.BadRequestError: HTTP 400 (code `confirm_required`, `malformed_request`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[HistoryClearResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: HistoryClearRequest,
) -> HistoryClearResult | None:
    """Delete history data

     Deletes history data of the account, irreversibly. The request carries a JSON body (on
    DELETE) and must confirm with `confirm: true` (the JSON boolean; anything else is
    refused with `confirm_required`). Scope per kind: `sends` deletes only imported sends;
    `clicks` deletes the clicks of imported sends; `revenue` deletes ALL revenue of the
    account, including revenue recorded through `recordRevenue`. `before_date` limits the
    deletion to older data. The response counts the deleted records of each requested
    kind. Source: https://docs.tracklysms.com/api-reference/v2/history/clear-history

    Args:
        body (HistoryClearRequest): What to delete (JSON body on DELETE). The deletion cannot be
            undone.

    Raises:
        errors.BadRequestError: HTTP 400 (code `confirm_required`, `malformed_request`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        HistoryClearResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: HistoryClearRequest,
) -> Response[HistoryClearResult]:
    """Delete history data

     Deletes history data of the account, irreversibly. The request carries a JSON body (on
    DELETE) and must confirm with `confirm: true` (the JSON boolean; anything else is
    refused with `confirm_required`). Scope per kind: `sends` deletes only imported sends;
    `clicks` deletes the clicks of imported sends; `revenue` deletes ALL revenue of the
    account, including revenue recorded through `recordRevenue`. `before_date` limits the
    deletion to older data. The response counts the deleted records of each requested
    kind. Source: https://docs.tracklysms.com/api-reference/v2/history/clear-history

    Args:
        body (HistoryClearRequest): What to delete (JSON body on DELETE). The deletion cannot be
            undone.

    Raises:
        errors.BadRequestError: HTTP 400 (code `confirm_required`, `malformed_request`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[HistoryClearResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: HistoryClearRequest,
) -> HistoryClearResult | None:
    """Delete history data

     Deletes history data of the account, irreversibly. The request carries a JSON body (on
    DELETE) and must confirm with `confirm: true` (the JSON boolean; anything else is
    refused with `confirm_required`). Scope per kind: `sends` deletes only imported sends;
    `clicks` deletes the clicks of imported sends; `revenue` deletes ALL revenue of the
    account, including revenue recorded through `recordRevenue`. `before_date` limits the
    deletion to older data. The response counts the deleted records of each requested
    kind. Source: https://docs.tracklysms.com/api-reference/v2/history/clear-history

    Args:
        body (HistoryClearRequest): What to delete (JSON body on DELETE). The deletion cannot be
            undone.

    Raises:
        errors.BadRequestError: HTTP 400 (code `confirm_required`, `malformed_request`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        HistoryClearResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
