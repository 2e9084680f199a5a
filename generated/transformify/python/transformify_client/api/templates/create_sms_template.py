from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.create_sms_template_request import CreateSmsTemplateRequest
from ...models.template import Template
from ...types import Response

_OPERATION = OPERATIONS[("post", "/api/v1/templates/sms")]


def _get_kwargs(
    *,
    body: CreateSmsTemplateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/templates/sms",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Template | None:
    if response.status_code == 201:
        response_201 = Template.from_dict(response.json())

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
) -> Response[Template]:
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
    body: CreateSmsTemplateRequest,
) -> Response[Template]:
    """Create an SMS template

     Creates an SMS (SMPP) template: text only, at most 1600 characters. `smsSenderId`
    names the approved sender used by every campaign created from the template. The
    success status is not shown; 201 follows the errors page's rule for POSTs that create
    a resource (conflict C-05). Sources:
    https://api.transformify.mk/docs/guides/templates/sms-templates ,
    https://api.transformify.mk/docs/guides/templates/overview

    Args:
        body (CreateSmsTemplateRequest): An SMS template (text only, no media).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Template]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSmsTemplateRequest,
) -> Template | None:
    """Create an SMS template

     Creates an SMS (SMPP) template: text only, at most 1600 characters. `smsSenderId`
    names the approved sender used by every campaign created from the template. The
    success status is not shown; 201 follows the errors page's rule for POSTs that create
    a resource (conflict C-05). Sources:
    https://api.transformify.mk/docs/guides/templates/sms-templates ,
    https://api.transformify.mk/docs/guides/templates/overview

    Args:
        body (CreateSmsTemplateRequest): An SMS template (text only, no media).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Template
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSmsTemplateRequest,
) -> Response[Template]:
    """Create an SMS template

     Creates an SMS (SMPP) template: text only, at most 1600 characters. `smsSenderId`
    names the approved sender used by every campaign created from the template. The
    success status is not shown; 201 follows the errors page's rule for POSTs that create
    a resource (conflict C-05). Sources:
    https://api.transformify.mk/docs/guides/templates/sms-templates ,
    https://api.transformify.mk/docs/guides/templates/overview

    Args:
        body (CreateSmsTemplateRequest): An SMS template (text only, no media).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Template]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSmsTemplateRequest,
) -> Template | None:
    """Create an SMS template

     Creates an SMS (SMPP) template: text only, at most 1600 characters. `smsSenderId`
    names the approved sender used by every campaign created from the template. The
    success status is not shown; 201 follows the errors page's rule for POSTs that create
    a resource (conflict C-05). Sources:
    https://api.transformify.mk/docs/guides/templates/sms-templates ,
    https://api.transformify.mk/docs/guides/templates/overview

    Args:
        body (CreateSmsTemplateRequest): An SMS template (text only, no media).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Template
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
