from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TypingIndicator")


@_attrs_define
class TypingIndicator:
    """Typing state of a participant in a chat."""

    id: str
    """ Typing indicator id, `ind_` followed by the rest of the id. """
    chat_id: str
    """ Chat id, `cht_` followed by the rest of the id. """
    handle: str
    """ Handle of the participant. """
    is_typing: bool
    """ Whether the participant is typing. """
    updated_at: int
    """ Unix time in milliseconds, UTC. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        chat_id = self.chat_id

        handle = self.handle

        is_typing = self.is_typing

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "chat_id": chat_id,
                "handle": handle,
                "is_typing": is_typing,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        chat_id = d.pop("chat_id")

        handle = d.pop("handle")

        is_typing = d.pop("is_typing")

        updated_at = d.pop("updated_at")

        typing_indicator = cls(
            id=id,
            chat_id=chat_id,
            handle=handle,
            is_typing=is_typing,
            updated_at=updated_at,
        )

        typing_indicator.additional_properties = d
        return typing_indicator

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
