from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HistoryClickRecord")


@_attrs_define
class HistoryClickRecord:
    """One historical click. One click is stored per `message_id`."""

    message_id: str
    """ Id of an existing (sent or imported) message of the account. """
    offer_id: str
    """ Id of an existing offer of the account (e.g. `offer_123`). """
    phone_number: str
    """ Phone number in E.164 format, a `+` followed by 2 to 15 digits. """
    timestamp: str
    """ ISO 8601 date-time sent by the client. A value without a UTC offset is read as UTC, so
    this schema does not require an offset.
     """
    send_timestamp: str | Unset = UNSET
    """ ISO 8601 date-time sent by the client. A value without a UTC offset is read as UTC, so
    this schema does not require an offset.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        offer_id = self.offer_id

        phone_number = self.phone_number

        timestamp = self.timestamp

        send_timestamp = self.send_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_id": message_id,
                "offer_id": offer_id,
                "phone_number": phone_number,
                "timestamp": timestamp,
            }
        )
        if send_timestamp is not UNSET:
            field_dict["send_timestamp"] = send_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_id = d.pop("message_id")

        offer_id = d.pop("offer_id")

        phone_number = d.pop("phone_number")

        timestamp = d.pop("timestamp")

        send_timestamp = d.pop("send_timestamp", UNSET)

        history_click_record = cls(
            message_id=message_id,
            offer_id=offer_id,
            phone_number=phone_number,
            timestamp=timestamp,
            send_timestamp=send_timestamp,
        )

        history_click_record.additional_properties = d
        return history_click_record

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
