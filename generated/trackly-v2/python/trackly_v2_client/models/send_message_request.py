from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_data import ContactData
    from ..models.metadata import Metadata


T = TypeVar("T", bound="SendMessageRequest")


@_attrs_define
class SendMessageRequest:
    """One SMS."""

    to: str
    """ Phone number in E.164 format, a `+` followed by 2 to 15 digits. """
    list_number: str
    """ Phone number in E.164 format, a `+` followed by 2 to 15 digits. """
    body: str
    """ Message text, at most 1,600 characters (platform limit; a longer body is answered with
    `message_too_long`, the code the creatives pages give the same limit). `{{messageId}}` is replaced by
    the 8-character message id at send time; template variables such as `{{first_name}}` are
    filled from `contact_data`.
     """
    wrap_links: bool | Unset = UNSET
    """ When true, URLs in `body` are rewritten through the link shortener for click tracking. """
    contact_data: ContactData | Unset = UNSET
    """ Contact values used to fill template variables such as `{{first_name}}` in the body. """
    metadata: Metadata | Unset = UNSET
    """ Free key/value map stored with the resource. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to = self.to

        list_number = self.list_number

        body = self.body

        wrap_links = self.wrap_links

        contact_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact_data, Unset):
            contact_data = self.contact_data.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "to": to,
                "list_number": list_number,
                "body": body,
            }
        )
        if wrap_links is not UNSET:
            field_dict["wrap_links"] = wrap_links
        if contact_data is not UNSET:
            field_dict["contact_data"] = contact_data
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_data import ContactData  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        to = d.pop("to")

        list_number = d.pop("list_number")

        body = d.pop("body")

        wrap_links = d.pop("wrap_links", UNSET)

        _contact_data = d.pop("contact_data", UNSET)
        contact_data: ContactData | Unset
        if isinstance(_contact_data, Unset):
            contact_data = UNSET
        else:
            contact_data = ContactData.from_dict(_contact_data)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        send_message_request = cls(
            to=to,
            list_number=list_number,
            body=body,
            wrap_links=wrap_links,
            contact_data=contact_data,
            metadata=metadata,
        )

        send_message_request.additional_properties = d
        return send_message_request

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
