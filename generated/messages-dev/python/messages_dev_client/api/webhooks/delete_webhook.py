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

    if headers:  # httpx sets Content-Type: application/json for a JSON body itself
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


def _parse(response: httpx.Response) -> DeletedWebhook:
    """The documented success answer of `delete_webhook` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:
            response_200 = DeletedWebhook.from_dict(response.json())

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
    client: AuthenticatedClient,
    body: DeleteWebhookRequest,
) -> Response[DeletedWebhook]:
    """Delete a webhook

     Deletes a webhook named by `id` in the JSON body (there is no path parameter).
    Sources: https://messages.dev/docs/llms.txt , https://github.com/messages-dev/sdk

    Args:
        body (DeleteWebhookRequest): The webhook to delete (in the JSON body; there are no path
            parameters).

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_json`, `invalid_parameter_value`,
            `missing_required_parameter`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `insufficient_scope`).
        errors.NotFoundError: HTTP 404 (code `webhook_not_found`).
        errors.RateLimitError: HTTP 429 (code `rate_limit_exceeded`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

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

     Deletes a webhook named by `id` in the JSON body (there is no path parameter).
    Sources: https://messages.dev/docs/llms.txt , https://github.com/messages-dev/sdk

    Args:
        body (DeleteWebhookRequest): The webhook to delete (in the JSON body; there are no path
            parameters).

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_json`, `invalid_parameter_value`,
            `missing_required_parameter`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `insufficient_scope`).
        errors.NotFoundError: HTTP 404 (code `webhook_not_found`).
        errors.RateLimitError: HTTP 429 (code `rate_limit_exceeded`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

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

     Deletes a webhook named by `id` in the JSON body (there is no path parameter).
    Sources: https://messages.dev/docs/llms.txt , https://github.com/messages-dev/sdk

    Args:
        body (DeleteWebhookRequest): The webhook to delete (in the JSON body; there are no path
            parameters).

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_json`, `invalid_parameter_value`,
            `missing_required_parameter`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `insufficient_scope`).
        errors.NotFoundError: HTTP 404 (code `webhook_not_found`).
        errors.RateLimitError: HTTP 429 (code `rate_limit_exceeded`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

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

     Deletes a webhook named by `id` in the JSON body (there is no path parameter).
    Sources: https://messages.dev/docs/llms.txt , https://github.com/messages-dev/sdk

    Args:
        body (DeleteWebhookRequest): The webhook to delete (in the JSON body; there are no path
            parameters).

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_json`, `invalid_parameter_value`,
            `missing_required_parameter`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `insufficient_scope`).
        errors.NotFoundError: HTTP 404 (code `webhook_not_found`).
        errors.RateLimitError: HTTP 429 (code `rate_limit_exceeded`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        DeletedWebhook
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
