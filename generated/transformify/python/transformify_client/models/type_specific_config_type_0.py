from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TypeSpecificConfigType0")


@_attrs_define
class TypeSpecificConfigType0:
    """Configuration of the message type. The templates API reference describes it as a JSON
    string (serialise the object with `JSON.stringify` or `json.dumps`), while the Viber
    templates guide sends a JSON object: both forms are accepted. The properties below are
    those of the object form; a JSON string is parsed and checked the same way (see the
    operation's `x-rules`). Keys per message type: 2 `imageUrl`; 3 `buttonText`,
    `buttonUrl`; 4 `imageUrl`, `buttonText`, `buttonUrl`; 5 `items`; 6 `options`; 7
    `videoUrl`, `thumbnailUrl`, `buttonText`, `buttonUrl`, `fileSize`, `duration`; 8
    `fileUrl`, `fileName`, `fileType`. Type 1 needs no configuration.

    """

    image_url: str | Unset = UNSET
    """ Media URL. It must use HTTPS, be publicly reachable without authentication and return a
    valid response.
     """
    button_text: str | Unset = UNSET
    """ Button caption (types 3, 4 and 7), 1 to 30 characters. """
    button_url: str | Unset = UNSET
    """ Button target (types 3, 4 and 7), a valid HTTPS URL; placeholders such as `{{orderId}}` are allowed. """
    items: list[Any] | Unset = UNSET
    """ Carousel cards (type 5), 2 to 5. The item fields are not documented. """
    options: list[Any] | Unset = UNSET
    """ Survey answer options (type 6), 2 to 5. The option fields are not documented. """
    video_url: str | Unset = UNSET
    """ Media URL. It must use HTTPS, be publicly reachable without authentication and return a
    valid response.
     """
    thumbnail_url: str | Unset = UNSET
    """ Media URL. It must use HTTPS, be publicly reachable without authentication and return a
    valid response.
     """
    file_size: Any | Unset = UNSET
    """ Size of the video (type 7). Its type and unit are not documented. """
    duration: Any | Unset = UNSET
    """ Duration of the video (type 7). Its type and unit are not documented. """
    file_url: str | Unset = UNSET
    """ Media URL. It must use HTTPS, be publicly reachable without authentication and return a
    valid response.
     """
    file_name: str | Unset = UNSET
    """ File name shown to the recipient (type 8). """
    file_type: str | Unset = UNSET
    """ File type (type 8); the accepted values are not documented. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        button_text = self.button_text

        button_url = self.button_url

        items: list[Any] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = self.items

        options: list[Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options

        video_url = self.video_url

        thumbnail_url = self.thumbnail_url

        file_size = self.file_size

        duration = self.duration

        file_url = self.file_url

        file_name = self.file_name

        file_type = self.file_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if button_text is not UNSET:
            field_dict["buttonText"] = button_text
        if button_url is not UNSET:
            field_dict["buttonUrl"] = button_url
        if items is not UNSET:
            field_dict["items"] = items
        if options is not UNSET:
            field_dict["options"] = options
        if video_url is not UNSET:
            field_dict["videoUrl"] = video_url
        if thumbnail_url is not UNSET:
            field_dict["thumbnailUrl"] = thumbnail_url
        if file_size is not UNSET:
            field_dict["fileSize"] = file_size
        if duration is not UNSET:
            field_dict["duration"] = duration
        if file_url is not UNSET:
            field_dict["fileUrl"] = file_url
        if file_name is not UNSET:
            field_dict["fileName"] = file_name
        if file_type is not UNSET:
            field_dict["fileType"] = file_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("imageUrl", UNSET)

        button_text = d.pop("buttonText", UNSET)

        button_url = d.pop("buttonUrl", UNSET)

        items: list[Any] = d.pop("items", UNSET)

        options: list[Any] = d.pop("options", UNSET)

        video_url = d.pop("videoUrl", UNSET)

        thumbnail_url = d.pop("thumbnailUrl", UNSET)

        file_size = d.pop("fileSize", UNSET)

        duration = d.pop("duration", UNSET)

        file_url = d.pop("fileUrl", UNSET)

        file_name = d.pop("fileName", UNSET)

        file_type = d.pop("fileType", UNSET)

        type_specific_config_type_0 = cls(
            image_url=image_url,
            button_text=button_text,
            button_url=button_url,
            items=items,
            options=options,
            video_url=video_url,
            thumbnail_url=thumbnail_url,
            file_size=file_size,
            duration=duration,
            file_url=file_url,
            file_name=file_name,
            file_type=file_type,
        )

        type_specific_config_type_0.additional_properties = d
        return type_specific_config_type_0

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
