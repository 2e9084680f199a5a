from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_tollfree_verification_list_tollfree_verification_response_meta import (
        ListTollfreeVerificationListTollfreeVerificationResponseMeta,
    )
    from ..models.messaging_v1_tollfree_verification import MessagingV1TollfreeVerification


T = TypeVar("T", bound="ListTollfreeVerificationListTollfreeVerificationResponse")


@_attrs_define
class ListTollfreeVerificationListTollfreeVerificationResponse:
    verifications: list[MessagingV1TollfreeVerification] | Unset = UNSET
    meta: ListTollfreeVerificationListTollfreeVerificationResponseMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        verifications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.verifications, Unset):
            verifications = []
            for verifications_item_data in self.verifications:
                verifications_item = verifications_item_data.to_dict()
                verifications.append(verifications_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if verifications is not UNSET:
            field_dict["verifications"] = verifications
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_tollfree_verification_list_tollfree_verification_response_meta import (
            ListTollfreeVerificationListTollfreeVerificationResponseMeta,  # noqa: PLC0415
        )
        from ..models.messaging_v1_tollfree_verification import MessagingV1TollfreeVerification  # noqa: PLC0415

        d = dict(src_dict)
        _verifications = d.pop("verifications", UNSET)
        verifications: list[MessagingV1TollfreeVerification] | Unset = UNSET
        if _verifications is not UNSET:
            verifications = []
            for verifications_item_data in _verifications:
                verifications_item = MessagingV1TollfreeVerification.from_dict(
                    verifications_item_data
                )

                verifications.append(verifications_item)

        _meta = d.pop("meta", UNSET)
        meta: ListTollfreeVerificationListTollfreeVerificationResponseMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ListTollfreeVerificationListTollfreeVerificationResponseMeta.from_dict(_meta)

        list_tollfree_verification_list_tollfree_verification_response = cls(
            verifications=verifications,
            meta=meta,
        )

        list_tollfree_verification_list_tollfree_verification_response.additional_properties = d
        return list_tollfree_verification_list_tollfree_verification_response

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
