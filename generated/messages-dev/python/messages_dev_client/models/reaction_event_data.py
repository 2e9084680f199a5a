from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReactionEventData")


@_attrs_define
class ReactionEventData:
    """The reaction of a `reaction.added` or `reaction.removed` event."""

    id: str
    """ Reaction id, `rxn_` followed by the rest of the id. """
    message_id: str
    """ Message the reaction belongs to. """
    chat_id: str
    """ Chat id, `cht_` followed by the rest of the id. """
    type_: str
    """ Kind of tapback. """
    sender: str
    is_from_me: bool
    added: bool
    """ True for `reaction.added`, false for `reaction.removed`. """
    sent_at: int
    """ Unix time in milliseconds, UTC. """
    line_handle: str
    """ Line handle: the line's E.164 phone number or Apple ID, never an `ln_` id. The docs
    publish no pattern for it.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        message_id = self.message_id

        chat_id = self.chat_id

        type_ = self.type_

        sender = self.sender

        is_from_me = self.is_from_me

        added = self.added

        sent_at = self.sent_at

        line_handle = self.line_handle

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "message_id": message_id,
                "chat_id": chat_id,
                "type": type_,
                "sender": sender,
                "is_from_me": is_from_me,
                "added": added,
                "sent_at": sent_at,
                "line_handle": line_handle,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        message_id = d.pop("message_id")

        chat_id = d.pop("chat_id")

        type_ = d.pop("type")

        sender = d.pop("sender")

        is_from_me = d.pop("is_from_me")

        added = d.pop("added")

        sent_at = d.pop("sent_at")

        line_handle = d.pop("line_handle")

        reaction_event_data = cls(
            id=id,
            message_id=message_id,
            chat_id=chat_id,
            type_=type_,
            sender=sender,
            is_from_me=is_from_me,
            added=added,
            sent_at=sent_at,
            line_handle=line_handle,
        )

        reaction_event_data.additional_properties = d
        return reaction_event_data

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
