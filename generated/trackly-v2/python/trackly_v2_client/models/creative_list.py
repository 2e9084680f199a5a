from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.creative import Creative
    from ..models.pagination import Pagination


T = TypeVar("T", bound="CreativeList")


@_attrs_define
class CreativeList:
    """One page of creatives."""

    creatives: list[Creative]
    pagination: Pagination
    """ Pagination block of a paginated list response. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        creatives = []
        for creatives_item_data in self.creatives:
            creatives_item = creatives_item_data.to_dict()
            creatives.append(creatives_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "creatives": creatives,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.creative import Creative  # noqa: PLC0415
        from ..models.pagination import Pagination  # noqa: PLC0415

        d = dict(src_dict)
        creatives = []
        _creatives = d.pop("creatives")
        for creatives_item_data in _creatives:
            creatives_item = Creative.from_dict(creatives_item_data)

            creatives.append(creatives_item)

        pagination = Pagination.from_dict(d.pop("pagination"))

        creative_list = cls(
            creatives=creatives,
            pagination=pagination,
        )

        creative_list.additional_properties = d
        return creative_list

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
