from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audience_filter_group import AudienceFilterGroup


T = TypeVar("T", bound="AudienceCreateRequest")


@_attrs_define
class AudienceCreateRequest:
    """A new audience. Only `filter` is required; whether `name` is required is not documented."""

    filter_: AudienceFilterGroup
    """ A filter group: its `operator` joins its `conditions` and nested `groups`. Groups nest
    recursively; the documentation states no nesting limit. A group must hold at least one
    condition or one nested group (`empty_filter_group`).
     """
    name: str | Unset = UNSET
    """ Display name, at most 255 characters. """
    description: str | Unset = UNSET
    """ Free-text description. """
    source_lists: list[int] | Unset = UNSET
    """ Ids of the sending lists whose contacts the audience draws from; empty means all lists. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_ = self.filter_.to_dict()

        name = self.name

        description = self.description

        source_lists: list[int] | Unset = UNSET
        if not isinstance(self.source_lists, Unset):
            source_lists = self.source_lists

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filter": filter_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if source_lists is not UNSET:
            field_dict["source_lists"] = source_lists

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audience_filter_group import AudienceFilterGroup  # noqa: PLC0415

        d = dict(src_dict)
        filter_ = AudienceFilterGroup.from_dict(d.pop("filter"))

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        source_lists = cast(list[int], d.pop("source_lists", UNSET))

        audience_create_request = cls(
            filter_=filter_,
            name=name,
            description=description,
            source_lists=source_lists,
        )

        audience_create_request.additional_properties = d
        return audience_create_request

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
