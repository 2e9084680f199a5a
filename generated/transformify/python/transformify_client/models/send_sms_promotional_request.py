from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.placeholders import Placeholders
    from ..models.sms_recipient import SmsRecipient


T = TypeVar("T", bound="SendSmsPromotionalRequest")


@_attrs_define
class SendSmsPromotionalRequest:
    """An SMS template sent to up to 200000 recipients."""

    template_id: UUID
    """ Identifier of a template or a campaign (a UUID). """
    recipients: list[SmsRecipient]
    """ Recipients, at most 200000 per request. """
    placeholders: Placeholders | Unset = UNSET
    """ Values of the template's `{{placeholder}}` variables, keyed by placeholder name (for
    `{{name}}` the key is `name`). The type of the values is not documented.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template_id = str(self.template_id)

        recipients = []
        for recipients_item_data in self.recipients:
            recipients_item = recipients_item_data.to_dict()
            recipients.append(recipients_item)

        placeholders: dict[str, Any] | Unset = UNSET
        if not isinstance(self.placeholders, Unset):
            placeholders = self.placeholders.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "templateId": template_id,
                "recipients": recipients,
            }
        )
        if placeholders is not UNSET:
            field_dict["placeholders"] = placeholders

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.placeholders import Placeholders  # noqa: PLC0415
        from ..models.sms_recipient import SmsRecipient  # noqa: PLC0415

        d = dict(src_dict)
        template_id = UUID(d.pop("templateId"))

        recipients = []
        _recipients = d.pop("recipients")
        for recipients_item_data in _recipients:
            recipients_item = SmsRecipient.from_dict(recipients_item_data)

            recipients.append(recipients_item)

        _placeholders = d.pop("placeholders", UNSET)
        placeholders: Placeholders | Unset
        if isinstance(_placeholders, Unset):
            placeholders = UNSET
        else:
            placeholders = Placeholders.from_dict(_placeholders)

        send_sms_promotional_request = cls(
            template_id=template_id,
            recipients=recipients,
            placeholders=placeholders,
        )

        send_sms_promotional_request.additional_properties = d
        return send_sms_promotional_request

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
