from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.viber_message_type import ViberMessageType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.type_specific_config_type_0 import TypeSpecificConfigType0


T = TypeVar("T", bound="CreateViberTemplateRequest")


@_attrs_define
class CreateViberTemplateRequest:
    """A Viber template. When `smsFallbackEnabled` is true, `smsFallbackTemplateContent` and
    `smsFallbackSenderId` are required too.

    """

    name: str
    """ Template name, unique within the company. """
    message_type: ViberMessageType
    """ Viber message type of a template, 1 to 8. SMS templates are answered with `messageType`
    1 as well.
     """
    template_content: str
    """ Message text with `{{placeholders}}`; may be empty for an image-only message (the
    ImageOnly example sends `""`).
     """
    viber_service_id: int
    """ Viber service of the company that sends the messages (from `GET
    /api/v1/viber-services`).
     """
    description: str | Unset = UNSET
    """ Free description of the template, at most 500 characters. """
    type_specific_config: str | TypeSpecificConfigType0 | Unset = UNSET
    """ Configuration of the message type. The templates API reference describes it as a JSON
    string (serialise the object with `JSON.stringify` or `json.dumps`), while the Viber
    templates guide sends a JSON object: both forms are accepted. The properties below are
    those of the object form; a JSON string is parsed and checked the same way (see the
    operation's `x-rules`). Keys per message type: 2 `imageUrl`; 3 `buttonText`,
    `buttonUrl`; 4 `imageUrl`, `buttonText`, `buttonUrl`; 5 `items`; 6 `options`; 7
    `videoUrl`, `thumbnailUrl`, `buttonText`, `buttonUrl`, `fileSize`, `duration`; 8
    `fileUrl`, `fileName`, `fileType`. Type 1 needs no configuration.
     """
    sms_fallback_enabled: bool | Unset = False
    """ When true, messages that fail on Viber with code 8 `USER_BLOCKED`, 9
    `NOT_VIBER_USER` or 10 `NO_SUITABLE_DEVICE` are sent again by SMS; the campaign's
    `smsFallbackDeliveredCount` counts those delivered that way.
     """
    sms_fallback_template_content: str | Unset = UNSET
    """ Text of the SMS sent when SMS fallback is used, at most 1600 characters; required when
    `smsFallbackEnabled` is true.
     """
    sms_fallback_sender_id: int | Unset = UNSET
    """ Approved SMS sender of the company (`id` from `GET /api/v1/sms-senders`) for fallback
    messages; required when `smsFallbackEnabled` is true.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.type_specific_config_type_0 import TypeSpecificConfigType0  # noqa: PLC0415

        name = self.name

        message_type = self.message_type.value

        template_content = self.template_content

        viber_service_id = self.viber_service_id

        description = self.description

        type_specific_config: dict[str, Any] | str | Unset
        if isinstance(self.type_specific_config, Unset):
            type_specific_config = UNSET
        elif isinstance(self.type_specific_config, TypeSpecificConfigType0):
            type_specific_config = self.type_specific_config.to_dict()
        else:
            type_specific_config = self.type_specific_config

        sms_fallback_enabled = self.sms_fallback_enabled

        sms_fallback_template_content = self.sms_fallback_template_content

        sms_fallback_sender_id = self.sms_fallback_sender_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "messageType": message_type,
                "templateContent": template_content,
                "viberServiceId": viber_service_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if type_specific_config is not UNSET:
            field_dict["typeSpecificConfig"] = type_specific_config
        if sms_fallback_enabled is not UNSET:
            field_dict["smsFallbackEnabled"] = sms_fallback_enabled
        if sms_fallback_template_content is not UNSET:
            field_dict["smsFallbackTemplateContent"] = sms_fallback_template_content
        if sms_fallback_sender_id is not UNSET:
            field_dict["smsFallbackSenderId"] = sms_fallback_sender_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.type_specific_config_type_0 import TypeSpecificConfigType0  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        message_type = ViberMessageType(d.pop("messageType"))

        template_content = d.pop("templateContent")

        viber_service_id = d.pop("viberServiceId")

        description = d.pop("description", UNSET)

        def _parse_type_specific_config(data: object) -> str | TypeSpecificConfigType0 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_type_specific_config_type_0 = TypeSpecificConfigType0.from_dict(
                    data
                )

                return componentsschemas_type_specific_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TypeSpecificConfigType0 | Unset, data)

        type_specific_config = _parse_type_specific_config(d.pop("typeSpecificConfig", UNSET))

        sms_fallback_enabled = d.pop("smsFallbackEnabled", UNSET)

        sms_fallback_template_content = d.pop("smsFallbackTemplateContent", UNSET)

        sms_fallback_sender_id = d.pop("smsFallbackSenderId", UNSET)

        create_viber_template_request = cls(
            name=name,
            message_type=message_type,
            template_content=template_content,
            viber_service_id=viber_service_id,
            description=description,
            type_specific_config=type_specific_config,
            sms_fallback_enabled=sms_fallback_enabled,
            sms_fallback_template_content=sms_fallback_template_content,
            sms_fallback_sender_id=sms_fallback_sender_id,
        )

        create_viber_template_request.additional_properties = d
        return create_viber_template_request

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
