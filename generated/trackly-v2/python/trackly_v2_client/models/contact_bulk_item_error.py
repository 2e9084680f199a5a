from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_bulk_item_error_code import ContactBulkItemErrorCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactBulkItemError")


@_attrs_define
class ContactBulkItemError:
    """One contact that was not stored."""

    index: int
    """ Zero-based position of the contact in the request's `contacts` array. """
    code: ContactBulkItemErrorCode
    """ `not_sendable`: the number failed carrier validation or was rejected as VoIP;
    `validation_failed`: the paid validation found the number invalid or unreachable;
    `provider_error`: the validation provider failed.
     """
    error: str
    phone_number: None | str | Unset = UNSET
    """ The contact's phone number, as sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        code = self.code.value

        error = self.error

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "code": code,
                "error": error,
            }
        )
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index")

        code = ContactBulkItemErrorCode(d.pop("code"))

        error = d.pop("error")

        def _parse_phone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_number = _parse_phone_number(d.pop("phone_number", UNSET))

        contact_bulk_item_error = cls(
            index=index,
            code=code,
            error=error,
            phone_number=phone_number,
        )

        contact_bulk_item_error.additional_properties = d
        return contact_bulk_item_error

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
