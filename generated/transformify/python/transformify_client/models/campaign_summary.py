from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_status import CampaignStatus
from ..models.channel_type import ChannelType
from ..models.sending_mode import SendingMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignSummary")


@_attrs_define
class CampaignSummary:
    """One campaign of the campaign list."""

    campaign_id: UUID
    """ Identifier of a template or a campaign (a UUID). """
    name: str
    status: CampaignStatus
    """ Life-cycle state of a campaign. Bulk campaigns go Queuing → Ready → (start) InProgress
    → Completed; transactional campaigns are created directly in InProgress and stay there.
    Only InProgress campaigns accept single messages.
     """
    channel: ChannelType
    """ Channel of a template (`channelType`) or campaign (`channel`): `Viber`, or `Smpp` for
    SMS. The two fields carry the same values under different names.
     """
    sending_mode: SendingMode
    """ How the campaign was created. """
    created_at: datetime.datetime
    """ ISO 8601 timestamp in UTC, e.g. `2024-01-15T10:30:00Z`. """
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
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_id = str(self.campaign_id)

        name = self.name

        status = self.status.value

        channel = self.channel.value

        sending_mode = self.sending_mode.value

        created_at = self.created_at.isoformat()

        total_messages = self.total_messages

        delivered_count = self.delivered_count

        failed_count = self.failed_count

        pending_count = self.pending_count

        seen_count = self.seen_count

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaignId": campaign_id,
                "name": name,
                "status": status,
                "channel": channel,
                "sendingMode": sending_mode,
                "createdAt": created_at,
            }
        )
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
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign_id = UUID(d.pop("campaignId"))

        name = d.pop("name")

        status = CampaignStatus(d.pop("status"))

        channel = ChannelType(d.pop("channel"))

        sending_mode = SendingMode(d.pop("sendingMode"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        total_messages = d.pop("totalMessages", UNSET)

        delivered_count = d.pop("deliveredCount", UNSET)

        failed_count = d.pop("failedCount", UNSET)

        pending_count = d.pop("pendingCount", UNSET)

        seen_count = d.pop("seenCount", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        campaign_summary = cls(
            campaign_id=campaign_id,
            name=name,
            status=status,
            channel=channel,
            sending_mode=sending_mode,
            created_at=created_at,
            total_messages=total_messages,
            delivered_count=delivered_count,
            failed_count=failed_count,
            pending_count=pending_count,
            seen_count=seen_count,
            description=description,
        )

        campaign_summary.additional_properties = d
        return campaign_summary

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
