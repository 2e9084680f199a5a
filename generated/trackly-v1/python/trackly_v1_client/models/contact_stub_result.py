from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContactStubResult")


@_attrs_define
class ContactStubResult:
    """Answer of a v1 contacts stub: always success, nothing is created, changed or deleted."""

    success: bool
    """ Always `true`. """
    deprecated: bool
    """ API deprecation flag, always `true` on v1 success bodies. """
    message: Literal["This endpoint is deprecated and performs no operation."]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        deprecated = self.deprecated

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "deprecated": deprecated,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        deprecated = d.pop("deprecated")

        message = cast(
            Literal["This endpoint is deprecated and performs no operation."], d.pop("message")
        )
        if message != "This endpoint is deprecated and performs no operation.":
            raise ValueError(
                f"message must match const 'This endpoint is deprecated and performs no operation.', got '{message}'"
            )

        contact_stub_result = cls(
            success=success,
            deprecated=deprecated,
            message=message,
        )

        contact_stub_result.additional_properties = d
        return contact_stub_result

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
