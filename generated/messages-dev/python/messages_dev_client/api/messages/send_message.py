from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.outbox_record import OutboxRecord
from ...models.send_message_request import SendMessageRequest
from ...types import Response

_OPERATION = OPERATIONS[("post", "/v1/messages")]


def _get_kwargs(
    *,
    body: SendMessageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/messages",
    }

    _kwargs["json"] = body.to_dict()

    if headers:  # httpx sets Content-Type: application/json for a JSON body itself
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OutboxRecord | None:
    if response.status_code == 201:
        response_201 = OutboxRecord.from_dict(response.json())

        return response_201

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
) -> Response[OutboxRecord]:
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


def _parse(response: httpx.Response) -> OutboxRecord:
    """The documented success answer of `send_message` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 201 <= response.status_code <= 201:
            response_201 = OutboxRecord.from_dict(response.json())

            return response_201

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
    body: SendMessageRequest,
) -> Response[OutboxRecord]:
    """Send a message

     Queues a text and/or attachment message from a line to a contact or group chat and
    answers with the outbox record; track delivery with the `message.sent` webhook or
    `getOutboxItem`. At least one of `text` and `attachments` is required, and at most one
    attachment. On the sandbox line the recipient must be the paired phone and at most 50
    messages a day are sent (see the root `x-sandbox`). Sources:
    https://messages.dev/docs/api-reference/messages/send-message ,
    https://messagesdev.mintlify.app/api-reference/messages/send-message ,
    https://messagesdev.mintlify.app/guides/send-message ,
    https://messages.dev/docs/concepts/sandbox

    Args:
        body (SendMessageRequest): A text and/or attachment message. At least one of `text` and
            `attachments` is required.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_json`, `invalid_parameter_value`,
            `missing_required_parameter`, `sandbox_contact_mismatch`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `contact_has_not_messaged`,
            `insufficient_scope`, `line_not_accessible`, `sandbox_not_activated`,
            `sandbox_requires_owner`).
        errors.NotFoundError: HTTP 404 (code `line_not_found`).
        errors.RateLimitError: HTTP 429 (code `rate_limit_exceeded`, `sandbox_quota_exceeded`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[OutboxRecord]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SendMessageRequest,
) -> OutboxRecord | None:
    """Send a message

     Queues a text and/or attachment message from a line to a contact or group chat and
    answers with the outbox record; track delivery with the `message.sent` webhook or
    `getOutboxItem`. At least one of `text` and `attachments` is required, and at most one
    attachment. On the sandbox line the recipient must be the paired phone and at most 50
    messages a day are sent (see the root `x-sandbox`). Sources:
    https://messages.dev/docs/api-reference/messages/send-message ,
    https://messagesdev.mintlify.app/api-reference/messages/send-message ,
    https://messagesdev.mintlify.app/guides/send-message ,
    https://messages.dev/docs/concepts/sandbox

    Args:
        body (SendMessageRequest): A text and/or attachment message. At least one of `text` and
            `attachments` is required.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_json`, `invalid_parameter_value`,
            `missing_required_parameter`, `sandbox_contact_mismatch`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `contact_has_not_messaged`,
            `insufficient_scope`, `line_not_accessible`, `sandbox_not_activated`,
            `sandbox_requires_owner`).
        errors.NotFoundError: HTTP 404 (code `line_not_found`).
        errors.RateLimitError: HTTP 429 (code `rate_limit_exceeded`, `sandbox_quota_exceeded`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        OutboxRecord
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SendMessageRequest,
) -> Response[OutboxRecord]:
    """Send a message

     Queues a text and/or attachment message from a line to a contact or group chat and
    answers with the outbox record; track delivery with the `message.sent` webhook or
    `getOutboxItem`. At least one of `text` and `attachments` is required, and at most one
    attachment. On the sandbox line the recipient must be the paired phone and at most 50
    messages a day are sent (see the root `x-sandbox`). Sources:
    https://messages.dev/docs/api-reference/messages/send-message ,
    https://messagesdev.mintlify.app/api-reference/messages/send-message ,
    https://messagesdev.mintlify.app/guides/send-message ,
    https://messages.dev/docs/concepts/sandbox

    Args:
        body (SendMessageRequest): A text and/or attachment message. At least one of `text` and
            `attachments` is required.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_json`, `invalid_parameter_value`,
            `missing_required_parameter`, `sandbox_contact_mismatch`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `contact_has_not_messaged`,
            `insufficient_scope`, `line_not_accessible`, `sandbox_not_activated`,
            `sandbox_requires_owner`).
        errors.NotFoundError: HTTP 404 (code `line_not_found`).
        errors.RateLimitError: HTTP 429 (code `rate_limit_exceeded`, `sandbox_quota_exceeded`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[OutboxRecord]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SendMessageRequest,
) -> OutboxRecord | None:
    """Send a message

     Queues a text and/or attachment message from a line to a contact or group chat and
    answers with the outbox record; track delivery with the `message.sent` webhook or
    `getOutboxItem`. At least one of `text` and `attachments` is required, and at most one
    attachment. On the sandbox line the recipient must be the paired phone and at most 50
    messages a day are sent (see the root `x-sandbox`). Sources:
    https://messages.dev/docs/api-reference/messages/send-message ,
    https://messagesdev.mintlify.app/api-reference/messages/send-message ,
    https://messagesdev.mintlify.app/guides/send-message ,
    https://messages.dev/docs/concepts/sandbox

    Args:
        body (SendMessageRequest): A text and/or attachment message. At least one of `text` and
            `attachments` is required.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_json`, `invalid_parameter_value`,
            `missing_required_parameter`, `sandbox_contact_mismatch`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `contact_has_not_messaged`,
            `insufficient_scope`, `line_not_accessible`, `sandbox_not_activated`,
            `sandbox_requires_owner`).
        errors.NotFoundError: HTTP 404 (code `line_not_found`).
        errors.RateLimitError: HTTP 429 (code `rate_limit_exceeded`, `sandbox_quota_exceeded`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        OutboxRecord
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
