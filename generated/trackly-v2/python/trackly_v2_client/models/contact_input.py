from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_fields import CustomFields


T = TypeVar("T", bound="ContactInput")


@_attrs_define
class ContactInput:
    """One contact to create or update (upsert) on a sending list. Unknown fields are not
    rejected by this contract. Both numbers must be E.164.

    """

    phone_number: str
    """ Phone number in E.164 format, a `+` followed by 2 to 15 digits. """
    list_number: str
    """ Phone number in E.164 format, a `+` followed by 2 to 15 digits. """
    use_journeys: bool | Unset = False
    """ Enrol the contact in the list's matching Welcome Journeys. """
    skip_journey_if_exists: bool | Unset = True
    """ With `use_journeys`, skip the enrolment when the contact was already on the list
    (the ListContact existed).
     """
    signup_date: str | Unset = UNSET
    """ ISO 8601 date-time sent by the client. A value without a UTC offset is read as UTC, so
    this schema does not require an offset.
     """
    ip_address: str | Unset = UNSET
    """ IP address of the signup, kept as consent record. """
    url: str | Unset = UNSET
    """ URL of the signup page, kept as consent record. """
    custom_fields: CustomFields | Unset = UNSET
    """ Custom fields of a list contact; values are strings, numbers or booleans. """
    use_validation: bool | Unset = UNSET
    """ Run the paid phone validation (LRN lookup and internal DNC check, $0.003 per lookup
    that is not cached; repeat lookups are free). The contact is stored whatever the
    outcome, and the response carries a `validation` object. Validation needs usable
    billing: otherwise the request is refused with 402. Off unless set to true (the
    page implies a default of false without stating it).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        list_number = self.list_number

        use_journeys = self.use_journeys

        skip_journey_if_exists = self.skip_journey_if_exists

        signup_date = self.signup_date

        ip_address = self.ip_address

        url = self.url

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        use_validation = self.use_validation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_number": phone_number,
                "list_number": list_number,
            }
        )
        if use_journeys is not UNSET:
            field_dict["use_journeys"] = use_journeys
        if skip_journey_if_exists is not UNSET:
            field_dict["skip_journey_if_exists"] = skip_journey_if_exists
        if signup_date is not UNSET:
            field_dict["signup_date"] = signup_date
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if url is not UNSET:
            field_dict["url"] = url
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if use_validation is not UNSET:
            field_dict["use_validation"] = use_validation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_fields import CustomFields  # noqa: PLC0415

        d = dict(src_dict)
        phone_number = d.pop("phone_number")

        list_number = d.pop("list_number")

        use_journeys = d.pop("use_journeys", UNSET)

        skip_journey_if_exists = d.pop("skip_journey_if_exists", UNSET)

        signup_date = d.pop("signup_date", UNSET)

        ip_address = d.pop("ip_address", UNSET)

        url = d.pop("url", UNSET)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: CustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = CustomFields.from_dict(_custom_fields)

        use_validation = d.pop("use_validation", UNSET)

        contact_input = cls(
            phone_number=phone_number,
            list_number=list_number,
            use_journeys=use_journeys,
            skip_journey_if_exists=skip_journey_if_exists,
            signup_date=signup_date,
            ip_address=ip_address,
            url=url,
            custom_fields=custom_fields,
            use_validation=use_validation,
        )

        contact_input.additional_properties = d
        return contact_input

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
