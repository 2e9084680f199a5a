from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AudienceSize")


@_attrs_define
class AudienceSize:
    """Freshly calculated size of an audience (also stored as its `cached_size`)."""

    audience_id: str
    """ 24-character hexadecimal identifier. """
    size: int
    """ Number of contacts the audience matches now. """
    calculated_at: str
    """ ISO 8601 timestamp, possibly without a time zone; read it as UTC when the zone is
    missing.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audience_id = self.audience_id

        size = self.size

        calculated_at = self.calculated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audience_id": audience_id,
                "size": size,
                "calculated_at": calculated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audience_id = d.pop("audience_id")

        size = d.pop("size")

        calculated_at = d.pop("calculated_at")

        audience_size = cls(
            audience_id=audience_id,
            size=size,
            calculated_at=calculated_at,
        )

        audience_size.additional_properties = d
        return audience_size

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
