"""Records the mock keeps: one collection per ``x-resources`` entry, owned by tenants."""

from __future__ import annotations

import itertools
import operator
from collections.abc import Iterable, Iterator
from typing import Any

from ...extensions import Resource

TENANT = "_tenant"
SEQ = "_seq"
"""Bookkeeping fields of a stored record (never rendered: they are not schema properties)."""
PRIVATE = operator.methodcaller("startswith", "_")
"""Whether a field name is bookkeeping (``_tenant``, ``_seq``, a plugin's ``_due``…)."""
EVERY_TENANT = "*"
"""The owner of a record every tenant sees (a seed's ``tenant: "*"``)."""


class Collection:
    """The records of one resource, by id (as text), in insertion order."""

    def __init__(self, resource: Resource, sequence: Iterator[int]) -> None:
        self.resource = resource
        self._records: dict[str, dict[str, Any]] = {}
        self._sequence = sequence

    def __len__(self) -> int:
        return len(self._records)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(list(self._records.values()))  # a snapshot: the loop may add or remove

    def each(self) -> Iterable[dict[str, Any]]:
        """Every record without a snapshot, for a loop that changes no record's presence."""
        return self._records.values()

    def __contains__(self, key: object) -> bool:
        return str(key) in self._records

    def get(self, key: Any) -> dict[str, Any] | None:
        return self._records.get(str(key))

    def put(self, record: dict[str, Any], tenant: str | None = None) -> dict[str, Any]:
        """Store ``record`` under its id (replacing any record there); a new record gets its
        tenant and position."""
        record.setdefault(TENANT, tenant)
        record.setdefault(SEQ, next(self._sequence))
        self._records[str(record[self.resource.id])] = record
        return record

    def seed(self, record: dict[str, Any], tenant: str | None) -> dict[str, Any]:
        """Add a fixture; one for an id already seeded completes that record."""
        existing = self._records.get(str(record[self.resource.id]))
        if existing is not None:
            existing.update(record)
            return existing
        return self.put(record, tenant)

    def delete(self, key: Any) -> dict[str, Any] | None:
        return self._records.pop(str(key), None)

    def is_deleted(self, record: dict[str, Any]) -> bool:
        """Whether ``record`` is soft-deleted."""
        soft = self.resource.soft_delete
        return soft is not None and record.get(soft.field) == soft.value

    def visible(self, tenant: str | None, *, deleted: bool = False) -> list[dict[str, Any]]:
        """The tenant's records and those every tenant sees (every record when the resource
        is shared), in insertion order."""
        owners = (tenant, EVERY_TENANT) if self.resource.tenant else None
        soft = None if deleted else self.resource.soft_delete
        if owners is None and soft is None:
            return list(self._records.values())
        return [
            r
            for r in self._records.values()
            if (owners is None or r.get(TENANT) in owners)
            and (soft is None or r.get(soft.field) != soft.value)
        ]

    def first(self, tenant: str | None, **fields: Any) -> dict[str, Any] | None:
        """The first visible record with every given field value."""
        wanted = list(fields.items())
        owners = (tenant, EVERY_TENANT) if self.resource.tenant else None
        soft = self.resource.soft_delete
        for record in self._records.values():
            if owners is not None and record.get(TENANT) not in owners:
                continue
            if soft is not None and record.get(soft.field) == soft.value:
                continue
            for k, v in wanted:
                got = record.get(k)
                if type(got) is type(v):  # the common case, without a call
                    if got != v:
                        break
                elif not same(got, v):
                    break
            else:
                return record
        return None

    def find(
        self, tenant: str | None, field: str, value: Any, *, deleted: bool = False
    ) -> dict[str, Any] | None:
        """The first visible record whose ``field`` equals ``value`` (ids compare as text)."""
        if field == self.resource.id:
            record = self._records.get(str(value)) if value is not None else None
            if record is None:
                return None
            if self.resource.tenant and not _owned_by(record, tenant):
                return None
            return record if deleted or not self.is_deleted(record) else None
        owners = (tenant, EVERY_TENANT) if self.resource.tenant else None
        soft = None if deleted else self.resource.soft_delete
        for record in self._records.values():
            if owners is not None and record.get(TENANT) not in owners:
                continue
            if soft is not None and record.get(soft.field) == soft.value:
                continue
            got = record.get(field)
            if got == value if type(got) is type(value) else same(got, value):
                return record
        return None


def _owned_by(record: dict[str, Any], tenant: str | None) -> bool:
    owner = record.get(TENANT)
    return owner in (tenant, EVERY_TENANT)


def same(a: Any, b: Any) -> bool:
    """JSON equality where an id may arrive as text (a path parameter) or as a number."""
    if type(a) is type(b):
        return bool(a == b)
    if (isinstance(a, bool) and isinstance(b, str)) or (isinstance(a, str) and isinstance(b, bool)):
        return str(a).lower() == str(b).lower()  # a boolean sent as text ("true")
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if (isinstance(a, (int, float)) and isinstance(b, str)) or (
        isinstance(a, str) and isinstance(b, (int, float))
    ):
        return str(a) == str(b)
    return bool(a == b)


class Store(dict[str, Collection]):
    """Every collection of one mock, by resource name."""

    def __init__(self, resources: dict[str, Resource]) -> None:
        sequence = itertools.count(1)
        super().__init__(
            (name, Collection(resource, sequence)) for name, resource in resources.items()
        )

    def __missing__(self, name: str) -> Collection:
        raise KeyError(f"no resource {name!r} in x-resources")
