from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.list_tollfree_verification_list_tollfree_verification_response import (
    ListTollfreeVerificationListTollfreeVerificationResponse,
)
from ...models.tollfree_verification_enum_status import TollfreeVerificationEnumStatus
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS[("get", "/v1/Tollfree/Verifications")]


def _get_kwargs(
    *,
    tollfree_phone_number_sid: str | Unset = UNSET,
    status: TollfreeVerificationEnumStatus | Unset = UNSET,
    external_reference_id: str | Unset = UNSET,
    include_sub_accounts: bool | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    trust_product_sid: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["TollfreePhoneNumberSid"] = tollfree_phone_number_sid

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["Status"] = json_status

    params["ExternalReferenceId"] = external_reference_id

    params["IncludeSubAccounts"] = include_sub_accounts

    params["PageSize"] = page_size

    params["Page"] = page

    params["PageToken"] = page_token

    json_trust_product_sid: list[str] | Unset = UNSET
    if not isinstance(trust_product_sid, Unset):
        json_trust_product_sid = trust_product_sid

    params["TrustProductSid"] = json_trust_product_sid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/Tollfree/Verifications",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListTollfreeVerificationListTollfreeVerificationResponse | None:
    if response.status_code == 200:
        response_200 = ListTollfreeVerificationListTollfreeVerificationResponse.from_dict(
            response.json()
        )

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
) -> Response[ListTollfreeVerificationListTollfreeVerificationResponse]:
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


def _parse(response: httpx.Response) -> ListTollfreeVerificationListTollfreeVerificationResponse:
    """The documented success answer of `list_tollfree_verification` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 200 <= response.status_code <= 200:
            response_200 = ListTollfreeVerificationListTollfreeVerificationResponse.from_dict(
                response.json()
            )

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
    tollfree_phone_number_sid: str | Unset = UNSET,
    status: TollfreeVerificationEnumStatus | Unset = UNSET,
    external_reference_id: str | Unset = UNSET,
    include_sub_accounts: bool | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    trust_product_sid: list[str] | Unset = UNSET,
) -> Response[ListTollfreeVerificationListTollfreeVerificationResponse]:
    """List tollfree verifications

     List tollfree verifications

    Args:
        tollfree_phone_number_sid (str | Unset):
        status (TollfreeVerificationEnumStatus | Unset): The compliance status of the Tollfree
            Verification record.
        external_reference_id (str | Unset):
        include_sub_accounts (bool | Unset):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):
        trust_product_sid (list[str] | Unset):

    Raises:
        errors.BadRequestError: HTTP 400 (code `20001`).
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[ListTollfreeVerificationListTollfreeVerificationResponse]
    """

    kwargs = _get_kwargs(
        tollfree_phone_number_sid=tollfree_phone_number_sid,
        status=status,
        external_reference_id=external_reference_id,
        include_sub_accounts=include_sub_accounts,
        page_size=page_size,
        page=page,
        page_token=page_token,
        trust_product_sid=trust_product_sid,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    tollfree_phone_number_sid: str | Unset = UNSET,
    status: TollfreeVerificationEnumStatus | Unset = UNSET,
    external_reference_id: str | Unset = UNSET,
    include_sub_accounts: bool | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    trust_product_sid: list[str] | Unset = UNSET,
) -> ListTollfreeVerificationListTollfreeVerificationResponse | None:
    """List tollfree verifications

     List tollfree verifications

    Args:
        tollfree_phone_number_sid (str | Unset):
        status (TollfreeVerificationEnumStatus | Unset): The compliance status of the Tollfree
            Verification record.
        external_reference_id (str | Unset):
        include_sub_accounts (bool | Unset):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):
        trust_product_sid (list[str] | Unset):

    Raises:
        errors.BadRequestError: HTTP 400 (code `20001`).
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        ListTollfreeVerificationListTollfreeVerificationResponse
    """

    return sync_detailed(
        client=client,
        tollfree_phone_number_sid=tollfree_phone_number_sid,
        status=status,
        external_reference_id=external_reference_id,
        include_sub_accounts=include_sub_accounts,
        page_size=page_size,
        page=page,
        page_token=page_token,
        trust_product_sid=trust_product_sid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    tollfree_phone_number_sid: str | Unset = UNSET,
    status: TollfreeVerificationEnumStatus | Unset = UNSET,
    external_reference_id: str | Unset = UNSET,
    include_sub_accounts: bool | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    trust_product_sid: list[str] | Unset = UNSET,
) -> Response[ListTollfreeVerificationListTollfreeVerificationResponse]:
    """List tollfree verifications

     List tollfree verifications

    Args:
        tollfree_phone_number_sid (str | Unset):
        status (TollfreeVerificationEnumStatus | Unset): The compliance status of the Tollfree
            Verification record.
        external_reference_id (str | Unset):
        include_sub_accounts (bool | Unset):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):
        trust_product_sid (list[str] | Unset):

    Raises:
        errors.BadRequestError: HTTP 400 (code `20001`).
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[ListTollfreeVerificationListTollfreeVerificationResponse]
    """

    kwargs = _get_kwargs(
        tollfree_phone_number_sid=tollfree_phone_number_sid,
        status=status,
        external_reference_id=external_reference_id,
        include_sub_accounts=include_sub_accounts,
        page_size=page_size,
        page=page,
        page_token=page_token,
        trust_product_sid=trust_product_sid,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    tollfree_phone_number_sid: str | Unset = UNSET,
    status: TollfreeVerificationEnumStatus | Unset = UNSET,
    external_reference_id: str | Unset = UNSET,
    include_sub_accounts: bool | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    trust_product_sid: list[str] | Unset = UNSET,
) -> ListTollfreeVerificationListTollfreeVerificationResponse | None:
    """List tollfree verifications

     List tollfree verifications

    Args:
        tollfree_phone_number_sid (str | Unset):
        status (TollfreeVerificationEnumStatus | Unset): The compliance status of the Tollfree
            Verification record.
        external_reference_id (str | Unset):
        include_sub_accounts (bool | Unset):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):
        trust_product_sid (list[str] | Unset):

    Raises:
        errors.BadRequestError: HTTP 400 (code `20001`).
        errors.AuthenticationError: HTTP 401 (code `20003`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        ListTollfreeVerificationListTollfreeVerificationResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            tollfree_phone_number_sid=tollfree_phone_number_sid,
            status=status,
            external_reference_id=external_reference_id,
            include_sub_accounts=include_sub_accounts,
            page_size=page_size,
            page=page,
            page_token=page_token,
            trust_product_sid=trust_product_sid,
        )
    ).parsed
