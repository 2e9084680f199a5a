from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_bulk_item_error import ContactBulkItemError


T = TypeVar("T", bound="ContactBulkResult")


@_attrs_define
class ContactBulkResult:
    """Partial-success result: valid contacts are stored even when others fail; each failure is
    reported with its index.

    """

    success_count: int
    """ Contacts stored. """
    error_count: int
    """ Contacts that failed. """
    errors: list[ContactBulkItemError]
    contacts_created: int | Unset = UNSET
    """ New global contacts. """
    list_contacts_created: int | Unset = UNSET
    """ New list subscriptions (ListContacts). """
    journeys_enrolled: int | Unset = UNSET
    """ Journey enrolments made. """
    warnings: list[str] | Unset = UNSET
    """ Warnings, e.g. that the list has active journeys while `use_journeys` was not set.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success_count = self.success_count

        error_count = self.error_count

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        contacts_created = self.contacts_created

        list_contacts_created = self.list_contacts_created

        journeys_enrolled = self.journeys_enrolled

        warnings: list[str] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success_count": success_count,
                "error_count": error_count,
                "errors": errors,
            }
        )
        if contacts_created is not UNSET:
            field_dict["contacts_created"] = contacts_created
        if list_contacts_created is not UNSET:
            field_dict["list_contacts_created"] = list_contacts_created
        if journeys_enrolled is not UNSET:
            field_dict["journeys_enrolled"] = journeys_enrolled
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_bulk_item_error import ContactBulkItemError  # noqa: PLC0415

        d = dict(src_dict)
        success_count = d.pop("success_count")

        error_count = d.pop("error_count")

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = ContactBulkItemError.from_dict(errors_item_data)

            errors.append(errors_item)

        contacts_created = d.pop("contacts_created", UNSET)

        list_contacts_created = d.pop("list_contacts_created", UNSET)

        journeys_enrolled = d.pop("journeys_enrolled", UNSET)

        warnings = cast(list[str], d.pop("warnings", UNSET))

        contact_bulk_result = cls(
            success_count=success_count,
            error_count=error_count,
            errors=errors,
            contacts_created=contacts_created,
            list_contacts_created=list_contacts_created,
            journeys_enrolled=journeys_enrolled,
            warnings=warnings,
        )

        contact_bulk_result.additional_properties = d
        return contact_bulk_result

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
