from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outbox_item_status import OutboxItemStatus

if TYPE_CHECKING:
    from ..models.outbox_item_payload import OutboxItemPayload


T = TypeVar("T", bound="OutboxItem")


@_attrs_define
class OutboxItem:
    """An asynchronous write and its delivery state: `pending` → `claimed` → `sent` or
    `failed` (reason in `error`).

    """

    id: str
    """ Outbox item id, `obx_` followed by the rest of the id. """
    line_id: str
    """ Line id, `ln_` followed by the rest of the id. """
    status: OutboxItemStatus
    """ Delivery state. """
    payload: OutboxItemPayload
    """ The original request. """
    completed_at: int | None
    """ When the item was sent or failed (Unix milliseconds), or null. """
    error: None | str
    """ Reason of a failure, or null. """
    attempts: int
    """ Delivery attempts made so far. """
    max_attempts: int
    """ Attempts allowed before the item fails. """
    created_at: int
    """ Unix time in milliseconds, UTC. """
    request_id: str
    """ Id of the request, `req_` followed by the rest of the id. Every response body carries it,
    success and error alike; quote it in support requests.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        line_id = self.line_id

        status = self.status.value

        payload = self.payload.to_dict()

        completed_at: int | None
        completed_at = self.completed_at

        error: None | str
        error = self.error

        attempts = self.attempts

        max_attempts = self.max_attempts

        created_at = self.created_at

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "line_id": line_id,
                "status": status,
                "payload": payload,
                "completed_at": completed_at,
                "error": error,
                "attempts": attempts,
                "max_attempts": max_attempts,
                "created_at": created_at,
                "request_id": request_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.outbox_item_payload import OutboxItemPayload  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        line_id = d.pop("line_id")

        status = OutboxItemStatus(d.pop("status"))

        payload = OutboxItemPayload.from_dict(d.pop("payload"))

        def _parse_completed_at(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        completed_at = _parse_completed_at(d.pop("completed_at"))

        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))

        attempts = d.pop("attempts")

        max_attempts = d.pop("max_attempts")

        created_at = d.pop("created_at")

        request_id = d.pop("request_id")

        outbox_item = cls(
            id=id,
            line_id=line_id,
            status=status,
            payload=payload,
            completed_at=completed_at,
            error=error,
            attempts=attempts,
            max_attempts=max_attempts,
            created_at=created_at,
            request_id=request_id,
        )

        outbox_item.additional_properties = d
        return outbox_item

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
