from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShortLink")


@_attrs_define
class ShortLink:
    """A new short link. Every call creates a new link (no deduplication). Query parameters
    added to `shortUrl` at click time are forwarded to fill the destination's macros.

    """

    short_url: str
    """ The short link, `https://<domain>/<linkId>`. """
    link_id: str
    """ Short link id, the path of `shortUrl` (6 or 7 alphanumeric characters in the examples). """
    destination_url: str
    """ Where the link leads, macros such as `{{sendId}}` unfilled. """
    domain: str
    """ Shortener domain of the sending list. """
    offer_id: str | Unset = UNSET
    """ Id of the offer the link points to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        short_url = self.short_url

        link_id = self.link_id

        destination_url = self.destination_url

        domain = self.domain

        offer_id = self.offer_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "shortUrl": short_url,
                "linkId": link_id,
                "destinationUrl": destination_url,
                "domain": domain,
            }
        )
        if offer_id is not UNSET:
            field_dict["offerId"] = offer_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        short_url = d.pop("shortUrl")

        link_id = d.pop("linkId")

        destination_url = d.pop("destinationUrl")

        domain = d.pop("domain")

        offer_id = d.pop("offerId", UNSET)

        short_link = cls(
            short_url=short_url,
            link_id=link_id,
            destination_url=destination_url,
            domain=domain,
            offer_id=offer_id,
        )

        short_link.additional_properties = d
        return short_link

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
