from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AudienceFilterConditionRendered")


@_attrs_define
class AudienceFilterConditionRendered:
    """A condition as responses render it: `conditionType` instead of the request's
    `condition_type`, and `listId` where a condition refers to a sending list. Which
    conditions carry `listId`, and its type, are not documented.

    """

    condition_type: str | Unset = UNSET
    """ The condition's type, one of the request's `condition_type` values. """
    field: str | Unset = UNSET
    operator: str | Unset = UNSET
    value: Any | Unset = UNSET
    """ Comparison value as stored. """
    unit: str | Unset = UNSET
    list_id: Any | Unset = UNSET
    """ Sending list the condition refers to (camelCase as rendered). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        condition_type = self.condition_type

        field = self.field

        operator = self.operator

        value = self.value

        unit = self.unit

        list_id = self.list_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if condition_type is not UNSET:
            field_dict["conditionType"] = condition_type
        if field is not UNSET:
            field_dict["field"] = field
        if operator is not UNSET:
            field_dict["operator"] = operator
        if value is not UNSET:
            field_dict["value"] = value
        if unit is not UNSET:
            field_dict["unit"] = unit
        if list_id is not UNSET:
            field_dict["listId"] = list_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        condition_type = d.pop("conditionType", UNSET)

        field = d.pop("field", UNSET)

        operator = d.pop("operator", UNSET)

        value = d.pop("value", UNSET)

        unit = d.pop("unit", UNSET)

        list_id = d.pop("listId", UNSET)

        audience_filter_condition_rendered = cls(
            condition_type=condition_type,
            field=field,
            operator=operator,
            value=value,
            unit=unit,
            list_id=list_id,
        )

        audience_filter_condition_rendered.additional_properties = d
        return audience_filter_condition_rendered

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
