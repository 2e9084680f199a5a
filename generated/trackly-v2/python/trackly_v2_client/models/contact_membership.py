from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_fields import CustomFields


T = TypeVar("T", bound="ContactMembership")


@_attrs_define
class ContactMembership:
    """The contact's subscription to one sending list."""

    list_id: int | Unset = UNSET
    """ Integer id of a sending list. """
    list_number: str | Unset = UNSET
    """ Phone number in E.164 format, a `+` followed by 2 to 15 digits. """
    active: bool | Unset = UNSET
    signup_date: datetime.datetime | Unset = UNSET
    """ ISO 8601 timestamp with a zone (`Z` or an offset), as most v2 pages print it. """
    custom_fields: CustomFields | Unset = UNSET
    """ Custom fields of a list contact; values are strings, numbers or booleans. """
    send_count: int | Unset = UNSET
    click_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_id = self.list_id

        list_number = self.list_number

        active = self.active

        signup_date: str | Unset = UNSET
        if not isinstance(self.signup_date, Unset):
            signup_date = self.signup_date.isoformat()

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        send_count = self.send_count

        click_count = self.click_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if list_number is not UNSET:
            field_dict["list_number"] = list_number
        if active is not UNSET:
            field_dict["active"] = active
        if signup_date is not UNSET:
            field_dict["signup_date"] = signup_date
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if send_count is not UNSET:
            field_dict["send_count"] = send_count
        if click_count is not UNSET:
            field_dict["click_count"] = click_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_fields import CustomFields  # noqa: PLC0415

        d = dict(src_dict)
        list_id = d.pop("list_id", UNSET)

        list_number = d.pop("list_number", UNSET)

        active = d.pop("active", UNSET)

        _signup_date = d.pop("signup_date", UNSET)
        signup_date: datetime.datetime | Unset
        if isinstance(_signup_date, Unset):
            signup_date = UNSET
        else:
            signup_date = datetime.datetime.fromisoformat(_signup_date)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: CustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = CustomFields.from_dict(_custom_fields)

        send_count = d.pop("send_count", UNSET)

        click_count = d.pop("click_count", UNSET)

        contact_membership = cls(
            list_id=list_id,
            list_number=list_number,
            active=active,
            signup_date=signup_date,
            custom_fields=custom_fields,
            send_count=send_count,
            click_count=click_count,
        )

        contact_membership.additional_properties = d
        return contact_membership

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
