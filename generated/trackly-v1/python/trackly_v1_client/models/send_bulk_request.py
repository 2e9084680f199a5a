from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bulk_message import BulkMessage


T = TypeVar("T", bound="SendBulkRequest")


@_attrs_define
class SendBulkRequest:
    """Up to 1,000 messages, all sent from one sending number."""

    from_phone_number_id: str
    """ Id of the sending list / phone number, shown in the dashboard under Lists (examples
    `pn_abc123def456`, `pn_abc123`, `pn_123`). No format rule is documented.
     """
    messages: list[BulkMessage]
    """ The messages, at most 1,000. Absent or empty is `missing_messages`; more than 1,000
    is `too_many_messages` (400).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_phone_number_id = self.from_phone_number_id

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from_phone_number_id": from_phone_number_id,
                "messages": messages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_message import BulkMessage  # noqa: PLC0415

        d = dict(src_dict)
        from_phone_number_id = d.pop("from_phone_number_id")

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = BulkMessage.from_dict(messages_item_data)

            messages.append(messages_item)

        send_bulk_request = cls(
            from_phone_number_id=from_phone_number_id,
            messages=messages,
        )

        send_bulk_request.additional_properties = d
        return send_bulk_request

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
