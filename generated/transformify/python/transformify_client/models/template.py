from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.channel_type import ChannelType
from ..models.viber_message_type import ViberMessageType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_type_specific_config_type_0 import TemplateTypeSpecificConfigType0


T = TypeVar("T", bound="Template")


@_attrs_define
class Template:
    """A template as the API returns it. Viber templates carry `viberServiceId` and the SMS
    fallback fields; SMS templates carry `smsSenderId`.

    """

    id: UUID
    """ Identifier of a template or a campaign (a UUID). """
    name: str
    message_type: ViberMessageType
    """ Viber message type of a template, 1 to 8. SMS templates are answered with `messageType`
    1 as well.
     """
    channel_type: ChannelType
    """ Channel of a template (`channelType`) or campaign (`channel`): `Viber`, or `Smpp` for
    SMS. The two fields carry the same values under different names.
     """
    template_content: str
    created_at: datetime.datetime
    """ ISO 8601 timestamp in UTC, e.g. `2024-01-15T10:30:00Z`. """
    updated_at: datetime.datetime
    """ ISO 8601 timestamp in UTC, e.g. `2024-01-15T10:30:00Z`. """
    description: None | str | Unset = UNSET
    type_specific_config: None | str | TemplateTypeSpecificConfigType0 | Unset = UNSET
    """ The type-specific configuration, or null for types without one. """
    viber_service_id: int | None | Unset = UNSET
    sms_fallback_enabled: bool | Unset = UNSET
    sms_fallback_template_content: None | str | Unset = UNSET
    sms_fallback_sender_id: int | None | Unset = UNSET
    """ Not shown in the documented example response; named as a request field. """
    sms_sender_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.template_type_specific_config_type_0 import TemplateTypeSpecificConfigType0  # noqa: PLC0415

        id = str(self.id)

        name = self.name

        message_type = self.message_type.value

        channel_type = self.channel_type.value

        template_content = self.template_content

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        type_specific_config: dict[str, Any] | None | str | Unset
        if isinstance(self.type_specific_config, Unset):
            type_specific_config = UNSET
        elif isinstance(self.type_specific_config, TemplateTypeSpecificConfigType0):
            type_specific_config = self.type_specific_config.to_dict()
        else:
            type_specific_config = self.type_specific_config

        viber_service_id: int | None | Unset
        if isinstance(self.viber_service_id, Unset):
            viber_service_id = UNSET
        else:
            viber_service_id = self.viber_service_id

        sms_fallback_enabled = self.sms_fallback_enabled

        sms_fallback_template_content: None | str | Unset
        if isinstance(self.sms_fallback_template_content, Unset):
            sms_fallback_template_content = UNSET
        else:
            sms_fallback_template_content = self.sms_fallback_template_content

        sms_fallback_sender_id: int | None | Unset
        if isinstance(self.sms_fallback_sender_id, Unset):
            sms_fallback_sender_id = UNSET
        else:
            sms_fallback_sender_id = self.sms_fallback_sender_id

        sms_sender_id: int | None | Unset
        if isinstance(self.sms_sender_id, Unset):
            sms_sender_id = UNSET
        else:
            sms_sender_id = self.sms_sender_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "messageType": message_type,
                "channelType": channel_type,
                "templateContent": template_content,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if type_specific_config is not UNSET:
            field_dict["typeSpecificConfig"] = type_specific_config
        if viber_service_id is not UNSET:
            field_dict["viberServiceId"] = viber_service_id
        if sms_fallback_enabled is not UNSET:
            field_dict["smsFallbackEnabled"] = sms_fallback_enabled
        if sms_fallback_template_content is not UNSET:
            field_dict["smsFallbackTemplateContent"] = sms_fallback_template_content
        if sms_fallback_sender_id is not UNSET:
            field_dict["smsFallbackSenderId"] = sms_fallback_sender_id
        if sms_sender_id is not UNSET:
            field_dict["smsSenderId"] = sms_sender_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.template_type_specific_config_type_0 import TemplateTypeSpecificConfigType0  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        message_type = ViberMessageType(d.pop("messageType"))

        channel_type = ChannelType(d.pop("channelType"))

        template_content = d.pop("templateContent")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_type_specific_config(
            data: object,
        ) -> None | str | TemplateTypeSpecificConfigType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                type_specific_config_type_0 = TemplateTypeSpecificConfigType0.from_dict(data)

                return type_specific_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | TemplateTypeSpecificConfigType0 | Unset, data)

        type_specific_config = _parse_type_specific_config(d.pop("typeSpecificConfig", UNSET))

        def _parse_viber_service_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        viber_service_id = _parse_viber_service_id(d.pop("viberServiceId", UNSET))

        sms_fallback_enabled = d.pop("smsFallbackEnabled", UNSET)

        def _parse_sms_fallback_template_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sms_fallback_template_content = _parse_sms_fallback_template_content(
            d.pop("smsFallbackTemplateContent", UNSET)
        )

        def _parse_sms_fallback_sender_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sms_fallback_sender_id = _parse_sms_fallback_sender_id(d.pop("smsFallbackSenderId", UNSET))

        def _parse_sms_sender_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sms_sender_id = _parse_sms_sender_id(d.pop("smsSenderId", UNSET))

        template = cls(
            id=id,
            name=name,
            message_type=message_type,
            channel_type=channel_type,
            template_content=template_content,
            created_at=created_at,
            updated_at=updated_at,
            description=description,
            type_specific_config=type_specific_config,
            viber_service_id=viber_service_id,
            sms_fallback_enabled=sms_fallback_enabled,
            sms_fallback_template_content=sms_fallback_template_content,
            sms_fallback_sender_id=sms_fallback_sender_id,
            sms_sender_id=sms_sender_id,
        )

        template.additional_properties = d
        return template

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
