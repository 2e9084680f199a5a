from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.revenue_attribution_type import RevenueAttributionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RevenueRecord")


@_attrs_define
class RevenueRecord:
    """One conversion attributed to a sent message."""

    message_id: str
    """ Id of the message the revenue belongs to (the value of the `{{messageId}}` macro,
    which the revenue pages call `{{sendId}}`). Sent messages have 8-character ids;
    imported ones keep the id they were imported with, so no format is enforced here.
     """
    revenue: float
    """ Revenue amount, 0 or more. """
    attribution_type: RevenueAttributionType
    """ How the revenue is attributed to the message: `sale`, `click` or `send`. The history
    revenue import also accepts `migration`; these endpoints do not.
     """
    offer_id: str | Unset = UNSET
    """ Trackly offer id or the offer's external id. When omitted, the offer is resolved from
    the message's short link.
     """
    timestamp: str | Unset = UNSET
    """ ISO 8601 date-time sent by the client. A value without a UTC offset is read as UTC, so
    this schema does not require an offset.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        revenue = self.revenue

        attribution_type = self.attribution_type.value

        offer_id = self.offer_id

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_id": message_id,
                "revenue": revenue,
                "attribution_type": attribution_type,
            }
        )
        if offer_id is not UNSET:
            field_dict["offer_id"] = offer_id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_id = d.pop("message_id")

        revenue = d.pop("revenue")

        attribution_type = RevenueAttributionType(d.pop("attribution_type"))

        offer_id = d.pop("offer_id", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        revenue_record = cls(
            message_id=message_id,
            revenue=revenue,
            attribution_type=attribution_type,
            offer_id=offer_id,
            timestamp=timestamp,
        )

        revenue_record.additional_properties = d
        return revenue_record

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
