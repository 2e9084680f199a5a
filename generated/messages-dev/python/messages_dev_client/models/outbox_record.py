from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outbox_record_status import OutboxRecordStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="OutboxRecord")


@_attrs_define
class OutboxRecord:
    """Answer of every asynchronous write (messages, audio messages, reactions, typing, read
    receipts): the request was queued as an outbox item in status `pending`. Track it with
    the `message.sent` webhook or `GET /v1/outbox?id=obx_...`.

    """

    id: str
    """ Outbox item id, `obx_` followed by the rest of the id. """
    status: OutboxRecordStatus
    """ Always `pending` when the item is created. """
    request_id: str
    """ Id of the request, `req_` followed by the rest of the id. Every response body carries it,
    success and error alike; quote it in support requests.
     """
    resource_type: str | Unset = UNSET
    """ Resource type of an older answer (`message`); not part of the current record.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

        request_id = self.request_id

        resource_type = self.resource_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "request_id": request_id,
            }
        )
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = OutboxRecordStatus(d.pop("status"))

        request_id = d.pop("request_id")

        resource_type = d.pop("resource_type", UNSET)

        outbox_record = cls(
            id=id,
            status=status,
            request_id=request_id,
            resource_type=resource_type,
        )

        outbox_record.additional_properties = d
        return outbox_record

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
