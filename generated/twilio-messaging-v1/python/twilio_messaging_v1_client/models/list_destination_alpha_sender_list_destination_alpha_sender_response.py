from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_destination_alpha_sender_list_destination_alpha_sender_response_meta import (
        ListDestinationAlphaSenderListDestinationAlphaSenderResponseMeta,
    )
    from ..models.messaging_v1_service_destination_alpha_sender import (
        MessagingV1ServiceDestinationAlphaSender,
    )


T = TypeVar("T", bound="ListDestinationAlphaSenderListDestinationAlphaSenderResponse")


@_attrs_define
class ListDestinationAlphaSenderListDestinationAlphaSenderResponse:
    alpha_senders: list[MessagingV1ServiceDestinationAlphaSender] | Unset = UNSET
    meta: ListDestinationAlphaSenderListDestinationAlphaSenderResponseMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alpha_senders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.alpha_senders, Unset):
            alpha_senders = []
            for alpha_senders_item_data in self.alpha_senders:
                alpha_senders_item = alpha_senders_item_data.to_dict()
                alpha_senders.append(alpha_senders_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alpha_senders is not UNSET:
            field_dict["alpha_senders"] = alpha_senders
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_destination_alpha_sender_list_destination_alpha_sender_response_meta import (
            ListDestinationAlphaSenderListDestinationAlphaSenderResponseMeta,  # noqa: PLC0415
        )
        from ..models.messaging_v1_service_destination_alpha_sender import (
            MessagingV1ServiceDestinationAlphaSender,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _alpha_senders = d.pop("alpha_senders", UNSET)
        alpha_senders: list[MessagingV1ServiceDestinationAlphaSender] | Unset = UNSET
        if _alpha_senders is not UNSET:
            alpha_senders = []
            for alpha_senders_item_data in _alpha_senders:
                alpha_senders_item = MessagingV1ServiceDestinationAlphaSender.from_dict(
                    alpha_senders_item_data
                )

                alpha_senders.append(alpha_senders_item)

        _meta = d.pop("meta", UNSET)
        meta: ListDestinationAlphaSenderListDestinationAlphaSenderResponseMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ListDestinationAlphaSenderListDestinationAlphaSenderResponseMeta.from_dict(_meta)

        list_destination_alpha_sender_list_destination_alpha_sender_response = cls(
            alpha_senders=alpha_senders,
            meta=meta,
        )

        list_destination_alpha_sender_list_destination_alpha_sender_response.additional_properties = d
        return list_destination_alpha_sender_list_destination_alpha_sender_response

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
