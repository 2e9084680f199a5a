from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpdateDomainCertV4UpdateDomainCertV4Request")


@_attrs_define
class UpdateDomainCertV4UpdateDomainCertV4Request:
    tls_cert: str
    """ Contains the full TLS certificate and private for this domain in PEM format:
    https://en.wikipedia.org/wiki/Privacy-Enhanced_Mail. Twilio uses this information to process HTTPS traffic sent
    to your domain. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tls_cert = self.tls_cert

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "TlsCert": tls_cert,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tls_cert = d.pop("TlsCert")

        update_domain_cert_v4_update_domain_cert_v4_request = cls(
            tls_cert=tls_cert,
        )

        update_domain_cert_v4_update_domain_cert_v4_request.additional_properties = d
        return update_domain_cert_v4_update_domain_cert_v4_request

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
