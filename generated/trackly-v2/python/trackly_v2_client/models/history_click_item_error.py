from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.history_click_item_error_code import HistoryClickItemErrorCode

T = TypeVar("T", bound="HistoryClickItemError")


@_attrs_define
class HistoryClickItemError:
    """One click record that was not imported."""

    index: int
    """ Zero-based position of the record in `records`. """
    code: HistoryClickItemErrorCode
    """ Why the record was refused.
     """
    error: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        code = self.code.value

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "code": code,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index")

        code = HistoryClickItemErrorCode(d.pop("code"))

        error = d.pop("error")

        history_click_item_error = cls(
            index=index,
            code=code,
            error=error,
        )

        history_click_item_error.additional_properties = d
        return history_click_item_error

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
