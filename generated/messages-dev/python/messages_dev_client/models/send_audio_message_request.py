from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendAudioMessageRequest")


@_attrs_define
class SendAudioMessageRequest:
    """A native iMessage audio message made from an uploaded audio file (m4a/aac, mp3, wav, caf
    or aiff; transcoded server-side).

    """

    from_: str
    """ Line handle: the line's E.164 phone number or Apple ID, never an `ln_` id. The docs
    publish no pattern for it.
     """
    to: str
    """ Chat identifier: the recipient's phone number or Apple ID, or a `cht_` chat id (group
    chats).
     """
    audio_message: str
    """ File id, `file_` followed by the rest of the id. File ids can be reused across sends. """
    reply_to: str | Unset = UNSET
    """ A `msg_` message id or a raw iMessage GUID. The GUID format is not documented, so a
    wrong prefix cannot be told apart from a GUID by pattern.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        to = self.to

        audio_message = self.audio_message

        reply_to = self.reply_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "to": to,
                "audio_message": audio_message,
            }
        )
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_ = d.pop("from")

        to = d.pop("to")

        audio_message = d.pop("audio_message")

        reply_to = d.pop("reply_to", UNSET)

        send_audio_message_request = cls(
            from_=from_,
            to=to,
            audio_message=audio_message,
            reply_to=reply_to,
        )

        send_audio_message_request.additional_properties = d
        return send_audio_message_request

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
