from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.message_list import MessageList
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS[("get", "/v1/messages")]


def _get_kwargs(
    *,
    from_: str,
    to: str,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/messages",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageList | None:
    if response.status_code == 200:
        response_200 = MessageList.from_dict(response.json())

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
) -> Response[MessageList]:
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


def _parse(response: httpx.Response) -> MessageList:
    """The documented success answer of `list_messages` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:
            response_200 = MessageList.from_dict(response.json())

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
    from_: str,
    to: str,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> Response[MessageList]:
    """List messages in a chat

     Lists the messages of one chat on one line, by cursor pages (`limit` 1 to 100, default 50).
    Source: https://messages.dev/docs/api-reference/messages/list-messages

    Args:
        from_ (str): Line handle: the line's E.164 phone number or Apple ID, never an `ln_` id.
            The docs
            publish no pattern for it.
        to (str): Chat identifier: the recipient's phone number or Apple ID, or a `cht_` chat id
            (group
            chats).
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_parameter_value`,
            `missing_required_parameter`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `insufficient_scope`, `line_not_accessible`,
            `sandbox_not_activated`, `sandbox_requires_owner`).
        errors.NotFoundError: HTTP 404 (code `chat_not_found`, `line_not_found`).
        errors.RateLimitError: HTTP 429 (code `rate_limit_exceeded`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[MessageList]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        limit=limit,
        cursor=cursor,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    from_: str,
    to: str,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> MessageList | None:
    """List messages in a chat

     Lists the messages of one chat on one line, by cursor pages (`limit` 1 to 100, default 50).
    Source: https://messages.dev/docs/api-reference/messages/list-messages

    Args:
        from_ (str): Line handle: the line's E.164 phone number or Apple ID, never an `ln_` id.
            The docs
            publish no pattern for it.
        to (str): Chat identifier: the recipient's phone number or Apple ID, or a `cht_` chat id
            (group
            chats).
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_parameter_value`,
            `missing_required_parameter`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `insufficient_scope`, `line_not_accessible`,
            `sandbox_not_activated`, `sandbox_requires_owner`).
        errors.NotFoundError: HTTP 404 (code `chat_not_found`, `line_not_found`).
        errors.RateLimitError: HTTP 429 (code `rate_limit_exceeded`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        MessageList
    """

    return sync_detailed(
        client=client,
        from_=from_,
        to=to,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_: str,
    to: str,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> Response[MessageList]:
    """List messages in a chat

     Lists the messages of one chat on one line, by cursor pages (`limit` 1 to 100, default 50).
    Source: https://messages.dev/docs/api-reference/messages/list-messages

    Args:
        from_ (str): Line handle: the line's E.164 phone number or Apple ID, never an `ln_` id.
            The docs
            publish no pattern for it.
        to (str): Chat identifier: the recipient's phone number or Apple ID, or a `cht_` chat id
            (group
            chats).
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_parameter_value`,
            `missing_required_parameter`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `insufficient_scope`, `line_not_accessible`,
            `sandbox_not_activated`, `sandbox_requires_owner`).
        errors.NotFoundError: HTTP 404 (code `chat_not_found`, `line_not_found`).
        errors.RateLimitError: HTTP 429 (code `rate_limit_exceeded`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[MessageList]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        limit=limit,
        cursor=cursor,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    from_: str,
    to: str,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> MessageList | None:
    """List messages in a chat

     Lists the messages of one chat on one line, by cursor pages (`limit` 1 to 100, default 50).
    Source: https://messages.dev/docs/api-reference/messages/list-messages

    Args:
        from_ (str): Line handle: the line's E.164 phone number or Apple ID, never an `ln_` id.
            The docs
            publish no pattern for it.
        to (str): Chat identifier: the recipient's phone number or Apple ID, or a `cht_` chat id
            (group
            chats).
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_parameter_value`,
            `missing_required_parameter`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `insufficient_scope`, `line_not_accessible`,
            `sandbox_not_activated`, `sandbox_requires_owner`).
        errors.NotFoundError: HTTP 404 (code `chat_not_found`, `line_not_found`).
        errors.RateLimitError: HTTP 429 (code `rate_limit_exceeded`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        MessageList
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
