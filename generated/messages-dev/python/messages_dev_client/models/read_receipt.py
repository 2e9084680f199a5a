from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReadReceipt")


@_attrs_define
class ReadReceipt:
    """How far a participant has read a chat."""

    id: str
    """ Read receipt id, `rcp_` followed by the rest of the id. """
    chat_id: str
    """ Chat id, `cht_` followed by the rest of the id. """
    handle: str
    """ Handle of the participant. """
    last_read_at: int
    """ Unix time in milliseconds, UTC. """
    synced_at: int
    """ Unix time in milliseconds, UTC. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        chat_id = self.chat_id

        handle = self.handle

        last_read_at = self.last_read_at

        synced_at = self.synced_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "chat_id": chat_id,
                "handle": handle,
                "last_read_at": last_read_at,
                "synced_at": synced_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        chat_id = d.pop("chat_id")

        handle = d.pop("handle")

        last_read_at = d.pop("last_read_at")

        synced_at = d.pop("synced_at")

        read_receipt = cls(
            id=id,
            chat_id=chat_id,
            handle=handle,
            last_read_at=last_read_at,
            synced_at=synced_at,
        )

        read_receipt.additional_properties = d
        return read_receipt

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
