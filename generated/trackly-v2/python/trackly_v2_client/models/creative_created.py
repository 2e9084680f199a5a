from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.creative import Creative


T = TypeVar("T", bound="CreativeCreated")


@_attrs_define
class CreativeCreated:
    """Answer of create: the new creative wrapped with `success`."""

    success: bool
    """ Always `true` on success; error bodies never carry it. """
    creative: Creative
    """ A message template with tracked offer links. `character_count` counts each link
    placeholder as 23 characters and adds 34 characters of compliance overhead;
    `segment_count` is 1 up to 160 characters, else the count divided by 153, rounded up.
    Both are recomputed when `message` or `offer_links` change. Timestamps may come without
    a time zone (read them as UTC).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        creative = self.creative.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "creative": creative,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.creative import Creative  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        creative = Creative.from_dict(d.pop("creative"))

        creative_created = cls(
            success=success,
            creative=creative,
        )

        creative_created.additional_properties = d
        return creative_created

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
