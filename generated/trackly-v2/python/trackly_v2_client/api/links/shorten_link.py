from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.short_link import ShortLink
from ...models.shorten_link_request import ShortenLinkRequest
from ...types import Response

_OPERATION = OPERATIONS[("post", "/v2/links/shorten")]


def _get_kwargs(
    *,
    body: ShortenLinkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/links/shorten",
    }

    _kwargs["json"] = body.to_dict()

    if headers:  # httpx sets Content-Type: application/json for a JSON body itself
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ShortLink | None:
    if response.status_code == 200:
        response_200 = ShortLink.from_dict(response.json())

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
) -> Response[ShortLink]:
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


def _parse(response: httpx.Response) -> ShortLink:
    """The documented success answer of `shorten_link` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:
            response_200 = ShortLink.from_dict(response.json())

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
    body: ShortenLinkRequest,
) -> Response[ShortLink]:
    """Shorten a URL or an SMS offer

     Creates a short link for any http(s) URL or for an SMS offer, on the shortener domain
    of a sending list. Requires the SMS product: other accounts get 403
    `product_not_enabled`. Every call creates a new link. Source:
    https://docs.tracklysms.com/api-reference/v2/links/shorten-link

    Args:
        body (ShortenLinkRequest): A URL or an SMS offer to shorten on a sending list's shortener
            domain. Either `url` or
            `offerId` is required (`offerId` wins when both are sent), and either `listId` or
            `phoneNumber`.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_phone`, `invalid_url`,
            `malformed_request`, `missing_list_identifier`, `missing_url_or_offer`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`, `email_not_enabled`,
            `partnerships_not_enabled`, `product_not_enabled`).
        errors.NotFoundError: HTTP 404 (code `list_not_found`, `offer_not_found`).
        errors.ConflictError: HTTP 409 (code `no_domain_configured`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.InternalServerError: HTTP 500 (code `id_collision`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[ShortLink]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ShortenLinkRequest,
) -> ShortLink | None:
    """Shorten a URL or an SMS offer

     Creates a short link for any http(s) URL or for an SMS offer, on the shortener domain
    of a sending list. Requires the SMS product: other accounts get 403
    `product_not_enabled`. Every call creates a new link. Source:
    https://docs.tracklysms.com/api-reference/v2/links/shorten-link

    Args:
        body (ShortenLinkRequest): A URL or an SMS offer to shorten on a sending list's shortener
            domain. Either `url` or
            `offerId` is required (`offerId` wins when both are sent), and either `listId` or
            `phoneNumber`.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_phone`, `invalid_url`,
            `malformed_request`, `missing_list_identifier`, `missing_url_or_offer`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`, `email_not_enabled`,
            `partnerships_not_enabled`, `product_not_enabled`).
        errors.NotFoundError: HTTP 404 (code `list_not_found`, `offer_not_found`).
        errors.ConflictError: HTTP 409 (code `no_domain_configured`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.InternalServerError: HTTP 500 (code `id_collision`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        ShortLink
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ShortenLinkRequest,
) -> Response[ShortLink]:
    """Shorten a URL or an SMS offer

     Creates a short link for any http(s) URL or for an SMS offer, on the shortener domain
    of a sending list. Requires the SMS product: other accounts get 403
    `product_not_enabled`. Every call creates a new link. Source:
    https://docs.tracklysms.com/api-reference/v2/links/shorten-link

    Args:
        body (ShortenLinkRequest): A URL or an SMS offer to shorten on a sending list's shortener
            domain. Either `url` or
            `offerId` is required (`offerId` wins when both are sent), and either `listId` or
            `phoneNumber`.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_phone`, `invalid_url`,
            `malformed_request`, `missing_list_identifier`, `missing_url_or_offer`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`, `email_not_enabled`,
            `partnerships_not_enabled`, `product_not_enabled`).
        errors.NotFoundError: HTTP 404 (code `list_not_found`, `offer_not_found`).
        errors.ConflictError: HTTP 409 (code `no_domain_configured`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.InternalServerError: HTTP 500 (code `id_collision`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[ShortLink]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ShortenLinkRequest,
) -> ShortLink | None:
    """Shorten a URL or an SMS offer

     Creates a short link for any http(s) URL or for an SMS offer, on the shortener domain
    of a sending list. Requires the SMS product: other accounts get 403
    `product_not_enabled`. Every call creates a new link. Source:
    https://docs.tracklysms.com/api-reference/v2/links/shorten-link

    Args:
        body (ShortenLinkRequest): A URL or an SMS offer to shorten on a sending list's shortener
            domain. Either `url` or
            `offerId` is required (`offerId` wins when both are sent), and either `listId` or
            `phoneNumber`.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_phone`, `invalid_url`,
            `malformed_request`, `missing_list_identifier`, `missing_url_or_offer`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`, `email_not_enabled`,
            `partnerships_not_enabled`, `product_not_enabled`).
        errors.NotFoundError: HTTP 404 (code `list_not_found`, `offer_not_found`).
        errors.ConflictError: HTTP 409 (code `no_domain_configured`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`).
        errors.InternalServerError: HTTP 500 (code `id_collision`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        ShortLink
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
