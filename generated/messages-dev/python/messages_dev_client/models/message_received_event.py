from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.message_event_data import MessageEventData


T = TypeVar("T", bound="MessageReceivedEvent")


@_attrs_define
class MessageReceivedEvent:
    event: Literal["message.received"]
    data: MessageEventData
    """ The message of a `message.received` or `message.sent` event.
     """
    timestamp: int
    """ Unix time in milliseconds, UTC. """
    delivery_id: str
    """ Webhook delivery id, `dlv_` followed by a UUID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        data = self.data.to_dict()

        timestamp = self.timestamp

        delivery_id = self.delivery_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "data": data,
                "timestamp": timestamp,
                "delivery_id": delivery_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_event_data import MessageEventData  # noqa: PLC0415

        d = dict(src_dict)
        event = cast(Literal["message.received"], d.pop("event"))
        if event != "message.received":
            raise ValueError(f"event must match const 'message.received', got '{event}'")

        data = MessageEventData.from_dict(d.pop("data"))

        timestamp = d.pop("timestamp")

        delivery_id = d.pop("delivery_id")

        message_received_event = cls(
            event=event,
            data=data,
            timestamp=timestamp,
            delivery_id=delivery_id,
        )

        message_received_event.additional_properties = d
        return message_received_event

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
