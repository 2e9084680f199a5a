from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_message_request_metadata import SendMessageRequestMetadata


T = TypeVar("T", bound="SendMessageRequest")


@_attrs_define
class SendMessageRequest:
    """One SMS. The recipient is `to_msisdn`, or the legacy `to` when `to_msisdn` is absent;
    one of the two is required, and a request with neither is answered with `missing_to`.
    When both are present `to_msisdn` is used.

    """

    body: str
    """ Message text; a standard GSM-7 segment holds 160 characters (70 for UCS-2). The
    platform limit is 1,600 characters.
     """
    from_phone_number_id: str
    """ Id of the sending list / phone number, shown in the dashboard under Lists (examples
    `pn_abc123def456`, `pn_abc123`, `pn_123`). No format rule is documented.
     """
    to_msisdn: str | Unset = UNSET
    """ Phone number. E.164 is recommended (`+14155551234`); v1 also accepts a country code
    without `+` (`14155551234`) and strips punctuation (`(415) 555-1234`), while national
    numbers (`4155551234`) may fail. No format is enforced by the schema.
     """
    to: str | Unset = UNSET
    """ Phone number. E.164 is recommended (`+14155551234`); v1 also accepts a country code
    without `+` (`14155551234`) and strips punctuation (`(415) 555-1234`), while national
    numbers (`4155551234`) may fail. No format is enforced by the schema.
     """
    metadata: SendMessageRequestMetadata | Unset = UNSET
    """ Accepted but silently ignored; reserved.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        from_phone_number_id = self.from_phone_number_id

        to_msisdn = self.to_msisdn

        to = self.to

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body": body,
                "from_phone_number_id": from_phone_number_id,
            }
        )
        if to_msisdn is not UNSET:
            field_dict["to_msisdn"] = to_msisdn
        if to is not UNSET:
            field_dict["to"] = to
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.send_message_request_metadata import SendMessageRequestMetadata  # noqa: PLC0415

        d = dict(src_dict)
        body = d.pop("body")

        from_phone_number_id = d.pop("from_phone_number_id")

        to_msisdn = d.pop("to_msisdn", UNSET)

        to = d.pop("to", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: SendMessageRequestMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = SendMessageRequestMetadata.from_dict(_metadata)

        send_message_request = cls(
            body=body,
            from_phone_number_id=from_phone_number_id,
            to_msisdn=to_msisdn,
            to=to,
            metadata=metadata,
        )

        send_message_request.additional_properties = d
        return send_message_request

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
