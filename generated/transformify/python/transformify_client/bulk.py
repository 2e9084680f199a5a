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
    return send_bulk(client, operation, recipients, batch_size=batch_size, fields=fields)


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
    return send_bulk(client, operation, recipients, batch_size=batch_size, fields=fields)
