from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RevenueRecordResult")


@_attrs_define
class RevenueRecordResult:
    """The revenue was recorded."""

    success: bool
    """ Always `true` on success; error bodies never carry it. """
    revenue_id: str
    """ 24-character hexadecimal identifier. """
    message_id: str
    revenue: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        revenue_id = self.revenue_id

        message_id = self.message_id

        revenue = self.revenue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "revenue_id": revenue_id,
                "message_id": message_id,
                "revenue": revenue,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        revenue_id = d.pop("revenue_id")

        message_id = d.pop("message_id")

        revenue = d.pop("revenue")

        revenue_record_result = cls(
            success=success,
            revenue_id=revenue_id,
            message_id=message_id,
            revenue=revenue,
        )

        revenue_record_result.additional_properties = d
        return revenue_record_result

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
