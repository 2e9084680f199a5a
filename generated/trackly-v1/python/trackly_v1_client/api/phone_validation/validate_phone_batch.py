from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.validate_phone_batch_request import ValidatePhoneBatchRequest
from ...models.validate_phone_batch_response import ValidatePhoneBatchResponse
from ...types import Response

_OPERATION = OPERATIONS[("post", "/v1/phone/validate/batch")]


def _get_kwargs(
    *,
    body: ValidatePhoneBatchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/phone/validate/batch",
    }

    _kwargs["json"] = body.to_dict()

    if headers:  # httpx sets Content-Type: application/json for a JSON body itself
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ValidatePhoneBatchResponse | None:
    if response.status_code == 200:
        response_200 = ValidatePhoneBatchResponse.from_dict(response.json())

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
) -> Response[ValidatePhoneBatchResponse]:
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


def _parse(response: httpx.Response) -> ValidatePhoneBatchResponse:
    """The documented success answer of `validate_phone_batch` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:
            response_200 = ValidatePhoneBatchResponse.from_dict(response.json())

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
    body: ValidatePhoneBatchRequest,
) -> Response[ValidatePhoneBatchResponse]:
    """Validate up to 500 phone numbers

     Looks up 1 to 500 numbers; duplicates are looked up and billed once. `results` holds
    one entry per submitted number in submission order: a lookup result, or an in-band
    error entry (`error` `validation_error`) for a number that could not be validated (bad
    format, provider failure, rate-limit timeout). A single bad number never fails the
    batch. More than 500 numbers is 413 `too_many_phones`. Billing must be usable (402
    otherwise). No v2 replacement exists. Sources:
    https://docs.tracklysms.com/api-reference/phone/batch-validate ,
    https://docs.tracklysms.com/guides/contacts/phone-validation-and-segmentation

    Args:
        body (ValidatePhoneBatchRequest): Up to 500 phone numbers to validate.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_force`, `malformed_request`,
            `missing_phones`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PaymentRequiredError: HTTP 402 (code `no_billing_config`, `no_payment_method`,
            `payment_failed`, `suspended`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`, `too_many_phones`).
        errors.RateLimitError: HTTP 429 (code `rate_limit`).
        errors.InternalServerError: HTTP 500 (code `server_error`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[ValidatePhoneBatchResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ValidatePhoneBatchRequest,
) -> ValidatePhoneBatchResponse | None:
    """Validate up to 500 phone numbers

     Looks up 1 to 500 numbers; duplicates are looked up and billed once. `results` holds
    one entry per submitted number in submission order: a lookup result, or an in-band
    error entry (`error` `validation_error`) for a number that could not be validated (bad
    format, provider failure, rate-limit timeout). A single bad number never fails the
    batch. More than 500 numbers is 413 `too_many_phones`. Billing must be usable (402
    otherwise). No v2 replacement exists. Sources:
    https://docs.tracklysms.com/api-reference/phone/batch-validate ,
    https://docs.tracklysms.com/guides/contacts/phone-validation-and-segmentation

    Args:
        body (ValidatePhoneBatchRequest): Up to 500 phone numbers to validate.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_force`, `malformed_request`,
            `missing_phones`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PaymentRequiredError: HTTP 402 (code `no_billing_config`, `no_payment_method`,
            `payment_failed`, `suspended`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`, `too_many_phones`).
        errors.RateLimitError: HTTP 429 (code `rate_limit`).
        errors.InternalServerError: HTTP 500 (code `server_error`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        ValidatePhoneBatchResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ValidatePhoneBatchRequest,
) -> Response[ValidatePhoneBatchResponse]:
    """Validate up to 500 phone numbers

     Looks up 1 to 500 numbers; duplicates are looked up and billed once. `results` holds
    one entry per submitted number in submission order: a lookup result, or an in-band
    error entry (`error` `validation_error`) for a number that could not be validated (bad
    format, provider failure, rate-limit timeout). A single bad number never fails the
    batch. More than 500 numbers is 413 `too_many_phones`. Billing must be usable (402
    otherwise). No v2 replacement exists. Sources:
    https://docs.tracklysms.com/api-reference/phone/batch-validate ,
    https://docs.tracklysms.com/guides/contacts/phone-validation-and-segmentation

    Args:
        body (ValidatePhoneBatchRequest): Up to 500 phone numbers to validate.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_force`, `malformed_request`,
            `missing_phones`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PaymentRequiredError: HTTP 402 (code `no_billing_config`, `no_payment_method`,
            `payment_failed`, `suspended`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`, `too_many_phones`).
        errors.RateLimitError: HTTP 429 (code `rate_limit`).
        errors.InternalServerError: HTTP 500 (code `server_error`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[ValidatePhoneBatchResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ValidatePhoneBatchRequest,
) -> ValidatePhoneBatchResponse | None:
    """Validate up to 500 phone numbers

     Looks up 1 to 500 numbers; duplicates are looked up and billed once. `results` holds
    one entry per submitted number in submission order: a lookup result, or an in-band
    error entry (`error` `validation_error`) for a number that could not be validated (bad
    format, provider failure, rate-limit timeout). A single bad number never fails the
    batch. More than 500 numbers is 413 `too_many_phones`. Billing must be usable (402
    otherwise). No v2 replacement exists. Sources:
    https://docs.tracklysms.com/api-reference/phone/batch-validate ,
    https://docs.tracklysms.com/guides/contacts/phone-validation-and-segmentation

    Args:
        body (ValidatePhoneBatchRequest): Up to 500 phone numbers to validate.

    Raises:
        errors.BadRequestError: HTTP 400 (code `invalid_force`, `malformed_request`,
            `missing_phones`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PaymentRequiredError: HTTP 402 (code `no_billing_config`, `no_payment_method`,
            `payment_failed`, `suspended`).
        errors.PermissionDeniedError: HTTP 403 (code `account_suspended`).
        errors.RequestTooLargeError: HTTP 413 (code `request_too_large`, `too_many_phones`).
        errors.RateLimitError: HTTP 429 (code `rate_limit`).
        errors.InternalServerError: HTTP 500 (code `server_error`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        ValidatePhoneBatchResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
