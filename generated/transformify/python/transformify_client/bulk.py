"""Bulk helpers: send any number of items through a partial-success bulk operation.

Generated from the spec's ``x-bulk`` operations — do not edit. Each helper splits the items
into batches of the documented maximum and returns one result per input item with its
original index (see ``_bulk.run_bulk``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ._bulk import BulkResult, run_bulk
from ._exceptions import APIResponseValidationError
from ._operations import OPERATIONS
from ._validation import check_item
from .client import AuthenticatedClient, Client

__all__ = ["send_sms_promotional", "send_viber_bulk"]


def send_sms_promotional(
    client: AuthenticatedClient | Client,
    recipients: Iterable[Any],
    *,
    batch_size: int | None = None,
    **fields: Any,
) -> BulkResult:
    """Send any number of ``recipients`` through ``sendSmsPromotional`` (POST /api/v1/sms/promotional).

    Items are model instances or plain dicts; they are sent in batches of at most
    200000. ``fields`` are the other request body fields, sent with every batch.
    With ``client.validate_requests`` set, items that fail the spec's item schema are reported
    as ``rejected`` without being sent.
    """
    operation = OPERATIONS[("post", "/api/v1/sms/promotional")]
    assert operation.bulk is not None

    def send_batch(batch: list[Any]) -> dict[str, Any]:
        response = client._send(
            operation,
            {
                "method": "post",
                "url": "/api/v1/sms/promotional",
                "json": {**fields, "recipients": batch},
            },
        )
        try:
            body = response.json()
        except ValueError as exc:
            raise APIResponseValidationError(
                f"{operation.operation_id}: response is not JSON",
                response=response,
                body=response.content,
            ) from exc
        if not isinstance(body, dict):
            raise APIResponseValidationError(
                f"{operation.operation_id}: response is not an object", response=response, body=body
            )
        return body

    def precheck(item: Any) -> Any:
        return check_item(operation.operation_id, item)

    return run_bulk(
        send_batch,
        recipients,
        operation.bulk,
        batch_size=batch_size,
        precheck=precheck if client.validate_requests else None,
        sleep=client.sleep,
    )


def send_viber_bulk(
    client: AuthenticatedClient | Client,
    recipients: Iterable[Any],
    *,
    batch_size: int | None = None,
    **fields: Any,
) -> BulkResult:
    """Send any number of ``recipients`` through ``sendViberBulk`` (POST /api/v1/viber/send).

    Items are model instances or plain dicts; they are sent in batches of at most
    200000. ``fields`` are the other request body fields, sent with every batch.
    With ``client.validate_requests`` set, items that fail the spec's item schema are reported
    as ``rejected`` without being sent.
    """
    operation = OPERATIONS[("post", "/api/v1/viber/send")]
    assert operation.bulk is not None

    def send_batch(batch: list[Any]) -> dict[str, Any]:
        response = client._send(
            operation,
            {
                "method": "post",
                "url": "/api/v1/viber/send",
                "json": {**fields, "recipients": batch},
            },
        )
        try:
            body = response.json()
        except ValueError as exc:
            raise APIResponseValidationError(
                f"{operation.operation_id}: response is not JSON",
                response=response,
                body=response.content,
            ) from exc
        if not isinstance(body, dict):
            raise APIResponseValidationError(
                f"{operation.operation_id}: response is not an object", response=response, body=body
            )
        return body

    def precheck(item: Any) -> Any:
        return check_item(operation.operation_id, item)

    return run_bulk(
        send_batch,
        recipients,
        operation.bulk,
        batch_size=batch_size,
        precheck=precheck if client.validate_requests else None,
        sleep=client.sleep,
    )
