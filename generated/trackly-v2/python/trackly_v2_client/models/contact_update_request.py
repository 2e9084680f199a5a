from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_fields import CustomFields


T = TypeVar("T", bound="ContactUpdateRequest")


@_attrs_define
class ContactUpdateRequest:
    """New custom fields of a contact on one list."""

    phone_number: str
    """ Phone number in E.164 format, a `+` followed by 2 to 15 digits. """
    list_number: str
    """ Phone number in E.164 format, a `+` followed by 2 to 15 digits. """
    custom_fields: CustomFields
    """ Custom fields of a list contact; values are strings, numbers or booleans. """
    merge_fields: bool | Unset = True
    """ True merges `custom_fields` into the existing fields; false replaces the whole object.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        list_number = self.list_number

        custom_fields = self.custom_fields.to_dict()

        merge_fields = self.merge_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_number": phone_number,
                "list_number": list_number,
                "custom_fields": custom_fields,
            }
        )
        if merge_fields is not UNSET:
            field_dict["merge_fields"] = merge_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_fields import CustomFields  # noqa: PLC0415

        d = dict(src_dict)
        phone_number = d.pop("phone_number")

        list_number = d.pop("list_number")

        custom_fields = CustomFields.from_dict(d.pop("custom_fields"))

        merge_fields = d.pop("merge_fields", UNSET)

        contact_update_request = cls(
            phone_number=phone_number,
            list_number=list_number,
            custom_fields=custom_fields,
            merge_fields=merge_fields,
        )

        contact_update_request.additional_properties = d
        return contact_update_request

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
