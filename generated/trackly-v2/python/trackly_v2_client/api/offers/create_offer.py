from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.offer import Offer
from ...models.offer_create_request import OfferCreateRequest
from ...models.offer_created import OfferCreated
from ...types import Response

_OPERATION = OPERATIONS[("post", "/v2/offers")]


def _get_kwargs(
    *,
    body: OfferCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/offers",
    }

    _kwargs["json"] = body.to_dict()

    if headers:  # httpx sets Content-Type: application/json for a JSON body itself
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Offer | OfferCreated | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> Offer | OfferCreated:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_offer_create_response_type_0 = Offer.from_dict(data)

                return componentsschemas_offer_create_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_offer_create_response_type_1 = OfferCreated.from_dict(data)

            return componentsschemas_offer_create_response_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[Offer | OfferCreated]:
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


def _parse(response: httpx.Response) -> Offer | OfferCreated:
    """The documented success answer of `create_offer` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:

            def _parse_response_200(data: object) -> Offer | OfferCreated:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_offer_create_response_type_0 = Offer.from_dict(data)

                    return componentsschemas_offer_create_response_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_offer_create_response_type_1 = OfferCreated.from_dict(data)

                return componentsschemas_offer_create_response_type_1

            response_200 = _parse_response_200(response.json())

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
    body: OfferCreateRequest,
) -> Response[Offer | OfferCreated]:
    """Create an offer

     Creates an affiliate offer. The answer is the flat offer or the offer wrapped as
    `{"success": true, "offer": {…}}`; both shapes are documented. Source:
    https://docs.tracklysms.com/api-reference/v2/offers/create-offer

    Args:
        body (OfferCreateRequest): A new offer. No code is published for a missing `name` or
            `tracking_url`, so those are
            answered as malformed requests.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_external_platform`, `invalid_payout_type`,
            `invalid_status`, `malformed_request`, `name_too_long`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[Offer | OfferCreated]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: OfferCreateRequest,
) -> Offer | OfferCreated | None:
    """Create an offer

     Creates an affiliate offer. The answer is the flat offer or the offer wrapped as
    `{"success": true, "offer": {…}}`; both shapes are documented. Source:
    https://docs.tracklysms.com/api-reference/v2/offers/create-offer

    Args:
        body (OfferCreateRequest): A new offer. No code is published for a missing `name` or
            `tracking_url`, so those are
            answered as malformed requests.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_external_platform`, `invalid_payout_type`,
            `invalid_status`, `malformed_request`, `name_too_long`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Offer | OfferCreated
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OfferCreateRequest,
) -> Response[Offer | OfferCreated]:
    """Create an offer

     Creates an affiliate offer. The answer is the flat offer or the offer wrapped as
    `{"success": true, "offer": {…}}`; both shapes are documented. Source:
    https://docs.tracklysms.com/api-reference/v2/offers/create-offer

    Args:
        body (OfferCreateRequest): A new offer. No code is published for a missing `name` or
            `tracking_url`, so those are
            answered as malformed requests.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_external_platform`, `invalid_payout_type`,
            `invalid_status`, `malformed_request`, `name_too_long`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[Offer | OfferCreated]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OfferCreateRequest,
) -> Offer | OfferCreated | None:
    """Create an offer

     Creates an affiliate offer. The answer is the flat offer or the offer wrapped as
    `{"success": true, "offer": {…}}`; both shapes are documented. Source:
    https://docs.tracklysms.com/api-reference/v2/offers/create-offer

    Args:
        body (OfferCreateRequest): A new offer. No code is published for a missing `name` or
            `tracking_url`, so those are
            answered as malformed requests.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_external_platform`, `invalid_payout_type`,
            `invalid_status`, `malformed_request`, `name_too_long`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`,
            `unauthorized`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Offer | OfferCreated
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
