from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidatePhoneBatchRequest")


@_attrs_define
class ValidatePhoneBatchRequest:
    """Up to 500 phone numbers to validate."""

    phones: list[str]
    """ The numbers, 1 to 500, each in the formats `phone` accepts. Duplicates are looked up
    and billed once. Absent or empty is `missing_phones`; more than 500 is
    `too_many_phones` (413).
     """
    force: bool | Unset = UNSET
    """ When `true`, bypass the per-account cache and perform a fresh (billed) lookup. Must be a
    JSON boolean; a string such as `"true"` is answered with `invalid_force`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phones = self.phones

        force = self.force

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phones": phones,
            }
        )
        if force is not UNSET:
            field_dict["force"] = force

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phones = cast(list[str], d.pop("phones"))

        force = d.pop("force", UNSET)

        validate_phone_batch_request = cls(
            phones=phones,
            force=force,
        )

        validate_phone_batch_request.additional_properties = d
        return validate_phone_batch_request

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
