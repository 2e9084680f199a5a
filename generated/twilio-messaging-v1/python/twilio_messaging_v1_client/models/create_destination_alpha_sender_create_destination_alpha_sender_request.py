from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateDestinationAlphaSenderCreateDestinationAlphaSenderRequest")


@_attrs_define
class CreateDestinationAlphaSenderCreateDestinationAlphaSenderRequest:
    alpha_sender: str
    """ The Alphanumeric Sender ID string. Can be up to 11 characters long. Valid characters are A-Z, a-z, 0-9,
    space, hyphen `-`, plus `+`, underscore `_` and ampersand `&`. This value cannot contain only numbers. """
    iso_country_code: str | Unset = UNSET
    """ The Optional Two Character ISO Country Code the Alphanumeric Sender ID will be used for. If the
    IsoCountryCode is not provided, a default Alpha Sender will be created that can be used across all countries.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alpha_sender = self.alpha_sender

        iso_country_code = self.iso_country_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AlphaSender": alpha_sender,
            }
        )
        if iso_country_code is not UNSET:
            field_dict["IsoCountryCode"] = iso_country_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alpha_sender = d.pop("AlphaSender")

        iso_country_code = d.pop("IsoCountryCode", UNSET)

        create_destination_alpha_sender_create_destination_alpha_sender_request = cls(
            alpha_sender=alpha_sender,
            iso_country_code=iso_country_code,
        )

        create_destination_alpha_sender_create_destination_alpha_sender_request.additional_properties = d
        return create_destination_alpha_sender_create_destination_alpha_sender_request

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
