from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.message import Message
from ...models.message_lookup_result_type_1 import MessageLookupResultType1
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS[("get", "/api/v1/messages")]


def _get_kwargs(
    *,
    phone_number: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["phoneNumber"] = phone_number

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/messages",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[Message] | MessageLookupResultType1 | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> list[Message] | MessageLookupResultType1:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_message_lookup_result_type_0 = []
                _componentsschemas_message_lookup_result_type_0 = data
                for (
                    componentsschemas_message_lookup_result_type_0_item_data
                ) in _componentsschemas_message_lookup_result_type_0:
                    componentsschemas_message_lookup_result_type_0_item = Message.from_dict(
                        componentsschemas_message_lookup_result_type_0_item_data
                    )

                    componentsschemas_message_lookup_result_type_0.append(
                        componentsschemas_message_lookup_result_type_0_item
                    )

                return componentsschemas_message_lookup_result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_message_lookup_result_type_1 = MessageLookupResultType1.from_dict(
                data
            )

            return componentsschemas_message_lookup_result_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[list[Message] | MessageLookupResultType1]:
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


def _parse(response: httpx.Response) -> list[Message] | MessageLookupResultType1:
    """The documented success answer of `list_messages` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:

            def _parse_response_200(data: object) -> list[Message] | MessageLookupResultType1:
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    componentsschemas_message_lookup_result_type_0 = []
                    _componentsschemas_message_lookup_result_type_0 = data
                    for (
                        componentsschemas_message_lookup_result_type_0_item_data
                    ) in _componentsschemas_message_lookup_result_type_0:
                        componentsschemas_message_lookup_result_type_0_item = Message.from_dict(
                            componentsschemas_message_lookup_result_type_0_item_data
                        )

                        componentsschemas_message_lookup_result_type_0.append(
                            componentsschemas_message_lookup_result_type_0_item
                        )

                    return componentsschemas_message_lookup_result_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_message_lookup_result_type_1 = MessageLookupResultType1.from_dict(
                    data
                )

                return componentsschemas_message_lookup_result_type_1

            response_200 = _parse_response_200(response.json())

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
    phone_number: str | Unset = UNSET,
) -> Response[list[Message] | MessageLookupResultType1]:
    """Look up messages sent to a phone number

     Returns the messages sent to a phone number with their status (Pending, Sending,
    Failed with the reason in `details`). Other filters, paging and the answer's shape are
    not documented. Source: the Errors & Troubleshooting page of
    https://api.transformify.mk/docs/

    Args:
        phone_number (str | Unset): Recipient phone number: 10 to 15 digits with an optional
            leading `+`. The documentation's
            examples are Macedonian numbers without `+`, e.g. `38970123456`.

    Raises:
        errors.BadRequestError: HTTP 400 (error_id `invalid_phone_number`, `malformed_request`).
        errors.AuthenticationError: HTTP 401 (error_id `invalid_api_key`,
            `invalid_or_missing_api_key`, `missing_api_key`).
        errors.ServiceUnavailableError: HTTP 503 (error_id `account_not_set_up`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[list[Message] | MessageLookupResultType1]
    """

    kwargs = _get_kwargs(
        phone_number=phone_number,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    phone_number: str | Unset = UNSET,
) -> list[Message] | MessageLookupResultType1 | None:
    """Look up messages sent to a phone number

     Returns the messages sent to a phone number with their status (Pending, Sending,
    Failed with the reason in `details`). Other filters, paging and the answer's shape are
    not documented. Source: the Errors & Troubleshooting page of
    https://api.transformify.mk/docs/

    Args:
        phone_number (str | Unset): Recipient phone number: 10 to 15 digits with an optional
            leading `+`. The documentation's
            examples are Macedonian numbers without `+`, e.g. `38970123456`.

    Raises:
        errors.BadRequestError: HTTP 400 (error_id `invalid_phone_number`, `malformed_request`).
        errors.AuthenticationError: HTTP 401 (error_id `invalid_api_key`,
            `invalid_or_missing_api_key`, `missing_api_key`).
        errors.ServiceUnavailableError: HTTP 503 (error_id `account_not_set_up`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        list[Message] | MessageLookupResultType1
    """

    return sync_detailed(
        client=client,
        phone_number=phone_number,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    phone_number: str | Unset = UNSET,
) -> Response[list[Message] | MessageLookupResultType1]:
    """Look up messages sent to a phone number

     Returns the messages sent to a phone number with their status (Pending, Sending,
    Failed with the reason in `details`). Other filters, paging and the answer's shape are
    not documented. Source: the Errors & Troubleshooting page of
    https://api.transformify.mk/docs/

    Args:
        phone_number (str | Unset): Recipient phone number: 10 to 15 digits with an optional
            leading `+`. The documentation's
            examples are Macedonian numbers without `+`, e.g. `38970123456`.

    Raises:
        errors.BadRequestError: HTTP 400 (error_id `invalid_phone_number`, `malformed_request`).
        errors.AuthenticationError: HTTP 401 (error_id `invalid_api_key`,
            `invalid_or_missing_api_key`, `missing_api_key`).
        errors.ServiceUnavailableError: HTTP 503 (error_id `account_not_set_up`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[list[Message] | MessageLookupResultType1]
    """

    kwargs = _get_kwargs(
        phone_number=phone_number,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    phone_number: str | Unset = UNSET,
) -> list[Message] | MessageLookupResultType1 | None:
    """Look up messages sent to a phone number

     Returns the messages sent to a phone number with their status (Pending, Sending,
    Failed with the reason in `details`). Other filters, paging and the answer's shape are
    not documented. Source: the Errors & Troubleshooting page of
    https://api.transformify.mk/docs/

    Args:
        phone_number (str | Unset): Recipient phone number: 10 to 15 digits with an optional
            leading `+`. The documentation's
            examples are Macedonian numbers without `+`, e.g. `38970123456`.

    Raises:
        errors.BadRequestError: HTTP 400 (error_id `invalid_phone_number`, `malformed_request`).
        errors.AuthenticationError: HTTP 401 (error_id `invalid_api_key`,
            `invalid_or_missing_api_key`, `missing_api_key`).
        errors.ServiceUnavailableError: HTTP 503 (error_id `account_not_set_up`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        list[Message] | MessageLookupResultType1
    """

    return (
        await asyncio_detailed(
            client=client,
            phone_number=phone_number,
        )
    ).parsed
