from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessagingV1Usecase")


@_attrs_define
class MessagingV1Usecase:
    usecases: list[Any] | None | Unset = UNSET
    """ Human readable use case details (usecase, description and purpose) of Messaging Service Use Cases. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        usecases: list[Any] | None | Unset
        if isinstance(self.usecases, Unset):
            usecases = UNSET
        elif isinstance(self.usecases, list):
            usecases = self.usecases

        else:
            usecases = self.usecases

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if usecases is not UNSET:
            field_dict["usecases"] = usecases

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_usecases(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                usecases_type_0: list[Any] = data

                return usecases_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        usecases = _parse_usecases(d.pop("usecases", UNSET))

        messaging_v1_usecase = cls(
            usecases=usecases,
        )

        messaging_v1_usecase.additional_properties = d
        return messaging_v1_usecase

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
