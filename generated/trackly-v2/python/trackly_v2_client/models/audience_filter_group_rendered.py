from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audience_filter_operator import AudienceFilterOperator
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audience_filter_condition_rendered import AudienceFilterConditionRendered


T = TypeVar("T", bound="AudienceFilterGroupRendered")


@_attrs_define
class AudienceFilterGroupRendered:
    """A filter group as responses render it: same structure as a request group, with the
    conditions' keys in camelCase.

    """

    operator: AudienceFilterOperator | Unset = UNSET
    """ How a filter group's conditions and nested groups combine. """
    conditions: list[AudienceFilterConditionRendered] | Unset = UNSET
    groups: list[AudienceFilterGroupRendered] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        conditions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = []
            for conditions_item_data in self.conditions:
                conditions_item = conditions_item_data.to_dict()
                conditions.append(conditions_item)

        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operator is not UNSET:
            field_dict["operator"] = operator
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if groups is not UNSET:
            field_dict["groups"] = groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audience_filter_condition_rendered import AudienceFilterConditionRendered  # noqa: PLC0415

        d = dict(src_dict)
        _operator = d.pop("operator", UNSET)
        operator: AudienceFilterOperator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = AudienceFilterOperator(_operator)

        _conditions = d.pop("conditions", UNSET)
        conditions: list[AudienceFilterConditionRendered] | Unset = UNSET
        if _conditions is not UNSET:
            conditions = []
            for conditions_item_data in _conditions:
                conditions_item = AudienceFilterConditionRendered.from_dict(conditions_item_data)

                conditions.append(conditions_item)

        _groups = d.pop("groups", UNSET)
        groups: list[AudienceFilterGroupRendered] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = AudienceFilterGroupRendered.from_dict(groups_item_data)

                groups.append(groups_item)

        audience_filter_group_rendered = cls(
            operator=operator,
            conditions=conditions,
            groups=groups,
        )

        audience_filter_group_rendered.additional_properties = d
        return audience_filter_group_rendered

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
