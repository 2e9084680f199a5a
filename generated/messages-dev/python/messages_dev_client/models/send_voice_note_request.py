from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SendVoiceNoteRequest")


@_attrs_define
class SendVoiceNoteRequest:
    """Older form of `SendAudioMessageRequest`: the file id is sent as `voice_note`."""

    from_: str
    """ Line handle: the line's E.164 phone number or Apple ID, never an `ln_` id. The docs
    publish no pattern for it.
     """
    to: str
    """ Chat identifier: the recipient's phone number or Apple ID, or a `cht_` chat id (group
    chats).
     """
    voice_note: str
    """ File id, `file_` followed by the rest of the id. File ids can be reused across sends. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        to = self.to

        voice_note = self.voice_note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "to": to,
                "voice_note": voice_note,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_ = d.pop("from")

        to = d.pop("to")

        voice_note = d.pop("voice_note")

        send_voice_note_request = cls(
            from_=from_,
            to=to,
            voice_note=voice_note,
        )

        send_voice_note_request.additional_properties = d
        return send_voice_note_request

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
