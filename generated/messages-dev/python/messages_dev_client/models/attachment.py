from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Attachment")


@_attrs_define
class Attachment:
    """A file attached to a message."""

    filename: str
    """ File name. """
    mime_type: str
    """ MIME type of the file. """
    size: int
    """ Size in bytes. """
    url: str
    """ URL of the file. """
    transcription: None | str | Unset = UNSET
    """ Transcription of a voice memo, or null (SDK and newer webhooks page). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename

        mime_type = self.mime_type

        size = self.size

        url = self.url

        transcription: None | str | Unset
        if isinstance(self.transcription, Unset):
            transcription = UNSET
        else:
            transcription = self.transcription

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filename": filename,
                "mime_type": mime_type,
                "size": size,
                "url": url,
            }
        )
        if transcription is not UNSET:
            field_dict["transcription"] = transcription

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        filename = d.pop("filename")

        mime_type = d.pop("mime_type")

        size = d.pop("size")

        url = d.pop("url")

        def _parse_transcription(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transcription = _parse_transcription(d.pop("transcription", UNSET))

        attachment = cls(
            filename=filename,
            mime_type=mime_type,
            size=size,
            url=url,
            transcription=transcription,
        )

        attachment.additional_properties = d
        return attachment

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
