from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendMessageResponse")


@_attrs_define
class SendMessageResponse:
    """The message was queued."""

    message_id: str
    """ Id of a queued v1 message; delivery-status reports refer to it. """
    status: Literal["queued"]
    """ Always `queued` on success; delivery is asynchronous. """
    deprecated: bool
    """ API deprecation flag, always `true` on v1 success bodies. """
    id: str | Unset = UNSET
    """ Id of a queued v1 message; delivery-status reports refer to it. """
    segments: int | Unset = UNSET
    """ Number of SMS segments, from the body length and encoding. """
    gsm7: bool | Unset = UNSET
    """ `true` for GSM-7 (160 characters per segment), `false` for UCS-2 (70 per segment). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        status = self.status

        deprecated = self.deprecated

        id = self.id

        segments = self.segments

        gsm7 = self.gsm7

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_id": message_id,
                "status": status,
                "deprecated": deprecated,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if segments is not UNSET:
            field_dict["segments"] = segments
        if gsm7 is not UNSET:
            field_dict["gsm7"] = gsm7

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_id = d.pop("message_id")

        status = cast(Literal["queued"], d.pop("status"))
        if status != "queued":
            raise ValueError(f"status must match const 'queued', got '{status}'")

        deprecated = d.pop("deprecated")

        id = d.pop("id", UNSET)

        segments = d.pop("segments", UNSET)

        gsm7 = d.pop("gsm7", UNSET)

        send_message_response = cls(
            message_id=message_id,
            status=status,
            deprecated=deprecated,
            id=id,
            segments=segments,
            gsm7=gsm7,
        )

        send_message_response.additional_properties = d
        return send_message_response

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
