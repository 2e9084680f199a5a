from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.history_revenue_record_attribution_type import HistoryRevenueRecordAttributionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="HistoryRevenueRecord")


@_attrs_define
class HistoryRevenueRecord:
    """One historical conversion."""

    message_id: str
    """ Id of an existing (sent or imported) message of the account. """
    offer_id: str
    """ Id of an existing offer of the account (e.g. `offer_456`). """
    revenue: float
    """ Revenue amount. """
    payout: float | Unset = UNSET
    """ Payout amount. """
    attribution_type: HistoryRevenueRecordAttributionType | Unset = UNSET
    """ How the revenue is attributed. Besides the `sale`, `click` and `send` of the revenue
    endpoints this import accepts `migration`, the value its documented example uses.
     """
    timestamp: str | Unset = UNSET
    """ ISO 8601 date-time sent by the client. A value without a UTC offset is read as UTC, so
    this schema does not require an offset.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        offer_id = self.offer_id

        revenue = self.revenue

        payout = self.payout

        attribution_type: str | Unset = UNSET
        if not isinstance(self.attribution_type, Unset):
            attribution_type = self.attribution_type.value

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_id": message_id,
                "offer_id": offer_id,
                "revenue": revenue,
            }
        )
        if payout is not UNSET:
            field_dict["payout"] = payout
        if attribution_type is not UNSET:
            field_dict["attribution_type"] = attribution_type
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_id = d.pop("message_id")

        offer_id = d.pop("offer_id")

        revenue = d.pop("revenue")

        payout = d.pop("payout", UNSET)

        _attribution_type = d.pop("attribution_type", UNSET)
        attribution_type: HistoryRevenueRecordAttributionType | Unset
        if isinstance(_attribution_type, Unset):
            attribution_type = UNSET
        else:
            attribution_type = HistoryRevenueRecordAttributionType(_attribution_type)

        timestamp = d.pop("timestamp", UNSET)

        history_revenue_record = cls(
            message_id=message_id,
            offer_id=offer_id,
            revenue=revenue,
            payout=payout,
            attribution_type=attribution_type,
            timestamp=timestamp,
        )

        history_revenue_record.additional_properties = d
        return history_revenue_record

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
