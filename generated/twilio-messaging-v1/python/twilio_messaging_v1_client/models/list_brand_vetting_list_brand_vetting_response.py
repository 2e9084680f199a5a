from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_brand_vetting_list_brand_vetting_response_meta import (
        ListBrandVettingListBrandVettingResponseMeta,
    )
    from ..models.messaging_v1_brand_registrations_brand_vetting import (
        MessagingV1BrandRegistrationsBrandVetting,
    )


T = TypeVar("T", bound="ListBrandVettingListBrandVettingResponse")


@_attrs_define
class ListBrandVettingListBrandVettingResponse:
    data: list[MessagingV1BrandRegistrationsBrandVetting] | Unset = UNSET
    meta: ListBrandVettingListBrandVettingResponseMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_brand_vetting_list_brand_vetting_response_meta import (
            ListBrandVettingListBrandVettingResponseMeta,  # noqa: PLC0415
        )
        from ..models.messaging_v1_brand_registrations_brand_vetting import (
            MessagingV1BrandRegistrationsBrandVetting,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: list[MessagingV1BrandRegistrationsBrandVetting] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = MessagingV1BrandRegistrationsBrandVetting.from_dict(data_item_data)

                data.append(data_item)

        _meta = d.pop("meta", UNSET)
        meta: ListBrandVettingListBrandVettingResponseMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ListBrandVettingListBrandVettingResponseMeta.from_dict(_meta)

        list_brand_vetting_list_brand_vetting_response = cls(
            data=data,
            meta=meta,
        )

        list_brand_vetting_list_brand_vetting_response.additional_properties = d
        return list_brand_vetting_list_brand_vetting_response

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
