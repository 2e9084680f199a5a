from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessagingV1ServiceUsAppToPersonUsecase")


@_attrs_define
class MessagingV1ServiceUsAppToPersonUsecase:
    us_app_to_person_usecases: list[Any] | None | Unset = UNSET
    """ Human readable name, code, description and post_approval_required (indicates whether or not post approval is
    required for this Use Case) of A2P Campaign Use Cases. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        us_app_to_person_usecases: list[Any] | None | Unset
        if isinstance(self.us_app_to_person_usecases, Unset):
            us_app_to_person_usecases = UNSET
        elif isinstance(self.us_app_to_person_usecases, list):
            us_app_to_person_usecases = self.us_app_to_person_usecases

        else:
            us_app_to_person_usecases = self.us_app_to_person_usecases

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if us_app_to_person_usecases is not UNSET:
            field_dict["us_app_to_person_usecases"] = us_app_to_person_usecases

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_us_app_to_person_usecases(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                us_app_to_person_usecases_type_0: list[Any] = data

                return us_app_to_person_usecases_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        us_app_to_person_usecases = _parse_us_app_to_person_usecases(
            d.pop("us_app_to_person_usecases", UNSET)
        )

        messaging_v1_service_us_app_to_person_usecase = cls(
            us_app_to_person_usecases=us_app_to_person_usecases,
        )

        messaging_v1_service_us_app_to_person_usecase.additional_properties = d
        return messaging_v1_service_us_app_to_person_usecase

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
