from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.history_sends_request import HistorySendsRequest
from ...models.history_sends_result import HistorySendsResult
from ...types import Response

_OPERATION = OPERATIONS[("post", "/v2/history/sends")]


def _get_kwargs(
    *,
    body: HistorySendsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/history/sends",
    }

    _kwargs["json"] = body.to_dict()

    if headers:  # httpx sets Content-Type: application/json for a JSON body itself
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HistorySendsResult | None:
    if response.status_code == 200:
        response_200 = HistorySendsResult.from_dict(response.json())

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
) -> Response[HistorySendsResult]:
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


def _parse(response: httpx.Response) -> HistorySendsResult:
    """The documented success answer of `import_send_history` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:
            response_200 = HistorySendsResult.from_dict(response.json())

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
    body: HistorySendsRequest,
) -> Response[HistorySendsResult]:
    """Import up to 1,000 historical sends

     Imports sends made on another platform; the server marks each one `imported=true`.
    Records are validated on their own: valid ones are imported even when others fail
    (partial success, still HTTP 200). A record whose `id` was already imported is skipped
    and counted in `duplicates_skipped`. At most 100 failures are listed in `errors`.
    Source: https://docs.tracklysms.com/api-reference/v2/history/import-sends

    Args:
        body (HistorySendsRequest): Up to 1,000 historical sends; `records` must not be empty.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_phone`, `invalid_timestamp`,
            `malformed_request`, `missing_id`, `missing_records`, `missing_timestamp`,
            `missing_to_number`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.NotFoundError: HTTP 404 (code `list_not_found`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`, `too_many_records`).
        errors.InternalServerError: HTTP 500 (code `save_error`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[HistorySendsResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: HistorySendsRequest,
) -> HistorySendsResult | None:
    """Import up to 1,000 historical sends

     Imports sends made on another platform; the server marks each one `imported=true`.
    Records are validated on their own: valid ones are imported even when others fail
    (partial success, still HTTP 200). A record whose `id` was already imported is skipped
    and counted in `duplicates_skipped`. At most 100 failures are listed in `errors`.
    Source: https://docs.tracklysms.com/api-reference/v2/history/import-sends

    Args:
        body (HistorySendsRequest): Up to 1,000 historical sends; `records` must not be empty.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_phone`, `invalid_timestamp`,
            `malformed_request`, `missing_id`, `missing_records`, `missing_timestamp`,
            `missing_to_number`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.NotFoundError: HTTP 404 (code `list_not_found`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`, `too_many_records`).
        errors.InternalServerError: HTTP 500 (code `save_error`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        HistorySendsResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: HistorySendsRequest,
) -> Response[HistorySendsResult]:
    """Import up to 1,000 historical sends

     Imports sends made on another platform; the server marks each one `imported=true`.
    Records are validated on their own: valid ones are imported even when others fail
    (partial success, still HTTP 200). A record whose `id` was already imported is skipped
    and counted in `duplicates_skipped`. At most 100 failures are listed in `errors`.
    Source: https://docs.tracklysms.com/api-reference/v2/history/import-sends

    Args:
        body (HistorySendsRequest): Up to 1,000 historical sends; `records` must not be empty.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_phone`, `invalid_timestamp`,
            `malformed_request`, `missing_id`, `missing_records`, `missing_timestamp`,
            `missing_to_number`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.NotFoundError: HTTP 404 (code `list_not_found`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`, `too_many_records`).
        errors.InternalServerError: HTTP 500 (code `save_error`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[HistorySendsResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: HistorySendsRequest,
) -> HistorySendsResult | None:
    """Import up to 1,000 historical sends

     Imports sends made on another platform; the server marks each one `imported=true`.
    Records are validated on their own: valid ones are imported even when others fail
    (partial success, still HTTP 200). A record whose `id` was already imported is skipped
    and counted in `duplicates_skipped`. At most 100 failures are listed in `errors`.
    Source: https://docs.tracklysms.com/api-reference/v2/history/import-sends

    Args:
        body (HistorySendsRequest): Up to 1,000 historical sends; `records` must not be empty.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_phone`, `invalid_timestamp`,
            `malformed_request`, `missing_id`, `missing_records`, `missing_timestamp`,
            `missing_to_number`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.NotFoundError: HTTP 404 (code `list_not_found`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`, `too_many_records`).
        errors.InternalServerError: HTTP 500 (code `save_error`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        HistorySendsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
