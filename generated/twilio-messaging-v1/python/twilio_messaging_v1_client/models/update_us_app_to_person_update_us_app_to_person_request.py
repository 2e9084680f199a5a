from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateUsAppToPersonUpdateUsAppToPersonRequest")


@_attrs_define
class UpdateUsAppToPersonUpdateUsAppToPersonRequest:
    has_embedded_links: bool
    """ Indicates that this SMS campaign will send messages that contain links. """
    has_embedded_phone: bool
    """ Indicates that this SMS campaign will send messages that contain phone numbers. """
    message_samples: list[str]
    """ An array of sample message strings, min two and max five. Min length for each sample: 20 chars. Max length
    for each sample: 1024 chars. """
    message_flow: str
    """ Required for all Campaigns. Details around how a consumer opts-in to their campaign, therefore giving
    consent to receive their messages. If multiple opt-in methods can be used for the same campaign, they must all
    be listed. 40 character minimum. 2048 character maximum. """
    description: str
    """ A short description of what this SMS campaign does. Min length: 40 characters. Max length: 4096 characters.
    """
    age_gated: bool
    """ A boolean that specifies whether campaign requires age gate for federally legal content. """
    direct_lending: bool
    """ A boolean that specifies whether campaign allows direct lending or not. """
    privacy_policy_url: str | Unset = UNSET
    """ The URL of the privacy policy for the campaign. """
    terms_and_conditions_url: str | Unset = UNSET
    """ The URL of the terms and conditions for the campaign. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_embedded_links = self.has_embedded_links

        has_embedded_phone = self.has_embedded_phone

        message_samples = self.message_samples

        message_flow = self.message_flow

        description = self.description

        age_gated = self.age_gated

        direct_lending = self.direct_lending

        privacy_policy_url = self.privacy_policy_url

        terms_and_conditions_url = self.terms_and_conditions_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "HasEmbeddedLinks": has_embedded_links,
                "HasEmbeddedPhone": has_embedded_phone,
                "MessageSamples": message_samples,
                "MessageFlow": message_flow,
                "Description": description,
                "AgeGated": age_gated,
                "DirectLending": direct_lending,
            }
        )
        if privacy_policy_url is not UNSET:
            field_dict["PrivacyPolicyUrl"] = privacy_policy_url
        if terms_and_conditions_url is not UNSET:
            field_dict["TermsAndConditionsUrl"] = terms_and_conditions_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        has_embedded_links = d.pop("HasEmbeddedLinks")

        has_embedded_phone = d.pop("HasEmbeddedPhone")

        message_samples = cast(list[str], d.pop("MessageSamples"))

        message_flow = d.pop("MessageFlow")

        description = d.pop("Description")

        age_gated = d.pop("AgeGated")

        direct_lending = d.pop("DirectLending")

        privacy_policy_url = d.pop("PrivacyPolicyUrl", UNSET)

        terms_and_conditions_url = d.pop("TermsAndConditionsUrl", UNSET)

        update_us_app_to_person_update_us_app_to_person_request = cls(
            has_embedded_links=has_embedded_links,
            has_embedded_phone=has_embedded_phone,
            message_samples=message_samples,
            message_flow=message_flow,
            description=description,
            age_gated=age_gated,
            direct_lending=direct_lending,
            privacy_policy_url=privacy_policy_url,
            terms_and_conditions_url=terms_and_conditions_url,
        )

        update_us_app_to_person_update_us_app_to_person_request.additional_properties = d
        return update_us_app_to_person_update_us_app_to_person_request

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
