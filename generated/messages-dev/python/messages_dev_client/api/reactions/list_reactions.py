from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.reaction_list import ReactionList
from ...types import UNSET, Response

_OPERATION = OPERATIONS[("get", "/v1/reactions")]


def _get_kwargs(
    *,
    message_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["message_id"] = message_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/reactions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ReactionList | None:
    if response.status_code == 200:
        response_200 = ReactionList.from_dict(response.json())

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
) -> Response[ReactionList]:
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


def _parse(response: httpx.Response) -> ReactionList:
    """The documented success answer of `list_reactions` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:
            response_200 = ReactionList.from_dict(response.json())

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
    message_id: str,
) -> Response[ReactionList]:
    """List reactions on a message

     Lists the tapbacks on one message in the list envelope. No `limit` or `cursor`
    parameter is documented. Sources:
    https://messages.dev/docs/api-reference/reactions/list-reactions ,
    https://github.com/messages-dev/sdk

    Args:
        message_id (str): A `msg_` message id or a raw iMessage GUID. The GUID format is not
            documented, so a
            wrong prefix cannot be told apart from a GUID by pattern.

    Raises:
        errors.BadRequestError: HTTP 400 (code `missing_required_parameter`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `insufficient_scope`).
        errors.NotFoundError: HTTP 404 (code `message_not_found`).
        errors.RateLimitError: HTTP 429 (code `rate_limit_exceeded`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[ReactionList]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    message_id: str,
) -> ReactionList | None:
    """List reactions on a message

     Lists the tapbacks on one message in the list envelope. No `limit` or `cursor`
    parameter is documented. Sources:
    https://messages.dev/docs/api-reference/reactions/list-reactions ,
    https://github.com/messages-dev/sdk

    Args:
        message_id (str): A `msg_` message id or a raw iMessage GUID. The GUID format is not
            documented, so a
            wrong prefix cannot be told apart from a GUID by pattern.

    Raises:
        errors.BadRequestError: HTTP 400 (code `missing_required_parameter`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `insufficient_scope`).
        errors.NotFoundError: HTTP 404 (code `message_not_found`).
        errors.RateLimitError: HTTP 429 (code `rate_limit_exceeded`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        ReactionList
    """

    return sync_detailed(
        client=client,
        message_id=message_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    message_id: str,
) -> Response[ReactionList]:
    """List reactions on a message

     Lists the tapbacks on one message in the list envelope. No `limit` or `cursor`
    parameter is documented. Sources:
    https://messages.dev/docs/api-reference/reactions/list-reactions ,
    https://github.com/messages-dev/sdk

    Args:
        message_id (str): A `msg_` message id or a raw iMessage GUID. The GUID format is not
            documented, so a
            wrong prefix cannot be told apart from a GUID by pattern.

    Raises:
        errors.BadRequestError: HTTP 400 (code `missing_required_parameter`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `insufficient_scope`).
        errors.NotFoundError: HTTP 404 (code `message_not_found`).
        errors.RateLimitError: HTTP 429 (code `rate_limit_exceeded`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[ReactionList]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    message_id: str,
) -> ReactionList | None:
    """List reactions on a message

     Lists the tapbacks on one message in the list envelope. No `limit` or `cursor`
    parameter is documented. Sources:
    https://messages.dev/docs/api-reference/reactions/list-reactions ,
    https://github.com/messages-dev/sdk

    Args:
        message_id (str): A `msg_` message id or a raw iMessage GUID. The GUID format is not
            documented, so a
            wrong prefix cannot be told apart from a GUID by pattern.

    Raises:
        errors.BadRequestError: HTTP 400 (code `missing_required_parameter`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `insufficient_scope`).
        errors.NotFoundError: HTTP 404 (code `message_not_found`).
        errors.RateLimitError: HTTP 429 (code `rate_limit_exceeded`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        ReactionList
    """

    return (
        await asyncio_detailed(
            client=client,
            message_id=message_id,
        )
    ).parsed
