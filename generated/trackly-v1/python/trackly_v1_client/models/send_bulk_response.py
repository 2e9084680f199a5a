from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.send_bulk_item_error import SendBulkItemError


T = TypeVar("T", bound="SendBulkResponse")


@_attrs_define
class SendBulkResponse:
    """Partial-success result: valid messages are queued even when others fail validation;
    each failure is listed in `errors`.

    """

    queued_count: int
    """ Messages successfully queued. """
    error_count: int
    """ Messages that failed validation. """
    errors: list[SendBulkItemError]
    """ One entry per failed message. """
    deprecated: bool
    """ API deprecation flag, always `true` on v1 success bodies. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        queued_count = self.queued_count

        error_count = self.error_count

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        deprecated = self.deprecated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "queued_count": queued_count,
                "error_count": error_count,
                "errors": errors,
                "deprecated": deprecated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.send_bulk_item_error import SendBulkItemError  # noqa: PLC0415

        d = dict(src_dict)
        queued_count = d.pop("queued_count")

        error_count = d.pop("error_count")

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = SendBulkItemError.from_dict(errors_item_data)

            errors.append(errors_item)

        deprecated = d.pop("deprecated")

        send_bulk_response = cls(
            queued_count=queued_count,
            error_count=error_count,
            errors=errors,
            deprecated=deprecated,
        )

        send_bulk_response.additional_properties = d
        return send_bulk_response

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
