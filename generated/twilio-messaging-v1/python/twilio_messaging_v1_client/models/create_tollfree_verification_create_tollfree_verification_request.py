from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tollfree_verification_enum_business_registration_authority_type_1 import (
    TollfreeVerificationEnumBusinessRegistrationAuthorityType1,
)
from ..models.tollfree_verification_enum_business_registration_authority_type_2_type_1 import (
    TollfreeVerificationEnumBusinessRegistrationAuthorityType2Type1,
)
from ..models.tollfree_verification_enum_business_registration_authority_type_3_type_1 import (
    TollfreeVerificationEnumBusinessRegistrationAuthorityType3Type1,
)
from ..models.tollfree_verification_enum_business_type_type_1 import (
    TollfreeVerificationEnumBusinessTypeType1,
)
from ..models.tollfree_verification_enum_business_type_type_2_type_1 import (
    TollfreeVerificationEnumBusinessTypeType2Type1,
)
from ..models.tollfree_verification_enum_business_type_type_3_type_1 import (
    TollfreeVerificationEnumBusinessTypeType3Type1,
)
from ..models.tollfree_verification_enum_opt_in_type import TollfreeVerificationEnumOptInType
from ..models.tollfree_verification_enum_use_case_categories_type_0_item import (
    TollfreeVerificationEnumUseCaseCategoriesType0Item,
)
from ..models.tollfree_verification_enum_vetting_provider_type_1 import (
    TollfreeVerificationEnumVettingProviderType1,
)
from ..models.tollfree_verification_enum_vetting_provider_type_2_type_1 import (
    TollfreeVerificationEnumVettingProviderType2Type1,
)
from ..models.tollfree_verification_enum_vetting_provider_type_3_type_1 import (
    TollfreeVerificationEnumVettingProviderType3Type1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTollfreeVerificationCreateTollfreeVerificationRequest")


@_attrs_define
class CreateTollfreeVerificationCreateTollfreeVerificationRequest:
    business_name: str
    """ The name of the business or organization using the Tollfree number. """
    business_website: str
    """ The website of the business or organization using the Tollfree number. """
    notification_email: str
    """ The email address to receive the notification about the verification result. . """
    use_case_categories: list[TollfreeVerificationEnumUseCaseCategoriesType0Item] | None
    """ The category of the use case for the Tollfree Number. List as many as are applicable. """
    use_case_summary: str
    """ Use this to further explain how messaging is used by the business or organization. """
    production_message_sample: str
    """ An example of message content, i.e. a sample message. """
    opt_in_image_urls: list[str]
    """ Link to an image that shows the opt-in workflow. Multiple images allowed and must be a publicly hosted URL.
    """
    opt_in_type: TollfreeVerificationEnumOptInType
    """ Describe how a user opts-in to text messages. """
    message_volume: str
    """ Estimate monthly volume of messages from the Tollfree Number. """
    tollfree_phone_number_sid: str
    """ The SID of the Phone Number associated with the Tollfree Verification. """
    customer_profile_sid: str | Unset = UNSET
    """ Customer's Profile Bundle BundleSid. """
    business_street_address: str | Unset = UNSET
    """ The address of the business or organization using the Tollfree number. """
    business_street_address_2: str | Unset = UNSET
    """ The address of the business or organization using the Tollfree number. """
    business_city: str | Unset = UNSET
    """ The city of the business or organization using the Tollfree number. """
    business_state_province_region: str | Unset = UNSET
    """ The state/province/region of the business or organization using the Tollfree number. """
    business_postal_code: str | Unset = UNSET
    """ The postal code of the business or organization using the Tollfree number. """
    business_country: str | Unset = UNSET
    """ The country of the business or organization using the Tollfree number. """
    additional_information: str | Unset = UNSET
    """ Additional information to be provided for verification. """
    business_contact_first_name: str | Unset = UNSET
    """ The first name of the contact for the business or organization using the Tollfree number. """
    business_contact_last_name: str | Unset = UNSET
    """ The last name of the contact for the business or organization using the Tollfree number. """
    business_contact_email: str | Unset = UNSET
    """ The email address of the contact for the business or organization using the Tollfree number. """
    business_contact_phone: str | Unset = UNSET
    """ The E.164 formatted phone number of the contact for the business or organization using the Tollfree number.
    """
    external_reference_id: str | Unset = UNSET
    """ An optional external reference ID supplied by customer and echoed back on status retrieval. """
    business_registration_number: str | Unset = UNSET
    """ A legally recognized business registration number. Required for all business types except SOLE_PROPRIETOR.
    """
    business_registration_authority: (
        None
        | TollfreeVerificationEnumBusinessRegistrationAuthorityType1
        | TollfreeVerificationEnumBusinessRegistrationAuthorityType2Type1
        | TollfreeVerificationEnumBusinessRegistrationAuthorityType3Type1
        | Unset
    ) = UNSET
    """ The organizational authority for business registrations. Required for all business types except
    SOLE_PROPRIETOR. """
    business_registration_country: str | Unset = UNSET
    """ The country where the business is registered. Required for all business types except SOLE_PROPRIETOR. """
    business_type: (
        None
        | TollfreeVerificationEnumBusinessTypeType1
        | TollfreeVerificationEnumBusinessTypeType2Type1
        | TollfreeVerificationEnumBusinessTypeType3Type1
        | Unset
    ) = UNSET
    """ The type of business, valid values are PRIVATE_PROFIT, PUBLIC_PROFIT, NON_PROFIT, SOLE_PROPRIETOR,
    GOVERNMENT. Required field. """
    business_registration_phone_number: str | Unset = UNSET
    """ The E.164 formatted number associated with the business. """
    doing_business_as: str | Unset = UNSET
    """ Trade name, sub entity, or downstream business name of business being submitted for verification """
    opt_in_confirmation_message: str | Unset = UNSET
    """ The confirmation message sent to users when they opt in to receive messages. """
    help_message_sample: str | Unset = UNSET
    """ A sample help message provided to users. """
    privacy_policy_url: str | Unset = UNSET
    """ The URL to the privacy policy for the business or organization. """
    terms_and_conditions_url: str | Unset = UNSET
    """ The URL to the terms and conditions for the business or organization. """
    age_gated_content: bool | Unset = UNSET
    """ Indicates if the content is age gated. """
    opt_in_keywords: list[str] | Unset = UNSET
    """ List of keywords that users can text in to opt in to receive messages. """
    vetting_provider: (
        None
        | TollfreeVerificationEnumVettingProviderType1
        | TollfreeVerificationEnumVettingProviderType2Type1
        | TollfreeVerificationEnumVettingProviderType3Type1
        | Unset
    ) = UNSET
    """ The third-party political vetting provider. """
    vetting_id: str | Unset = UNSET
    """ The unique ID of the vetting """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        business_name = self.business_name

        business_website = self.business_website

        notification_email = self.notification_email

        use_case_categories: list[str] | None
        if isinstance(self.use_case_categories, list):
            use_case_categories = []
            for (
                componentsschemastollfree_verification_enum_use_case_categories_type_0_item_data
            ) in self.use_case_categories:
                componentsschemastollfree_verification_enum_use_case_categories_type_0_item = componentsschemastollfree_verification_enum_use_case_categories_type_0_item_data.value
                use_case_categories.append(
                    componentsschemastollfree_verification_enum_use_case_categories_type_0_item
                )

        else:
            use_case_categories = self.use_case_categories

        use_case_summary = self.use_case_summary

        production_message_sample = self.production_message_sample

        opt_in_image_urls = self.opt_in_image_urls

        opt_in_type = self.opt_in_type.value

        message_volume = self.message_volume

        tollfree_phone_number_sid = self.tollfree_phone_number_sid

        customer_profile_sid = self.customer_profile_sid

        business_street_address = self.business_street_address

        business_street_address_2 = self.business_street_address_2

        business_city = self.business_city

        business_state_province_region = self.business_state_province_region

        business_postal_code = self.business_postal_code

        business_country = self.business_country

        additional_information = self.additional_information

        business_contact_first_name = self.business_contact_first_name

        business_contact_last_name = self.business_contact_last_name

        business_contact_email = self.business_contact_email

        business_contact_phone = self.business_contact_phone

        external_reference_id = self.external_reference_id

        business_registration_number = self.business_registration_number

        business_registration_authority: None | str | Unset
        if isinstance(self.business_registration_authority, Unset):
            business_registration_authority = UNSET
        elif isinstance(
            self.business_registration_authority,
            TollfreeVerificationEnumBusinessRegistrationAuthorityType1,
        ):
            business_registration_authority = self.business_registration_authority.value
        elif isinstance(
            self.business_registration_authority,
            TollfreeVerificationEnumBusinessRegistrationAuthorityType2Type1,
        ):
            business_registration_authority = self.business_registration_authority.value
        elif isinstance(
            self.business_registration_authority,
            TollfreeVerificationEnumBusinessRegistrationAuthorityType3Type1,
        ):
            business_registration_authority = self.business_registration_authority.value
        else:
            business_registration_authority = self.business_registration_authority

        business_registration_country = self.business_registration_country

        business_type: None | str | Unset
        if isinstance(self.business_type, Unset):
            business_type = UNSET
        elif isinstance(self.business_type, TollfreeVerificationEnumBusinessTypeType1):
            business_type = self.business_type.value
        elif isinstance(self.business_type, TollfreeVerificationEnumBusinessTypeType2Type1):
            business_type = self.business_type.value
        elif isinstance(self.business_type, TollfreeVerificationEnumBusinessTypeType3Type1):
            business_type = self.business_type.value
        else:
            business_type = self.business_type

        business_registration_phone_number = self.business_registration_phone_number

        doing_business_as = self.doing_business_as

        opt_in_confirmation_message = self.opt_in_confirmation_message

        help_message_sample = self.help_message_sample

        privacy_policy_url = self.privacy_policy_url

        terms_and_conditions_url = self.terms_and_conditions_url

        age_gated_content = self.age_gated_content

        opt_in_keywords: list[str] | Unset = UNSET
        if not isinstance(self.opt_in_keywords, Unset):
            opt_in_keywords = self.opt_in_keywords

        vetting_provider: None | str | Unset
        if isinstance(self.vetting_provider, Unset):
            vetting_provider = UNSET
        elif isinstance(self.vetting_provider, TollfreeVerificationEnumVettingProviderType1):
            vetting_provider = self.vetting_provider.value
        elif isinstance(self.vetting_provider, TollfreeVerificationEnumVettingProviderType2Type1):
            vetting_provider = self.vetting_provider.value
        elif isinstance(self.vetting_provider, TollfreeVerificationEnumVettingProviderType3Type1):
            vetting_provider = self.vetting_provider.value
        else:
            vetting_provider = self.vetting_provider

        vetting_id = self.vetting_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "BusinessName": business_name,
                "BusinessWebsite": business_website,
                "NotificationEmail": notification_email,
                "UseCaseCategories": use_case_categories,
                "UseCaseSummary": use_case_summary,
                "ProductionMessageSample": production_message_sample,
                "OptInImageUrls": opt_in_image_urls,
                "OptInType": opt_in_type,
                "MessageVolume": message_volume,
                "TollfreePhoneNumberSid": tollfree_phone_number_sid,
            }
        )
        if customer_profile_sid is not UNSET:
            field_dict["CustomerProfileSid"] = customer_profile_sid
        if business_street_address is not UNSET:
            field_dict["BusinessStreetAddress"] = business_street_address
        if business_street_address_2 is not UNSET:
            field_dict["BusinessStreetAddress2"] = business_street_address_2
        if business_city is not UNSET:
            field_dict["BusinessCity"] = business_city
        if business_state_province_region is not UNSET:
            field_dict["BusinessStateProvinceRegion"] = business_state_province_region
        if business_postal_code is not UNSET:
            field_dict["BusinessPostalCode"] = business_postal_code
        if business_country is not UNSET:
            field_dict["BusinessCountry"] = business_country
        if additional_information is not UNSET:
            field_dict["AdditionalInformation"] = additional_information
        if business_contact_first_name is not UNSET:
            field_dict["BusinessContactFirstName"] = business_contact_first_name
        if business_contact_last_name is not UNSET:
            field_dict["BusinessContactLastName"] = business_contact_last_name
        if business_contact_email is not UNSET:
            field_dict["BusinessContactEmail"] = business_contact_email
        if business_contact_phone is not UNSET:
            field_dict["BusinessContactPhone"] = business_contact_phone
        if external_reference_id is not UNSET:
            field_dict["ExternalReferenceId"] = external_reference_id
        if business_registration_number is not UNSET:
            field_dict["BusinessRegistrationNumber"] = business_registration_number
        if business_registration_authority is not UNSET:
            field_dict["BusinessRegistrationAuthority"] = business_registration_authority
        if business_registration_country is not UNSET:
            field_dict["BusinessRegistrationCountry"] = business_registration_country
        if business_type is not UNSET:
            field_dict["BusinessType"] = business_type
        if business_registration_phone_number is not UNSET:
            field_dict["BusinessRegistrationPhoneNumber"] = business_registration_phone_number
        if doing_business_as is not UNSET:
            field_dict["DoingBusinessAs"] = doing_business_as
        if opt_in_confirmation_message is not UNSET:
            field_dict["OptInConfirmationMessage"] = opt_in_confirmation_message
        if help_message_sample is not UNSET:
            field_dict["HelpMessageSample"] = help_message_sample
        if privacy_policy_url is not UNSET:
            field_dict["PrivacyPolicyUrl"] = privacy_policy_url
        if terms_and_conditions_url is not UNSET:
            field_dict["TermsAndConditionsUrl"] = terms_and_conditions_url
        if age_gated_content is not UNSET:
            field_dict["AgeGatedContent"] = age_gated_content
        if opt_in_keywords is not UNSET:
            field_dict["OptInKeywords"] = opt_in_keywords
        if vetting_provider is not UNSET:
            field_dict["VettingProvider"] = vetting_provider
        if vetting_id is not UNSET:
            field_dict["VettingId"] = vetting_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        business_name = d.pop("BusinessName")

        business_website = d.pop("BusinessWebsite")

        notification_email = d.pop("NotificationEmail")

        def _parse_use_case_categories(
            data: object,
        ) -> list[TollfreeVerificationEnumUseCaseCategoriesType0Item] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemastollfree_verification_enum_use_case_categories_type_0 = []
                _componentsschemastollfree_verification_enum_use_case_categories_type_0 = data
                for (
                    componentsschemastollfree_verification_enum_use_case_categories_type_0_item_data
                ) in _componentsschemastollfree_verification_enum_use_case_categories_type_0:
                    componentsschemastollfree_verification_enum_use_case_categories_type_0_item = TollfreeVerificationEnumUseCaseCategoriesType0Item(
                        componentsschemastollfree_verification_enum_use_case_categories_type_0_item_data
                    )

                    componentsschemastollfree_verification_enum_use_case_categories_type_0.append(
                        componentsschemastollfree_verification_enum_use_case_categories_type_0_item
                    )

                return componentsschemastollfree_verification_enum_use_case_categories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TollfreeVerificationEnumUseCaseCategoriesType0Item] | None, data)

        use_case_categories = _parse_use_case_categories(d.pop("UseCaseCategories"))

        use_case_summary = d.pop("UseCaseSummary")

        production_message_sample = d.pop("ProductionMessageSample")

        opt_in_image_urls = cast(list[str], d.pop("OptInImageUrls"))

        opt_in_type = TollfreeVerificationEnumOptInType(d.pop("OptInType"))

        message_volume = d.pop("MessageVolume")

        tollfree_phone_number_sid = d.pop("TollfreePhoneNumberSid")

        customer_profile_sid = d.pop("CustomerProfileSid", UNSET)

        business_street_address = d.pop("BusinessStreetAddress", UNSET)

        business_street_address_2 = d.pop("BusinessStreetAddress2", UNSET)

        business_city = d.pop("BusinessCity", UNSET)

        business_state_province_region = d.pop("BusinessStateProvinceRegion", UNSET)

        business_postal_code = d.pop("BusinessPostalCode", UNSET)

        business_country = d.pop("BusinessCountry", UNSET)

        additional_information = d.pop("AdditionalInformation", UNSET)

        business_contact_first_name = d.pop("BusinessContactFirstName", UNSET)

        business_contact_last_name = d.pop("BusinessContactLastName", UNSET)

        business_contact_email = d.pop("BusinessContactEmail", UNSET)

        business_contact_phone = d.pop("BusinessContactPhone", UNSET)

        external_reference_id = d.pop("ExternalReferenceId", UNSET)

        business_registration_number = d.pop("BusinessRegistrationNumber", UNSET)

        def _parse_business_registration_authority(
            data: object,
        ) -> (
            None
            | TollfreeVerificationEnumBusinessRegistrationAuthorityType1
            | TollfreeVerificationEnumBusinessRegistrationAuthorityType2Type1
            | TollfreeVerificationEnumBusinessRegistrationAuthorityType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemastollfree_verification_enum_business_registration_authority_type_1 = TollfreeVerificationEnumBusinessRegistrationAuthorityType1(
                    data
                )

                return componentsschemastollfree_verification_enum_business_registration_authority_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemastollfree_verification_enum_business_registration_authority_type_2_type_1 = TollfreeVerificationEnumBusinessRegistrationAuthorityType2Type1(
                    data
                )

                return componentsschemastollfree_verification_enum_business_registration_authority_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemastollfree_verification_enum_business_registration_authority_type_3_type_1 = TollfreeVerificationEnumBusinessRegistrationAuthorityType3Type1(
                    data
                )

                return componentsschemastollfree_verification_enum_business_registration_authority_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | TollfreeVerificationEnumBusinessRegistrationAuthorityType1
                | TollfreeVerificationEnumBusinessRegistrationAuthorityType2Type1
                | TollfreeVerificationEnumBusinessRegistrationAuthorityType3Type1
                | Unset,
                data,
            )

        business_registration_authority = _parse_business_registration_authority(
            d.pop("BusinessRegistrationAuthority", UNSET)
        )

        business_registration_country = d.pop("BusinessRegistrationCountry", UNSET)

        def _parse_business_type(
            data: object,
        ) -> (
            None
            | TollfreeVerificationEnumBusinessTypeType1
            | TollfreeVerificationEnumBusinessTypeType2Type1
            | TollfreeVerificationEnumBusinessTypeType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemastollfree_verification_enum_business_type_type_1 = (
                    TollfreeVerificationEnumBusinessTypeType1(data)
                )

                return componentsschemastollfree_verification_enum_business_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemastollfree_verification_enum_business_type_type_2_type_1 = (
                    TollfreeVerificationEnumBusinessTypeType2Type1(data)
                )

                return componentsschemastollfree_verification_enum_business_type_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemastollfree_verification_enum_business_type_type_3_type_1 = (
                    TollfreeVerificationEnumBusinessTypeType3Type1(data)
                )

                return componentsschemastollfree_verification_enum_business_type_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | TollfreeVerificationEnumBusinessTypeType1
                | TollfreeVerificationEnumBusinessTypeType2Type1
                | TollfreeVerificationEnumBusinessTypeType3Type1
                | Unset,
                data,
            )

        business_type = _parse_business_type(d.pop("BusinessType", UNSET))

        business_registration_phone_number = d.pop("BusinessRegistrationPhoneNumber", UNSET)

        doing_business_as = d.pop("DoingBusinessAs", UNSET)

        opt_in_confirmation_message = d.pop("OptInConfirmationMessage", UNSET)

        help_message_sample = d.pop("HelpMessageSample", UNSET)

        privacy_policy_url = d.pop("PrivacyPolicyUrl", UNSET)

        terms_and_conditions_url = d.pop("TermsAndConditionsUrl", UNSET)

        age_gated_content = d.pop("AgeGatedContent", UNSET)

        opt_in_keywords = cast(list[str], d.pop("OptInKeywords", UNSET))

        def _parse_vetting_provider(
            data: object,
        ) -> (
            None
            | TollfreeVerificationEnumVettingProviderType1
            | TollfreeVerificationEnumVettingProviderType2Type1
            | TollfreeVerificationEnumVettingProviderType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemastollfree_verification_enum_vetting_provider_type_1 = (
                    TollfreeVerificationEnumVettingProviderType1(data)
                )

                return componentsschemastollfree_verification_enum_vetting_provider_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemastollfree_verification_enum_vetting_provider_type_2_type_1 = (
                    TollfreeVerificationEnumVettingProviderType2Type1(data)
                )

                return componentsschemastollfree_verification_enum_vetting_provider_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemastollfree_verification_enum_vetting_provider_type_3_type_1 = (
                    TollfreeVerificationEnumVettingProviderType3Type1(data)
                )

                return componentsschemastollfree_verification_enum_vetting_provider_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | TollfreeVerificationEnumVettingProviderType1
                | TollfreeVerificationEnumVettingProviderType2Type1
                | TollfreeVerificationEnumVettingProviderType3Type1
                | Unset,
                data,
            )

        vetting_provider = _parse_vetting_provider(d.pop("VettingProvider", UNSET))

        vetting_id = d.pop("VettingId", UNSET)

        create_tollfree_verification_create_tollfree_verification_request = cls(
            business_name=business_name,
            business_website=business_website,
            notification_email=notification_email,
            use_case_categories=use_case_categories,
            use_case_summary=use_case_summary,
            production_message_sample=production_message_sample,
            opt_in_image_urls=opt_in_image_urls,
            opt_in_type=opt_in_type,
            message_volume=message_volume,
            tollfree_phone_number_sid=tollfree_phone_number_sid,
            customer_profile_sid=customer_profile_sid,
            business_street_address=business_street_address,
            business_street_address_2=business_street_address_2,
            business_city=business_city,
            business_state_province_region=business_state_province_region,
            business_postal_code=business_postal_code,
            business_country=business_country,
            additional_information=additional_information,
            business_contact_first_name=business_contact_first_name,
            business_contact_last_name=business_contact_last_name,
            business_contact_email=business_contact_email,
            business_contact_phone=business_contact_phone,
            external_reference_id=external_reference_id,
            business_registration_number=business_registration_number,
            business_registration_authority=business_registration_authority,
            business_registration_country=business_registration_country,
            business_type=business_type,
            business_registration_phone_number=business_registration_phone_number,
            doing_business_as=doing_business_as,
            opt_in_confirmation_message=opt_in_confirmation_message,
            help_message_sample=help_message_sample,
            privacy_policy_url=privacy_policy_url,
            terms_and_conditions_url=terms_and_conditions_url,
            age_gated_content=age_gated_content,
            opt_in_keywords=opt_in_keywords,
            vetting_provider=vetting_provider,
            vetting_id=vetting_id,
        )

        create_tollfree_verification_create_tollfree_verification_request.additional_properties = d
        return create_tollfree_verification_create_tollfree_verification_request

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
