from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule_blast_offer_link_url_params import ScheduleBlastOfferLinkUrlParams


T = TypeVar("T", bound="ScheduleBlastOfferLink")


@_attrs_define
class ScheduleBlastOfferLink:
    """Offer behind a `{{linkN}}` placeholder of a blast message."""

    key: str | Unset = UNSET
    """ Placeholder key, e.g. `link1` for `{{link1}}`. """
    offer_id: str | Unset = UNSET
    """ Offer id (the documented example uses `offer_abc123`). """
    url_params: ScheduleBlastOfferLinkUrlParams | Unset = UNSET
    """ Extra query parameters added to the offer URL. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        offer_id = self.offer_id

        url_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.url_params, Unset):
            url_params = self.url_params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if offer_id is not UNSET:
            field_dict["offer_id"] = offer_id
        if url_params is not UNSET:
            field_dict["url_params"] = url_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.schedule_blast_offer_link_url_params import ScheduleBlastOfferLinkUrlParams  # noqa: PLC0415

        d = dict(src_dict)
        key = d.pop("key", UNSET)

        offer_id = d.pop("offer_id", UNSET)

        _url_params = d.pop("url_params", UNSET)
        url_params: ScheduleBlastOfferLinkUrlParams | Unset
        if isinstance(_url_params, Unset):
            url_params = UNSET
        else:
            url_params = ScheduleBlastOfferLinkUrlParams.from_dict(_url_params)

        schedule_blast_offer_link = cls(
            key=key,
            offer_id=offer_id,
            url_params=url_params,
        )

        schedule_blast_offer_link.additional_properties = d
        return schedule_blast_offer_link

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
