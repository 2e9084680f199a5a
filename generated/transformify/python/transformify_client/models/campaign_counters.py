from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignCounters")


@_attrs_define
class CampaignCounters:
    """Message counters of a campaign."""

    total_messages: int | Unset = UNSET
    """ Messages in the campaign. """
    delivered_count: int | Unset = UNSET
    """ Messages delivered. """
    failed_count: int | Unset = UNSET
    """ Messages that failed. """
    pending_count: int | Unset = UNSET
    """ Messages not yet processed. """
    seen_count: int | Unset = UNSET
    """ Messages the recipient has seen (Viber). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_messages = self.total_messages

        delivered_count = self.delivered_count

        failed_count = self.failed_count

        pending_count = self.pending_count

        seen_count = self.seen_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_messages is not UNSET:
            field_dict["totalMessages"] = total_messages
        if delivered_count is not UNSET:
            field_dict["deliveredCount"] = delivered_count
        if failed_count is not UNSET:
            field_dict["failedCount"] = failed_count
        if pending_count is not UNSET:
            field_dict["pendingCount"] = pending_count
        if seen_count is not UNSET:
            field_dict["seenCount"] = seen_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_messages = d.pop("totalMessages", UNSET)

        delivered_count = d.pop("deliveredCount", UNSET)

        failed_count = d.pop("failedCount", UNSET)

        pending_count = d.pop("pendingCount", UNSET)

        seen_count = d.pop("seenCount", UNSET)

        campaign_counters = cls(
            total_messages=total_messages,
            delivered_count=delivered_count,
            failed_count=failed_count,
            pending_count=pending_count,
            seen_count=seen_count,
        )

        campaign_counters.additional_properties = d
        return campaign_counters

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
