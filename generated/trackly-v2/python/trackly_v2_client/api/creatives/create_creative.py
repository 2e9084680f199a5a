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

    headers["Content-Type"] = "application/json"

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


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreativeCreateRequest,
) -> Response[CreativeCreated]:
    """Create a creative

     Creates a message template. Every `{{linkN}}` placeholder of `message` needs an
    `offer_links` entry with that key and an offer of the account. Answers with the new
    creative wrapped as `{"success": true, "creative": {…}}`, as this page shows (conflict
    C-08; the update page answers flat). HTTP 200 is the only success status the v2 pages
    show (conflict C-10). Source:
    https://docs.tracklysms.com/api-reference/v2/creatives/create-creative

    Args:
        body (CreativeCreateRequest): A new creative. Which placeholders `offer_links` must cover,
            and whether each `offer_id`
            is an offer of the account, are checked by the server (see the operation's `x-rules`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
    creative wrapped as `{"success": true, "creative": {…}}`, as this page shows (conflict
    C-08; the update page answers flat). HTTP 200 is the only success status the v2 pages
    show (conflict C-10). Source:
    https://docs.tracklysms.com/api-reference/v2/creatives/create-creative

    Args:
        body (CreativeCreateRequest): A new creative. Which placeholders `offer_links` must cover,
            and whether each `offer_id`
            is an offer of the account, are checked by the server (see the operation's `x-rules`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
    creative wrapped as `{"success": true, "creative": {…}}`, as this page shows (conflict
    C-08; the update page answers flat). HTTP 200 is the only success status the v2 pages
    show (conflict C-10). Source:
    https://docs.tracklysms.com/api-reference/v2/creatives/create-creative

    Args:
        body (CreativeCreateRequest): A new creative. Which placeholders `offer_links` must cover,
            and whether each `offer_id`
            is an offer of the account, are checked by the server (see the operation's `x-rules`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
    creative wrapped as `{"success": true, "creative": {…}}`, as this page shows (conflict
    C-08; the update page answers flat). HTTP 200 is the only success status the v2 pages
    show (conflict C-10). Source:
    https://docs.tracklysms.com/api-reference/v2/creatives/create-creative

    Args:
        body (CreativeCreateRequest): A new creative. Which placeholders `offer_links` must cover,
            and whether each `offer_id`
            is an offer of the account, are checked by the server (see the operation's `x-rules`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreativeCreated
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
