from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.schedule_create_request import ScheduleCreateRequest
from ...models.schedule_result import ScheduleResult
from ...types import Response

_OPERATION = OPERATIONS[("post", "/v2/schedules")]


def _get_kwargs(
    *,
    body: ScheduleCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/schedules",
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
    """The documented success answer of `create_schedule` (statuses of 400 or more have
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
    *,
    client: AuthenticatedClient | Client,
    body: ScheduleCreateRequest,
) -> Response[ScheduleResult]:
    """Create a schedule

     Creates a campaign schedule (status `draft` unless `off` or `on` is given). One-off
    schedules need `send_date`; repeating ones need `start_date`, `end_date` and at least
    one day in `days_of_week`; blast schedules need `blasts`, each with a `message`, whose
    `percent_audience` values total exactly 100. Every audience must exist and be active.
    The response wraps the schedule with `success`. Source:
    https://docs.tracklysms.com/api-reference/v2/schedules/create-schedule

    Args:
        body (ScheduleCreateRequest): A new schedule. The conditional requirements are the `allOf`
            rules (ScheduleOneOffRule,
            ScheduleRepeatingRule, ScheduleBlastRule); the rules JSON Schema cannot express
            (existing, active audiences; blast percentages totalling 100) are the operation's
            `x-rules`.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_blast_percent`, `invalid_send_type`,
            `invalid_status`, `malformed_request`, `missing_audiences`, `missing_blast_message`,
            `missing_blasts`, `missing_end_date`, `missing_is_repeating`, `missing_name`,
            `missing_send_date`, `missing_send_time`, `missing_send_type`, `missing_start_date`,
            `no_days_selected`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.NotFoundError: HTTP 404 (code `audience_not_found`, `source_list_not_found`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[ScheduleResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ScheduleCreateRequest,
) -> ScheduleResult | None:
    """Create a schedule

     Creates a campaign schedule (status `draft` unless `off` or `on` is given). One-off
    schedules need `send_date`; repeating ones need `start_date`, `end_date` and at least
    one day in `days_of_week`; blast schedules need `blasts`, each with a `message`, whose
    `percent_audience` values total exactly 100. Every audience must exist and be active.
    The response wraps the schedule with `success`. Source:
    https://docs.tracklysms.com/api-reference/v2/schedules/create-schedule

    Args:
        body (ScheduleCreateRequest): A new schedule. The conditional requirements are the `allOf`
            rules (ScheduleOneOffRule,
            ScheduleRepeatingRule, ScheduleBlastRule); the rules JSON Schema cannot express
            (existing, active audiences; blast percentages totalling 100) are the operation's
            `x-rules`.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_blast_percent`, `invalid_send_type`,
            `invalid_status`, `malformed_request`, `missing_audiences`, `missing_blast_message`,
            `missing_blasts`, `missing_end_date`, `missing_is_repeating`, `missing_name`,
            `missing_send_date`, `missing_send_time`, `missing_send_type`, `missing_start_date`,
            `no_days_selected`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.NotFoundError: HTTP 404 (code `audience_not_found`, `source_list_not_found`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        ScheduleResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ScheduleCreateRequest,
) -> Response[ScheduleResult]:
    """Create a schedule

     Creates a campaign schedule (status `draft` unless `off` or `on` is given). One-off
    schedules need `send_date`; repeating ones need `start_date`, `end_date` and at least
    one day in `days_of_week`; blast schedules need `blasts`, each with a `message`, whose
    `percent_audience` values total exactly 100. Every audience must exist and be active.
    The response wraps the schedule with `success`. Source:
    https://docs.tracklysms.com/api-reference/v2/schedules/create-schedule

    Args:
        body (ScheduleCreateRequest): A new schedule. The conditional requirements are the `allOf`
            rules (ScheduleOneOffRule,
            ScheduleRepeatingRule, ScheduleBlastRule); the rules JSON Schema cannot express
            (existing, active audiences; blast percentages totalling 100) are the operation's
            `x-rules`.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_blast_percent`, `invalid_send_type`,
            `invalid_status`, `malformed_request`, `missing_audiences`, `missing_blast_message`,
            `missing_blasts`, `missing_end_date`, `missing_is_repeating`, `missing_name`,
            `missing_send_date`, `missing_send_time`, `missing_send_type`, `missing_start_date`,
            `no_days_selected`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.NotFoundError: HTTP 404 (code `audience_not_found`, `source_list_not_found`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[ScheduleResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ScheduleCreateRequest,
) -> ScheduleResult | None:
    """Create a schedule

     Creates a campaign schedule (status `draft` unless `off` or `on` is given). One-off
    schedules need `send_date`; repeating ones need `start_date`, `end_date` and at least
    one day in `days_of_week`; blast schedules need `blasts`, each with a `message`, whose
    `percent_audience` values total exactly 100. Every audience must exist and be active.
    The response wraps the schedule with `success`. Source:
    https://docs.tracklysms.com/api-reference/v2/schedules/create-schedule

    Args:
        body (ScheduleCreateRequest): A new schedule. The conditional requirements are the `allOf`
            rules (ScheduleOneOffRule,
            ScheduleRepeatingRule, ScheduleBlastRule); the rules JSON Schema cannot express
            (existing, active audiences; blast percentages totalling 100) are the operation's
            `x-rules`.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_blast_percent`, `invalid_send_type`,
            `invalid_status`, `malformed_request`, `missing_audiences`, `missing_blast_message`,
            `missing_blasts`, `missing_end_date`, `missing_is_repeating`, `missing_name`,
            `missing_send_date`, `missing_send_time`, `missing_send_type`, `missing_start_date`,
            `no_days_selected`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.NotFoundError: HTTP 404 (code `audience_not_found`, `source_list_not_found`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        ScheduleResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
