from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.history_click_item_error import HistoryClickItemError


T = TypeVar("T", bound="HistoryClicksResult")


@_attrs_define
class HistoryClicksResult:
    """Partial-success result. At most 100 failures are listed in `errors` (stated for the
    history imports as a group); `error_count` counts them all.

    """

    success_count: int
    """ Clicks imported. """
    error_count: int
    """ Records that failed. """
    errors: list[HistoryClickItemError]
    duplicates_skipped: int | Unset = UNSET
    """ Records skipped because a click for their `message_id` was already stored. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success_count = self.success_count

        error_count = self.error_count

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        duplicates_skipped = self.duplicates_skipped

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.history_click_item_error import HistoryClickItemError  # noqa: PLC0415

        d = dict(src_dict)
        success_count = d.pop("success_count")

        error_count = d.pop("error_count")

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = HistoryClickItemError.from_dict(errors_item_data)

            errors.append(errors_item)

        duplicates_skipped = d.pop("duplicates_skipped", UNSET)

        history_clicks_result = cls(
            success_count=success_count,
            error_count=error_count,
            errors=errors,
            duplicates_skipped=duplicates_skipped,
        )

        history_clicks_result.additional_properties = d
        return history_clicks_result

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
