from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.schedule_result import ScheduleResult
from ...models.schedule_update_request import ScheduleUpdateRequest
from ...types import Response

_OPERATION = OPERATIONS[("put", "/v2/schedules/{id}")]


def _get_kwargs(
    id: str,
    *,
    body: ScheduleUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/schedules/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    if headers:  # httpx sets Content-Type: application/json for a JSON body itself
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ScheduleResult | None:
    if response.status_code == 200:
        response_200 = ScheduleResult.from_dict(response.json())

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
) -> Response[ScheduleResult]:
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


def _parse(response: httpx.Response) -> ScheduleResult:
    """The documented success answer of `update_schedule` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:
            response_200 = ScheduleResult.from_dict(response.json())

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
    body: ScheduleUpdateRequest,
) -> Response[ScheduleResult]:
    """Update a schedule

     Partial update; the conditional requirements of `createSchedule` apply to the fields
    sent, and the `missing_*` codes fire when a field is set to an empty value. `status`
    may be `draft`, `off`, `on`, `complete` or `archive` (restoring an archived schedule
    means setting `draft` or `off`). A schedule in status `complete` cannot be edited
    (`schedule_complete`). The response wraps the schedule with `success`. Source:
    https://docs.tracklysms.com/api-reference/v2/schedules/update-schedule

    Args:
        id (str): 24-character hexadecimal identifier.
        body (ScheduleUpdateRequest): Partial update: every field is optional, and the `missing_*`
            codes fire when a field is
            set to an empty value. The conditional requirements (the `allOf` rules) apply when their
            triggering field is sent. `status` may also be `complete` or `archive`.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_blast_percent`, `invalid_send_type`,
            `invalid_status`, `malformed_request`, `missing_audiences`, `missing_blast_message`,
            `missing_blasts`, `missing_end_date`, `missing_is_repeating`, `missing_name`,
            `missing_send_date`, `missing_send_time`, `missing_send_type`, `missing_start_date`,
            `no_days_selected`, `schedule_complete`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.NotFoundError: HTTP 404 (code `audience_not_found`, `not_found`,
            `source_list_not_found`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[ScheduleResult]
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
    body: ScheduleUpdateRequest,
) -> ScheduleResult | None:
    """Update a schedule

     Partial update; the conditional requirements of `createSchedule` apply to the fields
    sent, and the `missing_*` codes fire when a field is set to an empty value. `status`
    may be `draft`, `off`, `on`, `complete` or `archive` (restoring an archived schedule
    means setting `draft` or `off`). A schedule in status `complete` cannot be edited
    (`schedule_complete`). The response wraps the schedule with `success`. Source:
    https://docs.tracklysms.com/api-reference/v2/schedules/update-schedule

    Args:
        id (str): 24-character hexadecimal identifier.
        body (ScheduleUpdateRequest): Partial update: every field is optional, and the `missing_*`
            codes fire when a field is
            set to an empty value. The conditional requirements (the `allOf` rules) apply when their
            triggering field is sent. `status` may also be `complete` or `archive`.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_blast_percent`, `invalid_send_type`,
            `invalid_status`, `malformed_request`, `missing_audiences`, `missing_blast_message`,
            `missing_blasts`, `missing_end_date`, `missing_is_repeating`, `missing_name`,
            `missing_send_date`, `missing_send_time`, `missing_send_type`, `missing_start_date`,
            `no_days_selected`, `schedule_complete`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.NotFoundError: HTTP 404 (code `audience_not_found`, `not_found`,
            `source_list_not_found`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        ScheduleResult
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
    body: ScheduleUpdateRequest,
) -> Response[ScheduleResult]:
    """Update a schedule

     Partial update; the conditional requirements of `createSchedule` apply to the fields
    sent, and the `missing_*` codes fire when a field is set to an empty value. `status`
    may be `draft`, `off`, `on`, `complete` or `archive` (restoring an archived schedule
    means setting `draft` or `off`). A schedule in status `complete` cannot be edited
    (`schedule_complete`). The response wraps the schedule with `success`. Source:
    https://docs.tracklysms.com/api-reference/v2/schedules/update-schedule

    Args:
        id (str): 24-character hexadecimal identifier.
        body (ScheduleUpdateRequest): Partial update: every field is optional, and the `missing_*`
            codes fire when a field is
            set to an empty value. The conditional requirements (the `allOf` rules) apply when their
            triggering field is sent. `status` may also be `complete` or `archive`.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_blast_percent`, `invalid_send_type`,
            `invalid_status`, `malformed_request`, `missing_audiences`, `missing_blast_message`,
            `missing_blasts`, `missing_end_date`, `missing_is_repeating`, `missing_name`,
            `missing_send_date`, `missing_send_time`, `missing_send_type`, `missing_start_date`,
            `no_days_selected`, `schedule_complete`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.NotFoundError: HTTP 404 (code `audience_not_found`, `not_found`,
            `source_list_not_found`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[ScheduleResult]
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
    body: ScheduleUpdateRequest,
) -> ScheduleResult | None:
    """Update a schedule

     Partial update; the conditional requirements of `createSchedule` apply to the fields
    sent, and the `missing_*` codes fire when a field is set to an empty value. `status`
    may be `draft`, `off`, `on`, `complete` or `archive` (restoring an archived schedule
    means setting `draft` or `off`). A schedule in status `complete` cannot be edited
    (`schedule_complete`). The response wraps the schedule with `success`. Source:
    https://docs.tracklysms.com/api-reference/v2/schedules/update-schedule

    Args:
        id (str): 24-character hexadecimal identifier.
        body (ScheduleUpdateRequest): Partial update: every field is optional, and the `missing_*`
            codes fire when a field is
            set to an empty value. The conditional requirements (the `allOf` rules) apply when their
            triggering field is sent. `status` may also be `complete` or `archive`.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_blast_percent`, `invalid_send_type`,
            `invalid_status`, `malformed_request`, `missing_audiences`, `missing_blast_message`,
            `missing_blasts`, `missing_end_date`, `missing_is_repeating`, `missing_name`,
            `missing_send_date`, `missing_send_time`, `missing_send_type`, `missing_start_date`,
            `no_days_selected`, `schedule_complete`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.NotFoundError: HTTP 404 (code `audience_not_found`, `not_found`,
            `source_list_not_found`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        ScheduleResult
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
