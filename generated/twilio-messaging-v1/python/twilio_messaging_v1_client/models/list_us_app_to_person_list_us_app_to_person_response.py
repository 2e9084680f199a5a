from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_us_app_to_person_list_us_app_to_person_response_meta import (
        ListUsAppToPersonListUsAppToPersonResponseMeta,
    )
    from ..models.messaging_v1_service_us_app_to_person import MessagingV1ServiceUsAppToPerson
    from ..models.messaging_v1_service_us_app_to_person_v2 import MessagingV1ServiceUsAppToPersonV2


T = TypeVar("T", bound="ListUsAppToPersonListUsAppToPersonResponse")


@_attrs_define
class ListUsAppToPersonListUsAppToPersonResponse:
    compliance: (
        list[MessagingV1ServiceUsAppToPerson | MessagingV1ServiceUsAppToPersonV2] | Unset
    ) = UNSET
    meta: ListUsAppToPersonListUsAppToPersonResponseMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.messaging_v1_service_us_app_to_person import MessagingV1ServiceUsAppToPerson  # noqa: PLC0415

        compliance: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.compliance, Unset):
            compliance = []
            for compliance_item_data in self.compliance:
                compliance_item: dict[str, Any]
                if isinstance(compliance_item_data, MessagingV1ServiceUsAppToPerson):
                    compliance_item = compliance_item_data.to_dict()
                else:
                    compliance_item = compliance_item_data.to_dict()

                compliance.append(compliance_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if compliance is not UNSET:
            field_dict["compliance"] = compliance
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_us_app_to_person_list_us_app_to_person_response_meta import (
            ListUsAppToPersonListUsAppToPersonResponseMeta,  # noqa: PLC0415
        )
        from ..models.messaging_v1_service_us_app_to_person import MessagingV1ServiceUsAppToPerson  # noqa: PLC0415
        from ..models.messaging_v1_service_us_app_to_person_v2 import (
            MessagingV1ServiceUsAppToPersonV2,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _compliance = d.pop("compliance", UNSET)
        compliance: (
            list[MessagingV1ServiceUsAppToPerson | MessagingV1ServiceUsAppToPersonV2] | Unset
        ) = UNSET
        if _compliance is not UNSET:
            compliance = []
            for compliance_item_data in _compliance:

                def _parse_compliance_item(
                    data: object,
                ) -> MessagingV1ServiceUsAppToPerson | MessagingV1ServiceUsAppToPersonV2:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemasmessaging_v1_service_us_app_to_person_response_type_0 = (
                            MessagingV1ServiceUsAppToPerson.from_dict(data)
                        )

                        return (
                            componentsschemasmessaging_v1_service_us_app_to_person_response_type_0
                        )
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemasmessaging_v1_service_us_app_to_person_response_type_1 = (
                        MessagingV1ServiceUsAppToPersonV2.from_dict(data)
                    )

                    return componentsschemasmessaging_v1_service_us_app_to_person_response_type_1

                compliance_item = _parse_compliance_item(compliance_item_data)

                compliance.append(compliance_item)

        _meta = d.pop("meta", UNSET)
        meta: ListUsAppToPersonListUsAppToPersonResponseMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ListUsAppToPersonListUsAppToPersonResponseMeta.from_dict(_meta)

        list_us_app_to_person_list_us_app_to_person_response = cls(
            compliance=compliance,
            meta=meta,
        )

        list_us_app_to_person_list_us_app_to_person_response.additional_properties = d
        return list_us_app_to_person_list_us_app_to_person_response

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
