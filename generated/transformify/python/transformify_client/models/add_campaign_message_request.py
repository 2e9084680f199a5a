from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.placeholders import Placeholders


T = TypeVar("T", bound="AddCampaignMessageRequest")


@_attrs_define
class AddCampaignMessageRequest:
    """One message for a transactional campaign."""

    phone_number: str
    """ Recipient phone number: 10 to 15 digits with an optional leading `+`. The documentation's
    examples are Macedonian numbers without `+`, e.g. `38970123456`.
     """
    placeholders: Placeholders | Unset = UNSET
    """ Values of the template's `{{placeholder}}` variables, keyed by placeholder name (for
    `{{name}}` the key is `name`). The type of the values is not documented.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        placeholders: dict[str, Any] | Unset = UNSET
        if not isinstance(self.placeholders, Unset):
            placeholders = self.placeholders.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phoneNumber": phone_number,
            }
        )
        if placeholders is not UNSET:
            field_dict["placeholders"] = placeholders

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.placeholders import Placeholders  # noqa: PLC0415

        d = dict(src_dict)
        phone_number = d.pop("phoneNumber")

        _placeholders = d.pop("placeholders", UNSET)
        placeholders: Placeholders | Unset
        if isinstance(_placeholders, Unset):
            placeholders = UNSET
        else:
            placeholders = Placeholders.from_dict(_placeholders)

        add_campaign_message_request = cls(
            phone_number=phone_number,
            placeholders=placeholders,
        )

        add_campaign_message_request.additional_properties = d
        return add_campaign_message_request

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
