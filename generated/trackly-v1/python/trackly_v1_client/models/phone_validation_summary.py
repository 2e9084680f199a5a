from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneValidationSummary")


@_attrs_define
class PhoneValidationSummary:
    """Totals of a batch validation."""

    total: int
    """ Numbers in the batch. """
    ok: int | Unset = UNSET
    unreachable: int | Unset = UNSET
    invalid: int | Unset = UNSET
    risky: int | Unset = UNSET
    unknown: int | Unset = UNSET
    errors: int | Unset = UNSET
    """ Numbers reported as in-band errors. """
    cached: int | Unset = UNSET
    """ Results served from the cache. """
    total_cost: float | Unset = UNSET
    """ Total price of the batch in USD. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        ok = self.ok

        unreachable = self.unreachable

        invalid = self.invalid

        risky = self.risky

        unknown = self.unknown

        errors = self.errors

        cached = self.cached

        total_cost = self.total_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
            }
        )
        if ok is not UNSET:
            field_dict["ok"] = ok
        if unreachable is not UNSET:
            field_dict["unreachable"] = unreachable
        if invalid is not UNSET:
            field_dict["invalid"] = invalid
        if risky is not UNSET:
            field_dict["risky"] = risky
        if unknown is not UNSET:
            field_dict["unknown"] = unknown
        if errors is not UNSET:
            field_dict["errors"] = errors
        if cached is not UNSET:
            field_dict["cached"] = cached
        if total_cost is not UNSET:
            field_dict["total_cost"] = total_cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total = d.pop("total")

        ok = d.pop("ok", UNSET)

        unreachable = d.pop("unreachable", UNSET)

        invalid = d.pop("invalid", UNSET)

        risky = d.pop("risky", UNSET)

        unknown = d.pop("unknown", UNSET)

        errors = d.pop("errors", UNSET)

        cached = d.pop("cached", UNSET)

        total_cost = d.pop("total_cost", UNSET)

        phone_validation_summary = cls(
            total=total,
            ok=ok,
            unreachable=unreachable,
            invalid=invalid,
            risky=risky,
            unknown=unknown,
            errors=errors,
            cached=cached,
            total_cost=total_cost,
        )

        phone_validation_summary.additional_properties = d
        return phone_validation_summary

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
