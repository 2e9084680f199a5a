from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audience_filter_condition_condition_type import AudienceFilterConditionConditionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AudienceFilterCondition")


@_attrs_define
class AudienceFilterCondition:
    """One filter condition. `condition_type` selects the condition's kind and with it the
    fields, operators and value it accepts (the per-type rules below). The six types are the
    ones the update-audience error table names. The audiences guides also mention `on_dnc`
    and `validation_status` filters without saying which condition type carries them; they
    are not encoded.

    """

    condition_type: AudienceFilterConditionConditionType
    """ Kind of condition (snake_case key in requests).
     """
    field: str | Unset = UNSET
    """ What the condition tests: a contact field for `time` and `count`, a custom field key
    such as `custom_fields.state` for `custom_field`, a revenue measure for `revenue`.
     """
    operator: str | Unset = UNSET
    """ Comparison operator; the allowed values depend on `condition_type`. """
    value: Any | Unset = UNSET
    """ Comparison value: a number for `time` and `count`; for `custom_field` a single value
    (`eq`) or a list (`in`).
     """
    unit: str | Unset = UNSET
    """ Time unit of a `time` condition (`days`, `hours` or `minutes`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        condition_type = self.condition_type.value

        field = self.field

        operator = self.operator

        value = self.value

        unit = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "condition_type": condition_type,
            }
        )
        if field is not UNSET:
            field_dict["field"] = field
        if operator is not UNSET:
            field_dict["operator"] = operator
        if value is not UNSET:
            field_dict["value"] = value
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        condition_type = AudienceFilterConditionConditionType(d.pop("condition_type"))

        field = d.pop("field", UNSET)

        operator = d.pop("operator", UNSET)

        value = d.pop("value", UNSET)

        unit = d.pop("unit", UNSET)

        audience_filter_condition = cls(
            condition_type=condition_type,
            field=field,
            operator=operator,
            value=value,
            unit=unit,
        )

        audience_filter_condition.additional_properties = d
        return audience_filter_condition

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
