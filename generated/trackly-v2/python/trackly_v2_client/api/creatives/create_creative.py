from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.creative_create_request import CreativeCreateRequest
from ...models.creative_created import CreativeCreated
from ...types import Response

_OPERATION = OPERATIONS[("post", "/v2/creatives")]


def _get_kwargs(
    *,
    body: CreativeCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/creatives",
    }

    _kwargs["json"] = body.to_dict()

    if headers:  # httpx sets Content-Type: application/json for a JSON body itself
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreativeCreated | None:
    if response.status_code == 200:
        response_200 = CreativeCreated.from_dict(response.json())

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
) -> Response[CreativeCreated]:
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


def _parse(response: httpx.Response) -> CreativeCreated:
    """The documented success answer of `create_creative` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:
            response_200 = CreativeCreated.from_dict(response.json())

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
    body: CreativeCreateRequest,
) -> Response[CreativeCreated]:
    """Create a creative

     Creates a message template. Every `{{linkN}}` placeholder of `message` needs an
    `offer_links` entry with that key and an offer of the account. Answers with the new
    creative wrapped as `{"success": true, "creative": {…}}`. Source:
    https://docs.tracklysms.com/api-reference/v2/creatives/create-creative

    Args:
        body (CreativeCreateRequest): A new creative. Which placeholders `offer_links` must cover,
            and whether each `offer_id`
            is an offer of the account, are checked by the server (see the operation's `x-rules`).

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_creative_type`, `invalid_status`,
            `malformed_request`, `message_too_long`, `missing_link_placeholder`, `missing_message`,
            `missing_name`, `missing_offer_link_key`, `missing_offer_link_offer_id`,
            `missing_offer_links`, `missing_offer_links_for_placeholders`, `name_too_long`,
            `offer_not_found`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[CreativeCreated]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreativeCreateRequest,
) -> CreativeCreated | None:
    """Create a creative

     Creates a message template. Every `{{linkN}}` placeholder of `message` needs an
    `offer_links` entry with that key and an offer of the account. Answers with the new
    creative wrapped as `{"success": true, "creative": {…}}`. Source:
    https://docs.tracklysms.com/api-reference/v2/creatives/create-creative

    Args:
        body (CreativeCreateRequest): A new creative. Which placeholders `offer_links` must cover,
            and whether each `offer_id`
            is an offer of the account, are checked by the server (see the operation's `x-rules`).

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_creative_type`, `invalid_status`,
            `malformed_request`, `message_too_long`, `missing_link_placeholder`, `missing_message`,
            `missing_name`, `missing_offer_link_key`, `missing_offer_link_offer_id`,
            `missing_offer_links`, `missing_offer_links_for_placeholders`, `name_too_long`,
            `offer_not_found`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        CreativeCreated
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreativeCreateRequest,
) -> Response[CreativeCreated]:
    """Create a creative

     Creates a message template. Every `{{linkN}}` placeholder of `message` needs an
    `offer_links` entry with that key and an offer of the account. Answers with the new
    creative wrapped as `{"success": true, "creative": {…}}`. Source:
    https://docs.tracklysms.com/api-reference/v2/creatives/create-creative

    Args:
        body (CreativeCreateRequest): A new creative. Which placeholders `offer_links` must cover,
            and whether each `offer_id`
            is an offer of the account, are checked by the server (see the operation's `x-rules`).

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_creative_type`, `invalid_status`,
            `malformed_request`, `message_too_long`, `missing_link_placeholder`, `missing_message`,
            `missing_name`, `missing_offer_link_key`, `missing_offer_link_offer_id`,
            `missing_offer_links`, `missing_offer_links_for_placeholders`, `name_too_long`,
            `offer_not_found`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[CreativeCreated]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreativeCreateRequest,
) -> CreativeCreated | None:
    """Create a creative

     Creates a message template. Every `{{linkN}}` placeholder of `message` needs an
    `offer_links` entry with that key and an offer of the account. Answers with the new
    creative wrapped as `{"success": true, "creative": {…}}`. Source:
    https://docs.tracklysms.com/api-reference/v2/creatives/create-creative

    Args:
        body (CreativeCreateRequest): A new creative. Which placeholders `offer_links` must cover,
            and whether each `offer_id`
            is an offer of the account, are checked by the server (see the operation's `x-rules`).

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_creative_type`, `invalid_status`,
            `malformed_request`, `message_too_long`, `missing_link_placeholder`, `missing_message`,
            `missing_name`, `missing_offer_link_key`, `missing_offer_link_offer_id`,
            `missing_offer_links`, `missing_offer_links_for_placeholders`, `name_too_long`,
            `offer_not_found`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        CreativeCreated
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
