from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="SendRawMessageRequest")


@_attrs_define
class SendRawMessageRequest:
    """One SMS with optional skips of the pre-send checks. List ownership, E.164 numbers and an
    active account are enforced regardless of the flags.

    """

    to: str
    """ Phone number in E.164 format, a `+` followed by 2 to 15 digits. """
    list_number: str
    """ Phone number in E.164 format, a `+` followed by 2 to 15 digits. """
    body: str
    """ Message text, at most 1,600 characters (platform limit; a longer body is answered with
    `message_too_long`, the code the creatives pages give the same limit). `{{messageId}}` is replaced by
    the 8-character message id at send time; template variables such as `{{first_name}}` are
    filled from `contact_data`.
     """
    skip_duplicate_check: bool | Unset = False
    """ Bypass the identical-message-to-same-recipient window check. """
    skip_rate_limit: bool | Unset = False
    """ Bypass per-list rate limiting. """
    skip_contact_validation: bool | Unset = False
    """ Bypass opt-out and block-list checks (sends even to unsubscribed contacts). """
    skip_journey_check: bool | Unset = False
    """ Bypass the active-journey conflict check. """
    metadata: Metadata | Unset = UNSET
    """ Free key/value map stored with the resource. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to = self.to

        list_number = self.list_number

        body = self.body

        skip_duplicate_check = self.skip_duplicate_check

        skip_rate_limit = self.skip_rate_limit

        skip_contact_validation = self.skip_contact_validation

        skip_journey_check = self.skip_journey_check

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "to": to,
                "list_number": list_number,
                "body": body,
            }
        )
        if skip_duplicate_check is not UNSET:
            field_dict["skip_duplicate_check"] = skip_duplicate_check
        if skip_rate_limit is not UNSET:
            field_dict["skip_rate_limit"] = skip_rate_limit
        if skip_contact_validation is not UNSET:
            field_dict["skip_contact_validation"] = skip_contact_validation
        if skip_journey_check is not UNSET:
            field_dict["skip_journey_check"] = skip_journey_check
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        to = d.pop("to")

        list_number = d.pop("list_number")

        body = d.pop("body")

        skip_duplicate_check = d.pop("skip_duplicate_check", UNSET)

        skip_rate_limit = d.pop("skip_rate_limit", UNSET)

        skip_contact_validation = d.pop("skip_contact_validation", UNSET)

        skip_journey_check = d.pop("skip_journey_check", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        send_raw_message_request = cls(
            to=to,
            list_number=list_number,
            body=body,
            skip_duplicate_check=skip_duplicate_check,
            skip_rate_limit=skip_rate_limit,
            skip_contact_validation=skip_contact_validation,
            skip_journey_check=skip_journey_check,
            metadata=metadata,
        )

        send_raw_message_request.additional_properties = d
        return send_raw_message_request

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
