from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendMessageRequest")


@_attrs_define
class SendMessageRequest:
    """A text and/or attachment message. At least one of `text` and `attachments` is required."""

    from_: str
    """ Line handle: the line's E.164 phone number or Apple ID, never an `ln_` id. The docs
    publish no pattern for it.
     """
    to: str
    """ Chat identifier: the recipient's phone number or Apple ID, or a `cht_` chat id (group
    chats).
     """
    text: str | Unset = UNSET
    """ Message text. No length limit is documented. """
    attachments: list[str] | Unset = UNSET
    """ File ids from `POST /v1/files`; at most one attachment. An id without the `file_`
    prefix, or more than one attachment, is answered with `invalid_parameter_value`.
     """
    reply_to: str | Unset = UNSET
    """ A `msg_` message id or a raw iMessage GUID. The GUID format is not documented, so a
    wrong prefix cannot be told apart from a GUID by pattern.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        to = self.to

        text = self.text

        attachments: list[str] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = self.attachments

        reply_to = self.reply_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "to": to,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_ = d.pop("from")

        to = d.pop("to")

        text = d.pop("text", UNSET)

        attachments = cast(list[str], d.pop("attachments", UNSET))

        reply_to = d.pop("reply_to", UNSET)

        send_message_request = cls(
            from_=from_,
            to=to,
            text=text,
            attachments=attachments,
            reply_to=reply_to,
        )

        send_message_request.additional_properties = d
        return send_message_request

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
