from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UploadedFile")


@_attrs_define
class UploadedFile:
    """The stored file. Its id can be reused across sends."""

    id: str
    """ File id, `file_` followed by the rest of the id. File ids can be reused across sends. """
    url: None | str
    """ Storage URL of the file, or null. """
    filename: None | str
    """ File name from the `X-Filename` header, or null. """
    mime_type: str
    """ MIME type of the file. """
    size: int
    """ Size in bytes. """
    request_id: str
    """ Id of the request, `req_` followed by the rest of the id. Every response body carries it,
    success and error alike; quote it in support requests.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        url: None | str
        url = self.url

        filename: None | str
        filename = self.filename

        mime_type = self.mime_type

        size = self.size

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
                "filename": filename,
                "mime_type": mime_type,
                "size": size,
                "request_id": request_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))

        def _parse_filename(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        filename = _parse_filename(d.pop("filename"))

        mime_type = d.pop("mime_type")

        size = d.pop("size")

        request_id = d.pop("request_id")

        uploaded_file = cls(
            id=id,
            url=url,
            filename=filename,
            mime_type=mime_type,
            size=size,
            request_id=request_id,
        )

        uploaded_file.additional_properties = d
        return uploaded_file

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
