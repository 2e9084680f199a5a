from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateUsAppToPersonCreateUsAppToPersonRequest")


@_attrs_define
class CreateUsAppToPersonCreateUsAppToPersonRequest:
    brand_registration_sid: str
    """ A2P Brand Registration SID """
    description: str
    """ A short description of what this SMS campaign does. Min length: 40 characters. Max length: 4096 characters.
    """
    message_flow: str
    """ Required for all Campaigns. Details around how a consumer opts-in to their campaign, therefore giving
    consent to receive their messages. If multiple opt-in methods can be used for the same campaign, they must all
    be listed. 40 character minimum. 2048 character maximum. """
    message_samples: list[str]
    """ An array of sample message strings, min two and max five. Min length for each sample: 20 chars. Max length
    for each sample: 1024 chars. """
    us_app_to_person_usecase: str
    """ A2P Campaign Use Case. Examples: [ 2FA, EMERGENCY, MARKETING..] """
    has_embedded_links: bool
    """ Indicates that this SMS campaign will send messages that contain links. """
    has_embedded_phone: bool
    """ Indicates that this SMS campaign will send messages that contain phone numbers. """
    opt_in_message: str | Unset = UNSET
    """ If end users can text in a keyword to start receiving messages from this campaign, the auto-reply messages
    sent to the end users must be provided. The opt-in response should include the Brand name, confirmation of opt-
    in enrollment to a recurring message campaign, how to get help, and clear description of how to opt-out. This
    field is required if end users can text in a keyword to start receiving messages from this campaign. 20
    character minimum. 320 character maximum. """
    opt_out_message: str | Unset = UNSET
    """ Upon receiving the opt-out keywords from the end users, Twilio customers are expected to send back an auto-
    generated response, which must provide acknowledgment of the opt-out request and confirmation that no further
    messages will be sent. It is also recommended that these opt-out messages include the brand name. This field is
    required if managing opt out keywords yourself (i.e. not using Twilio's Default or Advanced Opt Out features).
    20 character minimum. 320 character maximum. """
    help_message: str | Unset = UNSET
    """ When customers receive the help keywords from their end users, Twilio customers are expected to send back an
    auto-generated response; this may include the brand name and additional support contact information. This field
    is required if managing help keywords yourself (i.e. not using Twilio's Default or Advanced Opt Out features).
    20 character minimum. 320 character maximum. """
    opt_in_keywords: list[str] | Unset = UNSET
    """ If end users can text in a keyword to start receiving messages from this campaign, those keywords must be
    provided. This field is required if end users can text in a keyword to start receiving messages from this
    campaign. Values must be alphanumeric. 255 character maximum. """
    opt_out_keywords: list[str] | Unset = UNSET
    """ End users should be able to text in a keyword to stop receiving messages from this campaign. Those keywords
    must be provided. This field is required if managing opt out keywords yourself (i.e. not using Twilio's Default
    or Advanced Opt Out features). Values must be alphanumeric. 255 character maximum. """
    help_keywords: list[str] | Unset = UNSET
    """ End users should be able to text in a keyword to receive help. Those keywords must be provided as part of
    the campaign registration request. This field is required if managing help keywords yourself (i.e. not using
    Twilio's Default or Advanced Opt Out features). Values must be alphanumeric. 255 character maximum. """
    subscriber_opt_in: bool | Unset = UNSET
    """ A boolean that specifies whether campaign has Subscriber Optin or not. """
    age_gated: bool | Unset = UNSET
    """ A boolean that specifies whether campaign is age gated or not. """
    direct_lending: bool | Unset = UNSET
    """ A boolean that specifies whether campaign allows direct lending or not. """
    privacy_policy_url: str | Unset = UNSET
    """ The URL of the privacy policy for the campaign. """
    terms_and_conditions_url: str | Unset = UNSET
    """ The URL of the terms and conditions for the campaign. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand_registration_sid = self.brand_registration_sid

        description = self.description

        message_flow = self.message_flow

        message_samples = self.message_samples

        us_app_to_person_usecase = self.us_app_to_person_usecase

        has_embedded_links = self.has_embedded_links

        has_embedded_phone = self.has_embedded_phone

        opt_in_message = self.opt_in_message

        opt_out_message = self.opt_out_message

        help_message = self.help_message

        opt_in_keywords: list[str] | Unset = UNSET
        if not isinstance(self.opt_in_keywords, Unset):
            opt_in_keywords = self.opt_in_keywords

        opt_out_keywords: list[str] | Unset = UNSET
        if not isinstance(self.opt_out_keywords, Unset):
            opt_out_keywords = self.opt_out_keywords

        help_keywords: list[str] | Unset = UNSET
        if not isinstance(self.help_keywords, Unset):
            help_keywords = self.help_keywords

        subscriber_opt_in = self.subscriber_opt_in

        age_gated = self.age_gated

        direct_lending = self.direct_lending

        privacy_policy_url = self.privacy_policy_url

        terms_and_conditions_url = self.terms_and_conditions_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "BrandRegistrationSid": brand_registration_sid,
                "Description": description,
                "MessageFlow": message_flow,
                "MessageSamples": message_samples,
                "UsAppToPersonUsecase": us_app_to_person_usecase,
                "HasEmbeddedLinks": has_embedded_links,
                "HasEmbeddedPhone": has_embedded_phone,
            }
        )
        if opt_in_message is not UNSET:
            field_dict["OptInMessage"] = opt_in_message
        if opt_out_message is not UNSET:
            field_dict["OptOutMessage"] = opt_out_message
        if help_message is not UNSET:
            field_dict["HelpMessage"] = help_message
        if opt_in_keywords is not UNSET:
            field_dict["OptInKeywords"] = opt_in_keywords
        if opt_out_keywords is not UNSET:
            field_dict["OptOutKeywords"] = opt_out_keywords
        if help_keywords is not UNSET:
            field_dict["HelpKeywords"] = help_keywords
        if subscriber_opt_in is not UNSET:
            field_dict["SubscriberOptIn"] = subscriber_opt_in
        if age_gated is not UNSET:
            field_dict["AgeGated"] = age_gated
        if direct_lending is not UNSET:
            field_dict["DirectLending"] = direct_lending
        if privacy_policy_url is not UNSET:
            field_dict["PrivacyPolicyUrl"] = privacy_policy_url
        if terms_and_conditions_url is not UNSET:
            field_dict["TermsAndConditionsUrl"] = terms_and_conditions_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        brand_registration_sid = d.pop("BrandRegistrationSid")

        description = d.pop("Description")

        message_flow = d.pop("MessageFlow")

        message_samples = cast(list[str], d.pop("MessageSamples"))

        us_app_to_person_usecase = d.pop("UsAppToPersonUsecase")

        has_embedded_links = d.pop("HasEmbeddedLinks")

        has_embedded_phone = d.pop("HasEmbeddedPhone")

        opt_in_message = d.pop("OptInMessage", UNSET)

        opt_out_message = d.pop("OptOutMessage", UNSET)

        help_message = d.pop("HelpMessage", UNSET)

        opt_in_keywords = cast(list[str], d.pop("OptInKeywords", UNSET))

        opt_out_keywords = cast(list[str], d.pop("OptOutKeywords", UNSET))

        help_keywords = cast(list[str], d.pop("HelpKeywords", UNSET))

        subscriber_opt_in = d.pop("SubscriberOptIn", UNSET)

        age_gated = d.pop("AgeGated", UNSET)

        direct_lending = d.pop("DirectLending", UNSET)

        privacy_policy_url = d.pop("PrivacyPolicyUrl", UNSET)

        terms_and_conditions_url = d.pop("TermsAndConditionsUrl", UNSET)

        create_us_app_to_person_create_us_app_to_person_request = cls(
            brand_registration_sid=brand_registration_sid,
            description=description,
            message_flow=message_flow,
            message_samples=message_samples,
            us_app_to_person_usecase=us_app_to_person_usecase,
            has_embedded_links=has_embedded_links,
            has_embedded_phone=has_embedded_phone,
            opt_in_message=opt_in_message,
            opt_out_message=opt_out_message,
            help_message=help_message,
            opt_in_keywords=opt_in_keywords,
            opt_out_keywords=opt_out_keywords,
            help_keywords=help_keywords,
            subscriber_opt_in=subscriber_opt_in,
            age_gated=age_gated,
            direct_lending=direct_lending,
            privacy_policy_url=privacy_policy_url,
            terms_and_conditions_url=terms_and_conditions_url,
        )

        create_us_app_to_person_create_us_app_to_person_request.additional_properties = d
        return create_us_app_to_person_create_us_app_to_person_request

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
