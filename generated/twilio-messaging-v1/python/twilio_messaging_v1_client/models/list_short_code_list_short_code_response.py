from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_short_code_list_short_code_response_meta import (
        ListShortCodeListShortCodeResponseMeta,
    )
    from ..models.messaging_v1_service_short_code import MessagingV1ServiceShortCode


T = TypeVar("T", bound="ListShortCodeListShortCodeResponse")


@_attrs_define
class ListShortCodeListShortCodeResponse:
    short_codes: list[MessagingV1ServiceShortCode] | Unset = UNSET
    meta: ListShortCodeListShortCodeResponseMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        short_codes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.short_codes, Unset):
            short_codes = []
            for short_codes_item_data in self.short_codes:
                short_codes_item = short_codes_item_data.to_dict()
                short_codes.append(short_codes_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if short_codes is not UNSET:
            field_dict["short_codes"] = short_codes
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_short_code_list_short_code_response_meta import (
            ListShortCodeListShortCodeResponseMeta,  # noqa: PLC0415
        )
        from ..models.messaging_v1_service_short_code import MessagingV1ServiceShortCode  # noqa: PLC0415

        d = dict(src_dict)
        _short_codes = d.pop("short_codes", UNSET)
        short_codes: list[MessagingV1ServiceShortCode] | Unset = UNSET
        if _short_codes is not UNSET:
            short_codes = []
            for short_codes_item_data in _short_codes:
                short_codes_item = MessagingV1ServiceShortCode.from_dict(short_codes_item_data)

                short_codes.append(short_codes_item)

        _meta = d.pop("meta", UNSET)
        meta: ListShortCodeListShortCodeResponseMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ListShortCodeListShortCodeResponseMeta.from_dict(_meta)

        list_short_code_list_short_code_response = cls(
            short_codes=short_codes,
            meta=meta,
        )

        list_short_code_list_short_code_response.additional_properties = d
        return list_short_code_list_short_code_response

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
