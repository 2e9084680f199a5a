from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_line_type import ContactLineType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_fields import CustomFields


T = TypeVar("T", bound="ListContact")


@_attrs_define
class ListContact:
    """A contact's subscription to one sending list, with the contact's global data and stats."""

    phone_number: str | Unset = UNSET
    """ Phone number in E.164 format, a `+` followed by 2 to 15 digits. """
    list_number: str | Unset = UNSET
    """ Phone number in E.164 format, a `+` followed by 2 to 15 digits. """
    list_id: int | Unset = UNSET
    """ Integer id of a sending list. """
    active: bool | Unset = UNSET
    """ False once the contact unsubscribed or was removed from the list. """
    signup_date: datetime.datetime | Unset = UNSET
    """ ISO 8601 timestamp with a zone (`Z` or an offset), as most v2 pages print it. """
    signup_method: str | Unset = UNSET
    """ How the contact joined the list, e.g. `api`. """
    custom_fields: CustomFields | Unset = UNSET
    """ Custom fields of a list contact; values are strings, numbers or booleans. """
    carrier: None | str | Unset = UNSET
    line_type: ContactLineType | Unset = UNSET
    """ Line type found by the carrier lookup. The contacts pages list these values; the data
    model page and v1 validation use other spellings.
     """
    timezone: None | str | Unset = UNSET
    """ IANA time zone name. """
    is_valid: bool | Unset = UNSET
    send_count: int | Unset = UNSET
    click_count: int | Unset = UNSET
    revenue_total: float | Unset = UNSET
    conversion_count: int | Unset = UNSET
    last_sent_at: datetime.datetime | None | Unset = UNSET
    last_clicked_at: datetime.datetime | None | Unset = UNSET
    in_workflow: bool | Unset = UNSET
    """ True while the contact is in a journey (workflow). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        list_number = self.list_number

        list_id = self.list_id

        active = self.active

        signup_date: str | Unset = UNSET
        if not isinstance(self.signup_date, Unset):
            signup_date = self.signup_date.isoformat()

        signup_method = self.signup_method

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        carrier: None | str | Unset
        if isinstance(self.carrier, Unset):
            carrier = UNSET
        else:
            carrier = self.carrier

        line_type: str | Unset = UNSET
        if not isinstance(self.line_type, Unset):
            line_type = self.line_type.value

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        is_valid = self.is_valid

        send_count = self.send_count

        click_count = self.click_count

        revenue_total = self.revenue_total

        conversion_count = self.conversion_count

        last_sent_at: None | str | Unset
        if isinstance(self.last_sent_at, Unset):
            last_sent_at = UNSET
        elif isinstance(self.last_sent_at, datetime.datetime):
            last_sent_at = self.last_sent_at.isoformat()
        else:
            last_sent_at = self.last_sent_at

        last_clicked_at: None | str | Unset
        if isinstance(self.last_clicked_at, Unset):
            last_clicked_at = UNSET
        elif isinstance(self.last_clicked_at, datetime.datetime):
            last_clicked_at = self.last_clicked_at.isoformat()
        else:
            last_clicked_at = self.last_clicked_at

        in_workflow = self.in_workflow

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if list_number is not UNSET:
            field_dict["list_number"] = list_number
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if active is not UNSET:
            field_dict["active"] = active
        if signup_date is not UNSET:
            field_dict["signup_date"] = signup_date
        if signup_method is not UNSET:
            field_dict["signup_method"] = signup_method
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if line_type is not UNSET:
            field_dict["line_type"] = line_type
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if is_valid is not UNSET:
            field_dict["is_valid"] = is_valid
        if send_count is not UNSET:
            field_dict["send_count"] = send_count
        if click_count is not UNSET:
            field_dict["click_count"] = click_count
        if revenue_total is not UNSET:
            field_dict["revenue_total"] = revenue_total
        if conversion_count is not UNSET:
            field_dict["conversion_count"] = conversion_count
        if last_sent_at is not UNSET:
            field_dict["last_sent_at"] = last_sent_at
        if last_clicked_at is not UNSET:
            field_dict["last_clicked_at"] = last_clicked_at
        if in_workflow is not UNSET:
            field_dict["in_workflow"] = in_workflow

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_fields import CustomFields  # noqa: PLC0415

        d = dict(src_dict)
        phone_number = d.pop("phone_number", UNSET)

        list_number = d.pop("list_number", UNSET)

        list_id = d.pop("list_id", UNSET)

        active = d.pop("active", UNSET)

        _signup_date = d.pop("signup_date", UNSET)
        signup_date: datetime.datetime | Unset
        if isinstance(_signup_date, Unset):
            signup_date = UNSET
        else:
            signup_date = datetime.datetime.fromisoformat(_signup_date)

        signup_method = d.pop("signup_method", UNSET)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: CustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = CustomFields.from_dict(_custom_fields)

        def _parse_carrier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        carrier = _parse_carrier(d.pop("carrier", UNSET))

        _line_type = d.pop("line_type", UNSET)
        line_type: ContactLineType | Unset
        if isinstance(_line_type, Unset):
            line_type = UNSET
        else:
            line_type = ContactLineType(_line_type)

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        is_valid = d.pop("is_valid", UNSET)

        send_count = d.pop("send_count", UNSET)

        click_count = d.pop("click_count", UNSET)

        revenue_total = d.pop("revenue_total", UNSET)

        conversion_count = d.pop("conversion_count", UNSET)

        def _parse_last_sent_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_sent_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_sent_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_sent_at = _parse_last_sent_at(d.pop("last_sent_at", UNSET))

        def _parse_last_clicked_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_clicked_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_clicked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_clicked_at = _parse_last_clicked_at(d.pop("last_clicked_at", UNSET))

        in_workflow = d.pop("in_workflow", UNSET)

        list_contact = cls(
            phone_number=phone_number,
            list_number=list_number,
            list_id=list_id,
            active=active,
            signup_date=signup_date,
            signup_method=signup_method,
            custom_fields=custom_fields,
            carrier=carrier,
            line_type=line_type,
            timezone=timezone,
            is_valid=is_valid,
            send_count=send_count,
            click_count=click_count,
            revenue_total=revenue_total,
            conversion_count=conversion_count,
            last_sent_at=last_sent_at,
            last_clicked_at=last_clicked_at,
            in_workflow=in_workflow,
        )

        list_contact.additional_properties = d
        return list_contact

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
