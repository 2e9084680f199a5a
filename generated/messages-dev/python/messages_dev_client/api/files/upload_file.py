from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.uploaded_file import UploadedFile
from ...types import UNSET, File, Response, Unset

_OPERATION = OPERATIONS[("post", "/v1/files")]


def _get_kwargs(
    *,
    body: File,
    x_filename: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_filename, Unset):
        headers["X-Filename"] = x_filename

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/files",
    }

    _kwargs["content"] = body.payload
    headers["Content-Type"] = "application/octet-stream"

    if headers:  # httpx sets Content-Type: application/json for a JSON body itself
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UploadedFile | None:
    if response.status_code == 201:
        response_201 = UploadedFile.from_dict(response.json())

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
) -> Response[UploadedFile]:
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


def _parse(response: httpx.Response) -> UploadedFile:
    """The documented success answer of `upload_file` (statuses of 400 or more have
    raised before; anything else undocumented raises APIResponseValidationError)."""
    try:
        if 201 <= response.status_code <= 201:
            response_201 = UploadedFile.from_dict(response.json())

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
    *,
    client: AuthenticatedClient,
    body: File,
    x_filename: str | Unset = UNSET,
) -> Response[UploadedFile]:
    """Upload a file

     Stores the raw request body as a file and returns its `file_` id, for `attachments`
    and `audio_message`. The body is the file's bytes, not JSON, sent as
    `application/octet-stream` or with the file's own MIME type as `Content-Type`;
    `X-Filename` names it. No size limit or allowed MIME types are documented. Sources:
    https://messages.dev/docs/api-reference/files/upload-file ,
    https://messagesdev.mintlify.app/concepts/errors

    Args:
        x_filename (str | Unset):
        body (File):

    Raises:
        errors.BadRequestError: HTTP 400 (code `empty_file`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `insufficient_scope`).
        errors.RateLimitError: HTTP 429 (code `rate_limit_exceeded`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[UploadedFile]
    """

    kwargs = _get_kwargs(
        body=body,
        x_filename=x_filename,
    )

    response = client._send(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: File,
    x_filename: str | Unset = UNSET,
) -> UploadedFile | None:
    """Upload a file

     Stores the raw request body as a file and returns its `file_` id, for `attachments`
    and `audio_message`. The body is the file's bytes, not JSON, sent as
    `application/octet-stream` or with the file's own MIME type as `Content-Type`;
    `X-Filename` names it. No size limit or allowed MIME types are documented. Sources:
    https://messages.dev/docs/api-reference/files/upload-file ,
    https://messagesdev.mintlify.app/concepts/errors

    Args:
        x_filename (str | Unset):
        body (File):

    Raises:
        errors.BadRequestError: HTTP 400 (code `empty_file`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `insufficient_scope`).
        errors.RateLimitError: HTTP 429 (code `rate_limit_exceeded`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        UploadedFile
    """

    return sync_detailed(
        client=client,
        body=body,
        x_filename=x_filename,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: File,
    x_filename: str | Unset = UNSET,
) -> Response[UploadedFile]:
    """Upload a file

     Stores the raw request body as a file and returns its `file_` id, for `attachments`
    and `audio_message`. The body is the file's bytes, not JSON, sent as
    `application/octet-stream` or with the file's own MIME type as `Content-Type`;
    `X-Filename` names it. No size limit or allowed MIME types are documented. Sources:
    https://messages.dev/docs/api-reference/files/upload-file ,
    https://messagesdev.mintlify.app/concepts/errors

    Args:
        x_filename (str | Unset):
        body (File):

    Raises:
        errors.BadRequestError: HTTP 400 (code `empty_file`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `insufficient_scope`).
        errors.RateLimitError: HTTP 429 (code `rate_limit_exceeded`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        Response[UploadedFile]
    """

    kwargs = _get_kwargs(
        body=body,
        x_filename=x_filename,
    )

    response = await client._send_async(_OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: File,
    x_filename: str | Unset = UNSET,
) -> UploadedFile | None:
    """Upload a file

     Stores the raw request body as a file and returns its `file_` id, for `attachments`
    and `audio_message`. The body is the file's bytes, not JSON, sent as
    `application/octet-stream` or with the file's own MIME type as `Content-Type`;
    `X-Filename` names it. No size limit or allowed MIME types are documented. Sources:
    https://messages.dev/docs/api-reference/files/upload-file ,
    https://messagesdev.mintlify.app/concepts/errors

    Args:
        x_filename (str | Unset):
        body (File):

    Raises:
        errors.BadRequestError: HTTP 400 (code `empty_file`).
        errors.AuthenticationError: HTTP 401 (code `invalid_api_key`, `missing_api_key`).
        errors.PermissionDeniedError: HTTP 403 (code `insufficient_scope`).
        errors.RateLimitError: HTTP 429 (code `rate_limit_exceeded`).
        errors.APIConnectionError: the server could not be reached (`APITimeoutError`: no answer
            in time).
        errors.APIResponseValidationError: the answer does not match the documented schema.

    Returns:
        UploadedFile
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_filename=x_filename,
        )
    ).parsed
