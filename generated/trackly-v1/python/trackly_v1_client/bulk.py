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

__all__ = ["send_bulk_messages"]


def send_bulk_messages(
    client: AuthenticatedClient | Client,
    messages: Iterable[Any],
    *,
    batch_size: int | None = None,
    **fields: Any,
) -> BulkResult:
    """Send any number of ``messages`` through ``sendBulkMessages`` (POST /v1/messages/bulk).

    Items are model instances or plain dicts; they are sent in batches of at most
    1000. ``fields`` are the other request body fields, sent with every batch.
    With ``client.validate_requests`` set, items that fail the spec's item schema are reported
    as ``rejected`` without being sent.
    """
    operation = OPERATIONS[("post", "/v1/messages/bulk")]
    assert operation.bulk is not None

    def send_batch(batch: list[Any]) -> dict[str, Any]:
        response = client._send(
            operation,
            {"method": "post", "url": "/v1/messages/bulk", "json": {**fields, "messages": batch}},
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
        messages,
        operation.bulk,
        batch_size=batch_size,
        precheck=precheck if client.validate_requests else None,
        sleep=client.sleep,
    )
