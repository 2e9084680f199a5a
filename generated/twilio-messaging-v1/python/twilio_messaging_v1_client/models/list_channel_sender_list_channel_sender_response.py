from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_channel_sender_list_channel_sender_response_meta import (
        ListChannelSenderListChannelSenderResponseMeta,
    )
    from ..models.messaging_v1_service_channel_sender import MessagingV1ServiceChannelSender


T = TypeVar("T", bound="ListChannelSenderListChannelSenderResponse")


@_attrs_define
class ListChannelSenderListChannelSenderResponse:
    senders: list[MessagingV1ServiceChannelSender] | Unset = UNSET
    meta: ListChannelSenderListChannelSenderResponseMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        senders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.senders, Unset):
            senders = []
            for senders_item_data in self.senders:
                senders_item = senders_item_data.to_dict()
                senders.append(senders_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if senders is not UNSET:
            field_dict["senders"] = senders
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_channel_sender_list_channel_sender_response_meta import (
            ListChannelSenderListChannelSenderResponseMeta,  # noqa: PLC0415
        )
        from ..models.messaging_v1_service_channel_sender import MessagingV1ServiceChannelSender  # noqa: PLC0415

        d = dict(src_dict)
        _senders = d.pop("senders", UNSET)
        senders: list[MessagingV1ServiceChannelSender] | Unset = UNSET
        if _senders is not UNSET:
            senders = []
            for senders_item_data in _senders:
                senders_item = MessagingV1ServiceChannelSender.from_dict(senders_item_data)

                senders.append(senders_item)

        _meta = d.pop("meta", UNSET)
        meta: ListChannelSenderListChannelSenderResponseMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ListChannelSenderListChannelSenderResponseMeta.from_dict(_meta)

        list_channel_sender_list_channel_sender_response = cls(
            senders=senders,
            meta=meta,
        )

        list_channel_sender_list_channel_sender_response.additional_properties = d
        return list_channel_sender_list_channel_sender_response

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
