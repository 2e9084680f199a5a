from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneValidationItemError")


@_attrs_define
class PhoneValidationItemError:
    """A number of a batch that could not be validated (bad format, provider failure or a
    rate-limit timeout at the provider). A single bad number never fails the batch. Only
    the bad-format entry is documented (`code` `invalid_phone`).

    """

    phone: str
    """ The number as submitted. """
    error: Literal["validation_error"]
    code: str
    """ Machine-readable cause; `invalid_phone` is the only documented value. """
    message: str | Unset = UNSET
    """ Human-readable cause, e.g. `invalid phone number format` (lower-case).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        error = self.error

        code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone": phone,
                "error": error,
                "code": code,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone = d.pop("phone")

        error = cast(Literal["validation_error"], d.pop("error"))
        if error != "validation_error":
            raise ValueError(f"error must match const 'validation_error', got '{error}'")

        code = d.pop("code")

        message = d.pop("message", UNSET)

        phone_validation_item_error = cls(
            phone=phone,
            error=error,
            code=code,
            message=message,
        )

        phone_validation_item_error.additional_properties = d
        return phone_validation_item_error

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
