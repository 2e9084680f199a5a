from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Reaction")


@_attrs_define
class Reaction:
    """A tapback on a message."""

    id: str
    """ Reaction id, `rxn_` followed by the rest of the id. """
    message_id: str
    """ Message the reaction belongs to. """
    type_: str
    """ Kind of tapback (see `SendReactionRequest.type` for the values that can be sent). """
    sender: str
    """ Handle of the person who reacted. """
    is_from_me: bool
    """ True when the line reacted. """
    added: bool
    """ True when the reaction was added, false when it was removed. """
    sent_at: int
    """ Unix time in milliseconds, UTC. """
    synced_at: int
    """ Unix time in milliseconds, UTC. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        message_id = self.message_id

        type_ = self.type_

        sender = self.sender

        is_from_me = self.is_from_me

        added = self.added

        sent_at = self.sent_at

        synced_at = self.synced_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "message_id": message_id,
                "type": type_,
                "sender": sender,
                "is_from_me": is_from_me,
                "added": added,
                "sent_at": sent_at,
                "synced_at": synced_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        message_id = d.pop("message_id")

        type_ = d.pop("type")

        sender = d.pop("sender")

        is_from_me = d.pop("is_from_me")

        added = d.pop("added")

        sent_at = d.pop("sent_at")

        synced_at = d.pop("synced_at")

        reaction = cls(
            id=id,
            message_id=message_id,
            type_=type_,
            sender=sender,
            is_from_me=is_from_me,
            added=added,
            sent_at=sent_at,
            synced_at=synced_at,
        )

        reaction.additional_properties = d
        return reaction

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
