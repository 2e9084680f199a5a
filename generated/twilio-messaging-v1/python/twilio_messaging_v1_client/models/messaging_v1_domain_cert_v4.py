from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessagingV1DomainCertV4")


@_attrs_define
class MessagingV1DomainCertV4:
    domain_sid: None | str | Unset = UNSET
    """ The unique string that we created to identify the Domain resource. """
    date_updated: datetime.datetime | None | Unset = UNSET
    """ Date that this Domain was last updated. """
    date_expires: datetime.datetime | None | Unset = UNSET
    """ Date that the private certificate associated with this domain expires. You will need to update the
    certificate before that date to ensure your shortened links will continue to work. """
    date_created: datetime.datetime | None | Unset = UNSET
    """ Date that this Domain was registered to the Twilio platform to create a new Domain object. """
    domain_name: None | str | Unset = UNSET
    """ Full url path for this domain. """
    certificate_sid: None | str | Unset = UNSET
    """ The unique string that we created to identify this Certificate resource. """
    url: None | str | Unset = UNSET
    cert_in_validation: Any | Unset = UNSET
    """ Optional JSON field describing the status and upload date of a new certificate in the process of validation
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain_sid: None | str | Unset
        if isinstance(self.domain_sid, Unset):
            domain_sid = UNSET
        else:
            domain_sid = self.domain_sid

        date_updated: None | str | Unset
        if isinstance(self.date_updated, Unset):
            date_updated = UNSET
        elif isinstance(self.date_updated, datetime.datetime):
            date_updated = self.date_updated.isoformat()
        else:
            date_updated = self.date_updated

        date_expires: None | str | Unset
        if isinstance(self.date_expires, Unset):
            date_expires = UNSET
        elif isinstance(self.date_expires, datetime.datetime):
            date_expires = self.date_expires.isoformat()
        else:
            date_expires = self.date_expires

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        elif isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created

        domain_name: None | str | Unset
        if isinstance(self.domain_name, Unset):
            domain_name = UNSET
        else:
            domain_name = self.domain_name

        certificate_sid: None | str | Unset
        if isinstance(self.certificate_sid, Unset):
            certificate_sid = UNSET
        else:
            certificate_sid = self.certificate_sid

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        cert_in_validation = self.cert_in_validation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain_sid is not UNSET:
            field_dict["domain_sid"] = domain_sid
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if date_expires is not UNSET:
            field_dict["date_expires"] = date_expires
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if domain_name is not UNSET:
            field_dict["domain_name"] = domain_name
        if certificate_sid is not UNSET:
            field_dict["certificate_sid"] = certificate_sid
        if url is not UNSET:
            field_dict["url"] = url
        if cert_in_validation is not UNSET:
            field_dict["cert_in_validation"] = cert_in_validation

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

        def _parse_date_expires(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_expires_type_0 = datetime.datetime.fromisoformat(data)

                return date_expires_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_expires = _parse_date_expires(d.pop("date_expires", UNSET))

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

        def _parse_domain_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        domain_name = _parse_domain_name(d.pop("domain_name", UNSET))

        def _parse_certificate_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        certificate_sid = _parse_certificate_sid(d.pop("certificate_sid", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        cert_in_validation = d.pop("cert_in_validation", UNSET)

        messaging_v1_domain_cert_v4 = cls(
            domain_sid=domain_sid,
            date_updated=date_updated,
            date_expires=date_expires,
            date_created=date_created,
            domain_name=domain_name,
            certificate_sid=certificate_sid,
            url=url,
            cert_in_validation=cert_in_validation,
        )

        messaging_v1_domain_cert_v4.additional_properties = d
        return messaging_v1_domain_cert_v4

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
