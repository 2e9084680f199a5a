from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.phone_validation import PhoneValidation
from ...models.validate_phone_request import ValidatePhoneRequest
from ...types import Response

_OPERATION = OPERATIONS[("post", "/v1/phone/validate")]


def _get_kwargs(
    *,
    body: ValidatePhoneRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/phone/validate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PhoneValidation | None:
    if response.status_code == 200:
        response_200 = PhoneValidation.from_dict(response.json())

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
) -> Response[PhoneValidation]:
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
    client: AuthenticatedClient | Client,
    body: ValidatePhoneRequest,
) -> Response[PhoneValidation]:
    """Validate one phone number

     Looks up one number (validity, line type, carrier, porting, location, internal DNC list)
    and returns a disposition. A fresh lookup costs $0.003; results are cached per account
    (cost 0) unless `force` is true. Billing must be usable (402 otherwise). The page states
    no success status; 200 is assumed (a lookup creates nothing). The page does not mention
    deprecation and v2 pages refer to it as live, so it is not deprecated; its answers still
    carry the v1-wide deprecation headers (conflict C-21). No v2 replacement exists. Sources:
    https://docs.tracklysms.com/api-reference/phone/validate ,
    https://docs.tracklysms.com/api-reference/introduction

    Args:
        body (ValidatePhoneRequest): One phone number to validate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PhoneValidation]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ValidatePhoneRequest,
) -> PhoneValidation | None:
    """Validate one phone number

     Looks up one number (validity, line type, carrier, porting, location, internal DNC list)
    and returns a disposition. A fresh lookup costs $0.003; results are cached per account
    (cost 0) unless `force` is true. Billing must be usable (402 otherwise). The page states
    no success status; 200 is assumed (a lookup creates nothing). The page does not mention
    deprecation and v2 pages refer to it as live, so it is not deprecated; its answers still
    carry the v1-wide deprecation headers (conflict C-21). No v2 replacement exists. Sources:
    https://docs.tracklysms.com/api-reference/phone/validate ,
    https://docs.tracklysms.com/api-reference/introduction

    Args:
        body (ValidatePhoneRequest): One phone number to validate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PhoneValidation
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ValidatePhoneRequest,
) -> Response[PhoneValidation]:
    """Validate one phone number

     Looks up one number (validity, line type, carrier, porting, location, internal DNC list)
    and returns a disposition. A fresh lookup costs $0.003; results are cached per account
    (cost 0) unless `force` is true. Billing must be usable (402 otherwise). The page states
    no success status; 200 is assumed (a lookup creates nothing). The page does not mention
    deprecation and v2 pages refer to it as live, so it is not deprecated; its answers still
    carry the v1-wide deprecation headers (conflict C-21). No v2 replacement exists. Sources:
    https://docs.tracklysms.com/api-reference/phone/validate ,
    https://docs.tracklysms.com/api-reference/introduction

    Args:
        body (ValidatePhoneRequest): One phone number to validate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PhoneValidation]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ValidatePhoneRequest,
) -> PhoneValidation | None:
    """Validate one phone number

     Looks up one number (validity, line type, carrier, porting, location, internal DNC list)
    and returns a disposition. A fresh lookup costs $0.003; results are cached per account
    (cost 0) unless `force` is true. Billing must be usable (402 otherwise). The page states
    no success status; 200 is assumed (a lookup creates nothing). The page does not mention
    deprecation and v2 pages refer to it as live, so it is not deprecated; its answers still
    carry the v1-wide deprecation headers (conflict C-21). No v2 replacement exists. Sources:
    https://docs.tracklysms.com/api-reference/phone/validate ,
    https://docs.tracklysms.com/api-reference/introduction

    Args:
        body (ValidatePhoneRequest): One phone number to validate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PhoneValidation
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
