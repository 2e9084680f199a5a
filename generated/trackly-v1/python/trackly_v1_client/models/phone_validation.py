from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_validation_disposition import PhoneValidationDisposition
from ..models.phone_validation_line_type import PhoneValidationLineType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneValidation")


@_attrs_define
class PhoneValidation:
    """Carrier lookup result of one number."""

    phone: str
    """ The number, normalised to E.164. """
    valid: bool
    """ Whether the number is valid on the carrier network. """
    line_type: PhoneValidationLineType | Unset = UNSET
    """ Line type (`fixed line` is spelled with a space). """
    carrier: str | Unset = UNSET
    """ Friendly carrier name, derived from `carrier_raw`. """
    carrier_raw: str | Unset = UNSET
    """ Raw carrier string from the lookup. """
    ported: bool | Unset = UNSET
    """ Whether the number was ported away from the original carrier of its NPA-NXX. """
    country: str | Unset = UNSET
    """ Country code, e.g. `US`. """
    state: str | Unset = UNSET
    """ State; may be an empty string. """
    city: str | Unset = UNSET
    """ City; may be an empty string. """
    on_dnc: bool | Unset = UNSET
    """ Whether the number is on Trackly's internal do-not-contact list. """
    disposition: PhoneValidationDisposition | Unset = UNSET
    """ Overall verdict; `ok` means mobile, valid and not on the DNC list.
     """
    cost: float | Unset = UNSET
    """ Price of this lookup in USD, `0.003` for a fresh lookup and `0` when served from the cache. """
    cached: bool | Unset = UNSET
    """ Whether the result was served from the per-account cache. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        valid = self.valid

        line_type: str | Unset = UNSET
        if not isinstance(self.line_type, Unset):
            line_type = self.line_type.value

        carrier = self.carrier

        carrier_raw = self.carrier_raw

        ported = self.ported

        country = self.country

        state = self.state

        city = self.city

        on_dnc = self.on_dnc

        disposition: str | Unset = UNSET
        if not isinstance(self.disposition, Unset):
            disposition = self.disposition.value

        cost = self.cost

        cached = self.cached

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone": phone,
                "valid": valid,
            }
        )
        if line_type is not UNSET:
            field_dict["line_type"] = line_type
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if carrier_raw is not UNSET:
            field_dict["carrier_raw"] = carrier_raw
        if ported is not UNSET:
            field_dict["ported"] = ported
        if country is not UNSET:
            field_dict["country"] = country
        if state is not UNSET:
            field_dict["state"] = state
        if city is not UNSET:
            field_dict["city"] = city
        if on_dnc is not UNSET:
            field_dict["on_dnc"] = on_dnc
        if disposition is not UNSET:
            field_dict["disposition"] = disposition
        if cost is not UNSET:
            field_dict["cost"] = cost
        if cached is not UNSET:
            field_dict["cached"] = cached

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone = d.pop("phone")

        valid = d.pop("valid")

        _line_type = d.pop("line_type", UNSET)
        line_type: PhoneValidationLineType | Unset
        if isinstance(_line_type, Unset):
            line_type = UNSET
        else:
            line_type = PhoneValidationLineType(_line_type)

        carrier = d.pop("carrier", UNSET)

        carrier_raw = d.pop("carrier_raw", UNSET)

        ported = d.pop("ported", UNSET)

        country = d.pop("country", UNSET)

        state = d.pop("state", UNSET)

        city = d.pop("city", UNSET)

        on_dnc = d.pop("on_dnc", UNSET)

        _disposition = d.pop("disposition", UNSET)
        disposition: PhoneValidationDisposition | Unset
        if isinstance(_disposition, Unset):
            disposition = UNSET
        else:
            disposition = PhoneValidationDisposition(_disposition)

        cost = d.pop("cost", UNSET)

        cached = d.pop("cached", UNSET)

        phone_validation = cls(
            phone=phone,
            valid=valid,
            line_type=line_type,
            carrier=carrier,
            carrier_raw=carrier_raw,
            ported=ported,
            country=country,
            state=state,
            city=city,
            on_dnc=on_dnc,
            disposition=disposition,
            cost=cost,
            cached=cached,
        )

        phone_validation.additional_properties = d
        return phone_validation

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
