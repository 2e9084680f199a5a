from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BulkMessage")


@_attrs_define
class BulkMessage:
    """One message of a bulk request. A `to` fallback is not documented for bulk items."""

    to_msisdn: str
    """ Phone number. E.164 is recommended (`+14155551234`); v1 also accepts a country code
    without `+` (`14155551234`) and strips punctuation (`(415) 555-1234`), while national
    numbers (`4155551234`) may fail. No format is enforced by the schema.
     """
    body: str
    """ Message text for this recipient (personalised per message), at most 1,600 characters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to_msisdn = self.to_msisdn

        body = self.body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "to_msisdn": to_msisdn,
                "body": body,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to_msisdn = d.pop("to_msisdn")

        body = d.pop("body")

        bulk_message = cls(
            to_msisdn=to_msisdn,
            body=body,
        )

        bulk_message.additional_properties = d
        return bulk_message

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
