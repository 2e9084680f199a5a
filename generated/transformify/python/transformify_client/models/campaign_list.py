from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.campaign_summary import CampaignSummary


T = TypeVar("T", bound="CampaignList")


@_attrs_define
class CampaignList:
    """One page of campaigns."""

    campaigns: list[CampaignSummary]
    total_count: int
    """ Campaigns matching the filter. """
    page: int
    """ This page's number. """
    page_size: int
    """ Campaigns per page. """
    total_pages: int
    """ Number of pages. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaigns = []
        for campaigns_item_data in self.campaigns:
            campaigns_item = campaigns_item_data.to_dict()
            campaigns.append(campaigns_item)

        total_count = self.total_count

        page = self.page

        page_size = self.page_size

        total_pages = self.total_pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaigns": campaigns,
                "totalCount": total_count,
                "page": page,
                "pageSize": page_size,
                "totalPages": total_pages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_summary import CampaignSummary  # noqa: PLC0415

        d = dict(src_dict)
        campaigns = []
        _campaigns = d.pop("campaigns")
        for campaigns_item_data in _campaigns:
            campaigns_item = CampaignSummary.from_dict(campaigns_item_data)

            campaigns.append(campaigns_item)

        total_count = d.pop("totalCount")

        page = d.pop("page")

        page_size = d.pop("pageSize")

        total_pages = d.pop("totalPages")

        campaign_list = cls(
            campaigns=campaigns,
            total_count=total_count,
            page=page,
            page_size=page_size,
            total_pages=total_pages,
        )

        campaign_list.additional_properties = d
        return campaign_list

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
