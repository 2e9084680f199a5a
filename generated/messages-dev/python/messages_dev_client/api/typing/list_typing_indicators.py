from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.typing_indicator_list import TypingIndicatorList
from ...types import UNSET, Response

_OPERATION = OPERATIONS[("get", "/v1/typing")]


def _get_kwargs(
    *,
    from_: str,
    to: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/typing",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TypingIndicatorList | None:
    if response.status_code == 200:
        response_200 = TypingIndicatorList.from_dict(response.json())

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
) -> Response[TypingIndicatorList]:
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


def _parse(response: httpx.Response) -> TypingIndicatorList:
    """The documented success answer of `list_typing_indicators` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:
            response_200 = TypingIndicatorList.from_dict(response.json())

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
) -> Response[TypingIndicatorList]:
    """List typing indicators

     Lists the typing indicators of one chat on one line. No `limit` or `cursor` parameter
    is documented. Sources: https://messages.dev/docs/llms.txt ,
    https://github.com/messages-dev/sdk

    Args:
        from_ (str): Line handle: the line's E.164 phone number or Apple ID, never an `ln_` id.
            The docs
            publish no pattern for it.
        to (str): Chat identifier: the recipient's phone number or Apple ID, or a `cht_` chat id
            (group
            chats).

    Raises:
        errors.BadRequestError: HTTP 400 (code `missing_required_parameter`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `insufficient_scope`, `line_not_accessible`,
            `sandbox_not_activated`, `sandbox_requires_owner`).
        errors.NotFoundError: HTTP 404 (code `line_not_found`).
        errors.RateLimitError: HTTP 429 (code `rate_limit_exceeded`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[TypingIndicatorList]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    from_: str,
    to: str,
) -> TypingIndicatorList | None:
    """List typing indicators

     Lists the typing indicators of one chat on one line. No `limit` or `cursor` parameter
    is documented. Sources: https://messages.dev/docs/llms.txt ,
    https://github.com/messages-dev/sdk

    Args:
        from_ (str): Line handle: the line's E.164 phone number or Apple ID, never an `ln_` id.
            The docs
            publish no pattern for it.
        to (str): Chat identifier: the recipient's phone number or Apple ID, or a `cht_` chat id
            (group
            chats).

    Raises:
        errors.BadRequestError: HTTP 400 (code `missing_required_parameter`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `insufficient_scope`, `line_not_accessible`,
            `sandbox_not_activated`, `sandbox_requires_owner`).
        errors.NotFoundError: HTTP 404 (code `line_not_found`).
        errors.RateLimitError: HTTP 429 (code `rate_limit_exceeded`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        TypingIndicatorList
    """

    return sync_detailed(
        client=client,
        from_=from_,
        to=to,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_: str,
    to: str,
) -> Response[TypingIndicatorList]:
    """List typing indicators

     Lists the typing indicators of one chat on one line. No `limit` or `cursor` parameter
    is documented. Sources: https://messages.dev/docs/llms.txt ,
    https://github.com/messages-dev/sdk

    Args:
        from_ (str): Line handle: the line's E.164 phone number or Apple ID, never an `ln_` id.
            The docs
            publish no pattern for it.
        to (str): Chat identifier: the recipient's phone number or Apple ID, or a `cht_` chat id
            (group
            chats).

    Raises:
        errors.BadRequestError: HTTP 400 (code `missing_required_parameter`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `insufficient_scope`, `line_not_accessible`,
            `sandbox_not_activated`, `sandbox_requires_owner`).
        errors.NotFoundError: HTTP 404 (code `line_not_found`).
        errors.RateLimitError: HTTP 429 (code `rate_limit_exceeded`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[TypingIndicatorList]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    from_: str,
    to: str,
) -> TypingIndicatorList | None:
    """List typing indicators

     Lists the typing indicators of one chat on one line. No `limit` or `cursor` parameter
    is documented. Sources: https://messages.dev/docs/llms.txt ,
    https://github.com/messages-dev/sdk

    Args:
        from_ (str): Line handle: the line's E.164 phone number or Apple ID, never an `ln_` id.
            The docs
            publish no pattern for it.
        to (str): Chat identifier: the recipient's phone number or Apple ID, or a `cht_` chat id
            (group
            chats).

    Raises:
        errors.BadRequestError: HTTP 400 (code `missing_required_parameter`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `insufficient_scope`, `line_not_accessible`,
            `sandbox_not_activated`, `sandbox_requires_owner`).
        errors.NotFoundError: HTTP 404 (code `line_not_found`).
        errors.RateLimitError: HTTP 429 (code `rate_limit_exceeded`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        TypingIndicatorList
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
        )
    ).parsed
