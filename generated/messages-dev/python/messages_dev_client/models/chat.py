from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Chat")


@_attrs_define
class Chat:
    """A one-to-one or group conversation on a line."""

    id: str
    """ Chat id, `cht_` followed by the rest of the id. """
    line_id: str
    """ Line id, `ln_` followed by the rest of the id. """
    identifier: str
    """ Chat identifier used as `to` (phone number or Apple ID of the contact, or the chat id of a group). """
    service: str
    """ Service of the chat. """
    name: None | str
    """ Name of the chat, or null. """
    is_group: bool
    """ Whether the chat is a group chat. """
    participants: list[str]
    """ Handles of the chat's participants. """
    last_message_at: int
    """ Unix time in milliseconds, UTC. """
    has_received_inbound: bool | Unset = UNSET
    """ Whether the contact (or group) has messaged the line, which the contact-first rule
    requires before the line can send to it. Optional.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        line_id = self.line_id

        identifier = self.identifier

        service = self.service

        name: None | str
        name = self.name

        is_group = self.is_group

        participants = self.participants

        last_message_at = self.last_message_at

        has_received_inbound = self.has_received_inbound

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "line_id": line_id,
                "identifier": identifier,
                "service": service,
                "name": name,
                "is_group": is_group,
                "participants": participants,
                "last_message_at": last_message_at,
            }
        )
        if has_received_inbound is not UNSET:
            field_dict["has_received_inbound"] = has_received_inbound

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        line_id = d.pop("line_id")

        identifier = d.pop("identifier")

        service = d.pop("service")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        is_group = d.pop("is_group")

        participants = cast(list[str], d.pop("participants"))

        last_message_at = d.pop("last_message_at")

        has_received_inbound = d.pop("has_received_inbound", UNSET)

        chat = cls(
            id=id,
            line_id=line_id,
            identifier=identifier,
            service=service,
            name=name,
            is_group=is_group,
            participants=participants,
            last_message_at=last_message_at,
            has_received_inbound=has_received_inbound,
        )

        chat.additional_properties = d
        return chat

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
