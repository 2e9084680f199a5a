from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HistoryClearResultCleared")


@_attrs_define
class HistoryClearResultCleared:
    """Only the kinds named in `entities` are present."""

    sends: int | Unset = UNSET
    clicks: int | Unset = UNSET
    revenue: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sends = self.sends

        clicks = self.clicks

        revenue = self.revenue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sends is not UNSET:
            field_dict["sends"] = sends
        if clicks is not UNSET:
            field_dict["clicks"] = clicks
        if revenue is not UNSET:
            field_dict["revenue"] = revenue

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sends = d.pop("sends", UNSET)

        clicks = d.pop("clicks", UNSET)

        revenue = d.pop("revenue", UNSET)

        history_clear_result_cleared = cls(
            sends=sends,
            clicks=clicks,
            revenue=revenue,
        )

        history_clear_result_cleared.additional_properties = d
        return history_clear_result_cleared

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
