from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSmsTemplateRequest")


@_attrs_define
class CreateSmsTemplateRequest:
    """An SMS template (text only, no media)."""

    name: str
    """ Template name, unique within the company. """
    template_content: str
    """ Message text with `{{placeholders}}`, at most 1600 characters, GSM-7 or Unicode; no
    media.
     """
    description: str | Unset = UNSET
    """ Free description of the template, at most 500 characters. """
    sms_sender_id: int | Unset = UNSET
    """ Approved SMS sender of the company (`id` from `GET /api/v1/sms-senders`). It becomes
    the sender of every campaign created from the template.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        template_content = self.template_content

        description = self.description

        sms_sender_id = self.sms_sender_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "templateContent": template_content,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if sms_sender_id is not UNSET:
            field_dict["smsSenderId"] = sms_sender_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        template_content = d.pop("templateContent")

        description = d.pop("description", UNSET)

        sms_sender_id = d.pop("smsSenderId", UNSET)

        create_sms_template_request = cls(
            name=name,
            template_content=template_content,
            description=description,
            sms_sender_id=sms_sender_id,
        )

        create_sms_template_request.additional_properties = d
        return create_sms_template_request

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
