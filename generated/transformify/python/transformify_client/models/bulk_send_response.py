from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_status import CampaignStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkSendResponse")


@_attrs_define
class BulkSendResponse:
    """The bulk campaign was accepted and its messages are being queued (`status` Queuing).
    Poll `GET /api/v1/campaigns/{id}` until the campaign is Ready, then call `POST
    /api/v1/campaigns/{id}/start`.

    """

    campaign_id: UUID
    """ Identifier of a template or a campaign (a UUID). """
    message_count: int
    """ Recipients accepted for queuing. """
    status: CampaignStatus
    """ Life-cycle state of a campaign. Bulk campaigns go Queuing → Ready → (start) InProgress
    → Completed; transactional campaigns are created directly in InProgress and stay there.
    Only InProgress campaigns accept single messages.
     """
    queued_at: datetime.datetime
    """ ISO 8601 timestamp in UTC, e.g. `2024-01-15T10:30:00Z`. """
    message: str
    """ Human-readable next steps. """
    skipped_count: int | Unset = UNSET
    """ Recipients skipped. """
    invalid_phone_numbers: list[str] | Unset = UNSET
    """ Phone numbers that were not accepted (an empty list in the documented example). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_id = str(self.campaign_id)

        message_count = self.message_count

        status = self.status.value

        queued_at = self.queued_at.isoformat()

        message = self.message

        skipped_count = self.skipped_count

        invalid_phone_numbers: list[str] | Unset = UNSET
        if not isinstance(self.invalid_phone_numbers, Unset):
            invalid_phone_numbers = self.invalid_phone_numbers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaignId": campaign_id,
                "messageCount": message_count,
                "status": status,
                "queuedAt": queued_at,
                "message": message,
            }
        )
        if skipped_count is not UNSET:
            field_dict["skippedCount"] = skipped_count
        if invalid_phone_numbers is not UNSET:
            field_dict["invalidPhoneNumbers"] = invalid_phone_numbers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign_id = UUID(d.pop("campaignId"))

        message_count = d.pop("messageCount")

        status = CampaignStatus(d.pop("status"))

        queued_at = datetime.datetime.fromisoformat(d.pop("queuedAt"))

        message = d.pop("message")

        skipped_count = d.pop("skippedCount", UNSET)

        invalid_phone_numbers = cast(list[str], d.pop("invalidPhoneNumbers", UNSET))

        bulk_send_response = cls(
            campaign_id=campaign_id,
            message_count=message_count,
            status=status,
            queued_at=queued_at,
            message=message,
            skipped_count=skipped_count,
            invalid_phone_numbers=invalid_phone_numbers,
        )

        bulk_send_response.additional_properties = d
        return bulk_send_response

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
