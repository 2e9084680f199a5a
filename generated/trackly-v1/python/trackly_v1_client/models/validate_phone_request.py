from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidatePhoneRequest")


@_attrs_define
class ValidatePhoneRequest:
    """One phone number to validate."""

    phone: str
    """ Phone number. E.164 is recommended (`+14155551234`); v1 also accepts a country code
    without `+` (`14155551234`) and strips punctuation (`(415) 555-1234`), while national
    numbers (`4155551234`) may fail. No format is enforced by the schema.
     """
    force: bool | Unset = UNSET
    """ When `true`, bypass the per-account cache and perform a fresh (billed) lookup. Must be a
    JSON boolean; a string such as `"true"` is answered with `invalid_force`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        force = self.force

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone": phone,
            }
        )
        if force is not UNSET:
            field_dict["force"] = force

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone = d.pop("phone")

        force = d.pop("force", UNSET)

        validate_phone_request = cls(
            phone=phone,
            force=force,
        )

        validate_phone_request.additional_properties = d
        return validate_phone_request

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
