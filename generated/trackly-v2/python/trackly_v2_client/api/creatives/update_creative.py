from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.creative import Creative
from ...models.creative_update_request import CreativeUpdateRequest
from ...types import Response

_OPERATION = OPERATIONS[("put", "/v2/creatives/{id}")]


def _get_kwargs(
    id: int,
    *,
    body: CreativeUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/creatives/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    if headers:  # httpx sets Content-Type: application/json for a JSON body itself
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Creative | None:
    if response.status_code == 200:
        response_200 = Creative.from_dict(response.json())

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
) -> Response[Creative]:
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


def _parse(response: httpx.Response) -> Creative:
    """The documented success answer of `update_creative` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:
            response_200 = Creative.from_dict(response.json())

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
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CreativeUpdateRequest,
) -> Response[Creative]:
    """Update a creative

     Partial update: only the fields sent change. `character_count` and `segment_count` are
    recomputed when `message` or `offer_links` change; `status: archived` archives the
    creative. Answers with the flat creative. Source:
    https://docs.tracklysms.com/api-reference/v2/creatives/update-creative

    Args:
        id (int): Integer creative id (creative ids are integers, unlike the 24-hex ids of offers
            and audiences).
        body (CreativeUpdateRequest): Partial update: every field is optional and only the fields
            sent change. A new `message`
            must still contain a `{{linkN}}` placeholder; `offer_links` must cover every placeholder
            of the new message, or of the current one when `message` is not sent (operation
            `x-rules`). Setting `status` to `archived` archives the creative.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_creative_type`, `invalid_status`,
            `malformed_request`, `message_too_long`, `missing_link_placeholder`,
            `missing_offer_link_key`, `missing_offer_link_offer_id`,
            `missing_offer_links_for_placeholders`, `name_too_long`, `offer_not_found`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.NotFoundError: HTTP 404 (code `not_found`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[Creative]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CreativeUpdateRequest,
) -> Creative | None:
    """Update a creative

     Partial update: only the fields sent change. `character_count` and `segment_count` are
    recomputed when `message` or `offer_links` change; `status: archived` archives the
    creative. Answers with the flat creative. Source:
    https://docs.tracklysms.com/api-reference/v2/creatives/update-creative

    Args:
        id (int): Integer creative id (creative ids are integers, unlike the 24-hex ids of offers
            and audiences).
        body (CreativeUpdateRequest): Partial update: every field is optional and only the fields
            sent change. A new `message`
            must still contain a `{{linkN}}` placeholder; `offer_links` must cover every placeholder
            of the new message, or of the current one when `message` is not sent (operation
            `x-rules`). Setting `status` to `archived` archives the creative.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_creative_type`, `invalid_status`,
            `malformed_request`, `message_too_long`, `missing_link_placeholder`,
            `missing_offer_link_key`, `missing_offer_link_offer_id`,
            `missing_offer_links_for_placeholders`, `name_too_long`, `offer_not_found`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.NotFoundError: HTTP 404 (code `not_found`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Creative
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CreativeUpdateRequest,
) -> Response[Creative]:
    """Update a creative

     Partial update: only the fields sent change. `character_count` and `segment_count` are
    recomputed when `message` or `offer_links` change; `status: archived` archives the
    creative. Answers with the flat creative. Source:
    https://docs.tracklysms.com/api-reference/v2/creatives/update-creative

    Args:
        id (int): Integer creative id (creative ids are integers, unlike the 24-hex ids of offers
            and audiences).
        body (CreativeUpdateRequest): Partial update: every field is optional and only the fields
            sent change. A new `message`
            must still contain a `{{linkN}}` placeholder; `offer_links` must cover every placeholder
            of the new message, or of the current one when `message` is not sent (operation
            `x-rules`). Setting `status` to `archived` archives the creative.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_creative_type`, `invalid_status`,
            `malformed_request`, `message_too_long`, `missing_link_placeholder`,
            `missing_offer_link_key`, `missing_offer_link_offer_id`,
            `missing_offer_links_for_placeholders`, `name_too_long`, `offer_not_found`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.NotFoundError: HTTP 404 (code `not_found`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[Creative]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CreativeUpdateRequest,
) -> Creative | None:
    """Update a creative

     Partial update: only the fields sent change. `character_count` and `segment_count` are
    recomputed when `message` or `offer_links` change; `status: archived` archives the
    creative. Answers with the flat creative. Source:
    https://docs.tracklysms.com/api-reference/v2/creatives/update-creative

    Args:
        id (int): Integer creative id (creative ids are integers, unlike the 24-hex ids of offers
            and audiences).
        body (CreativeUpdateRequest): Partial update: every field is optional and only the fields
            sent change. A new `message`
            must still contain a `{{linkN}}` placeholder; `offer_links` must cover every placeholder
            of the new message, or of the current one when `message` is not sent (operation
            `x-rules`). Setting `status` to `archived` archives the creative.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_creative_type`, `invalid_status`,
            `malformed_request`, `message_too_long`, `missing_link_placeholder`,
            `missing_offer_link_key`, `missing_offer_link_offer_id`,
            `missing_offer_links_for_placeholders`, `name_too_long`, `offer_not_found`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.NotFoundError: HTTP 404 (code `not_found`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Creative
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
