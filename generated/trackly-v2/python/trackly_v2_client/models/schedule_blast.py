from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule_blast_offer_link import ScheduleBlastOfferLink


T = TypeVar("T", bound="ScheduleBlast")


@_attrs_define
class ScheduleBlast:
    """One message variant of a `blast` schedule. The `percent_audience` values of all blasts of
    a schedule must total exactly 100 (`invalid_blast_percent`, checked by the server).

    """

    message: str
    """ Message text with `{{linkN}}` placeholders. """
    offer_links: list[ScheduleBlastOfferLink] | Unset = UNSET
    percent_audience: float | Unset = UNSET
    """ Share of the audience that receives this variant, in percent. """
    variant_name: str | Unset = UNSET
    """ Name of the variant. """
    mms_image_url: None | str | Unset = UNSET
    """ Image sent with the blast when the schedule is MMS. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        offer_links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.offer_links, Unset):
            offer_links = []
            for offer_links_item_data in self.offer_links:
                offer_links_item = offer_links_item_data.to_dict()
                offer_links.append(offer_links_item)

        percent_audience = self.percent_audience

        variant_name = self.variant_name

        mms_image_url: None | str | Unset
        if isinstance(self.mms_image_url, Unset):
            mms_image_url = UNSET
        else:
            mms_image_url = self.mms_image_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if offer_links is not UNSET:
            field_dict["offer_links"] = offer_links
        if percent_audience is not UNSET:
            field_dict["percent_audience"] = percent_audience
        if variant_name is not UNSET:
            field_dict["variant_name"] = variant_name
        if mms_image_url is not UNSET:
            field_dict["mms_image_url"] = mms_image_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.schedule_blast_offer_link import ScheduleBlastOfferLink  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("message")

        _offer_links = d.pop("offer_links", UNSET)
        offer_links: list[ScheduleBlastOfferLink] | Unset = UNSET
        if _offer_links is not UNSET:
            offer_links = []
            for offer_links_item_data in _offer_links:
                offer_links_item = ScheduleBlastOfferLink.from_dict(offer_links_item_data)

                offer_links.append(offer_links_item)

        percent_audience = d.pop("percent_audience", UNSET)

        variant_name = d.pop("variant_name", UNSET)

        def _parse_mms_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mms_image_url = _parse_mms_image_url(d.pop("mms_image_url", UNSET))

        schedule_blast = cls(
            message=message,
            offer_links=offer_links,
            percent_audience=percent_audience,
            variant_name=variant_name,
            mms_image_url=mms_image_url,
        )

        schedule_blast.additional_properties = d
        return schedule_blast

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
