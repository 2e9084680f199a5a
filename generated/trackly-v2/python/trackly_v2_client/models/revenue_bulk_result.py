from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.revenue_bulk_item_error import RevenueBulkItemError


T = TypeVar("T", bound="RevenueBulkResult")


@_attrs_define
class RevenueBulkResult:
    """Partial-success result: valid records are stored even when others fail; each failure is
    reported with its index.

    """

    success_count: int
    """ Records stored. """
    error_count: int
    """ Records that failed. """
    total_revenue: float
    """ Sum of the revenue stored by this request. """
    errors: list[RevenueBulkItemError]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success_count = self.success_count

        error_count = self.error_count

        total_revenue = self.total_revenue

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success_count": success_count,
                "error_count": error_count,
                "total_revenue": total_revenue,
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.revenue_bulk_item_error import RevenueBulkItemError  # noqa: PLC0415

        d = dict(src_dict)
        success_count = d.pop("success_count")

        error_count = d.pop("error_count")

        total_revenue = d.pop("total_revenue")

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = RevenueBulkItemError.from_dict(errors_item_data)

            errors.append(errors_item)

        revenue_bulk_result = cls(
            success_count=success_count,
            error_count=error_count,
            total_revenue=total_revenue,
            errors=errors,
        )

        revenue_bulk_result.additional_properties = d
        return revenue_bulk_result

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
