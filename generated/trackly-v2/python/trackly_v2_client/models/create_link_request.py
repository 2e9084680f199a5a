from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateLinkRequest")


@_attrs_define
class CreateLinkRequest:
    """A partnership offer to link to through the click tracker, on a sending list's shortener
    domain. Either `offerId` or `externalOfferId` is required (`offerId` wins when both are
    sent), and either `listId` or `phoneNumber`.

    """

    offer_id: str | Unset = UNSET
    """ Internal id of a partnership offer; required unless `externalOfferId` is sent. """
    external_offer_id: str | Unset = UNSET
    """ TUNE/HasOffers offer id, instead of `offerId` (ignored when `offerId` is sent). """
    list_id: int | Unset = UNSET
    """ Integer id of a sending list. """
    phone_number: str | Unset = UNSET
    """ Phone number in E.164 format, a `+` followed by 2 to 15 digits. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offer_id = self.offer_id

        external_offer_id = self.external_offer_id

        list_id = self.list_id

        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if offer_id is not UNSET:
            field_dict["offerId"] = offer_id
        if external_offer_id is not UNSET:
            field_dict["externalOfferId"] = external_offer_id
        if list_id is not UNSET:
            field_dict["listId"] = list_id
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        offer_id = d.pop("offerId", UNSET)

        external_offer_id = d.pop("externalOfferId", UNSET)

        list_id = d.pop("listId", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        create_link_request = cls(
            offer_id=offer_id,
            external_offer_id=external_offer_id,
            list_id=list_id,
            phone_number=phone_number,
        )

        create_link_request.additional_properties = d
        return create_link_request

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
