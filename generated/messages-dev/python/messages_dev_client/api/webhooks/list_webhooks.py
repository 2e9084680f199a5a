from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.webhook_list import WebhookList
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS[("get", "/v1/webhooks")]


def _get_kwargs(
    *,
    from_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["from"] = from_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/webhooks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> WebhookList | None:
    if response.status_code == 200:
        response_200 = WebhookList.from_dict(response.json())

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
) -> Response[WebhookList]:
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


def _parse(response: httpx.Response) -> WebhookList:
    """The documented success answer of `list_webhooks` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:
            response_200 = WebhookList.from_dict(response.json())

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
    from_: str | Unset = UNSET,
) -> Response[WebhookList]:
    """List webhooks of a line

     Lists the webhooks of one line, without their secrets. Sources:
    https://messages.dev/docs/llms.txt , https://github.com/messages-dev/sdk

    Args:
        from_ (str | Unset): Line handle: the line's E.164 phone number or Apple ID, never an
            `ln_` id. The docs
            publish no pattern for it.

    Raises:
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `insufficient_scope`, `line_not_accessible`,
            `sandbox_not_activated`, `sandbox_requires_owner`).
        errors.NotFoundError: HTTP 404 (code `line_not_found`).
        errors.RateLimitError: HTTP 429 (code `rate_limit_exceeded`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[WebhookList]
    """

    kwargs = _get_kwargs(
        from_=from_,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    from_: str | Unset = UNSET,
) -> WebhookList | None:
    """List webhooks of a line

     Lists the webhooks of one line, without their secrets. Sources:
    https://messages.dev/docs/llms.txt , https://github.com/messages-dev/sdk

    Args:
        from_ (str | Unset): Line handle: the line's E.164 phone number or Apple ID, never an
            `ln_` id. The docs
            publish no pattern for it.

    Raises:
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `insufficient_scope`, `line_not_accessible`,
            `sandbox_not_activated`, `sandbox_requires_owner`).
        errors.NotFoundError: HTTP 404 (code `line_not_found`).
        errors.RateLimitError: HTTP 429 (code `rate_limit_exceeded`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        WebhookList
    """

    return sync_detailed(
        client=client,
        from_=from_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_: str | Unset = UNSET,
) -> Response[WebhookList]:
    """List webhooks of a line

     Lists the webhooks of one line, without their secrets. Sources:
    https://messages.dev/docs/llms.txt , https://github.com/messages-dev/sdk

    Args:
        from_ (str | Unset): Line handle: the line's E.164 phone number or Apple ID, never an
            `ln_` id. The docs
            publish no pattern for it.

    Raises:
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `insufficient_scope`, `line_not_accessible`,
            `sandbox_not_activated`, `sandbox_requires_owner`).
        errors.NotFoundError: HTTP 404 (code `line_not_found`).
        errors.RateLimitError: HTTP 429 (code `rate_limit_exceeded`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[WebhookList]
    """

    kwargs = _get_kwargs(
        from_=from_,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    from_: str | Unset = UNSET,
) -> WebhookList | None:
    """List webhooks of a line

     Lists the webhooks of one line, without their secrets. Sources:
    https://messages.dev/docs/llms.txt , https://github.com/messages-dev/sdk

    Args:
        from_ (str | Unset): Line handle: the line's E.164 phone number or Apple ID, never an
            `ln_` id. The docs
            publish no pattern for it.

    Raises:
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `insufficient_scope`, `line_not_accessible`,
            `sandbox_not_activated`, `sandbox_requires_owner`).
        errors.NotFoundError: HTTP 404 (code `line_not_found`).
        errors.RateLimitError: HTTP 429 (code `rate_limit_exceeded`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        WebhookList
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
        )
    ).parsed
