from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.add_campaign_message_request import AddCampaignMessageRequest
from ...models.add_campaign_message_response import AddCampaignMessageResponse
from ...types import Response

_OPERATION = OPERATIONS[("post", "/api/v1/viber/campaigns/{id}/messages")]


def _get_kwargs(
    id: UUID,
    *,
    body: AddCampaignMessageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/viber/campaigns/{id}/messages".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    if headers:  # httpx sets Content-Type: application/json for a JSON body itself
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddCampaignMessageResponse | None:
    if response.status_code == 202:
        response_202 = AddCampaignMessageResponse.from_dict(response.json())

        return response_202

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
) -> Response[AddCampaignMessageResponse]:
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


def _parse(response: httpx.Response) -> AddCampaignMessageResponse:
    """The documented success answer of `add_viber_campaign_message` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 202 <= response.status_code <= 202:
            response_202 = AddCampaignMessageResponse.from_dict(response.json())

            return response_202

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
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: AddCampaignMessageRequest,
) -> Response[AddCampaignMessageResponse]:
    """Add a message to a transactional Viber campaign

     Queues one Viber message in a transactional Viber campaign. The channel-mismatch
    message is documented only for SMS. Source:
    https://api.transformify.mk/docs/guides/sending-messages

    Args:
        id (UUID): Identifier of a template or a campaign (a UUID).
        body (AddCampaignMessageRequest): One message for a transactional campaign.

    Raises:
        errors.BadRequestError: HTTP 400 (error_id `campaign_not_in_progress`,
            `campaign_not_viber`, `cannot_add_to_bulk_campaign`, `invalid_phone_number`,
            `malformed_request`).
        errors.AuthenticationError: HTTP 401 (error_id `invalid_api_key`,
            `invalid_or_missing_api_key`, `missing_api_key`).
        errors.NotFoundError: HTTP 404 (error_id `campaign_not_found`).
        errors.RateLimitError: HTTP 429 (error_id `pending_capacity_exceeded`).
        errors.ServiceUnavailableError: HTTP 503 (error_id `account_not_set_up`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[AddCampaignMessageResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: AddCampaignMessageRequest,
) -> AddCampaignMessageResponse | None:
    """Add a message to a transactional Viber campaign

     Queues one Viber message in a transactional Viber campaign. The channel-mismatch
    message is documented only for SMS. Source:
    https://api.transformify.mk/docs/guides/sending-messages

    Args:
        id (UUID): Identifier of a template or a campaign (a UUID).
        body (AddCampaignMessageRequest): One message for a transactional campaign.

    Raises:
        errors.BadRequestError: HTTP 400 (error_id `campaign_not_in_progress`,
            `campaign_not_viber`, `cannot_add_to_bulk_campaign`, `invalid_phone_number`,
            `malformed_request`).
        errors.AuthenticationError: HTTP 401 (error_id `invalid_api_key`,
            `invalid_or_missing_api_key`, `missing_api_key`).
        errors.NotFoundError: HTTP 404 (error_id `campaign_not_found`).
        errors.RateLimitError: HTTP 429 (error_id `pending_capacity_exceeded`).
        errors.ServiceUnavailableError: HTTP 503 (error_id `account_not_set_up`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        AddCampaignMessageResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: AddCampaignMessageRequest,
) -> Response[AddCampaignMessageResponse]:
    """Add a message to a transactional Viber campaign

     Queues one Viber message in a transactional Viber campaign. The channel-mismatch
    message is documented only for SMS. Source:
    https://api.transformify.mk/docs/guides/sending-messages

    Args:
        id (UUID): Identifier of a template or a campaign (a UUID).
        body (AddCampaignMessageRequest): One message for a transactional campaign.

    Raises:
        errors.BadRequestError: HTTP 400 (error_id `campaign_not_in_progress`,
            `campaign_not_viber`, `cannot_add_to_bulk_campaign`, `invalid_phone_number`,
            `malformed_request`).
        errors.AuthenticationError: HTTP 401 (error_id `invalid_api_key`,
            `invalid_or_missing_api_key`, `missing_api_key`).
        errors.NotFoundError: HTTP 404 (error_id `campaign_not_found`).
        errors.RateLimitError: HTTP 429 (error_id `pending_capacity_exceeded`).
        errors.ServiceUnavailableError: HTTP 503 (error_id `account_not_set_up`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[AddCampaignMessageResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: AddCampaignMessageRequest,
) -> AddCampaignMessageResponse | None:
    """Add a message to a transactional Viber campaign

     Queues one Viber message in a transactional Viber campaign. The channel-mismatch
    message is documented only for SMS. Source:
    https://api.transformify.mk/docs/guides/sending-messages

    Args:
        id (UUID): Identifier of a template or a campaign (a UUID).
        body (AddCampaignMessageRequest): One message for a transactional campaign.

    Raises:
        errors.BadRequestError: HTTP 400 (error_id `campaign_not_in_progress`,
            `campaign_not_viber`, `cannot_add_to_bulk_campaign`, `invalid_phone_number`,
            `malformed_request`).
        errors.AuthenticationError: HTTP 401 (error_id `invalid_api_key`,
            `invalid_or_missing_api_key`, `missing_api_key`).
        errors.NotFoundError: HTTP 404 (error_id `campaign_not_found`).
        errors.RateLimitError: HTTP 429 (error_id `pending_capacity_exceeded`).
        errors.ServiceUnavailableError: HTTP 503 (error_id `account_not_set_up`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        AddCampaignMessageResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
