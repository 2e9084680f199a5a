from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.validation_errors import ValidationErrors


T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """Error body of every failed request: a short `error` title (mostly the HTTP reason
    phrase, e.g. `Bad Request`), a human-readable `message`, and on validation failures
    `validationErrors`. There is no machine-readable code.

    """

    error: str
    """ Error title, e.g. `Bad Request`, `Not Found`, `Campaign is not active`. """
    message: str
    """ Human-readable description of the problem. """
    validation_errors: ValidationErrors | Unset = UNSET
    """ Field-specific problems of a validation failure, as field name → message. Present only
    on validation failures.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        message = self.message

        validation_errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validation_errors, Unset):
            validation_errors = self.validation_errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "message": message,
            }
        )
        if validation_errors is not UNSET:
            field_dict["validationErrors"] = validation_errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.validation_errors import ValidationErrors  # noqa: PLC0415

        d = dict(src_dict)
        error = d.pop("error")

        message = d.pop("message")

        _validation_errors = d.pop("validationErrors", UNSET)
        validation_errors: ValidationErrors | Unset
        if isinstance(_validation_errors, Unset):
            validation_errors = UNSET
        else:
            validation_errors = ValidationErrors.from_dict(_validation_errors)

        error = cls(
            error=error,
            message=message,
            validation_errors=validation_errors,
        )

        error.additional_properties = d
        return error

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
