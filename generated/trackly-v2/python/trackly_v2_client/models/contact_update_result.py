from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.custom_fields import CustomFields


T = TypeVar("T", bound="ContactUpdateResult")


@_attrs_define
class ContactUpdateResult:
    """The custom fields were written."""

    success: bool
    """ Always `true` on success; error bodies never carry it. """
    list_contact_id: str
    """ 24-character hexadecimal identifier. """
    custom_fields: CustomFields
    """ Custom fields of a list contact; values are strings, numbers or booleans. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        list_contact_id = self.list_contact_id

        custom_fields = self.custom_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "list_contact_id": list_contact_id,
                "custom_fields": custom_fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_fields import CustomFields  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        list_contact_id = d.pop("list_contact_id")

        custom_fields = CustomFields.from_dict(d.pop("custom_fields"))

        contact_update_result = cls(
            success=success,
            list_contact_id=list_contact_id,
            custom_fields=custom_fields,
        )

        contact_update_result.additional_properties = d
        return contact_update_result

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
