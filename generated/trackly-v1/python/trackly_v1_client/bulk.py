"""Bulk helpers: send any number of items through a bulk operation.

Generated from the spec's ``x-bulk`` operations — do not edit. Each helper splits the items
into batches of the documented maximum and returns one result per input item with its
original index (see ``_bulk.run_bulk``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ._bulk import BulkResult, send_bulk
from ._operations import OPERATIONS
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
    return send_bulk(client, operation, messages, batch_size=batch_size, fields=fields)
