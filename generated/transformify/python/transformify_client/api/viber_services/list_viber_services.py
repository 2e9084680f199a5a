from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.viber_service_list_type_0_item import ViberServiceListType0Item
from ...models.viber_service_list_type_1 import ViberServiceListType1
from ...types import Response

_OPERATION = OPERATIONS[("get", "/api/v1/viber-services")]


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/viber-services",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[ViberServiceListType0Item] | ViberServiceListType1 | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> list[ViberServiceListType0Item] | ViberServiceListType1:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_viber_service_list_type_0 = []
                _componentsschemas_viber_service_list_type_0 = data
                for (
                    componentsschemas_viber_service_list_type_0_item_data
                ) in _componentsschemas_viber_service_list_type_0:
                    componentsschemas_viber_service_list_type_0_item = (
                        ViberServiceListType0Item.from_dict(
                            componentsschemas_viber_service_list_type_0_item_data
                        )
                    )

                    componentsschemas_viber_service_list_type_0.append(
                        componentsschemas_viber_service_list_type_0_item
                    )

                return componentsschemas_viber_service_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_viber_service_list_type_1 = ViberServiceListType1.from_dict(data)

            return componentsschemas_viber_service_list_type_1

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
) -> Response[list[ViberServiceListType0Item] | ViberServiceListType1]:
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


def _parse(response: httpx.Response) -> list[ViberServiceListType0Item] | ViberServiceListType1:
    """The documented success answer of `list_viber_services` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:

            def _parse_response_200(
                data: object,
            ) -> list[ViberServiceListType0Item] | ViberServiceListType1:
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    componentsschemas_viber_service_list_type_0 = []
                    _componentsschemas_viber_service_list_type_0 = data
                    for (
                        componentsschemas_viber_service_list_type_0_item_data
                    ) in _componentsschemas_viber_service_list_type_0:
                        componentsschemas_viber_service_list_type_0_item = (
                            ViberServiceListType0Item.from_dict(
                                componentsschemas_viber_service_list_type_0_item_data
                            )
                        )

                        componentsschemas_viber_service_list_type_0.append(
                            componentsschemas_viber_service_list_type_0_item
                        )

                    return componentsschemas_viber_service_list_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_viber_service_list_type_1 = ViberServiceListType1.from_dict(data)

                return componentsschemas_viber_service_list_type_1

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
) -> Response[list[ViberServiceListType0Item] | ViberServiceListType1]:
    """List Viber services

     Returns the company's Viber services, whose ids are the `viberServiceId` of Viber
    templates. The answer's shape is not documented. Source: the Errors & Troubleshooting
    page of https://api.transformify.mk/docs/

    Raises:
        errors.AuthenticationError: HTTP 401 (error_id `invalid_api_key`,
            `invalid_or_missing_api_key`, `missing_api_key`).
        errors.ServiceUnavailableError: HTTP 503 (error_id `account_not_set_up`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[list[ViberServiceListType0Item] | ViberServiceListType1]
    """

    kwargs = _get_kwargs()

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> list[ViberServiceListType0Item] | ViberServiceListType1 | None:
    """List Viber services

     Returns the company's Viber services, whose ids are the `viberServiceId` of Viber
    templates. The answer's shape is not documented. Source: the Errors & Troubleshooting
    page of https://api.transformify.mk/docs/

    Raises:
        errors.AuthenticationError: HTTP 401 (error_id `invalid_api_key`,
            `invalid_or_missing_api_key`, `missing_api_key`).
        errors.ServiceUnavailableError: HTTP 503 (error_id `account_not_set_up`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        list[ViberServiceListType0Item] | ViberServiceListType1
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[ViberServiceListType0Item] | ViberServiceListType1]:
    """List Viber services

     Returns the company's Viber services, whose ids are the `viberServiceId` of Viber
    templates. The answer's shape is not documented. Source: the Errors & Troubleshooting
    page of https://api.transformify.mk/docs/

    Raises:
        errors.AuthenticationError: HTTP 401 (error_id `invalid_api_key`,
            `invalid_or_missing_api_key`, `missing_api_key`).
        errors.ServiceUnavailableError: HTTP 503 (error_id `account_not_set_up`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[list[ViberServiceListType0Item] | ViberServiceListType1]
    """

    kwargs = _get_kwargs()

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> list[ViberServiceListType0Item] | ViberServiceListType1 | None:
    """List Viber services

     Returns the company's Viber services, whose ids are the `viberServiceId` of Viber
    templates. The answer's shape is not documented. Source: the Errors & Troubleshooting
    page of https://api.transformify.mk/docs/

    Raises:
        errors.AuthenticationError: HTTP 401 (error_id `invalid_api_key`,
            `invalid_or_missing_api_key`, `missing_api_key`).
        errors.ServiceUnavailableError: HTTP 503 (error_id `account_not_set_up`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        list[ViberServiceListType0Item] | ViberServiceListType1
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
