from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.bulk_send_response import BulkSendResponse
from ...models.send_sms_promotional_request import SendSmsPromotionalRequest
from ...types import Response

_OPERATION = OPERATIONS[("post", "/api/v1/sms/promotional")]


def _get_kwargs(
    *,
    body: SendSmsPromotionalRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/sms/promotional",
    }

    _kwargs["json"] = body.to_dict()

    if headers:  # httpx sets Content-Type: application/json for a JSON body itself
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkSendResponse | None:
    if response.status_code == 202:
        response_202 = BulkSendResponse.from_dict(response.json())

        return response_202

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
) -> Response[BulkSendResponse]:
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


def _parse(response: httpx.Response) -> BulkSendResponse:
    """The documented success answer of `send_sms_promotional` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 202 <= response.status_code <= 202:
            response_202 = BulkSendResponse.from_dict(response.json())

            return response_202

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
    body: SendSmsPromotionalRequest,
) -> Response[BulkSendResponse]:
    """Send a promotional SMS to many recipients

     Creates a bulk SMS campaign from a template for up to 200000 recipients and queues its
    messages asynchronously: the answer (202) has status Queuing. Poll `getCampaign` until
    Ready, then `startCampaign`. Recipients without `placeholders` use the request-level
    ones. An invalid phone number is answered with 400. The answer reports counts and the
    skipped numbers (`invalidPhoneNumbers`), not indexes. Source:
    https://api.transformify.mk/docs/guides/sending-messages

    Args:
        body (SendSmsPromotionalRequest): An SMS template sent to up to 200000 recipients.

    Raises:
        errors.BadRequestError: HTTP 400 (error_id `invalid_phone_number`, `malformed_request`,
            `template_not_sms`, `too_many_recipients`).
        errors.AuthenticationError: HTTP 401 (error_id `invalid_api_key`,
            `invalid_or_missing_api_key`, `missing_api_key`).
        errors.NotFoundError: HTTP 404 (error_id `template_not_found`).
        errors.RateLimitError: HTTP 429 (error_id `pending_capacity_exceeded`).
        errors.ServiceUnavailableError: HTTP 503 (error_id `account_not_set_up`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[BulkSendResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SendSmsPromotionalRequest,
) -> BulkSendResponse | None:
    """Send a promotional SMS to many recipients

     Creates a bulk SMS campaign from a template for up to 200000 recipients and queues its
    messages asynchronously: the answer (202) has status Queuing. Poll `getCampaign` until
    Ready, then `startCampaign`. Recipients without `placeholders` use the request-level
    ones. An invalid phone number is answered with 400. The answer reports counts and the
    skipped numbers (`invalidPhoneNumbers`), not indexes. Source:
    https://api.transformify.mk/docs/guides/sending-messages

    Args:
        body (SendSmsPromotionalRequest): An SMS template sent to up to 200000 recipients.

    Raises:
        errors.BadRequestError: HTTP 400 (error_id `invalid_phone_number`, `malformed_request`,
            `template_not_sms`, `too_many_recipients`).
        errors.AuthenticationError: HTTP 401 (error_id `invalid_api_key`,
            `invalid_or_missing_api_key`, `missing_api_key`).
        errors.NotFoundError: HTTP 404 (error_id `template_not_found`).
        errors.RateLimitError: HTTP 429 (error_id `pending_capacity_exceeded`).
        errors.ServiceUnavailableError: HTTP 503 (error_id `account_not_set_up`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        BulkSendResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendSmsPromotionalRequest,
) -> Response[BulkSendResponse]:
    """Send a promotional SMS to many recipients

     Creates a bulk SMS campaign from a template for up to 200000 recipients and queues its
    messages asynchronously: the answer (202) has status Queuing. Poll `getCampaign` until
    Ready, then `startCampaign`. Recipients without `placeholders` use the request-level
    ones. An invalid phone number is answered with 400. The answer reports counts and the
    skipped numbers (`invalidPhoneNumbers`), not indexes. Source:
    https://api.transformify.mk/docs/guides/sending-messages

    Args:
        body (SendSmsPromotionalRequest): An SMS template sent to up to 200000 recipients.

    Raises:
        errors.BadRequestError: HTTP 400 (error_id `invalid_phone_number`, `malformed_request`,
            `template_not_sms`, `too_many_recipients`).
        errors.AuthenticationError: HTTP 401 (error_id `invalid_api_key`,
            `invalid_or_missing_api_key`, `missing_api_key`).
        errors.NotFoundError: HTTP 404 (error_id `template_not_found`).
        errors.RateLimitError: HTTP 429 (error_id `pending_capacity_exceeded`).
        errors.ServiceUnavailableError: HTTP 503 (error_id `account_not_set_up`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[BulkSendResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SendSmsPromotionalRequest,
) -> BulkSendResponse | None:
    """Send a promotional SMS to many recipients

     Creates a bulk SMS campaign from a template for up to 200000 recipients and queues its
    messages asynchronously: the answer (202) has status Queuing. Poll `getCampaign` until
    Ready, then `startCampaign`. Recipients without `placeholders` use the request-level
    ones. An invalid phone number is answered with 400. The answer reports counts and the
    skipped numbers (`invalidPhoneNumbers`), not indexes. Source:
    https://api.transformify.mk/docs/guides/sending-messages

    Args:
        body (SendSmsPromotionalRequest): An SMS template sent to up to 200000 recipients.

    Raises:
        errors.BadRequestError: HTTP 400 (error_id `invalid_phone_number`, `malformed_request`,
            `template_not_sms`, `too_many_recipients`).
        errors.AuthenticationError: HTTP 401 (error_id `invalid_api_key`,
            `invalid_or_missing_api_key`, `missing_api_key`).
        errors.NotFoundError: HTTP 404 (error_id `template_not_found`).
        errors.RateLimitError: HTTP 429 (error_id `pending_capacity_exceeded`).
        errors.ServiceUnavailableError: HTTP 503 (error_id `account_not_set_up`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        BulkSendResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
