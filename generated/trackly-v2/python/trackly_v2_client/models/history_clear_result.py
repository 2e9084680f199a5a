from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.history_clear_result_cleared import HistoryClearResultCleared


T = TypeVar("T", bound="HistoryClearResult")


@_attrs_define
class HistoryClearResult:
    """Records deleted, per requested kind."""

    success: bool
    """ Always `true` on success; error bodies never carry it. """
    cleared: HistoryClearResultCleared
    """ Only the kinds named in `entities` are present. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        cleared = self.cleared.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "cleared": cleared,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.history_clear_result_cleared import HistoryClearResultCleared  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        cleared = HistoryClearResultCleared.from_dict(d.pop("cleared"))

        history_clear_result = cls(
            success=success,
            cleared=cleared,
        )

        history_clear_result.additional_properties = d
        return history_clear_result

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
