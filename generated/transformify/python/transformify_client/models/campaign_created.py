from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_status import CampaignStatus

T = TypeVar("T", bound="CampaignCreated")


@_attrs_define
class CampaignCreated:
    """The new transactional campaign, already InProgress."""

    campaign_id: UUID
    """ Identifier of a template or a campaign (a UUID). """
    name: str
    status: CampaignStatus
    """ Life-cycle state of a campaign. Bulk campaigns go Queuing → Ready → (start) InProgress
    → Completed; transactional campaigns are created directly in InProgress and stay there.
    Only InProgress campaigns accept single messages.
     """
    created_at: datetime.datetime
    """ ISO 8601 timestamp in UTC, e.g. `2024-01-15T10:30:00Z`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_id = str(self.campaign_id)

        name = self.name

        status = self.status.value

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaignId": campaign_id,
                "name": name,
                "status": status,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign_id = UUID(d.pop("campaignId"))

        name = d.pop("name")

        status = CampaignStatus(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        campaign_created = cls(
            campaign_id=campaign_id,
            name=name,
            status=status,
            created_at=created_at,
        )

        campaign_created.additional_properties = d
        return campaign_created

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
