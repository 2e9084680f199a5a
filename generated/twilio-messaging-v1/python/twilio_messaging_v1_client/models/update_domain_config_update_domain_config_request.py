from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateDomainConfigUpdateDomainConfigRequest")


@_attrs_define
class UpdateDomainConfigUpdateDomainConfigRequest:
    fallback_url: str | Unset = UNSET
    """ Any requests we receive to this domain that do not match an existing shortened message will be redirected to
    the fallback url. These will likely be either expired messages, random misdirected traffic, or intentional
    scraping. """
    callback_url: str | Unset = UNSET
    """ URL to receive click events to your webhook whenever the recipients click on the shortened links """
    continue_on_failure: bool | Unset = UNSET
    """ Boolean field to set customer delivery preference when there is a failure in linkShortening service """
    disable_https: bool | Unset = UNSET
    """ Customer's choice to send links with/without "https://" attached to shortened url. If true, messages will
    not be sent with https:// at the beginning of the url. If false, messages will be sent with https:// at the
    beginning of the url. False is the default behavior if it is not specified. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fallback_url = self.fallback_url

        callback_url = self.callback_url

        continue_on_failure = self.continue_on_failure

        disable_https = self.disable_https

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fallback_url is not UNSET:
            field_dict["FallbackUrl"] = fallback_url
        if callback_url is not UNSET:
            field_dict["CallbackUrl"] = callback_url
        if continue_on_failure is not UNSET:
            field_dict["ContinueOnFailure"] = continue_on_failure
        if disable_https is not UNSET:
            field_dict["DisableHttps"] = disable_https

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fallback_url = d.pop("FallbackUrl", UNSET)

        callback_url = d.pop("CallbackUrl", UNSET)

        continue_on_failure = d.pop("ContinueOnFailure", UNSET)

        disable_https = d.pop("DisableHttps", UNSET)

        update_domain_config_update_domain_config_request = cls(
            fallback_url=fallback_url,
            callback_url=callback_url,
            continue_on_failure=continue_on_failure,
            disable_https=disable_https,
        )

        update_domain_config_update_domain_config_request.additional_properties = d
        return update_domain_config_update_domain_config_request

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
