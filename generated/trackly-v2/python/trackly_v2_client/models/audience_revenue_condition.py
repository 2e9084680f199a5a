from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audience_revenue_condition_field import AudienceRevenueConditionField
from ..types import UNSET, Unset

T = TypeVar("T", bound="AudienceRevenueCondition")


@_attrs_define
class AudienceRevenueCondition:
    """Rules of a `revenue` condition. No operators are documented, so only the operator's
    presence is checked.

    """

    field: AudienceRevenueConditionField
    """ Documented fields only (the list may be incomplete). """
    operator: str
    value: Any
    condition_type: Literal["revenue"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field.value

        operator = self.operator

        value = self.value

        condition_type = self.condition_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "operator": operator,
                "value": value,
            }
        )
        if condition_type is not UNSET:
            field_dict["condition_type"] = condition_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field = AudienceRevenueConditionField(d.pop("field"))

        operator = d.pop("operator")

        value = d.pop("value")

        condition_type = cast(Literal["revenue"] | Unset, d.pop("condition_type", UNSET))
        if condition_type != "revenue" and not isinstance(condition_type, Unset):
            raise ValueError(f"condition_type must match const 'revenue', got '{condition_type}'")

        audience_revenue_condition = cls(
            field=field,
            operator=operator,
            value=value,
            condition_type=condition_type,
        )

        audience_revenue_condition.additional_properties = d
        return audience_revenue_condition

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
