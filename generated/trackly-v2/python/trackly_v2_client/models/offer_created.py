from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.offer import Offer


T = TypeVar("T", bound="OfferCreated")


@_attrs_define
class OfferCreated:
    """Answer of create wrapped with `success`."""

    success: bool
    """ Always `true` on success; error bodies never carry it. """
    offer: Offer
    """ An affiliate offer that creatives link to. Timestamps may come without a time zone (read
    them as UTC).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        offer = self.offer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "offer": offer,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.offer import Offer  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        offer = Offer.from_dict(d.pop("offer"))

        offer_created = cls(
            success=success,
            offer=offer,
        )

        offer_created.additional_properties = d
        return offer_created

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
