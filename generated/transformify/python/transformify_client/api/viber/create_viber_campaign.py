from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.campaign_created import CampaignCreated
from ...models.create_viber_campaign_request import CreateViberCampaignRequest
from ...types import Response

_OPERATION = OPERATIONS[("post", "/api/v1/viber/campaigns")]


def _get_kwargs(
    *,
    body: CreateViberCampaignRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/viber/campaigns",
    }

    _kwargs["json"] = body.to_dict()

    if headers:  # httpx sets Content-Type: application/json for a JSON body itself
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CampaignCreated | None:
    if response.status_code == 201:
        response_201 = CampaignCreated.from_dict(response.json())

        return response_201

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
) -> Response[CampaignCreated]:
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


def _parse(response: httpx.Response) -> CampaignCreated:
    """The documented success answer of `create_viber_campaign` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 201 <= response.status_code <= 201:
            response_201 = CampaignCreated.from_dict(response.json())

            return response_201

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
    body: CreateViberCampaignRequest,
) -> Response[CampaignCreated]:
    """Create a transactional Viber campaign

     Creates a long-lived transactional campaign on a Viber template for event-triggered
    notifications; it accepts single messages (`addViberCampaignMessage`) while
    InProgress. Sources: https://api.transformify.mk/docs/guides/sending-messages ,
    https://api.transformify.mk/docs/api-reference/sms

    Args:
        body (CreateViberCampaignRequest): A transactional Viber campaign built on a Viber
            template.

    Raises:
        errors.BadRequestError: HTTP 400 (error_id `malformed_request`, `template_not_viber`).
        errors.AuthenticationError: HTTP 401 (error_id `invalid_api_key`,
            `invalid_or_missing_api_key`, `missing_api_key`).
        errors.NotFoundError: HTTP 404 (error_id `template_not_found`).
        errors.ServiceUnavailableError: HTTP 503 (error_id `account_not_set_up`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[CampaignCreated]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateViberCampaignRequest,
) -> CampaignCreated | None:
    """Create a transactional Viber campaign

     Creates a long-lived transactional campaign on a Viber template for event-triggered
    notifications; it accepts single messages (`addViberCampaignMessage`) while
    InProgress. Sources: https://api.transformify.mk/docs/guides/sending-messages ,
    https://api.transformify.mk/docs/api-reference/sms

    Args:
        body (CreateViberCampaignRequest): A transactional Viber campaign built on a Viber
            template.

    Raises:
        errors.BadRequestError: HTTP 400 (error_id `malformed_request`, `template_not_viber`).
        errors.AuthenticationError: HTTP 401 (error_id `invalid_api_key`,
            `invalid_or_missing_api_key`, `missing_api_key`).
        errors.NotFoundError: HTTP 404 (error_id `template_not_found`).
        errors.ServiceUnavailableError: HTTP 503 (error_id `account_not_set_up`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        CampaignCreated
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateViberCampaignRequest,
) -> Response[CampaignCreated]:
    """Create a transactional Viber campaign

     Creates a long-lived transactional campaign on a Viber template for event-triggered
    notifications; it accepts single messages (`addViberCampaignMessage`) while
    InProgress. Sources: https://api.transformify.mk/docs/guides/sending-messages ,
    https://api.transformify.mk/docs/api-reference/sms

    Args:
        body (CreateViberCampaignRequest): A transactional Viber campaign built on a Viber
            template.

    Raises:
        errors.BadRequestError: HTTP 400 (error_id `malformed_request`, `template_not_viber`).
        errors.AuthenticationError: HTTP 401 (error_id `invalid_api_key`,
            `invalid_or_missing_api_key`, `missing_api_key`).
        errors.NotFoundError: HTTP 404 (error_id `template_not_found`).
        errors.ServiceUnavailableError: HTTP 503 (error_id `account_not_set_up`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[CampaignCreated]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateViberCampaignRequest,
) -> CampaignCreated | None:
    """Create a transactional Viber campaign

     Creates a long-lived transactional campaign on a Viber template for event-triggered
    notifications; it accepts single messages (`addViberCampaignMessage`) while
    InProgress. Sources: https://api.transformify.mk/docs/guides/sending-messages ,
    https://api.transformify.mk/docs/api-reference/sms

    Args:
        body (CreateViberCampaignRequest): A transactional Viber campaign built on a Viber
            template.

    Raises:
        errors.BadRequestError: HTTP 400 (error_id `malformed_request`, `template_not_viber`).
        errors.AuthenticationError: HTTP 401 (error_id `invalid_api_key`,
            `invalid_or_missing_api_key`, `missing_api_key`).
        errors.NotFoundError: HTTP 404 (error_id `template_not_found`).
        errors.ServiceUnavailableError: HTTP 503 (error_id `account_not_set_up`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        CampaignCreated
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
