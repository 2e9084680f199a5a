from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audience_time_condition_field import AudienceTimeConditionField
from ..models.audience_time_condition_operator import AudienceTimeConditionOperator
from ..models.audience_time_condition_unit import AudienceTimeConditionUnit
from ..types import UNSET, Unset

T = TypeVar("T", bound="AudienceTimeCondition")


@_attrs_define
class AudienceTimeCondition:
    """Rules of a `time` condition. `within`, `not_within`, `before` and `after` need `value`
    and `unit`; `exists` and `not_exists` take no value. The field and operator lists are
    complete on the DSL page.

    """

    field: AudienceTimeConditionField
    operator: AudienceTimeConditionOperator
    condition_type: Literal["time"] | Unset = UNSET
    value: float | Unset = UNSET
    """ Amount of `unit`s, e.g. `7` with `days`. """
    unit: AudienceTimeConditionUnit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field.value

        operator = self.operator.value

        condition_type = self.condition_type

        value = self.value

        unit: str | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "operator": operator,
            }
        )
        if condition_type is not UNSET:
            field_dict["condition_type"] = condition_type
        if value is not UNSET:
            field_dict["value"] = value
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field = AudienceTimeConditionField(d.pop("field"))

        operator = AudienceTimeConditionOperator(d.pop("operator"))

        condition_type = cast(Literal["time"] | Unset, d.pop("condition_type", UNSET))
        if condition_type != "time" and not isinstance(condition_type, Unset):
            raise ValueError(f"condition_type must match const 'time', got '{condition_type}'")

        value = d.pop("value", UNSET)

        _unit = d.pop("unit", UNSET)
        unit: AudienceTimeConditionUnit | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = AudienceTimeConditionUnit(_unit)

        audience_time_condition = cls(
            field=field,
            operator=operator,
            condition_type=condition_type,
            value=value,
            unit=unit,
        )

        audience_time_condition.additional_properties = d
        return audience_time_condition

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
