from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unsubscribe_keyword import UnsubscribeKeyword

T = TypeVar("T", bound="UnsubscribeEvent")


@_attrs_define
class UnsubscribeEvent:
    """A contact opted out by texting an opt-out keyword to a sending list; Trackly also sets
    the contact `active=false` on that list.

    """

    event: Literal["unsubscribe"]
    phone_number: str
    """ Phone number in E.164 format, a `+` followed by 2 to 15 digits. """
    list_number: str
    """ Phone number in E.164 format, a `+` followed by 2 to 15 digits. """
    keyword: UnsubscribeKeyword
    """ Opt-out keyword the contact sent. """
    timestamp: datetime.datetime
    """ ISO 8601 timestamp with a zone (`Z` or an offset), as most v2 pages print it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        phone_number = self.phone_number

        list_number = self.list_number

        keyword = self.keyword.value

        timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "phone_number": phone_number,
                "list_number": list_number,
                "keyword": keyword,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event = cast(Literal["unsubscribe"], d.pop("event"))
        if event != "unsubscribe":
            raise ValueError(f"event must match const 'unsubscribe', got '{event}'")

        phone_number = d.pop("phone_number")

        list_number = d.pop("list_number")

        keyword = UnsubscribeKeyword(d.pop("keyword"))

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        unsubscribe_event = cls(
            event=event,
            phone_number=phone_number,
            list_number=list_number,
            keyword=keyword,
            timestamp=timestamp,
        )

        unsubscribe_event.additional_properties = d
        return unsubscribe_event

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
