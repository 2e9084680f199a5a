from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HistorySendRecord")


@_attrs_define
class HistorySendRecord:
    """One historical send. The server marks every imported send `imported=true`."""

    id: str
    """ Message id of the send on the other platform (any string, e.g. `hist_0001`). A
    record whose id was already imported is skipped and counted in
    `duplicates_skipped`.
     """
    to_number: str
    """ Phone number in E.164 format, a `+` followed by 2 to 15 digits. """
    timestamp: str
    """ ISO 8601 date-time sent by the client. A value without a UTC offset is read as UTC, so
    this schema does not require an offset.
     """
    list_number: str | Unset = UNSET
    """ Phone number in E.164 format, a `+` followed by 2 to 15 digits. """
    list_id: int | Unset = UNSET
    """ Integer id of a sending list. """
    message: str | Unset = UNSET
    """ Message text. """
    send_type: str | Unset = UNSET
    """ Kind of send, e.g. `campaign`. """
    delivered: bool | Unset = UNSET
    """ Whether the message was delivered. """
    length: int | Unset = UNSET
    """ Message length. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        to_number = self.to_number

        timestamp = self.timestamp

        list_number = self.list_number

        list_id = self.list_id

        message = self.message

        send_type = self.send_type

        delivered = self.delivered

        length = self.length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "to_number": to_number,
                "timestamp": timestamp,
            }
        )
        if list_number is not UNSET:
            field_dict["list_number"] = list_number
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if message is not UNSET:
            field_dict["message"] = message
        if send_type is not UNSET:
            field_dict["send_type"] = send_type
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if length is not UNSET:
            field_dict["length"] = length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        to_number = d.pop("to_number")

        timestamp = d.pop("timestamp")

        list_number = d.pop("list_number", UNSET)

        list_id = d.pop("list_id", UNSET)

        message = d.pop("message", UNSET)

        send_type = d.pop("send_type", UNSET)

        delivered = d.pop("delivered", UNSET)

        length = d.pop("length", UNSET)

        history_send_record = cls(
            id=id,
            to_number=to_number,
            timestamp=timestamp,
            list_number=list_number,
            list_id=list_id,
            message=message,
            send_type=send_type,
            delivered=delivered,
            length=length,
        )

        history_send_record.additional_properties = d
        return history_send_record

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
