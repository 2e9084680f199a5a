from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShortenLinkRequest")


@_attrs_define
class ShortenLinkRequest:
    """A URL or an SMS offer to shorten on a sending list's shortener domain. Either `url` or
    `offerId` is required (`offerId` wins when both are sent), and either `listId` or
    `phoneNumber`.

    """

    url: str | Unset = UNSET
    """ http or https URL to shorten; required unless `offerId` is sent. """
    offer_id: str | Unset = UNSET
    """ Id of an SMS offer of the account; takes priority over `url`. """
    list_id: int | Unset = UNSET
    """ Integer id of a sending list. """
    phone_number: str | Unset = UNSET
    """ Phone number in E.164 format, a `+` followed by 2 to 15 digits. """
    contact_phone: str | Unset = UNSET
    """ Phone number in E.164 format, a `+` followed by 2 to 15 digits. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        offer_id = self.offer_id

        list_id = self.list_id

        phone_number = self.phone_number

        contact_phone = self.contact_phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if offer_id is not UNSET:
            field_dict["offerId"] = offer_id
        if list_id is not UNSET:
            field_dict["listId"] = list_id
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if contact_phone is not UNSET:
            field_dict["contactPhone"] = contact_phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        offer_id = d.pop("offerId", UNSET)

        list_id = d.pop("listId", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        contact_phone = d.pop("contactPhone", UNSET)

        shorten_link_request = cls(
            url=url,
            offer_id=offer_id,
            list_id=list_id,
            phone_number=phone_number,
            contact_phone=contact_phone,
        )

        shorten_link_request.additional_properties = d
        return shorten_link_request

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
