from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateBrandRegistrationsCreateBrandRegistrationsRequest")


@_attrs_define
class CreateBrandRegistrationsCreateBrandRegistrationsRequest:
    customer_profile_bundle_sid: str
    """ Customer Profile Bundle Sid. """
    a2p_profile_bundle_sid: str
    """ A2P Messaging Profile Bundle Sid. """
    brand_type: str | Unset = UNSET
    """ Type of brand being created. One of: "STANDARD", "SOLE_PROPRIETOR". SOLE_PROPRIETOR is for low volume,
    SOLE_PROPRIETOR use cases. STANDARD is for all other use cases. """
    mock: bool | Unset = UNSET
    """ A boolean that specifies whether brand should be a mock or not. If true, brand will be registered as a mock
    brand. Defaults to false if no value is provided. """
    skip_automatic_sec_vet: bool | Unset = UNSET
    """ A flag to disable automatic secondary vetting for brands which it would otherwise be done. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_profile_bundle_sid = self.customer_profile_bundle_sid

        a2p_profile_bundle_sid = self.a2p_profile_bundle_sid

        brand_type = self.brand_type

        mock = self.mock

        skip_automatic_sec_vet = self.skip_automatic_sec_vet

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "CustomerProfileBundleSid": customer_profile_bundle_sid,
                "A2PProfileBundleSid": a2p_profile_bundle_sid,
            }
        )
        if brand_type is not UNSET:
            field_dict["BrandType"] = brand_type
        if mock is not UNSET:
            field_dict["Mock"] = mock
        if skip_automatic_sec_vet is not UNSET:
            field_dict["SkipAutomaticSecVet"] = skip_automatic_sec_vet

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_profile_bundle_sid = d.pop("CustomerProfileBundleSid")

        a2p_profile_bundle_sid = d.pop("A2PProfileBundleSid")

        brand_type = d.pop("BrandType", UNSET)

        mock = d.pop("Mock", UNSET)

        skip_automatic_sec_vet = d.pop("SkipAutomaticSecVet", UNSET)

        create_brand_registrations_create_brand_registrations_request = cls(
            customer_profile_bundle_sid=customer_profile_bundle_sid,
            a2p_profile_bundle_sid=a2p_profile_bundle_sid,
            brand_type=brand_type,
            mock=mock,
            skip_automatic_sec_vet=skip_automatic_sec_vet,
        )

        create_brand_registrations_create_brand_registrations_request.additional_properties = d
        return create_brand_registrations_create_brand_registrations_request

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
