from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.send_bulk_item_error_code import SendBulkItemErrorCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendBulkItemError")


@_attrs_define
class SendBulkItemError:
    """One failed message."""

    index: int
    """ Zero-based position of the message in the request's `messages` array. """
    code: SendBulkItemErrorCode
    """ Why the message failed: a code of the send-bulk page, the single-send page's
    not_sendable or webhook_not_configured (the same checks run per message),
    message_too_long for a body over 1,600 characters, or invalid_body for a body that is
    not text.
     """
    error: str
    to: None | str | Unset = UNSET
    """ The recipient of the failed message, as sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        code = self.code.value

        error = self.error

        to: None | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "code": code,
                "error": error,
            }
        )
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index")

        code = SendBulkItemErrorCode(d.pop("code"))

        error = d.pop("error")

        def _parse_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to = _parse_to(d.pop("to", UNSET))

        send_bulk_item_error = cls(
            index=index,
            code=code,
            error=error,
            to=to,
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
