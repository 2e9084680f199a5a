from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessagingV1ServiceServiceForNumber")


@_attrs_define
class MessagingV1ServiceServiceForNumber:
    number_sid: None | str | Unset = UNSET
    """ The SID to identify the number resource. """
    sid: None | str | Unset = UNSET
    """ The SID of the messaging service that the phone number is in. """
    friendly_name: None | str | Unset = UNSET
    """ The string that you assigned to describe the messaging service resource. """
    url: None | str | Unset = UNSET
    """ The absolute URL of the Service resource. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number_sid: None | str | Unset
        if isinstance(self.number_sid, Unset):
            number_sid = UNSET
        else:
            number_sid = self.number_sid

        sid: None | str | Unset
        if isinstance(self.sid, Unset):
            sid = UNSET
        else:
            sid = self.sid

        friendly_name: None | str | Unset
        if isinstance(self.friendly_name, Unset):
            friendly_name = UNSET
        else:
            friendly_name = self.friendly_name

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number_sid is not UNSET:
            field_dict["number_sid"] = number_sid
        if sid is not UNSET:
            field_dict["sid"] = sid
        if friendly_name is not UNSET:
            field_dict["friendly_name"] = friendly_name
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_number_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number_sid = _parse_number_sid(d.pop("number_sid", UNSET))

        def _parse_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sid = _parse_sid(d.pop("sid", UNSET))

        def _parse_friendly_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        friendly_name = _parse_friendly_name(d.pop("friendly_name", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        messaging_v1_service_service_for_number = cls(
            number_sid=number_sid,
            sid=sid,
            friendly_name=friendly_name,
            url=url,
        )

        messaging_v1_service_service_for_number.additional_properties = d
        return messaging_v1_service_service_for_number

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
