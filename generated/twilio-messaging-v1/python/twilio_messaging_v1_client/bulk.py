"""Bulk helpers: send any number of items through a bulk operation.

Generated from the spec's ``x-bulk`` operations — do not edit. Each helper splits the items
into batches of the documented maximum and returns one result per input item with its
original index (see ``_bulk.run_bulk``).
"""

from __future__ import annotations

__all__ = []
