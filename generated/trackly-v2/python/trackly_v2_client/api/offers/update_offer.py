from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.offer import Offer
from ...models.offer_update_request import OfferUpdateRequest
from ...types import Response

_OPERATION = OPERATIONS[("put", "/v2/offers/{id}")]


def _get_kwargs(
    id: str,
    *,
    body: OfferUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/offers/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    if headers:  # httpx sets Content-Type: application/json for a JSON body itself
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Offer | None:
    if response.status_code == 200:
        response_200 = Offer.from_dict(response.json())

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
) -> Response[Offer]:
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


def _parse(response: httpx.Response) -> Offer:
    """The documented success answer of `update_offer` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:
            response_200 = Offer.from_dict(response.json())

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
    body: OfferUpdateRequest,
) -> Response[Offer]:
    """Update an offer

     Partial update: only the fields sent change; `metadata` is merged key by key. `status:
    archived` archives the offer and another status restores it. Answers with the flat
    offer. Source: https://docs.tracklysms.com/api-reference/v2/offers/update-offer

    Args:
        id (str): 24-character hexadecimal identifier.
        body (OfferUpdateRequest): Partial update: every field of create is optional and only the
            fields sent change.
            `status: archived` archives the offer (a soft delete); another status restores it.
            `metadata` is merged key by key into the stored map.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_external_platform`, `invalid_payout_type`,
            `invalid_status`, `malformed_request`, `name_too_long`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.NotFoundError: HTTP 404 (code `not_found`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.InternalServerError: HTTP 500 (code `server_error`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[Offer]
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
    body: OfferUpdateRequest,
) -> Offer | None:
    """Update an offer

     Partial update: only the fields sent change; `metadata` is merged key by key. `status:
    archived` archives the offer and another status restores it. Answers with the flat
    offer. Source: https://docs.tracklysms.com/api-reference/v2/offers/update-offer

    Args:
        id (str): 24-character hexadecimal identifier.
        body (OfferUpdateRequest): Partial update: every field of create is optional and only the
            fields sent change.
            `status: archived` archives the offer (a soft delete); another status restores it.
            `metadata` is merged key by key into the stored map.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_external_platform`, `invalid_payout_type`,
            `invalid_status`, `malformed_request`, `name_too_long`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.NotFoundError: HTTP 404 (code `not_found`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.InternalServerError: HTTP 500 (code `server_error`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Offer
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
    body: OfferUpdateRequest,
) -> Response[Offer]:
    """Update an offer

     Partial update: only the fields sent change; `metadata` is merged key by key. `status:
    archived` archives the offer and another status restores it. Answers with the flat
    offer. Source: https://docs.tracklysms.com/api-reference/v2/offers/update-offer

    Args:
        id (str): 24-character hexadecimal identifier.
        body (OfferUpdateRequest): Partial update: every field of create is optional and only the
            fields sent change.
            `status: archived` archives the offer (a soft delete); another status restores it.
            `metadata` is merged key by key into the stored map.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_external_platform`, `invalid_payout_type`,
            `invalid_status`, `malformed_request`, `name_too_long`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.NotFoundError: HTTP 404 (code `not_found`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.InternalServerError: HTTP 500 (code `server_error`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[Offer]
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
    body: OfferUpdateRequest,
) -> Offer | None:
    """Update an offer

     Partial update: only the fields sent change; `metadata` is merged key by key. `status:
    archived` archives the offer and another status restores it. Answers with the flat
    offer. Source: https://docs.tracklysms.com/api-reference/v2/offers/update-offer

    Args:
        id (str): 24-character hexadecimal identifier.
        body (OfferUpdateRequest): Partial update: every field of create is optional and only the
            fields sent change.
            `status: archived` archives the offer (a soft delete); another status restores it.
            `metadata` is merged key by key into the stored map.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_external_platform`, `invalid_payout_type`,
            `invalid_status`, `malformed_request`, `name_too_long`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.NotFoundError: HTTP 404 (code `not_found`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.InternalServerError: HTTP 500 (code `server_error`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Offer
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
