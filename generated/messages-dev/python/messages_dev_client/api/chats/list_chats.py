from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.chat_list import ChatList
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS[("get", "/v1/chats")]


def _get_kwargs(
    *,
    from_: str,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["from"] = from_

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/chats",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChatList | None:
    if response.status_code == 200:
        response_200 = ChatList.from_dict(response.json())

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
) -> Response[ChatList]:
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


def _parse(response: httpx.Response) -> ChatList:
    """The documented success answer of `list_chats` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:
            response_200 = ChatList.from_dict(response.json())

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
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> Response[ChatList]:
    """List chats on a line

     Lists the chats of one line in cursor pages (`limit` 1 to 100, default 50; pass
    `next_cursor` back as `cursor` while `has_more` is true). Source:
    https://messages.dev/docs/api-reference/chats/list-chats

    Args:
        from_ (str): Line handle: the line's E.164 phone number or Apple ID, never an `ln_` id.
            The docs
            publish no pattern for it.
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_parameter_value`,
            `missing_required_parameter`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `insufficient_scope`, `line_not_accessible`,
            `sandbox_not_activated`, `sandbox_requires_owner`).
        errors.NotFoundError: HTTP 404 (code `line_not_found`).
        errors.RateLimitError: HTTP 429 (code `rate_limit_exceeded`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[ChatList]
    """

    kwargs = _get_kwargs(
        from_=from_,
        limit=limit,
        cursor=cursor,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    from_: str,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> ChatList | None:
    """List chats on a line

     Lists the chats of one line in cursor pages (`limit` 1 to 100, default 50; pass
    `next_cursor` back as `cursor` while `has_more` is true). Source:
    https://messages.dev/docs/api-reference/chats/list-chats

    Args:
        from_ (str): Line handle: the line's E.164 phone number or Apple ID, never an `ln_` id.
            The docs
            publish no pattern for it.
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_parameter_value`,
            `missing_required_parameter`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `insufficient_scope`, `line_not_accessible`,
            `sandbox_not_activated`, `sandbox_requires_owner`).
        errors.NotFoundError: HTTP 404 (code `line_not_found`).
        errors.RateLimitError: HTTP 429 (code `rate_limit_exceeded`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        ChatList
    """

    return sync_detailed(
        client=client,
        from_=from_,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_: str,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> Response[ChatList]:
    """List chats on a line

     Lists the chats of one line in cursor pages (`limit` 1 to 100, default 50; pass
    `next_cursor` back as `cursor` while `has_more` is true). Source:
    https://messages.dev/docs/api-reference/chats/list-chats

    Args:
        from_ (str): Line handle: the line's E.164 phone number or Apple ID, never an `ln_` id.
            The docs
            publish no pattern for it.
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_parameter_value`,
            `missing_required_parameter`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `insufficient_scope`, `line_not_accessible`,
            `sandbox_not_activated`, `sandbox_requires_owner`).
        errors.NotFoundError: HTTP 404 (code `line_not_found`).
        errors.RateLimitError: HTTP 429 (code `rate_limit_exceeded`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[ChatList]
    """

    kwargs = _get_kwargs(
        from_=from_,
        limit=limit,
        cursor=cursor,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    from_: str,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> ChatList | None:
    """List chats on a line

     Lists the chats of one line in cursor pages (`limit` 1 to 100, default 50; pass
    `next_cursor` back as `cursor` while `has_more` is true). Source:
    https://messages.dev/docs/api-reference/chats/list-chats

    Args:
        from_ (str): Line handle: the line's E.164 phone number or Apple ID, never an `ln_` id.
            The docs
            publish no pattern for it.
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_parameter_value`,
            `missing_required_parameter`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `insufficient_scope`, `line_not_accessible`,
            `sandbox_not_activated`, `sandbox_requires_owner`).
        errors.NotFoundError: HTTP 404 (code `line_not_found`).
        errors.RateLimitError: HTTP 429 (code `rate_limit_exceeded`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        ChatList
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
