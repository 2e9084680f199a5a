from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PendingCapacityError")


@_attrs_define
class PendingCapacityError:
    """Body of the 429 answer when the account's pending-message capacity would be exceeded:
    the error envelope plus the capacity figures. `availableCapacity` is `maxAllowed` minus
    `currentPending` (48500 + 1500 = 50000 in the documented example).

    """

    error: str
    """ Always `Rate limit exceeded`. """
    message: str
    """ `Too many pending messages. You have {currentPending} pending messages and requested
    {requestedCount} more. Maximum allowed: {maxAllowed}. Available capacity:
    {availableCapacity}.`
     """
    current_pending: int
    """ Messages of the account that are still pending. """
    requested_count: int
    """ Messages the refused request asked to add. """
    max_allowed: int
    """ Largest number of pending messages the account may have (50000 in the documented example). """
    available_capacity: int
    """ How many more messages the account may add now (`maxAllowed` − `currentPending`). """
    retry_after_seconds: int
    """ Seconds to wait before retrying. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        message = self.message

        current_pending = self.current_pending

        requested_count = self.requested_count

        max_allowed = self.max_allowed

        available_capacity = self.available_capacity

        retry_after_seconds = self.retry_after_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "message": message,
                "currentPending": current_pending,
                "requestedCount": requested_count,
                "maxAllowed": max_allowed,
                "availableCapacity": available_capacity,
                "retryAfterSeconds": retry_after_seconds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = d.pop("error")

        message = d.pop("message")

        current_pending = d.pop("currentPending")

        requested_count = d.pop("requestedCount")

        max_allowed = d.pop("maxAllowed")

        available_capacity = d.pop("availableCapacity")

        retry_after_seconds = d.pop("retryAfterSeconds")

        pending_capacity_error = cls(
            error=error,
            message=message,
            current_pending=current_pending,
            requested_count=requested_count,
            max_allowed=max_allowed,
            available_capacity=available_capacity,
            retry_after_seconds=retry_after_seconds,
        )

        pending_capacity_error.additional_properties = d
        return pending_capacity_error

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
