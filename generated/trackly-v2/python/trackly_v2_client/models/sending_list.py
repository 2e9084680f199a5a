from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sending_list_status import SendingListStatus
from ..models.sending_list_type import SendingListType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendingList")


@_attrs_define
class SendingList:
    """A sending list (a sending phone number of the account)."""

    id: int
    """ Integer id of a sending list. """
    phone_number: str
    """ Phone number in E.164 format, a `+` followed by 2 to 15 digits. """
    brand_name: str | Unset = UNSET
    list_name: str | Unset = UNSET
    list_type: SendingListType | Unset = UNSET
    """ Carrier integration of the list. """
    status: SendingListStatus | Unset = UNSET
    """ Status of a sending list.
     """
    contact_count: int | Unset = UNSET
    """ Active contacts (active ListContacts) on the list. """
    created_at: datetime.datetime | Unset = UNSET
    """ ISO 8601 timestamp with a zone (`Z` or an offset), as most v2 pages print it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        phone_number = self.phone_number

        brand_name = self.brand_name

        list_name = self.list_name

        list_type: str | Unset = UNSET
        if not isinstance(self.list_type, Unset):
            list_type = self.list_type.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        contact_count = self.contact_count

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "phone_number": phone_number,
            }
        )
        if brand_name is not UNSET:
            field_dict["brand_name"] = brand_name
        if list_name is not UNSET:
            field_dict["list_name"] = list_name
        if list_type is not UNSET:
            field_dict["list_type"] = list_type
        if status is not UNSET:
            field_dict["status"] = status
        if contact_count is not UNSET:
            field_dict["contact_count"] = contact_count
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        phone_number = d.pop("phone_number")

        brand_name = d.pop("brand_name", UNSET)

        list_name = d.pop("list_name", UNSET)

        _list_type = d.pop("list_type", UNSET)
        list_type: SendingListType | Unset
        if isinstance(_list_type, Unset):
            list_type = UNSET
        else:
            list_type = SendingListType(_list_type)

        _status = d.pop("status", UNSET)
        status: SendingListStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SendingListStatus(_status)

        contact_count = d.pop("contact_count", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        sending_list = cls(
            id=id,
            phone_number=phone_number,
            brand_name=brand_name,
            list_name=list_name,
            list_type=list_type,
            status=status,
            contact_count=contact_count,
            created_at=created_at,
        )

        sending_list.additional_properties = d
        return sending_list

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
