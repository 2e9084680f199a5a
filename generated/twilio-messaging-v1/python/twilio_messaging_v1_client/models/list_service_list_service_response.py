from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_service_list_service_response_meta import ListServiceListServiceResponseMeta
    from ..models.messaging_v1_service import MessagingV1Service


T = TypeVar("T", bound="ListServiceListServiceResponse")


@_attrs_define
class ListServiceListServiceResponse:
    services: list[MessagingV1Service] | Unset = UNSET
    meta: ListServiceListServiceResponseMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = []
            for services_item_data in self.services:
                services_item = services_item_data.to_dict()
                services.append(services_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if services is not UNSET:
            field_dict["services"] = services
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_service_list_service_response_meta import (
            ListServiceListServiceResponseMeta,  # noqa: PLC0415
        )
        from ..models.messaging_v1_service import MessagingV1Service  # noqa: PLC0415

        d = dict(src_dict)
        _services = d.pop("services", UNSET)
        services: list[MessagingV1Service] | Unset = UNSET
        if _services is not UNSET:
            services = []
            for services_item_data in _services:
                services_item = MessagingV1Service.from_dict(services_item_data)

                services.append(services_item)

        _meta = d.pop("meta", UNSET)
        meta: ListServiceListServiceResponseMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ListServiceListServiceResponseMeta.from_dict(_meta)

        list_service_list_service_response = cls(
            services=services,
            meta=meta,
        )

        list_service_list_service_response.additional_properties = d
        return list_service_list_service_response

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
