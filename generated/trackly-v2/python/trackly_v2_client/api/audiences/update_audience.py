from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.audience import Audience
from ...models.audience_update_request import AudienceUpdateRequest
from ...types import Response

_OPERATION = OPERATIONS[("put", "/v2/audiences/{id}")]


def _get_kwargs(
    id: str,
    *,
    body: AudienceUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/audiences/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    if headers:  # httpx sets Content-Type: application/json for a JSON body itself
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Audience | None:
    if response.status_code == 200:
        response_200 = Audience.from_dict(response.json())

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
) -> Response[Audience]:
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


def _parse(response: httpx.Response) -> Audience:
    """The documented success answer of `update_audience` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:
            response_200 = Audience.from_dict(response.json())

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
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AudienceUpdateRequest,
) -> Response[Audience]:
    """Update an audience

     Partial update of an audience's name, description, source lists and filter. Changing
    the filter resets `cached_size` and `cached_size_updated_at` to null. Answers with the
    flat audience object. Source:
    https://docs.tracklysms.com/api-reference/v2/audiences/update-audience

    Args:
        id (str): 24-character hexadecimal identifier.
        body (AudienceUpdateRequest): Partial update: every field is optional. Changing `filter`
            resets `cached_size` and
            `cached_size_updated_at` to null.

    Raises:
        errors.BadRequestError: HTTP 400 (code `empty_filter_group`, `invalid_carrier_operator`,
            `invalid_condition_type`, `invalid_count_field`, `invalid_count_operator`,
            `invalid_custom_field_operator`, `invalid_group_operator`, `invalid_revenue_field`,
            `invalid_revenue_operator`, `invalid_time_field`, `invalid_time_operator`,
            `invalid_time_unit`, `invalid_timezone_operator`, `malformed_request`,
            `missing_carrier_value`, `missing_count_value`, `missing_custom_field_name`,
            `missing_custom_field_value`, `missing_revenue_value`, `missing_time_value`,
            `missing_timezone_value`, `name_too_long`, `source_list_not_found`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.NotFoundError: HTTP 404 (code `not_found`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[Audience]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AudienceUpdateRequest,
) -> Audience | None:
    """Update an audience

     Partial update of an audience's name, description, source lists and filter. Changing
    the filter resets `cached_size` and `cached_size_updated_at` to null. Answers with the
    flat audience object. Source:
    https://docs.tracklysms.com/api-reference/v2/audiences/update-audience

    Args:
        id (str): 24-character hexadecimal identifier.
        body (AudienceUpdateRequest): Partial update: every field is optional. Changing `filter`
            resets `cached_size` and
            `cached_size_updated_at` to null.

    Raises:
        errors.BadRequestError: HTTP 400 (code `empty_filter_group`, `invalid_carrier_operator`,
            `invalid_condition_type`, `invalid_count_field`, `invalid_count_operator`,
            `invalid_custom_field_operator`, `invalid_group_operator`, `invalid_revenue_field`,
            `invalid_revenue_operator`, `invalid_time_field`, `invalid_time_operator`,
            `invalid_time_unit`, `invalid_timezone_operator`, `malformed_request`,
            `missing_carrier_value`, `missing_count_value`, `missing_custom_field_name`,
            `missing_custom_field_value`, `missing_revenue_value`, `missing_time_value`,
            `missing_timezone_value`, `name_too_long`, `source_list_not_found`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.NotFoundError: HTTP 404 (code `not_found`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Audience
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AudienceUpdateRequest,
) -> Response[Audience]:
    """Update an audience

     Partial update of an audience's name, description, source lists and filter. Changing
    the filter resets `cached_size` and `cached_size_updated_at` to null. Answers with the
    flat audience object. Source:
    https://docs.tracklysms.com/api-reference/v2/audiences/update-audience

    Args:
        id (str): 24-character hexadecimal identifier.
        body (AudienceUpdateRequest): Partial update: every field is optional. Changing `filter`
            resets `cached_size` and
            `cached_size_updated_at` to null.

    Raises:
        errors.BadRequestError: HTTP 400 (code `empty_filter_group`, `invalid_carrier_operator`,
            `invalid_condition_type`, `invalid_count_field`, `invalid_count_operator`,
            `invalid_custom_field_operator`, `invalid_group_operator`, `invalid_revenue_field`,
            `invalid_revenue_operator`, `invalid_time_field`, `invalid_time_operator`,
            `invalid_time_unit`, `invalid_timezone_operator`, `malformed_request`,
            `missing_carrier_value`, `missing_count_value`, `missing_custom_field_name`,
            `missing_custom_field_value`, `missing_revenue_value`, `missing_time_value`,
            `missing_timezone_value`, `name_too_long`, `source_list_not_found`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.NotFoundError: HTTP 404 (code `not_found`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[Audience]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AudienceUpdateRequest,
) -> Audience | None:
    """Update an audience

     Partial update of an audience's name, description, source lists and filter. Changing
    the filter resets `cached_size` and `cached_size_updated_at` to null. Answers with the
    flat audience object. Source:
    https://docs.tracklysms.com/api-reference/v2/audiences/update-audience

    Args:
        id (str): 24-character hexadecimal identifier.
        body (AudienceUpdateRequest): Partial update: every field is optional. Changing `filter`
            resets `cached_size` and
            `cached_size_updated_at` to null.

    Raises:
        errors.BadRequestError: HTTP 400 (code `empty_filter_group`, `invalid_carrier_operator`,
            `invalid_condition_type`, `invalid_count_field`, `invalid_count_operator`,
            `invalid_custom_field_operator`, `invalid_group_operator`, `invalid_revenue_field`,
            `invalid_revenue_operator`, `invalid_time_field`, `invalid_time_operator`,
            `invalid_time_unit`, `invalid_timezone_operator`, `malformed_request`,
            `missing_carrier_value`, `missing_count_value`, `missing_custom_field_name`,
            `missing_custom_field_value`, `missing_revenue_value`, `missing_time_value`,
            `missing_timezone_value`, `name_too_long`, `source_list_not_found`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.NotFoundError: HTTP 404 (code `not_found`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Audience
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
