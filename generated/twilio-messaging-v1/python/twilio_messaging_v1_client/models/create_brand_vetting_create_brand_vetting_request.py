from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.brand_vetting_enum_vetting_provider import BrandVettingEnumVettingProvider
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateBrandVettingCreateBrandVettingRequest")


@_attrs_define
class CreateBrandVettingCreateBrandVettingRequest:
    vetting_provider: BrandVettingEnumVettingProvider
    """ The third-party provider that has conducted the vetting. One of “CampaignVerify” (Campaign Verify tokens) or
    “AEGIS” (Secondary Vetting). """
    vetting_id: str | Unset = UNSET
    """ The unique ID of the vetting """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vetting_provider = self.vetting_provider.value

        vetting_id = self.vetting_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "VettingProvider": vetting_provider,
            }
        )
        if vetting_id is not UNSET:
            field_dict["VettingId"] = vetting_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        vetting_provider = BrandVettingEnumVettingProvider(d.pop("VettingProvider"))

        vetting_id = d.pop("VettingId", UNSET)

        create_brand_vetting_create_brand_vetting_request = cls(
            vetting_provider=vetting_provider,
            vetting_id=vetting_id,
        )

        create_brand_vetting_create_brand_vetting_request.additional_properties = d
        return create_brand_vetting_create_brand_vetting_request

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
