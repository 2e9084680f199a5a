from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.history_send_item_error import HistorySendItemError


T = TypeVar("T", bound="HistorySendsResult")


@_attrs_define
class HistorySendsResult:
    """Partial-success result. At most 100 failures are listed in `errors`; `error_count`
    counts them all.

    """

    success_count: int
    """ Sends imported. """
    error_count: int
    """ Records that failed. """
    errors: list[HistorySendItemError]
    duplicates_skipped: int | Unset = UNSET
    """ Records skipped because their `id` was already imported. """
    invalid_phones: int | Unset = UNSET
    """ Records whose phone number was invalid. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success_count = self.success_count

        error_count = self.error_count

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        duplicates_skipped = self.duplicates_skipped

        invalid_phones = self.invalid_phones

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success_count": success_count,
                "error_count": error_count,
                "errors": errors,
            }
        )
        if duplicates_skipped is not UNSET:
            field_dict["duplicates_skipped"] = duplicates_skipped
        if invalid_phones is not UNSET:
            field_dict["invalid_phones"] = invalid_phones

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.history_send_item_error import HistorySendItemError  # noqa: PLC0415

        d = dict(src_dict)
        success_count = d.pop("success_count")

        error_count = d.pop("error_count")

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = HistorySendItemError.from_dict(errors_item_data)

            errors.append(errors_item)

        duplicates_skipped = d.pop("duplicates_skipped", UNSET)

        invalid_phones = d.pop("invalid_phones", UNSET)

        history_sends_result = cls(
            success_count=success_count,
            error_count=error_count,
            errors=errors,
            duplicates_skipped=duplicates_skipped,
            invalid_phones=invalid_phones,
        )

        history_sends_result.additional_properties = d
        return history_sends_result

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
