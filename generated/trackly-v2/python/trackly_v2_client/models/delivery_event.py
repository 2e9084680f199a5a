from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delivery_status import DeliveryStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliveryEvent")


@_attrs_define
class DeliveryEvent:
    """Status update of a sent message. A `status_detail` of `REJECTED_SPAM` or
    `REJECTED_DESTINATION` removes the contact automatically; absent-subscriber and operator
    rejections remove it only after a retry threshold (not published).

    """

    event: Literal["delivery"]
    message_id: str
    """ 8-character alphanumeric message id. It also replaces the `{{messageId}}` macro in a
    message body (revenue pages call the same value `{{sendId}}`).
     """
    to: str
    """ Phone number in E.164 format, a `+` followed by 2 to 15 digits. """
    list_number: str
    """ Phone number in E.164 format, a `+` followed by 2 to 15 digits. """
    status: DeliveryStatus
    """ Delivery state reported by the carrier-facing provider. """
    timestamp: datetime.datetime
    """ ISO 8601 timestamp with a zone (`Z` or an offset), as most v2 pages print it. """
    status_detail: str | Unset = UNSET
    """ The provider's own status detail. The page gives examples, not a closed list:
    `DELIVERED_TO_HANDSET`, `REJECTED_SPAM`, `REJECTED_DESTINATION`,
    `REJECTED_ABSENT_SUBSCRIBER`, `REJECTED_OPERATOR`.
     """
    provider: str | Unset = UNSET
    """ Provider that reported the status (open list; `infobip` in the example). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        message_id = self.message_id

        to = self.to

        list_number = self.list_number

        status = self.status.value

        timestamp = self.timestamp.isoformat()

        status_detail = self.status_detail

        provider = self.provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "message_id": message_id,
                "to": to,
                "list_number": list_number,
                "status": status,
                "timestamp": timestamp,
            }
        )
        if status_detail is not UNSET:
            field_dict["status_detail"] = status_detail
        if provider is not UNSET:
            field_dict["provider"] = provider

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event = cast(Literal["delivery"], d.pop("event"))
        if event != "delivery":
            raise ValueError(f"event must match const 'delivery', got '{event}'")

        message_id = d.pop("message_id")

        to = d.pop("to")

        list_number = d.pop("list_number")

        status = DeliveryStatus(d.pop("status"))

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        status_detail = d.pop("status_detail", UNSET)

        provider = d.pop("provider", UNSET)

        delivery_event = cls(
            event=event,
            message_id=message_id,
            to=to,
            list_number=list_number,
            status=status,
            timestamp=timestamp,
            status_detail=status_detail,
            provider=provider,
        )

        delivery_event.additional_properties = d
        return delivery_event

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
