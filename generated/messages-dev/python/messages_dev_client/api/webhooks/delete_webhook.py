from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.delete_webhook_request import DeleteWebhookRequest
from ...models.deleted_webhook import DeletedWebhook
from ...types import Response

_OPERATION = OPERATIONS[("delete", "/v1/webhooks")]


def _get_kwargs(
    *,
    body: DeleteWebhookRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/webhooks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeletedWebhook | None:
    if response.status_code == 200:
        response_200 = DeletedWebhook.from_dict(response.json())

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
) -> Response[DeletedWebhook]:
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
    client: AuthenticatedClient,
    body: DeleteWebhookRequest,
) -> Response[DeletedWebhook]:
    """Delete a webhook

     Deletes a webhook named by `id` in the JSON body (there is no path parameter). No reference
    page was retrieved: the shape comes from the SDK's DeletedResponseSchema; the 400 codes
    follow the generic rules of the errors page. Sources: https://messages.dev/docs/llms.txt ,
    https://github.com/messages-dev/sdk

    Args:
        body (DeleteWebhookRequest): The webhook to delete (in the JSON body; there are no path
            parameters).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeletedWebhook]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: DeleteWebhookRequest,
) -> DeletedWebhook | None:
    """Delete a webhook

     Deletes a webhook named by `id` in the JSON body (there is no path parameter). No reference
    page was retrieved: the shape comes from the SDK's DeletedResponseSchema; the 400 codes
    follow the generic rules of the errors page. Sources: https://messages.dev/docs/llms.txt ,
    https://github.com/messages-dev/sdk

    Args:
        body (DeleteWebhookRequest): The webhook to delete (in the JSON body; there are no path
            parameters).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeletedWebhook
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DeleteWebhookRequest,
) -> Response[DeletedWebhook]:
    """Delete a webhook

     Deletes a webhook named by `id` in the JSON body (there is no path parameter). No reference
    page was retrieved: the shape comes from the SDK's DeletedResponseSchema; the 400 codes
    follow the generic rules of the errors page. Sources: https://messages.dev/docs/llms.txt ,
    https://github.com/messages-dev/sdk

    Args:
        body (DeleteWebhookRequest): The webhook to delete (in the JSON body; there are no path
            parameters).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeletedWebhook]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DeleteWebhookRequest,
) -> DeletedWebhook | None:
    """Delete a webhook

     Deletes a webhook named by `id` in the JSON body (there is no path parameter). No reference
    page was retrieved: the shape comes from the SDK's DeletedResponseSchema; the 400 codes
    follow the generic rules of the errors page. Sources: https://messages.dev/docs/llms.txt ,
    https://github.com/messages-dev/sdk

    Args:
        body (DeleteWebhookRequest): The webhook to delete (in the JSON body; there are no path
            parameters).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeletedWebhook
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
