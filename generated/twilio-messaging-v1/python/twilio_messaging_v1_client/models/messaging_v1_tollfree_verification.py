from __future__ import annotations

import datetime
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
from ..models.tollfree_verification_enum_status import TollfreeVerificationEnumStatus
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

T = TypeVar("T", bound="MessagingV1TollfreeVerification")


@_attrs_define
class MessagingV1TollfreeVerification:
    sid: None | str | Unset = UNSET
    """ The unique string to identify Tollfree Verification. """
    account_sid: None | str | Unset = UNSET
    """ The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Tollfree Verification
    resource. """
    customer_profile_sid: None | str | Unset = UNSET
    """ Customer's Profile Bundle BundleSid. """
    trust_product_sid: None | str | Unset = UNSET
    """ Tollfree TrustProduct Bundle BundleSid. """
    date_created: datetime.datetime | None | Unset = UNSET
    """ The date and time in GMT when the resource was created specified in [ISO
    8601](https://en.wikipedia.org/wiki/ISO_8601) format. """
    date_updated: datetime.datetime | None | Unset = UNSET
    """ The date and time in GMT when the resource was last updated specified in [ISO
    8601](https://en.wikipedia.org/wiki/ISO_8601) format. """
    regulated_item_sid: None | str | Unset = UNSET
    """ The SID of the Regulated Item. """
    business_name: None | str | Unset = UNSET
    """ The name of the business or organization using the Tollfree number. """
    business_street_address: None | str | Unset = UNSET
    """ The address of the business or organization using the Tollfree number. """
    business_street_address2: None | str | Unset = UNSET
    """ The address of the business or organization using the Tollfree number. """
    business_city: None | str | Unset = UNSET
    """ The city of the business or organization using the Tollfree number. """
    business_state_province_region: None | str | Unset = UNSET
    """ The state/province/region of the business or organization using the Tollfree number. """
    business_postal_code: None | str | Unset = UNSET
    """ The postal code of the business or organization using the Tollfree number. """
    business_country: None | str | Unset = UNSET
    """ The country of the business or organization using the Tollfree number. """
    business_website: None | str | Unset = UNSET
    """ The website of the business or organization using the Tollfree number. """
    business_contact_first_name: None | str | Unset = UNSET
    """ The first name of the contact for the business or organization using the Tollfree number. """
    business_contact_last_name: None | str | Unset = UNSET
    """ The last name of the contact for the business or organization using the Tollfree number. """
    business_contact_email: None | str | Unset = UNSET
    """ The email address of the contact for the business or organization using the Tollfree number. """
    business_contact_phone: None | str | Unset = UNSET
    """ The E.164 formatted phone number of the contact for the business or organization using the Tollfree number.
    """
    notification_email: None | str | Unset = UNSET
    """ The email address to receive the notification about the verification result. . """
    use_case_categories: list[TollfreeVerificationEnumUseCaseCategoriesType0Item] | None | Unset = (
        UNSET
    )
    """ The category of the use case for the Tollfree Number. List as many as are applicable. """
    use_case_summary: None | str | Unset = UNSET
    """ Use this to further explain how messaging is used by the business or organization. """
    production_message_sample: None | str | Unset = UNSET
    """ An example of message content, i.e. a sample message. """
    opt_in_image_urls: list[str] | None | Unset = UNSET
    """ Link to an image that shows the opt-in workflow. Multiple images allowed and must be a publicly hosted URL.
    """
    opt_in_type: TollfreeVerificationEnumOptInType | Unset = UNSET
    """ Describe how a user opts-in to text messages. """
    message_volume: None | str | Unset = UNSET
    """ Estimate monthly volume of messages from the Tollfree Number. """
    additional_information: None | str | Unset = UNSET
    """ Additional information to be provided for verification. """
    tollfree_phone_number_sid: None | str | Unset = UNSET
    """ The SID of the Phone Number associated with the Tollfree Verification. """
    tollfree_phone_number: None | str | Unset = UNSET
    """ The E.164 formatted toll-free phone number associated with the verification. """
    status: TollfreeVerificationEnumStatus | Unset = UNSET
    """ The compliance status of the Tollfree Verification record. """
    url: None | str | Unset = UNSET
    """ The absolute URL of the Tollfree Verification resource. """
    rejection_reason: None | str | Unset = UNSET
    """ The rejection reason given when a Tollfree Verification has been rejected. """
    error_code: int | None | Unset = UNSET
    """ The error code given when a Tollfree Verification has been rejected. """
    edit_expiration: datetime.datetime | None | Unset = UNSET
    """ The date and time when the ability to edit a rejected verification expires. """
    edit_allowed: bool | None | Unset = UNSET
    """ If a rejected verification is allowed to be edited/resubmitted. Some rejection reasons allow editing and
    some do not. """
    business_registration_number: None | str | Unset = UNSET
    """ A legally recognized business registration number """
    business_registration_authority: (
        None
        | TollfreeVerificationEnumBusinessRegistrationAuthorityType1
        | TollfreeVerificationEnumBusinessRegistrationAuthorityType2Type1
        | TollfreeVerificationEnumBusinessRegistrationAuthorityType3Type1
        | Unset
    ) = UNSET
    """ The organizational authority for business registrations. Required for all business types except
    SOLE_PROPRIETOR. """
    business_registration_country: None | str | Unset = UNSET
    """ Country business is registered in """
    business_type: (
        None
        | TollfreeVerificationEnumBusinessTypeType1
        | TollfreeVerificationEnumBusinessTypeType2Type1
        | TollfreeVerificationEnumBusinessTypeType3Type1
        | Unset
    ) = UNSET
    """ The type of business, valid values are PRIVATE_PROFIT, PUBLIC_PROFIT, NON_PROFIT, SOLE_PROPRIETOR,
    GOVERNMENT. Required field. """
    business_registration_phone_number: None | str | Unset = UNSET
    """ The E.164 formatted number associated with the business. """
    doing_business_as: None | str | Unset = UNSET
    """ Trade name, sub entity, or downstream business name of business being submitted for verification """
    opt_in_confirmation_message: None | str | Unset = UNSET
    """ The confirmation message sent to users when they opt in to receive messages. """
    help_message_sample: None | str | Unset = UNSET
    """ A sample help message provided to users. """
    privacy_policy_url: None | str | Unset = UNSET
    """ The URL to the privacy policy for the business or organization. """
    terms_and_conditions_url: None | str | Unset = UNSET
    """ The URL of the terms and conditions for the business or organization. """
    age_gated_content: bool | None | Unset = UNSET
    """ Indicates if the content is age gated. """
    opt_in_keywords: list[str] | None | Unset = UNSET
    """ List of keywords that users can send to opt in or out of messages. """
    rejection_reasons: list[Any] | None | Unset = UNSET
    """ A list of rejection reasons and codes describing why a Tollfree Verification has been rejected. """
    resource_links: Any | Unset = UNSET
    """ The URLs of the documents associated with the Tollfree Verification resource. """
    external_reference_id: None | str | Unset = UNSET
    """ An optional external reference ID supplied by customer and echoed back on status retrieval. """
    vetting_id: None | str | Unset = UNSET
    vetting_provider: (
        None
        | TollfreeVerificationEnumVettingProviderType1
        | TollfreeVerificationEnumVettingProviderType2Type1
        | TollfreeVerificationEnumVettingProviderType3Type1
        | Unset
    ) = UNSET
    """ The third-party political vetting provider. """
    vetting_id_expiration: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sid: None | str | Unset
        if isinstance(self.sid, Unset):
            sid = UNSET
        else:
            sid = self.sid

        account_sid: None | str | Unset
        if isinstance(self.account_sid, Unset):
            account_sid = UNSET
        else:
            account_sid = self.account_sid

        customer_profile_sid: None | str | Unset
        if isinstance(self.customer_profile_sid, Unset):
            customer_profile_sid = UNSET
        else:
            customer_profile_sid = self.customer_profile_sid

        trust_product_sid: None | str | Unset
        if isinstance(self.trust_product_sid, Unset):
            trust_product_sid = UNSET
        else:
            trust_product_sid = self.trust_product_sid

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        elif isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created

        date_updated: None | str | Unset
        if isinstance(self.date_updated, Unset):
            date_updated = UNSET
        elif isinstance(self.date_updated, datetime.datetime):
            date_updated = self.date_updated.isoformat()
        else:
            date_updated = self.date_updated

        regulated_item_sid: None | str | Unset
        if isinstance(self.regulated_item_sid, Unset):
            regulated_item_sid = UNSET
        else:
            regulated_item_sid = self.regulated_item_sid

        business_name: None | str | Unset
        if isinstance(self.business_name, Unset):
            business_name = UNSET
        else:
            business_name = self.business_name

        business_street_address: None | str | Unset
        if isinstance(self.business_street_address, Unset):
            business_street_address = UNSET
        else:
            business_street_address = self.business_street_address

        business_street_address2: None | str | Unset
        if isinstance(self.business_street_address2, Unset):
            business_street_address2 = UNSET
        else:
            business_street_address2 = self.business_street_address2

        business_city: None | str | Unset
        if isinstance(self.business_city, Unset):
            business_city = UNSET
        else:
            business_city = self.business_city

        business_state_province_region: None | str | Unset
        if isinstance(self.business_state_province_region, Unset):
            business_state_province_region = UNSET
        else:
            business_state_province_region = self.business_state_province_region

        business_postal_code: None | str | Unset
        if isinstance(self.business_postal_code, Unset):
            business_postal_code = UNSET
        else:
            business_postal_code = self.business_postal_code

        business_country: None | str | Unset
        if isinstance(self.business_country, Unset):
            business_country = UNSET
        else:
            business_country = self.business_country

        business_website: None | str | Unset
        if isinstance(self.business_website, Unset):
            business_website = UNSET
        else:
            business_website = self.business_website

        business_contact_first_name: None | str | Unset
        if isinstance(self.business_contact_first_name, Unset):
            business_contact_first_name = UNSET
        else:
            business_contact_first_name = self.business_contact_first_name

        business_contact_last_name: None | str | Unset
        if isinstance(self.business_contact_last_name, Unset):
            business_contact_last_name = UNSET
        else:
            business_contact_last_name = self.business_contact_last_name

        business_contact_email: None | str | Unset
        if isinstance(self.business_contact_email, Unset):
            business_contact_email = UNSET
        else:
            business_contact_email = self.business_contact_email

        business_contact_phone: None | str | Unset
        if isinstance(self.business_contact_phone, Unset):
            business_contact_phone = UNSET
        else:
            business_contact_phone = self.business_contact_phone

        notification_email: None | str | Unset
        if isinstance(self.notification_email, Unset):
            notification_email = UNSET
        else:
            notification_email = self.notification_email

        use_case_categories: list[str] | None | Unset
        if isinstance(self.use_case_categories, Unset):
            use_case_categories = UNSET
        elif isinstance(self.use_case_categories, list):
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

        use_case_summary: None | str | Unset
        if isinstance(self.use_case_summary, Unset):
            use_case_summary = UNSET
        else:
            use_case_summary = self.use_case_summary

        production_message_sample: None | str | Unset
        if isinstance(self.production_message_sample, Unset):
            production_message_sample = UNSET
        else:
            production_message_sample = self.production_message_sample

        opt_in_image_urls: list[str] | None | Unset
        if isinstance(self.opt_in_image_urls, Unset):
            opt_in_image_urls = UNSET
        elif isinstance(self.opt_in_image_urls, list):
            opt_in_image_urls = self.opt_in_image_urls

        else:
            opt_in_image_urls = self.opt_in_image_urls

        opt_in_type: str | Unset = UNSET
        if not isinstance(self.opt_in_type, Unset):
            opt_in_type = self.opt_in_type.value

        message_volume: None | str | Unset
        if isinstance(self.message_volume, Unset):
            message_volume = UNSET
        else:
            message_volume = self.message_volume

        additional_information: None | str | Unset
        if isinstance(self.additional_information, Unset):
            additional_information = UNSET
        else:
            additional_information = self.additional_information

        tollfree_phone_number_sid: None | str | Unset
        if isinstance(self.tollfree_phone_number_sid, Unset):
            tollfree_phone_number_sid = UNSET
        else:
            tollfree_phone_number_sid = self.tollfree_phone_number_sid

        tollfree_phone_number: None | str | Unset
        if isinstance(self.tollfree_phone_number, Unset):
            tollfree_phone_number = UNSET
        else:
            tollfree_phone_number = self.tollfree_phone_number

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        rejection_reason: None | str | Unset
        if isinstance(self.rejection_reason, Unset):
            rejection_reason = UNSET
        else:
            rejection_reason = self.rejection_reason

        error_code: int | None | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        edit_expiration: None | str | Unset
        if isinstance(self.edit_expiration, Unset):
            edit_expiration = UNSET
        elif isinstance(self.edit_expiration, datetime.datetime):
            edit_expiration = self.edit_expiration.isoformat()
        else:
            edit_expiration = self.edit_expiration

        edit_allowed: bool | None | Unset
        if isinstance(self.edit_allowed, Unset):
            edit_allowed = UNSET
        else:
            edit_allowed = self.edit_allowed

        business_registration_number: None | str | Unset
        if isinstance(self.business_registration_number, Unset):
            business_registration_number = UNSET
        else:
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

        business_registration_country: None | str | Unset
        if isinstance(self.business_registration_country, Unset):
            business_registration_country = UNSET
        else:
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

        business_registration_phone_number: None | str | Unset
        if isinstance(self.business_registration_phone_number, Unset):
            business_registration_phone_number = UNSET
        else:
            business_registration_phone_number = self.business_registration_phone_number

        doing_business_as: None | str | Unset
        if isinstance(self.doing_business_as, Unset):
            doing_business_as = UNSET
        else:
            doing_business_as = self.doing_business_as

        opt_in_confirmation_message: None | str | Unset
        if isinstance(self.opt_in_confirmation_message, Unset):
            opt_in_confirmation_message = UNSET
        else:
            opt_in_confirmation_message = self.opt_in_confirmation_message

        help_message_sample: None | str | Unset
        if isinstance(self.help_message_sample, Unset):
            help_message_sample = UNSET
        else:
            help_message_sample = self.help_message_sample

        privacy_policy_url: None | str | Unset
        if isinstance(self.privacy_policy_url, Unset):
            privacy_policy_url = UNSET
        else:
            privacy_policy_url = self.privacy_policy_url

        terms_and_conditions_url: None | str | Unset
        if isinstance(self.terms_and_conditions_url, Unset):
            terms_and_conditions_url = UNSET
        else:
            terms_and_conditions_url = self.terms_and_conditions_url

        age_gated_content: bool | None | Unset
        if isinstance(self.age_gated_content, Unset):
            age_gated_content = UNSET
        else:
            age_gated_content = self.age_gated_content

        opt_in_keywords: list[str] | None | Unset
        if isinstance(self.opt_in_keywords, Unset):
            opt_in_keywords = UNSET
        elif isinstance(self.opt_in_keywords, list):
            opt_in_keywords = self.opt_in_keywords

        else:
            opt_in_keywords = self.opt_in_keywords

        rejection_reasons: list[Any] | None | Unset
        if isinstance(self.rejection_reasons, Unset):
            rejection_reasons = UNSET
        elif isinstance(self.rejection_reasons, list):
            rejection_reasons = self.rejection_reasons

        else:
            rejection_reasons = self.rejection_reasons

        resource_links = self.resource_links

        external_reference_id: None | str | Unset
        if isinstance(self.external_reference_id, Unset):
            external_reference_id = UNSET
        else:
            external_reference_id = self.external_reference_id

        vetting_id: None | str | Unset
        if isinstance(self.vetting_id, Unset):
            vetting_id = UNSET
        else:
            vetting_id = self.vetting_id

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

        vetting_id_expiration: None | str | Unset
        if isinstance(self.vetting_id_expiration, Unset):
            vetting_id_expiration = UNSET
        elif isinstance(self.vetting_id_expiration, datetime.datetime):
            vetting_id_expiration = self.vetting_id_expiration.isoformat()
        else:
            vetting_id_expiration = self.vetting_id_expiration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sid is not UNSET:
            field_dict["sid"] = sid
        if account_sid is not UNSET:
            field_dict["account_sid"] = account_sid
        if customer_profile_sid is not UNSET:
            field_dict["customer_profile_sid"] = customer_profile_sid
        if trust_product_sid is not UNSET:
            field_dict["trust_product_sid"] = trust_product_sid
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if regulated_item_sid is not UNSET:
            field_dict["regulated_item_sid"] = regulated_item_sid
        if business_name is not UNSET:
            field_dict["business_name"] = business_name
        if business_street_address is not UNSET:
            field_dict["business_street_address"] = business_street_address
        if business_street_address2 is not UNSET:
            field_dict["business_street_address2"] = business_street_address2
        if business_city is not UNSET:
            field_dict["business_city"] = business_city
        if business_state_province_region is not UNSET:
            field_dict["business_state_province_region"] = business_state_province_region
        if business_postal_code is not UNSET:
            field_dict["business_postal_code"] = business_postal_code
        if business_country is not UNSET:
            field_dict["business_country"] = business_country
        if business_website is not UNSET:
            field_dict["business_website"] = business_website
        if business_contact_first_name is not UNSET:
            field_dict["business_contact_first_name"] = business_contact_first_name
        if business_contact_last_name is not UNSET:
            field_dict["business_contact_last_name"] = business_contact_last_name
        if business_contact_email is not UNSET:
            field_dict["business_contact_email"] = business_contact_email
        if business_contact_phone is not UNSET:
            field_dict["business_contact_phone"] = business_contact_phone
        if notification_email is not UNSET:
            field_dict["notification_email"] = notification_email
        if use_case_categories is not UNSET:
            field_dict["use_case_categories"] = use_case_categories
        if use_case_summary is not UNSET:
            field_dict["use_case_summary"] = use_case_summary
        if production_message_sample is not UNSET:
            field_dict["production_message_sample"] = production_message_sample
        if opt_in_image_urls is not UNSET:
            field_dict["opt_in_image_urls"] = opt_in_image_urls
        if opt_in_type is not UNSET:
            field_dict["opt_in_type"] = opt_in_type
        if message_volume is not UNSET:
            field_dict["message_volume"] = message_volume
        if additional_information is not UNSET:
            field_dict["additional_information"] = additional_information
        if tollfree_phone_number_sid is not UNSET:
            field_dict["tollfree_phone_number_sid"] = tollfree_phone_number_sid
        if tollfree_phone_number is not UNSET:
            field_dict["tollfree_phone_number"] = tollfree_phone_number
        if status is not UNSET:
            field_dict["status"] = status
        if url is not UNSET:
            field_dict["url"] = url
        if rejection_reason is not UNSET:
            field_dict["rejection_reason"] = rejection_reason
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if edit_expiration is not UNSET:
            field_dict["edit_expiration"] = edit_expiration
        if edit_allowed is not UNSET:
            field_dict["edit_allowed"] = edit_allowed
        if business_registration_number is not UNSET:
            field_dict["business_registration_number"] = business_registration_number
        if business_registration_authority is not UNSET:
            field_dict["business_registration_authority"] = business_registration_authority
        if business_registration_country is not UNSET:
            field_dict["business_registration_country"] = business_registration_country
        if business_type is not UNSET:
            field_dict["business_type"] = business_type
        if business_registration_phone_number is not UNSET:
            field_dict["business_registration_phone_number"] = business_registration_phone_number
        if doing_business_as is not UNSET:
            field_dict["doing_business_as"] = doing_business_as
        if opt_in_confirmation_message is not UNSET:
            field_dict["opt_in_confirmation_message"] = opt_in_confirmation_message
        if help_message_sample is not UNSET:
            field_dict["help_message_sample"] = help_message_sample
        if privacy_policy_url is not UNSET:
            field_dict["privacy_policy_url"] = privacy_policy_url
        if terms_and_conditions_url is not UNSET:
            field_dict["terms_and_conditions_url"] = terms_and_conditions_url
        if age_gated_content is not UNSET:
            field_dict["age_gated_content"] = age_gated_content
        if opt_in_keywords is not UNSET:
            field_dict["opt_in_keywords"] = opt_in_keywords
        if rejection_reasons is not UNSET:
            field_dict["rejection_reasons"] = rejection_reasons
        if resource_links is not UNSET:
            field_dict["resource_links"] = resource_links
        if external_reference_id is not UNSET:
            field_dict["external_reference_id"] = external_reference_id
        if vetting_id is not UNSET:
            field_dict["vetting_id"] = vetting_id
        if vetting_provider is not UNSET:
            field_dict["vetting_provider"] = vetting_provider
        if vetting_id_expiration is not UNSET:
            field_dict["vetting_id_expiration"] = vetting_id_expiration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sid = _parse_sid(d.pop("sid", UNSET))

        def _parse_account_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_sid = _parse_account_sid(d.pop("account_sid", UNSET))

        def _parse_customer_profile_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_profile_sid = _parse_customer_profile_sid(d.pop("customer_profile_sid", UNSET))

        def _parse_trust_product_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trust_product_sid = _parse_trust_product_sid(d.pop("trust_product_sid", UNSET))

        def _parse_date_created(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_created_type_0 = datetime.datetime.fromisoformat(data)

                return date_created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_created = _parse_date_created(d.pop("date_created", UNSET))

        def _parse_date_updated(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_updated_type_0 = datetime.datetime.fromisoformat(data)

                return date_updated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_updated = _parse_date_updated(d.pop("date_updated", UNSET))

        def _parse_regulated_item_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        regulated_item_sid = _parse_regulated_item_sid(d.pop("regulated_item_sid", UNSET))

        def _parse_business_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_name = _parse_business_name(d.pop("business_name", UNSET))

        def _parse_business_street_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_street_address = _parse_business_street_address(
            d.pop("business_street_address", UNSET)
        )

        def _parse_business_street_address2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_street_address2 = _parse_business_street_address2(
            d.pop("business_street_address2", UNSET)
        )

        def _parse_business_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_city = _parse_business_city(d.pop("business_city", UNSET))

        def _parse_business_state_province_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_state_province_region = _parse_business_state_province_region(
            d.pop("business_state_province_region", UNSET)
        )

        def _parse_business_postal_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_postal_code = _parse_business_postal_code(d.pop("business_postal_code", UNSET))

        def _parse_business_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_country = _parse_business_country(d.pop("business_country", UNSET))

        def _parse_business_website(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_website = _parse_business_website(d.pop("business_website", UNSET))

        def _parse_business_contact_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_contact_first_name = _parse_business_contact_first_name(
            d.pop("business_contact_first_name", UNSET)
        )

        def _parse_business_contact_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_contact_last_name = _parse_business_contact_last_name(
            d.pop("business_contact_last_name", UNSET)
        )

        def _parse_business_contact_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_contact_email = _parse_business_contact_email(
            d.pop("business_contact_email", UNSET)
        )

        def _parse_business_contact_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_contact_phone = _parse_business_contact_phone(
            d.pop("business_contact_phone", UNSET)
        )

        def _parse_notification_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notification_email = _parse_notification_email(d.pop("notification_email", UNSET))

        def _parse_use_case_categories(
            data: object,
        ) -> list[TollfreeVerificationEnumUseCaseCategoriesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
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
            return cast(
                list[TollfreeVerificationEnumUseCaseCategoriesType0Item] | None | Unset, data
            )

        use_case_categories = _parse_use_case_categories(d.pop("use_case_categories", UNSET))

        def _parse_use_case_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        use_case_summary = _parse_use_case_summary(d.pop("use_case_summary", UNSET))

        def _parse_production_message_sample(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        production_message_sample = _parse_production_message_sample(
            d.pop("production_message_sample", UNSET)
        )

        def _parse_opt_in_image_urls(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                opt_in_image_urls_type_0 = cast(list[str], data)

                return opt_in_image_urls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        opt_in_image_urls = _parse_opt_in_image_urls(d.pop("opt_in_image_urls", UNSET))

        _opt_in_type = d.pop("opt_in_type", UNSET)
        opt_in_type: TollfreeVerificationEnumOptInType | Unset
        if isinstance(_opt_in_type, Unset):
            opt_in_type = UNSET
        else:
            opt_in_type = TollfreeVerificationEnumOptInType(_opt_in_type)

        def _parse_message_volume(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_volume = _parse_message_volume(d.pop("message_volume", UNSET))

        def _parse_additional_information(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        additional_information = _parse_additional_information(
            d.pop("additional_information", UNSET)
        )

        def _parse_tollfree_phone_number_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tollfree_phone_number_sid = _parse_tollfree_phone_number_sid(
            d.pop("tollfree_phone_number_sid", UNSET)
        )

        def _parse_tollfree_phone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tollfree_phone_number = _parse_tollfree_phone_number(d.pop("tollfree_phone_number", UNSET))

        _status = d.pop("status", UNSET)
        status: TollfreeVerificationEnumStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TollfreeVerificationEnumStatus(_status)

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_rejection_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rejection_reason = _parse_rejection_reason(d.pop("rejection_reason", UNSET))

        def _parse_error_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        error_code = _parse_error_code(d.pop("error_code", UNSET))

        def _parse_edit_expiration(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                edit_expiration_type_0 = datetime.datetime.fromisoformat(data)

                return edit_expiration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        edit_expiration = _parse_edit_expiration(d.pop("edit_expiration", UNSET))

        def _parse_edit_allowed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        edit_allowed = _parse_edit_allowed(d.pop("edit_allowed", UNSET))

        def _parse_business_registration_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_registration_number = _parse_business_registration_number(
            d.pop("business_registration_number", UNSET)
        )

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
            d.pop("business_registration_authority", UNSET)
        )

        def _parse_business_registration_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_registration_country = _parse_business_registration_country(
            d.pop("business_registration_country", UNSET)
        )

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

        business_type = _parse_business_type(d.pop("business_type", UNSET))

        def _parse_business_registration_phone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_registration_phone_number = _parse_business_registration_phone_number(
            d.pop("business_registration_phone_number", UNSET)
        )

        def _parse_doing_business_as(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        doing_business_as = _parse_doing_business_as(d.pop("doing_business_as", UNSET))

        def _parse_opt_in_confirmation_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        opt_in_confirmation_message = _parse_opt_in_confirmation_message(
            d.pop("opt_in_confirmation_message", UNSET)
        )

        def _parse_help_message_sample(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        help_message_sample = _parse_help_message_sample(d.pop("help_message_sample", UNSET))

        def _parse_privacy_policy_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        privacy_policy_url = _parse_privacy_policy_url(d.pop("privacy_policy_url", UNSET))

        def _parse_terms_and_conditions_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        terms_and_conditions_url = _parse_terms_and_conditions_url(
            d.pop("terms_and_conditions_url", UNSET)
        )

        def _parse_age_gated_content(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        age_gated_content = _parse_age_gated_content(d.pop("age_gated_content", UNSET))

        def _parse_opt_in_keywords(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                opt_in_keywords_type_0 = cast(list[str], data)

                return opt_in_keywords_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        opt_in_keywords = _parse_opt_in_keywords(d.pop("opt_in_keywords", UNSET))

        def _parse_rejection_reasons(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                rejection_reasons_type_0: list[Any] = data

                return rejection_reasons_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        rejection_reasons = _parse_rejection_reasons(d.pop("rejection_reasons", UNSET))

        resource_links = d.pop("resource_links", UNSET)

        def _parse_external_reference_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_reference_id = _parse_external_reference_id(d.pop("external_reference_id", UNSET))

        def _parse_vetting_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vetting_id = _parse_vetting_id(d.pop("vetting_id", UNSET))

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

        vetting_provider = _parse_vetting_provider(d.pop("vetting_provider", UNSET))

        def _parse_vetting_id_expiration(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                vetting_id_expiration_type_0 = datetime.datetime.fromisoformat(data)

                return vetting_id_expiration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        vetting_id_expiration = _parse_vetting_id_expiration(d.pop("vetting_id_expiration", UNSET))

        messaging_v1_tollfree_verification = cls(
            sid=sid,
            account_sid=account_sid,
            customer_profile_sid=customer_profile_sid,
            trust_product_sid=trust_product_sid,
            date_created=date_created,
            date_updated=date_updated,
            regulated_item_sid=regulated_item_sid,
            business_name=business_name,
            business_street_address=business_street_address,
            business_street_address2=business_street_address2,
            business_city=business_city,
            business_state_province_region=business_state_province_region,
            business_postal_code=business_postal_code,
            business_country=business_country,
            business_website=business_website,
            business_contact_first_name=business_contact_first_name,
            business_contact_last_name=business_contact_last_name,
            business_contact_email=business_contact_email,
            business_contact_phone=business_contact_phone,
            notification_email=notification_email,
            use_case_categories=use_case_categories,
            use_case_summary=use_case_summary,
            production_message_sample=production_message_sample,
            opt_in_image_urls=opt_in_image_urls,
            opt_in_type=opt_in_type,
            message_volume=message_volume,
            additional_information=additional_information,
            tollfree_phone_number_sid=tollfree_phone_number_sid,
            tollfree_phone_number=tollfree_phone_number,
            status=status,
            url=url,
            rejection_reason=rejection_reason,
            error_code=error_code,
            edit_expiration=edit_expiration,
            edit_allowed=edit_allowed,
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
            rejection_reasons=rejection_reasons,
            resource_links=resource_links,
            external_reference_id=external_reference_id,
            vetting_id=vetting_id,
            vetting_provider=vetting_provider,
            vetting_id_expiration=vetting_id_expiration,
        )

        messaging_v1_tollfree_verification.additional_properties = d
        return messaging_v1_tollfree_verification

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
