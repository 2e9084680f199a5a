from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment import Attachment


T = TypeVar("T", bound="MessageEventData")


@_attrs_define
class MessageEventData:
    """The message of a `message.received` or `message.sent` event."""

    id: str
    """ Message id, `msg_` followed by the rest of the id. """
    line_handle: str
    """ Line handle: the line's E.164 phone number or Apple ID, never an `ln_` id. The docs
    publish no pattern for it.
     """
    chat_id: str
    """ Chat id, `cht_` followed by the rest of the id. """
    guid: str
    """ iMessage GUID of the message. """
    sender: str
    """ Handle of the sender. """
    text: None | str
    attachments: list[Attachment]
    is_from_me: bool
    """ True for `message.sent`. """
    is_audio_message: bool | None
    sent_at: int
    """ Unix time in milliseconds, UTC. """
    reply_to_guid: None | str
    line_id: str | Unset = UNSET
    """ Line id, `ln_` followed by the rest of the id. """
    synced_at: int | Unset = UNSET
    """ Unix time in milliseconds, UTC. """
    object_: str | Unset = UNSET
    """ Object type (`message`); not always present.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        line_handle = self.line_handle

        chat_id = self.chat_id

        guid = self.guid

        sender = self.sender

        text: None | str
        text = self.text

        attachments = []
        for attachments_item_data in self.attachments:
            attachments_item = attachments_item_data.to_dict()
            attachments.append(attachments_item)

        is_from_me = self.is_from_me

        is_audio_message: bool | None
        is_audio_message = self.is_audio_message

        sent_at = self.sent_at

        reply_to_guid: None | str
        reply_to_guid = self.reply_to_guid

        line_id = self.line_id

        synced_at = self.synced_at

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "line_handle": line_handle,
                "chat_id": chat_id,
                "guid": guid,
                "sender": sender,
                "text": text,
                "attachments": attachments,
                "is_from_me": is_from_me,
                "is_audio_message": is_audio_message,
                "sent_at": sent_at,
                "reply_to_guid": reply_to_guid,
            }
        )
        if line_id is not UNSET:
            field_dict["line_id"] = line_id
        if synced_at is not UNSET:
            field_dict["synced_at"] = synced_at
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment import Attachment  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        line_handle = d.pop("line_handle")

        chat_id = d.pop("chat_id")

        guid = d.pop("guid")

        sender = d.pop("sender")

        def _parse_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        text = _parse_text(d.pop("text"))

        attachments = []
        _attachments = d.pop("attachments")
        for attachments_item_data in _attachments:
            attachments_item = Attachment.from_dict(attachments_item_data)

            attachments.append(attachments_item)

        is_from_me = d.pop("is_from_me")

        def _parse_is_audio_message(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        is_audio_message = _parse_is_audio_message(d.pop("is_audio_message"))

        sent_at = d.pop("sent_at")

        def _parse_reply_to_guid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reply_to_guid = _parse_reply_to_guid(d.pop("reply_to_guid"))

        line_id = d.pop("line_id", UNSET)

        synced_at = d.pop("synced_at", UNSET)

        object_ = d.pop("object", UNSET)

        message_event_data = cls(
            id=id,
            line_handle=line_handle,
            chat_id=chat_id,
            guid=guid,
            sender=sender,
            text=text,
            attachments=attachments,
            is_from_me=is_from_me,
            is_audio_message=is_audio_message,
            sent_at=sent_at,
            reply_to_guid=reply_to_guid,
            line_id=line_id,
            synced_at=synced_at,
            object_=object_,
        )

        message_event_data.additional_properties = d
        return message_event_data

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
