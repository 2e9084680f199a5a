from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactValidation")


@_attrs_define
class ContactValidation:
    """Outcome of the paid phone validation, present when `use_validation` was true. The page
    describes a per-disposition outcome; only `cached` and `cost` are named.

    """

    cached: bool | Unset = UNSET
    """ True when the result came from an earlier lookup (then free). """
    cost: float | Unset = UNSET
    """ Amount charged for this lookup (0 when cached). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cached = self.cached

        cost = self.cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cached is not UNSET:
            field_dict["cached"] = cached
        if cost is not UNSET:
            field_dict["cost"] = cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cached = d.pop("cached", UNSET)

        cost = d.pop("cost", UNSET)

        contact_validation = cls(
            cached=cached,
            cost=cost,
        )

        contact_validation.additional_properties = d
        return contact_validation

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
