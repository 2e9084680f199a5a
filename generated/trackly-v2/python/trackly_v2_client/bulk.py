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

__all__ = [
    "send_bulk_messages",
    "send_raw_bulk_messages",
    "bulk_create_contacts",
    "bulk_record_revenue",
    "import_send_history",
    "import_click_history",
    "import_revenue_history",
]


def send_bulk_messages(
    client: AuthenticatedClient | Client,
    messages: Iterable[Any],
    *,
    batch_size: int | None = None,
    **fields: Any,
) -> BulkResult:
    """Send any number of ``messages`` through ``sendBulkMessages`` (POST /v2/send/bulk).

    Items are model instances or plain dicts; they are sent in batches of at most
    1000. ``fields`` are the other request body fields, sent with every batch.
    With ``client.validate_requests`` set, items that fail the spec's item schema are reported
    as ``rejected`` without being sent.
    """
    operation = OPERATIONS[("post", "/v2/send/bulk")]
    return send_bulk(client, operation, messages, batch_size=batch_size, fields=fields)


def send_raw_bulk_messages(
    client: AuthenticatedClient | Client,
    messages: Iterable[Any],
    *,
    batch_size: int | None = None,
    **fields: Any,
) -> BulkResult:
    """Send any number of ``messages`` through ``sendRawBulkMessages`` (POST /v2/send-raw/bulk).

    Items are model instances or plain dicts; they are sent in batches of at most
    1000. ``fields`` are the other request body fields, sent with every batch.
    With ``client.validate_requests`` set, items that fail the spec's item schema are reported
    as ``rejected`` without being sent.
    """
    operation = OPERATIONS[("post", "/v2/send-raw/bulk")]
    return send_bulk(client, operation, messages, batch_size=batch_size, fields=fields)


def bulk_create_contacts(
    client: AuthenticatedClient | Client,
    contacts: Iterable[Any],
    *,
    batch_size: int | None = None,
    **fields: Any,
) -> BulkResult:
    """Send any number of ``contacts`` through ``bulkCreateContacts`` (POST /v2/contacts/bulk).

    Items are model instances or plain dicts; they are sent in batches of at most
    1000. ``fields`` are the other request body fields, sent with every batch.
    With ``client.validate_requests`` set, items that fail the spec's item schema are reported
    as ``rejected`` without being sent.
    """
    operation = OPERATIONS[("post", "/v2/contacts/bulk")]
    return send_bulk(client, operation, contacts, batch_size=batch_size, fields=fields)


def bulk_record_revenue(
    client: AuthenticatedClient | Client,
    records: Iterable[Any],
    *,
    batch_size: int | None = None,
    **fields: Any,
) -> BulkResult:
    """Send any number of ``records`` through ``bulkRecordRevenue`` (POST /v2/revenue/bulk).

    Items are model instances or plain dicts; they are sent in batches of at most
    1000. ``fields`` are the other request body fields, sent with every batch.
    With ``client.validate_requests`` set, items that fail the spec's item schema are reported
    as ``rejected`` without being sent.
    """
    operation = OPERATIONS[("post", "/v2/revenue/bulk")]
    return send_bulk(client, operation, records, batch_size=batch_size, fields=fields)


def import_send_history(
    client: AuthenticatedClient | Client,
    records: Iterable[Any],
    *,
    batch_size: int | None = None,
    **fields: Any,
) -> BulkResult:
    """Send any number of ``records`` through ``importSendHistory`` (POST /v2/history/sends).

    Items are model instances or plain dicts; they are sent in batches of at most
    1000. ``fields`` are the other request body fields, sent with every batch.
    With ``client.validate_requests`` set, items that fail the spec's item schema are reported
    as ``rejected`` without being sent.
    """
    operation = OPERATIONS[("post", "/v2/history/sends")]
    return send_bulk(client, operation, records, batch_size=batch_size, fields=fields)


def import_click_history(
    client: AuthenticatedClient | Client,
    records: Iterable[Any],
    *,
    batch_size: int | None = None,
    **fields: Any,
) -> BulkResult:
    """Send any number of ``records`` through ``importClickHistory`` (POST /v2/history/clicks).

    Items are model instances or plain dicts; they are sent in batches of at most
    1000. ``fields`` are the other request body fields, sent with every batch.
    With ``client.validate_requests`` set, items that fail the spec's item schema are reported
    as ``rejected`` without being sent.
    """
    operation = OPERATIONS[("post", "/v2/history/clicks")]
    return send_bulk(client, operation, records, batch_size=batch_size, fields=fields)


def import_revenue_history(
    client: AuthenticatedClient | Client,
    records: Iterable[Any],
    *,
    batch_size: int | None = None,
    **fields: Any,
) -> BulkResult:
    """Send any number of ``records`` through ``importRevenueHistory`` (POST /v2/history/revenue).

    Items are model instances or plain dicts; they are sent in batches of at most
    1000. ``fields`` are the other request body fields, sent with every batch.
    With ``client.validate_requests`` set, items that fail the spec's item schema are reported
    as ``rejected`` without being sent.
    """
    operation = OPERATIONS[("post", "/v2/history/revenue")]
    return send_bulk(client, operation, records, batch_size=batch_size, fields=fields)
