from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContactDeleteRequest")


@_attrs_define
class ContactDeleteRequest:
    """The subscription to end (JSON body on DELETE)."""

    phone_number: str
    """ Phone number in E.164 format, a `+` followed by 2 to 15 digits. """
    list_number: str
    """ Phone number in E.164 format, a `+` followed by 2 to 15 digits. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        list_number = self.list_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_number": phone_number,
                "list_number": list_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("phone_number")

        list_number = d.pop("list_number")

        contact_delete_request = cls(
            phone_number=phone_number,
            list_number=list_number,
        )

        contact_delete_request.additional_properties = d
        return contact_delete_request

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
