from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SendBulkItemError")


@_attrs_define
class SendBulkItemError:
    """One failed message. It has no code field. Documented causes: missing phone number,
    missing body, invalid phone format, body over 1,600 characters; the texts are not
    documented.

    """

    index: int
    """ Position of the message in the request's `messages` array (zero-based).
     """
    to_msisdn: None | str
    """ The recipient of the failed message, as sent (what is echoed for a missing recipient is not documented). """
    error: str
    """ Description of the failure. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        to_msisdn: None | str
        to_msisdn = self.to_msisdn

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "to_msisdn": to_msisdn,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index")

        def _parse_to_msisdn(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        to_msisdn = _parse_to_msisdn(d.pop("to_msisdn"))

        error = d.pop("error")

        send_bulk_item_error = cls(
            index=index,
            to_msisdn=to_msisdn,
            error=error,
        )

        send_bulk_item_error.additional_properties = d
        return send_bulk_item_error

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
