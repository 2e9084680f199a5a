from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.phone_validation import PhoneValidation
    from ..models.phone_validation_item_error import PhoneValidationItemError
    from ..models.phone_validation_summary import PhoneValidationSummary


T = TypeVar("T", bound="ValidatePhoneBatchResponse")


@_attrs_define
class ValidatePhoneBatchResponse:
    """One result per submitted number, in submission order, and a summary."""

    results: list[PhoneValidation | PhoneValidationItemError]
    summary: PhoneValidationSummary
    """ Totals of a batch validation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.phone_validation import PhoneValidation  # noqa: PLC0415

        results = []
        for results_item_data in self.results:
            results_item: dict[str, Any]
            if isinstance(results_item_data, PhoneValidation):
                results_item = results_item_data.to_dict()
            else:
                results_item = results_item_data.to_dict()

            results.append(results_item)

        summary = self.summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
                "summary": summary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.phone_validation import PhoneValidation  # noqa: PLC0415
        from ..models.phone_validation_item_error import PhoneValidationItemError  # noqa: PLC0415
        from ..models.phone_validation_summary import PhoneValidationSummary  # noqa: PLC0415

        d = dict(src_dict)
        results = []
        _results = d.pop("results")
        for results_item_data in _results:

            def _parse_results_item(data: object) -> PhoneValidation | PhoneValidationItemError:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    results_item_type_0 = PhoneValidation.from_dict(data)

                    return results_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                results_item_type_1 = PhoneValidationItemError.from_dict(data)

                return results_item_type_1

            results_item = _parse_results_item(results_item_data)

            results.append(results_item)

        summary = PhoneValidationSummary.from_dict(d.pop("summary"))

        validate_phone_batch_response = cls(
            results=results,
            summary=summary,
        )

        validate_phone_batch_response.additional_properties = d
        return validate_phone_batch_response

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
