from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.messaging_v1_domain_cert_v4 import MessagingV1DomainCertV4
from ...models.update_domain_cert_v4_update_domain_cert_v4_request import (
    UpdateDomainCertV4UpdateDomainCertV4Request,
)
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS[("post", "/v1/LinkShortening/Domains/{domain_sid}/Certificate")]


def _get_kwargs(
    domain_sid: str,
    *,
    body: UpdateDomainCertV4UpdateDomainCertV4Request | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/LinkShortening/Domains/{domain_sid}/Certificate".format(
            domain_sid=quote(str(domain_sid), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    if headers:  # httpx sets Content-Type: application/json for a JSON body itself
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessagingV1DomainCertV4 | None:
    if response.status_code == 200:
        response_200 = MessagingV1DomainCertV4.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = MessagingV1DomainCertV4.from_dict(response.json())

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
) -> Response[MessagingV1DomainCertV4]:
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


def _parse(response: httpx.Response) -> MessagingV1DomainCertV4:
    """The documented success answer of `update_domain_cert_v4` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:
            response_200 = MessagingV1DomainCertV4.from_dict(response.json())

            return response_200

        if 201 <= response.status_code <= 201:
            response_201 = MessagingV1DomainCertV4.from_dict(response.json())

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
    domain_sid: str,
    *,
    client: AuthenticatedClient,
    body: UpdateDomainCertV4UpdateDomainCertV4Request | Unset = UNSET,
) -> Response[MessagingV1DomainCertV4]:
    """
    Args:
        domain_sid (str):
        body (UpdateDomainCertV4UpdateDomainCertV4Request | Unset):

    Raises:
        errors.BadRequestError: HTTP 400 (code `20001`).
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.NotFoundError: HTTP 404 (code `20404`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[MessagingV1DomainCertV4]
    """

    kwargs = _get_kwargs(
        domain_sid=domain_sid,
        body=body,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    domain_sid: str,
    *,
    client: AuthenticatedClient,
    body: UpdateDomainCertV4UpdateDomainCertV4Request | Unset = UNSET,
) -> MessagingV1DomainCertV4 | None:
    """
    Args:
        domain_sid (str):
        body (UpdateDomainCertV4UpdateDomainCertV4Request | Unset):

    Raises:
        errors.BadRequestError: HTTP 400 (code `20001`).
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.NotFoundError: HTTP 404 (code `20404`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        MessagingV1DomainCertV4
    """

    return sync_detailed(
        domain_sid=domain_sid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    domain_sid: str,
    *,
    client: AuthenticatedClient,
    body: UpdateDomainCertV4UpdateDomainCertV4Request | Unset = UNSET,
) -> Response[MessagingV1DomainCertV4]:
    """
    Args:
        domain_sid (str):
        body (UpdateDomainCertV4UpdateDomainCertV4Request | Unset):

    Raises:
        errors.BadRequestError: HTTP 400 (code `20001`).
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.NotFoundError: HTTP 404 (code `20404`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[MessagingV1DomainCertV4]
    """

    kwargs = _get_kwargs(
        domain_sid=domain_sid,
        body=body,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    domain_sid: str,
    *,
    client: AuthenticatedClient,
    body: UpdateDomainCertV4UpdateDomainCertV4Request | Unset = UNSET,
) -> MessagingV1DomainCertV4 | None:
    """
    Args:
        domain_sid (str):
        body (UpdateDomainCertV4UpdateDomainCertV4Request | Unset):

    Raises:
        errors.BadRequestError: HTTP 400 (code `20001`).
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.NotFoundError: HTTP 404 (code `20404`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        MessagingV1DomainCertV4
    """

    return (
        await asyncio_detailed(
            domain_sid=domain_sid,
            client=client,
            body=body,
        )
    ).parsed
