from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.brand_registrations_enum_brand_feedback import BrandRegistrationsEnumBrandFeedback
from ..models.brand_registrations_enum_identity_status import BrandRegistrationsEnumIdentityStatus
from ..models.brand_registrations_enum_status import BrandRegistrationsEnumStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.messaging_v1_brand_registrations_links_type_0 import (
        MessagingV1BrandRegistrationsLinksType0,
    )


T = TypeVar("T", bound="MessagingV1BrandRegistrations")


@_attrs_define
class MessagingV1BrandRegistrations:
    sid: None | str | Unset = UNSET
    """ The unique string to identify Brand Registration. """
    account_sid: None | str | Unset = UNSET
    """ The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Brand Registration
    resource. """
    customer_profile_bundle_sid: None | str | Unset = UNSET
    """ A2P Messaging Profile Bundle BundleSid. """
    a2p_profile_bundle_sid: None | str | Unset = UNSET
    """ A2P Messaging Profile Bundle BundleSid. """
    date_created: datetime.datetime | None | Unset = UNSET
    """ The date and time in GMT when the resource was created specified in [ISO
    8601](https://en.wikipedia.org/wiki/ISO_8601) format. """
    date_updated: datetime.datetime | None | Unset = UNSET
    """ The date and time in GMT when the resource was last updated specified in [ISO
    8601](https://en.wikipedia.org/wiki/ISO_8601) format. """
    brand_type: None | str | Unset = UNSET
    """ Type of brand. One of: "STANDARD", "SOLE_PROPRIETOR". SOLE_PROPRIETOR is for the low volume, SOLE_PROPRIETOR
    campaign use case. There can only be one SOLE_PROPRIETOR campaign created per SOLE_PROPRIETOR brand. STANDARD is
    for all other campaign use cases. Multiple campaign use cases can be created per STANDARD brand. """
    status: BrandRegistrationsEnumStatus | Unset = UNSET
    """ Brand Registration status. One of "PENDING", "APPROVED", "FAILED", "IN_REVIEW", "DELETION_PENDING",
    "DELETION_FAILED", "SUSPENDED". """
    tcr_id: None | str | Unset = UNSET
    """ Campaign Registry (TCR) Brand ID. Assigned only after successful brand registration. """
    failure_reason: None | str | Unset = UNSET
    """ DEPRECATED. A reason why brand registration has failed. Only applicable when status is FAILED. """
    errors: list[Any] | None | Unset = UNSET
    """ A list of errors that occurred during the brand registration process. """
    url: None | str | Unset = UNSET
    """ The absolute URL of the Brand Registration resource. """
    brand_score: int | None | Unset = UNSET
    """ The secondary vetting score if it was done. Otherwise, it will be the brand score if it's returned from TCR.
    It may be null if no score is available. """
    brand_feedback: list[BrandRegistrationsEnumBrandFeedback] | None | Unset = UNSET
    """ DEPRECATED. Feedback on how to improve brand score """
    identity_status: BrandRegistrationsEnumIdentityStatus | Unset = UNSET
    """ When a brand is registered, TCR will attempt to verify the identity of the brand based on the supplied
    information. """
    russell_3000: bool | None | Unset = UNSET
    """ Publicly traded company identified in the Russell 3000 Index """
    government_entity: bool | None | Unset = UNSET
    """ Identified as a government entity """
    tax_exempt_status: None | str | Unset = UNSET
    """ Nonprofit organization tax-exempt status per section 501 of the U.S. tax code. """
    skip_automatic_sec_vet: bool | None | Unset = UNSET
    """ A flag to disable automatic secondary vetting for brands which it would otherwise be done. """
    mock: bool | None | Unset = UNSET
    """ A boolean that specifies whether brand should be a mock or not. If true, brand will be registered as a mock
    brand. Defaults to false if no value is provided. """
    links: MessagingV1BrandRegistrationsLinksType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.messaging_v1_brand_registrations_links_type_0 import (
            MessagingV1BrandRegistrationsLinksType0,  # noqa: PLC0415
        )

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

        customer_profile_bundle_sid: None | str | Unset
        if isinstance(self.customer_profile_bundle_sid, Unset):
            customer_profile_bundle_sid = UNSET
        else:
            customer_profile_bundle_sid = self.customer_profile_bundle_sid

        a2p_profile_bundle_sid: None | str | Unset
        if isinstance(self.a2p_profile_bundle_sid, Unset):
            a2p_profile_bundle_sid = UNSET
        else:
            a2p_profile_bundle_sid = self.a2p_profile_bundle_sid

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

        brand_type: None | str | Unset
        if isinstance(self.brand_type, Unset):
            brand_type = UNSET
        else:
            brand_type = self.brand_type

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        tcr_id: None | str | Unset
        if isinstance(self.tcr_id, Unset):
            tcr_id = UNSET
        else:
            tcr_id = self.tcr_id

        failure_reason: None | str | Unset
        if isinstance(self.failure_reason, Unset):
            failure_reason = UNSET
        else:
            failure_reason = self.failure_reason

        errors: list[Any] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = self.errors

        else:
            errors = self.errors

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        brand_score: int | None | Unset
        if isinstance(self.brand_score, Unset):
            brand_score = UNSET
        else:
            brand_score = self.brand_score

        brand_feedback: list[str] | None | Unset
        if isinstance(self.brand_feedback, Unset):
            brand_feedback = UNSET
        elif isinstance(self.brand_feedback, list):
            brand_feedback = []
            for brand_feedback_type_0_item_data in self.brand_feedback:
                brand_feedback_type_0_item = brand_feedback_type_0_item_data.value
                brand_feedback.append(brand_feedback_type_0_item)

        else:
            brand_feedback = self.brand_feedback

        identity_status: str | Unset = UNSET
        if not isinstance(self.identity_status, Unset):
            identity_status = self.identity_status.value

        russell_3000: bool | None | Unset
        if isinstance(self.russell_3000, Unset):
            russell_3000 = UNSET
        else:
            russell_3000 = self.russell_3000

        government_entity: bool | None | Unset
        if isinstance(self.government_entity, Unset):
            government_entity = UNSET
        else:
            government_entity = self.government_entity

        tax_exempt_status: None | str | Unset
        if isinstance(self.tax_exempt_status, Unset):
            tax_exempt_status = UNSET
        else:
            tax_exempt_status = self.tax_exempt_status

        skip_automatic_sec_vet: bool | None | Unset
        if isinstance(self.skip_automatic_sec_vet, Unset):
            skip_automatic_sec_vet = UNSET
        else:
            skip_automatic_sec_vet = self.skip_automatic_sec_vet

        mock: bool | None | Unset
        if isinstance(self.mock, Unset):
            mock = UNSET
        else:
            mock = self.mock

        links: dict[str, Any] | None | Unset
        if isinstance(self.links, Unset):
            links = UNSET
        elif isinstance(self.links, MessagingV1BrandRegistrationsLinksType0):
            links = self.links.to_dict()
        else:
            links = self.links

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sid is not UNSET:
            field_dict["sid"] = sid
        if account_sid is not UNSET:
            field_dict["account_sid"] = account_sid
        if customer_profile_bundle_sid is not UNSET:
            field_dict["customer_profile_bundle_sid"] = customer_profile_bundle_sid
        if a2p_profile_bundle_sid is not UNSET:
            field_dict["a2p_profile_bundle_sid"] = a2p_profile_bundle_sid
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if brand_type is not UNSET:
            field_dict["brand_type"] = brand_type
        if status is not UNSET:
            field_dict["status"] = status
        if tcr_id is not UNSET:
            field_dict["tcr_id"] = tcr_id
        if failure_reason is not UNSET:
            field_dict["failure_reason"] = failure_reason
        if errors is not UNSET:
            field_dict["errors"] = errors
        if url is not UNSET:
            field_dict["url"] = url
        if brand_score is not UNSET:
            field_dict["brand_score"] = brand_score
        if brand_feedback is not UNSET:
            field_dict["brand_feedback"] = brand_feedback
        if identity_status is not UNSET:
            field_dict["identity_status"] = identity_status
        if russell_3000 is not UNSET:
            field_dict["russell_3000"] = russell_3000
        if government_entity is not UNSET:
            field_dict["government_entity"] = government_entity
        if tax_exempt_status is not UNSET:
            field_dict["tax_exempt_status"] = tax_exempt_status
        if skip_automatic_sec_vet is not UNSET:
            field_dict["skip_automatic_sec_vet"] = skip_automatic_sec_vet
        if mock is not UNSET:
            field_dict["mock"] = mock
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.messaging_v1_brand_registrations_links_type_0 import (
            MessagingV1BrandRegistrationsLinksType0,  # noqa: PLC0415
        )

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

        def _parse_customer_profile_bundle_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_profile_bundle_sid = _parse_customer_profile_bundle_sid(
            d.pop("customer_profile_bundle_sid", UNSET)
        )

        def _parse_a2p_profile_bundle_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        a2p_profile_bundle_sid = _parse_a2p_profile_bundle_sid(
            d.pop("a2p_profile_bundle_sid", UNSET)
        )

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

        def _parse_brand_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand_type = _parse_brand_type(d.pop("brand_type", UNSET))

        _status = d.pop("status", UNSET)
        status: BrandRegistrationsEnumStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = BrandRegistrationsEnumStatus(_status)

        def _parse_tcr_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tcr_id = _parse_tcr_id(d.pop("tcr_id", UNSET))

        def _parse_failure_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure_reason = _parse_failure_reason(d.pop("failure_reason", UNSET))

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

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_brand_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        brand_score = _parse_brand_score(d.pop("brand_score", UNSET))

        def _parse_brand_feedback(
            data: object,
        ) -> list[BrandRegistrationsEnumBrandFeedback] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                brand_feedback_type_0 = []
                _brand_feedback_type_0 = data
                for brand_feedback_type_0_item_data in _brand_feedback_type_0:
                    brand_feedback_type_0_item = BrandRegistrationsEnumBrandFeedback(
                        brand_feedback_type_0_item_data
                    )

                    brand_feedback_type_0.append(brand_feedback_type_0_item)

                return brand_feedback_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BrandRegistrationsEnumBrandFeedback] | None | Unset, data)

        brand_feedback = _parse_brand_feedback(d.pop("brand_feedback", UNSET))

        _identity_status = d.pop("identity_status", UNSET)
        identity_status: BrandRegistrationsEnumIdentityStatus | Unset
        if isinstance(_identity_status, Unset):
            identity_status = UNSET
        else:
            identity_status = BrandRegistrationsEnumIdentityStatus(_identity_status)

        def _parse_russell_3000(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        russell_3000 = _parse_russell_3000(d.pop("russell_3000", UNSET))

        def _parse_government_entity(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        government_entity = _parse_government_entity(d.pop("government_entity", UNSET))

        def _parse_tax_exempt_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tax_exempt_status = _parse_tax_exempt_status(d.pop("tax_exempt_status", UNSET))

        def _parse_skip_automatic_sec_vet(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        skip_automatic_sec_vet = _parse_skip_automatic_sec_vet(
            d.pop("skip_automatic_sec_vet", UNSET)
        )

        def _parse_mock(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        mock = _parse_mock(d.pop("mock", UNSET))

        def _parse_links(data: object) -> MessagingV1BrandRegistrationsLinksType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                links_type_0 = MessagingV1BrandRegistrationsLinksType0.from_dict(data)

                return links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessagingV1BrandRegistrationsLinksType0 | None | Unset, data)

        links = _parse_links(d.pop("links", UNSET))

        messaging_v1_brand_registrations = cls(
            sid=sid,
            account_sid=account_sid,
            customer_profile_bundle_sid=customer_profile_bundle_sid,
            a2p_profile_bundle_sid=a2p_profile_bundle_sid,
            date_created=date_created,
            date_updated=date_updated,
            brand_type=brand_type,
            status=status,
            tcr_id=tcr_id,
            failure_reason=failure_reason,
            errors=errors,
            url=url,
            brand_score=brand_score,
            brand_feedback=brand_feedback,
            identity_status=identity_status,
            russell_3000=russell_3000,
            government_entity=government_entity,
            tax_exempt_status=tax_exempt_status,
            skip_automatic_sec_vet=skip_automatic_sec_vet,
            mock=mock,
            links=links,
        )

        messaging_v1_brand_registrations.additional_properties = d
        return messaging_v1_brand_registrations

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
