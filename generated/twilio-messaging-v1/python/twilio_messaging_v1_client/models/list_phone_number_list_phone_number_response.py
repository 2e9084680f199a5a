from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_phone_number_list_phone_number_response_meta import (
        ListPhoneNumberListPhoneNumberResponseMeta,
    )
    from ..models.messaging_v1_service_phone_number import MessagingV1ServicePhoneNumber


T = TypeVar("T", bound="ListPhoneNumberListPhoneNumberResponse")


@_attrs_define
class ListPhoneNumberListPhoneNumberResponse:
    phone_numbers: list[MessagingV1ServicePhoneNumber] | Unset = UNSET
    meta: ListPhoneNumberListPhoneNumberResponseMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_numbers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = []
            for phone_numbers_item_data in self.phone_numbers:
                phone_numbers_item = phone_numbers_item_data.to_dict()
                phone_numbers.append(phone_numbers_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_numbers is not UNSET:
            field_dict["phone_numbers"] = phone_numbers
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_phone_number_list_phone_number_response_meta import (
            ListPhoneNumberListPhoneNumberResponseMeta,  # noqa: PLC0415
        )
        from ..models.messaging_v1_service_phone_number import MessagingV1ServicePhoneNumber  # noqa: PLC0415

        d = dict(src_dict)
        _phone_numbers = d.pop("phone_numbers", UNSET)
        phone_numbers: list[MessagingV1ServicePhoneNumber] | Unset = UNSET
        if _phone_numbers is not UNSET:
            phone_numbers = []
            for phone_numbers_item_data in _phone_numbers:
                phone_numbers_item = MessagingV1ServicePhoneNumber.from_dict(
                    phone_numbers_item_data
                )

                phone_numbers.append(phone_numbers_item)

        _meta = d.pop("meta", UNSET)
        meta: ListPhoneNumberListPhoneNumberResponseMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ListPhoneNumberListPhoneNumberResponseMeta.from_dict(_meta)

        list_phone_number_list_phone_number_response = cls(
            phone_numbers=phone_numbers,
            meta=meta,
        )

        list_phone_number_list_phone_number_response.additional_properties = d
        return list_phone_number_list_phone_number_response

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
