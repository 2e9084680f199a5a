from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_line_type import ContactLineType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_membership import ContactMembership


T = TypeVar("T", bound="ContactDetail")


@_attrs_define
class ContactDetail:
    """A contact (global per phone number) with every list it is on."""

    phone_number: str
    """ Phone number in E.164 format, a `+` followed by 2 to 15 digits. """
    lists: list[ContactMembership]
    carrier: None | str | Unset = UNSET
    line_type: ContactLineType | Unset = UNSET
    """ Line type found by the carrier lookup. The contacts pages list these values; the data
    model page and v1 validation use other spellings.
     """
    timezone: None | str | Unset = UNSET
    """ IANA time zone name. """
    is_valid: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        lists = []
        for lists_item_data in self.lists:
            lists_item = lists_item_data.to_dict()
            lists.append(lists_item)

        carrier: None | str | Unset
        if isinstance(self.carrier, Unset):
            carrier = UNSET
        else:
            carrier = self.carrier

        line_type: str | Unset = UNSET
        if not isinstance(self.line_type, Unset):
            line_type = self.line_type.value

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        is_valid = self.is_valid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_number": phone_number,
                "lists": lists,
            }
        )
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if line_type is not UNSET:
            field_dict["line_type"] = line_type
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if is_valid is not UNSET:
            field_dict["is_valid"] = is_valid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_membership import ContactMembership  # noqa: PLC0415

        d = dict(src_dict)
        phone_number = d.pop("phone_number")

        lists = []
        _lists = d.pop("lists")
        for lists_item_data in _lists:
            lists_item = ContactMembership.from_dict(lists_item_data)

            lists.append(lists_item)

        def _parse_carrier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        carrier = _parse_carrier(d.pop("carrier", UNSET))

        _line_type = d.pop("line_type", UNSET)
        line_type: ContactLineType | Unset
        if isinstance(_line_type, Unset):
            line_type = UNSET
        else:
            line_type = ContactLineType(_line_type)

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        is_valid = d.pop("is_valid", UNSET)

        contact_detail = cls(
            phone_number=phone_number,
            lists=lists,
            carrier=carrier,
            line_type=line_type,
            timezone=timezone,
            is_valid=is_valid,
        )

        contact_detail.additional_properties = d
        return contact_detail

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
