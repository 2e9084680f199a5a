from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessagingV1DomainConfig")


@_attrs_define
class MessagingV1DomainConfig:
    domain_sid: None | str | Unset = UNSET
    """ The unique string that we created to identify the Domain resource. """
    config_sid: None | str | Unset = UNSET
    """ The unique string that we created to identify the Domain config (prefix ZK). """
    fallback_url: None | str | Unset = UNSET
    """ Any requests we receive to this domain that do not match an existing shortened message will be redirected to
    the fallback url. These will likely be either expired messages, random misdirected traffic, or intentional
    scraping. """
    callback_url: None | str | Unset = UNSET
    """ URL to receive click events to your webhook whenever the recipients click on the shortened links. """
    continue_on_failure: bool | None | Unset = UNSET
    """ Boolean field to set customer delivery preference when there is a failure in linkShortening service """
    date_created: datetime.datetime | None | Unset = UNSET
    """ Date this Domain Config was created. """
    date_updated: datetime.datetime | None | Unset = UNSET
    """ Date that this Domain Config was last updated. """
    url: None | str | Unset = UNSET
    disable_https: bool | None | Unset = UNSET
    """ Customer's choice to send links with/without "https://" attached to shortened url. If true, messages will
    not be sent with https:// at the beginning of the url. If false, messages will be sent with https:// at the
    beginning of the url. False is the default behavior if it is not specified. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain_sid: None | str | Unset
        if isinstance(self.domain_sid, Unset):
            domain_sid = UNSET
        else:
            domain_sid = self.domain_sid

        config_sid: None | str | Unset
        if isinstance(self.config_sid, Unset):
            config_sid = UNSET
        else:
            config_sid = self.config_sid

        fallback_url: None | str | Unset
        if isinstance(self.fallback_url, Unset):
            fallback_url = UNSET
        else:
            fallback_url = self.fallback_url

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        continue_on_failure: bool | None | Unset
        if isinstance(self.continue_on_failure, Unset):
            continue_on_failure = UNSET
        else:
            continue_on_failure = self.continue_on_failure

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

        disable_https: bool | None | Unset
        if isinstance(self.disable_https, Unset):
            disable_https = UNSET
        else:
            disable_https = self.disable_https

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain_sid is not UNSET:
            field_dict["domain_sid"] = domain_sid
        if config_sid is not UNSET:
            field_dict["config_sid"] = config_sid
        if fallback_url is not UNSET:
            field_dict["fallback_url"] = fallback_url
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if continue_on_failure is not UNSET:
            field_dict["continue_on_failure"] = continue_on_failure
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if url is not UNSET:
            field_dict["url"] = url
        if disable_https is not UNSET:
            field_dict["disable_https"] = disable_https

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_domain_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        domain_sid = _parse_domain_sid(d.pop("domain_sid", UNSET))

        def _parse_config_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        config_sid = _parse_config_sid(d.pop("config_sid", UNSET))

        def _parse_fallback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fallback_url = _parse_fallback_url(d.pop("fallback_url", UNSET))

        def _parse_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_url = _parse_callback_url(d.pop("callback_url", UNSET))

        def _parse_continue_on_failure(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        continue_on_failure = _parse_continue_on_failure(d.pop("continue_on_failure", UNSET))

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

        def _parse_disable_https(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        disable_https = _parse_disable_https(d.pop("disable_https", UNSET))

        messaging_v1_domain_config = cls(
            domain_sid=domain_sid,
            config_sid=config_sid,
            fallback_url=fallback_url,
            callback_url=callback_url,
            continue_on_failure=continue_on_failure,
            date_created=date_created,
            date_updated=date_updated,
            url=url,
            disable_https=disable_https,
        )

        messaging_v1_domain_config.additional_properties = d
        return messaging_v1_domain_config

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
