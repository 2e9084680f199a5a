from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment import Attachment


T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    """A message in a chat, sent or received."""

    id: str
    """ Message id, `msg_` followed by the rest of the id. """
    line_id: str
    """ Line id, `ln_` followed by the rest of the id. """
    chat_id: str
    """ Chat id, `cht_` followed by the rest of the id. """
    guid: str
    """ iMessage GUID of the message. """
    sender: str
    """ Handle of the sender. """
    text: None | str
    """ Text of the message; null for an attachment-only message. """
    attachments: list[Attachment]
    service: str
    """ Service the message went over. """
    is_from_me: bool
    """ True for messages the line sent. """
    sent_at: int
    """ Unix time in milliseconds, UTC. """
    synced_at: int
    """ Unix time in milliseconds, UTC. """
    outbox_id: None | str
    """ Outbox item that sent the message, or null (received messages). """
    reply_to_guid: None | str
    """ GUID of the message this one replies to, or null. """
    is_audio_message: bool | None | Unset = UNSET
    """ Whether the message is a native audio message (SDK schema; not on the page). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        line_id = self.line_id

        chat_id = self.chat_id

        guid = self.guid

        sender = self.sender

        text: None | str
        text = self.text

        attachments = []
        for attachments_item_data in self.attachments:
            attachments_item = attachments_item_data.to_dict()
            attachments.append(attachments_item)

        service = self.service

        is_from_me = self.is_from_me

        sent_at = self.sent_at

        synced_at = self.synced_at

        outbox_id: None | str
        outbox_id = self.outbox_id

        reply_to_guid: None | str
        reply_to_guid = self.reply_to_guid

        is_audio_message: bool | None | Unset
        if isinstance(self.is_audio_message, Unset):
            is_audio_message = UNSET
        else:
            is_audio_message = self.is_audio_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "line_id": line_id,
                "chat_id": chat_id,
                "guid": guid,
                "sender": sender,
                "text": text,
                "attachments": attachments,
                "service": service,
                "is_from_me": is_from_me,
                "sent_at": sent_at,
                "synced_at": synced_at,
                "outbox_id": outbox_id,
                "reply_to_guid": reply_to_guid,
            }
        )
        if is_audio_message is not UNSET:
            field_dict["is_audio_message"] = is_audio_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment import Attachment  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        line_id = d.pop("line_id")

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

        service = d.pop("service")

        is_from_me = d.pop("is_from_me")

        sent_at = d.pop("sent_at")

        synced_at = d.pop("synced_at")

        def _parse_outbox_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        outbox_id = _parse_outbox_id(d.pop("outbox_id"))

        def _parse_reply_to_guid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reply_to_guid = _parse_reply_to_guid(d.pop("reply_to_guid"))

        def _parse_is_audio_message(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_audio_message = _parse_is_audio_message(d.pop("is_audio_message", UNSET))

        message = cls(
            id=id,
            line_id=line_id,
            chat_id=chat_id,
            guid=guid,
            sender=sender,
            text=text,
            attachments=attachments,
            service=service,
            is_from_me=is_from_me,
            sent_at=sent_at,
            synced_at=synced_at,
            outbox_id=outbox_id,
            reply_to_guid=reply_to_guid,
            is_audio_message=is_audio_message,
        )

        message.additional_properties = d
        return message

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
