from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.history_entity import HistoryEntity
from ..types import UNSET, Unset

T = TypeVar("T", bound="HistoryClearRequest")


@_attrs_define
class HistoryClearRequest:
    """What to delete (JSON body on DELETE). The deletion cannot be undone."""

    entities: list[HistoryEntity]
    """ Kinds of data to delete. `sends` deletes only imported sends (`imported=true`);
    `clicks` deletes the clicks of imported sends; `revenue` deletes ALL revenue of the
    account, imported or not.
     """
    confirm: bool
    """ Must be the JSON boolean `true`; false or absent is refused with `confirm_required`. """
    before_date: str | Unset = UNSET
    """ ISO 8601 date-time sent by the client. A value without a UTC offset is read as UTC, so
    this schema does not require an offset.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entities = []
        for entities_item_data in self.entities:
            entities_item = entities_item_data.value
            entities.append(entities_item)

        confirm = self.confirm

        before_date = self.before_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entities": entities,
                "confirm": confirm,
            }
        )
        if before_date is not UNSET:
            field_dict["before_date"] = before_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entities = []
        _entities = d.pop("entities")
        for entities_item_data in _entities:
            entities_item = HistoryEntity(entities_item_data)

            entities.append(entities_item)

        confirm = d.pop("confirm")

        before_date = d.pop("before_date", UNSET)

        history_clear_request = cls(
            entities=entities,
            confirm=confirm,
            before_date=before_date,
        )

        history_clear_request.additional_properties = d
        return history_clear_request

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
