from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessagingV1ServiceUsAppToPersonV2")


@_attrs_define
class MessagingV1ServiceUsAppToPersonV2:
    privacy_policy_url: None | str
    """ The URL of the privacy policy for the campaign. """
    terms_and_conditions_url: None | str
    """ The URL of the terms and conditions for the campaign. """
    sid: None | str | Unset = UNSET
    """ The unique string that identifies a US A2P Compliance resource `QE2c6890da8086d771620e9b13fadeba0b`. """
    account_sid: None | str | Unset = UNSET
    """ The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that the Campaign belongs to. """
    brand_registration_sid: None | str | Unset = UNSET
    """ The unique string to identify the A2P brand. """
    messaging_service_sid: None | str | Unset = UNSET
    """ The SID of the [Messaging Service](https://www.twilio.com/docs/messaging/api/service-resource) that the
    resource is associated with. """
    description: None | str | Unset = UNSET
    """ A short description of what this SMS campaign does. Min length: 40 characters. Max length: 4096 characters.
    """
    message_samples: list[str] | None | Unset = UNSET
    """ An array of sample message strings, min two and max five. Min length for each sample: 20 chars. Max length
    for each sample: 1024 chars. """
    us_app_to_person_usecase: None | str | Unset = UNSET
    """ A2P Campaign Use Case. Examples: [ 2FA, EMERGENCY, MARKETING, SOLE_PROPRIETOR...]. SOLE_PROPRIETOR campaign
    use cases can only be created by SOLE_PROPRIETOR Brands, and there can only be one SOLE_PROPRIETOR campaign
    created per SOLE_PROPRIETOR Brand. """
    has_embedded_links: bool | None | Unset = UNSET
    """ Indicate that this SMS campaign will send messages that contain links. """
    has_embedded_phone: bool | None | Unset = UNSET
    """ Indicates that this SMS campaign will send messages that contain phone numbers. """
    subscriber_opt_in: bool | None | Unset = UNSET
    """ A boolean that specifies whether campaign has Subscriber Optin or not. """
    age_gated: bool | None | Unset = UNSET
    """ A boolean that specifies whether campaign is age gated or not. """
    direct_lending: bool | None | Unset = UNSET
    """ A boolean that specifies whether campaign allows direct lending or not. """
    campaign_status: None | str | Unset = UNSET
    """ Campaign status. Examples: IN_PROGRESS, VERIFIED, FAILED. """
    campaign_id: None | str | Unset = UNSET
    """ The Campaign Registry (TCR) Campaign ID. """
    is_externally_registered: bool | None | Unset = UNSET
    """ Indicates whether the campaign was registered externally or not. """
    rate_limits: Any | Unset = UNSET
    """ Rate limit and/or classification set by each carrier, Ex. AT&T or T-Mobile. """
    message_flow: None | str | Unset = UNSET
    """ Details around how a consumer opts-in to their campaign, therefore giving consent to receive their messages.
    If multiple opt-in methods can be used for the same campaign, they must all be listed. 40 character minimum.
    2048 character maximum. """
    opt_in_message: None | str | Unset = UNSET
    """ If end users can text in a keyword to start receiving messages from this campaign, the auto-reply messages
    sent to the end users must be provided. The opt-in response should include the Brand name, confirmation of opt-
    in enrollment to a recurring message campaign, how to get help, and clear description of how to opt-out. This
    field is required if end users can text in a keyword to start receiving messages from this campaign. 20
    character minimum. 320 character maximum. """
    opt_out_message: None | str | Unset = UNSET
    """ Upon receiving the opt-out keywords from the end users, Twilio customers are expected to send back an auto-
    generated response, which must provide acknowledgment of the opt-out request and confirmation that no further
    messages will be sent. It is also recommended that these opt-out messages include the brand name. This field is
    required if managing opt out keywords yourself (i.e. not using Twilio's Default or Advanced Opt Out features).
    20 character minimum. 320 character maximum. """
    help_message: None | str | Unset = UNSET
    """ When customers receive the help keywords from their end users, Twilio customers are expected to send back an
    auto-generated response; this may include the brand name and additional support contact information. This field
    is required if managing help keywords yourself (i.e. not using Twilio's Default or Advanced Opt Out features).
    20 character minimum. 320 character maximum. """
    opt_in_keywords: list[str] | None | Unset = UNSET
    """ If end users can text in a keyword to start receiving messages from this campaign, those keywords must be
    provided. This field is required if end users can text in a keyword to start receiving messages from this
    campaign. Values must be alphanumeric. 255 character maximum. """
    opt_out_keywords: list[str] | None | Unset = UNSET
    """ End users should be able to text in a keyword to stop receiving messages from this campaign. Those keywords
    must be provided. This field is required if managing opt out keywords yourself (i.e. not using Twilio's Default
    or Advanced Opt Out features). Values must be alphanumeric. 255 character maximum. """
    help_keywords: list[str] | None | Unset = UNSET
    """ End users should be able to text in a keyword to receive help. Those keywords must be provided as part of
    the campaign registration request. This field is required if managing help keywords yourself (i.e. not using
    Twilio's Default or Advanced Opt Out features). Values must be alphanumeric. 255 character maximum. """
    date_created: datetime.datetime | None | Unset = UNSET
    """ The date and time in GMT when the resource was created specified in [ISO
    8601](https://en.wikipedia.org/wiki/ISO_8601) format. """
    date_updated: datetime.datetime | None | Unset = UNSET
    """ The date and time in GMT when the resource was last updated specified in [ISO
    8601](https://en.wikipedia.org/wiki/ISO_8601) format. """
    url: None | str | Unset = UNSET
    """ The absolute URL of the US App to Person resource. """
    mock: bool | None | Unset = UNSET
    """ A boolean that specifies whether campaign is a mock or not. Mock campaigns will be automatically created if
    using a mock brand. Mock campaigns should only be used for testing purposes. """
    errors: list[Any] | None | Unset = UNSET
    """ Details indicating why a campaign registration failed. These errors can indicate one or more fields that
    were incorrect or did not meet review requirements. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        privacy_policy_url: None | str
        privacy_policy_url = self.privacy_policy_url

        terms_and_conditions_url: None | str
        terms_and_conditions_url = self.terms_and_conditions_url

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

        brand_registration_sid: None | str | Unset
        if isinstance(self.brand_registration_sid, Unset):
            brand_registration_sid = UNSET
        else:
            brand_registration_sid = self.brand_registration_sid

        messaging_service_sid: None | str | Unset
        if isinstance(self.messaging_service_sid, Unset):
            messaging_service_sid = UNSET
        else:
            messaging_service_sid = self.messaging_service_sid

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        message_samples: list[str] | None | Unset
        if isinstance(self.message_samples, Unset):
            message_samples = UNSET
        elif isinstance(self.message_samples, list):
            message_samples = self.message_samples

        else:
            message_samples = self.message_samples

        us_app_to_person_usecase: None | str | Unset
        if isinstance(self.us_app_to_person_usecase, Unset):
            us_app_to_person_usecase = UNSET
        else:
            us_app_to_person_usecase = self.us_app_to_person_usecase

        has_embedded_links: bool | None | Unset
        if isinstance(self.has_embedded_links, Unset):
            has_embedded_links = UNSET
        else:
            has_embedded_links = self.has_embedded_links

        has_embedded_phone: bool | None | Unset
        if isinstance(self.has_embedded_phone, Unset):
            has_embedded_phone = UNSET
        else:
            has_embedded_phone = self.has_embedded_phone

        subscriber_opt_in: bool | None | Unset
        if isinstance(self.subscriber_opt_in, Unset):
            subscriber_opt_in = UNSET
        else:
            subscriber_opt_in = self.subscriber_opt_in

        age_gated: bool | None | Unset
        if isinstance(self.age_gated, Unset):
            age_gated = UNSET
        else:
            age_gated = self.age_gated

        direct_lending: bool | None | Unset
        if isinstance(self.direct_lending, Unset):
            direct_lending = UNSET
        else:
            direct_lending = self.direct_lending

        campaign_status: None | str | Unset
        if isinstance(self.campaign_status, Unset):
            campaign_status = UNSET
        else:
            campaign_status = self.campaign_status

        campaign_id: None | str | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        is_externally_registered: bool | None | Unset
        if isinstance(self.is_externally_registered, Unset):
            is_externally_registered = UNSET
        else:
            is_externally_registered = self.is_externally_registered

        rate_limits = self.rate_limits

        message_flow: None | str | Unset
        if isinstance(self.message_flow, Unset):
            message_flow = UNSET
        else:
            message_flow = self.message_flow

        opt_in_message: None | str | Unset
        if isinstance(self.opt_in_message, Unset):
            opt_in_message = UNSET
        else:
            opt_in_message = self.opt_in_message

        opt_out_message: None | str | Unset
        if isinstance(self.opt_out_message, Unset):
            opt_out_message = UNSET
        else:
            opt_out_message = self.opt_out_message

        help_message: None | str | Unset
        if isinstance(self.help_message, Unset):
            help_message = UNSET
        else:
            help_message = self.help_message

        opt_in_keywords: list[str] | None | Unset
        if isinstance(self.opt_in_keywords, Unset):
            opt_in_keywords = UNSET
        elif isinstance(self.opt_in_keywords, list):
            opt_in_keywords = self.opt_in_keywords

        else:
            opt_in_keywords = self.opt_in_keywords

        opt_out_keywords: list[str] | None | Unset
        if isinstance(self.opt_out_keywords, Unset):
            opt_out_keywords = UNSET
        elif isinstance(self.opt_out_keywords, list):
            opt_out_keywords = self.opt_out_keywords

        else:
            opt_out_keywords = self.opt_out_keywords

        help_keywords: list[str] | None | Unset
        if isinstance(self.help_keywords, Unset):
            help_keywords = UNSET
        elif isinstance(self.help_keywords, list):
            help_keywords = self.help_keywords

        else:
            help_keywords = self.help_keywords

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

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        mock: bool | None | Unset
        if isinstance(self.mock, Unset):
            mock = UNSET
        else:
            mock = self.mock

        errors: list[Any] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = self.errors

        else:
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "privacy_policy_url": privacy_policy_url,
                "terms_and_conditions_url": terms_and_conditions_url,
            }
        )
        if sid is not UNSET:
            field_dict["sid"] = sid
        if account_sid is not UNSET:
            field_dict["account_sid"] = account_sid
        if brand_registration_sid is not UNSET:
            field_dict["brand_registration_sid"] = brand_registration_sid
        if messaging_service_sid is not UNSET:
            field_dict["messaging_service_sid"] = messaging_service_sid
        if description is not UNSET:
            field_dict["description"] = description
        if message_samples is not UNSET:
            field_dict["message_samples"] = message_samples
        if us_app_to_person_usecase is not UNSET:
            field_dict["us_app_to_person_usecase"] = us_app_to_person_usecase
        if has_embedded_links is not UNSET:
            field_dict["has_embedded_links"] = has_embedded_links
        if has_embedded_phone is not UNSET:
            field_dict["has_embedded_phone"] = has_embedded_phone
        if subscriber_opt_in is not UNSET:
            field_dict["subscriber_opt_in"] = subscriber_opt_in
        if age_gated is not UNSET:
            field_dict["age_gated"] = age_gated
        if direct_lending is not UNSET:
            field_dict["direct_lending"] = direct_lending
        if campaign_status is not UNSET:
            field_dict["campaign_status"] = campaign_status
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if is_externally_registered is not UNSET:
            field_dict["is_externally_registered"] = is_externally_registered
        if rate_limits is not UNSET:
            field_dict["rate_limits"] = rate_limits
        if message_flow is not UNSET:
            field_dict["message_flow"] = message_flow
        if opt_in_message is not UNSET:
            field_dict["opt_in_message"] = opt_in_message
        if opt_out_message is not UNSET:
            field_dict["opt_out_message"] = opt_out_message
        if help_message is not UNSET:
            field_dict["help_message"] = help_message
        if opt_in_keywords is not UNSET:
            field_dict["opt_in_keywords"] = opt_in_keywords
        if opt_out_keywords is not UNSET:
            field_dict["opt_out_keywords"] = opt_out_keywords
        if help_keywords is not UNSET:
            field_dict["help_keywords"] = help_keywords
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if url is not UNSET:
            field_dict["url"] = url
        if mock is not UNSET:
            field_dict["mock"] = mock
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_privacy_policy_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        privacy_policy_url = _parse_privacy_policy_url(d.pop("privacy_policy_url"))

        def _parse_terms_and_conditions_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        terms_and_conditions_url = _parse_terms_and_conditions_url(
            d.pop("terms_and_conditions_url")
        )

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

        def _parse_brand_registration_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand_registration_sid = _parse_brand_registration_sid(
            d.pop("brand_registration_sid", UNSET)
        )

        def _parse_messaging_service_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        messaging_service_sid = _parse_messaging_service_sid(d.pop("messaging_service_sid", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_message_samples(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                message_samples_type_0 = cast(list[str], data)

                return message_samples_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        message_samples = _parse_message_samples(d.pop("message_samples", UNSET))

        def _parse_us_app_to_person_usecase(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        us_app_to_person_usecase = _parse_us_app_to_person_usecase(
            d.pop("us_app_to_person_usecase", UNSET)
        )

        def _parse_has_embedded_links(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_embedded_links = _parse_has_embedded_links(d.pop("has_embedded_links", UNSET))

        def _parse_has_embedded_phone(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_embedded_phone = _parse_has_embedded_phone(d.pop("has_embedded_phone", UNSET))

        def _parse_subscriber_opt_in(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        subscriber_opt_in = _parse_subscriber_opt_in(d.pop("subscriber_opt_in", UNSET))

        def _parse_age_gated(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        age_gated = _parse_age_gated(d.pop("age_gated", UNSET))

        def _parse_direct_lending(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        direct_lending = _parse_direct_lending(d.pop("direct_lending", UNSET))

        def _parse_campaign_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        campaign_status = _parse_campaign_status(d.pop("campaign_status", UNSET))

        def _parse_campaign_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        campaign_id = _parse_campaign_id(d.pop("campaign_id", UNSET))

        def _parse_is_externally_registered(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_externally_registered = _parse_is_externally_registered(
            d.pop("is_externally_registered", UNSET)
        )

        rate_limits = d.pop("rate_limits", UNSET)

        def _parse_message_flow(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_flow = _parse_message_flow(d.pop("message_flow", UNSET))

        def _parse_opt_in_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        opt_in_message = _parse_opt_in_message(d.pop("opt_in_message", UNSET))

        def _parse_opt_out_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        opt_out_message = _parse_opt_out_message(d.pop("opt_out_message", UNSET))

        def _parse_help_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        help_message = _parse_help_message(d.pop("help_message", UNSET))

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

        def _parse_opt_out_keywords(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                opt_out_keywords_type_0 = cast(list[str], data)

                return opt_out_keywords_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        opt_out_keywords = _parse_opt_out_keywords(d.pop("opt_out_keywords", UNSET))

        def _parse_help_keywords(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                help_keywords_type_0 = cast(list[str], data)

                return help_keywords_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        help_keywords = _parse_help_keywords(d.pop("help_keywords", UNSET))

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

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_mock(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        mock = _parse_mock(d.pop("mock", UNSET))

        def _parse_errors(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                errors_type_0: list[Any] = data

                return errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        errors = _parse_errors(d.pop("errors", UNSET))

        messaging_v1_service_us_app_to_person_v2 = cls(
            privacy_policy_url=privacy_policy_url,
            terms_and_conditions_url=terms_and_conditions_url,
            sid=sid,
            account_sid=account_sid,
            brand_registration_sid=brand_registration_sid,
            messaging_service_sid=messaging_service_sid,
            description=description,
            message_samples=message_samples,
            us_app_to_person_usecase=us_app_to_person_usecase,
            has_embedded_links=has_embedded_links,
            has_embedded_phone=has_embedded_phone,
            subscriber_opt_in=subscriber_opt_in,
            age_gated=age_gated,
            direct_lending=direct_lending,
            campaign_status=campaign_status,
            campaign_id=campaign_id,
            is_externally_registered=is_externally_registered,
            rate_limits=rate_limits,
            message_flow=message_flow,
            opt_in_message=opt_in_message,
            opt_out_message=opt_out_message,
            help_message=help_message,
            opt_in_keywords=opt_in_keywords,
            opt_out_keywords=opt_out_keywords,
            help_keywords=help_keywords,
            date_created=date_created,
            date_updated=date_updated,
            url=url,
            mock=mock,
            errors=errors,
        )

        messaging_v1_service_us_app_to_person_v2.additional_properties = d
        return messaging_v1_service_us_app_to_person_v2

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
