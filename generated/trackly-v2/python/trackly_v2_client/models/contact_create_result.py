from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_validation import ContactValidation


T = TypeVar("T", bound="ContactCreateResult")


@_attrs_define
class ContactCreateResult:
    """The contact was created or updated on the list."""

    success: bool
    """ Always `true` on success; error bodies never carry it. """
    contact_id: str
    """ 24-character hexadecimal identifier. """
    list_contact_id: str
    """ 24-character hexadecimal identifier. """
    is_new_contact: bool
    """ True when the global contact was created by this request. """
    is_new_list_contact: bool
    """ True when the contact was added to the list by this request. """
    journeys_enrolled: int
    """ Welcome Journeys the contact was enrolled in. """
    warnings: list[str] | Unset = UNSET
    """ Warnings, e.g. that the list has active journeys while `use_journeys` was not set.
     """
    validation: ContactValidation | Unset = UNSET
    """ Outcome of the paid phone validation, present when `use_validation` was true. The page
    describes a per-disposition outcome; only `cached` and `cost` are named.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        contact_id = self.contact_id

        list_contact_id = self.list_contact_id

        is_new_contact = self.is_new_contact

        is_new_list_contact = self.is_new_list_contact

        journeys_enrolled = self.journeys_enrolled

        warnings: list[str] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = self.warnings

        validation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validation, Unset):
            validation = self.validation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "contact_id": contact_id,
                "list_contact_id": list_contact_id,
                "is_new_contact": is_new_contact,
                "is_new_list_contact": is_new_list_contact,
                "journeys_enrolled": journeys_enrolled,
            }
        )
        if warnings is not UNSET:
            field_dict["warnings"] = warnings
        if validation is not UNSET:
            field_dict["validation"] = validation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_validation import ContactValidation  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        contact_id = d.pop("contact_id")

        list_contact_id = d.pop("list_contact_id")

        is_new_contact = d.pop("is_new_contact")

        is_new_list_contact = d.pop("is_new_list_contact")

        journeys_enrolled = d.pop("journeys_enrolled")

        warnings = cast(list[str], d.pop("warnings", UNSET))

        _validation = d.pop("validation", UNSET)
        validation: ContactValidation | Unset
        if isinstance(_validation, Unset):
            validation = UNSET
        else:
            validation = ContactValidation.from_dict(_validation)

        contact_create_result = cls(
            success=success,
            contact_id=contact_id,
            list_contact_id=list_contact_id,
            is_new_contact=is_new_contact,
            is_new_list_contact=is_new_list_contact,
            journeys_enrolled=journeys_enrolled,
            warnings=warnings,
            validation=validation,
        )

        contact_create_result.additional_properties = d
        return contact_create_result

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
