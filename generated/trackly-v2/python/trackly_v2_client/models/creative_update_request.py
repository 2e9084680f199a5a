from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.creative_status import CreativeStatus
from ..models.creative_type import CreativeType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.offer_link_input import OfferLinkInput


T = TypeVar("T", bound="CreativeUpdateRequest")


@_attrs_define
class CreativeUpdateRequest:
    """Partial update: every field is optional and only the fields sent change. A new `message`
    must still contain a `{{linkN}}` placeholder; `offer_links` must cover every placeholder
    of the new message, or of the current one when `message` is not sent (operation
    `x-rules`). Setting `status` to `archived` archives the creative.

    """

    name: str | Unset = UNSET
    """ Display name, at most 255 characters. """
    message: str | Unset = UNSET
    """ Message template, at most 1,600 characters, with at least one `{{linkN}}` placeholder
    (`{{link1}}`, `{{link2}}`…); each placeholder is replaced by the tracked link of the
    `offer_links` entry whose `key` is `linkN`.
     """
    offer_links: list[OfferLinkInput] | Unset = UNSET
    """ Replacement placeholder bindings. """
    status: CreativeStatus | Unset = UNSET
    """ Status of a creative: `active`, `paused`, or `archived` after a delete (spelled
    `archived` for creatives).
     """
    creative_type: CreativeType | Unset = UNSET
    """ Kind of campaign the creative is written for. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        message = self.message

        offer_links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.offer_links, Unset):
            offer_links = []
            for offer_links_item_data in self.offer_links:
                offer_links_item = offer_links_item_data.to_dict()
                offer_links.append(offer_links_item)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        creative_type: str | Unset = UNSET
        if not isinstance(self.creative_type, Unset):
            creative_type = self.creative_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if message is not UNSET:
            field_dict["message"] = message
        if offer_links is not UNSET:
            field_dict["offer_links"] = offer_links
        if status is not UNSET:
            field_dict["status"] = status
        if creative_type is not UNSET:
            field_dict["creative_type"] = creative_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.offer_link_input import OfferLinkInput  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        message = d.pop("message", UNSET)

        _offer_links = d.pop("offer_links", UNSET)
        offer_links: list[OfferLinkInput] | Unset = UNSET
        if _offer_links is not UNSET:
            offer_links = []
            for offer_links_item_data in _offer_links:
                offer_links_item = OfferLinkInput.from_dict(offer_links_item_data)

                offer_links.append(offer_links_item)

        _status = d.pop("status", UNSET)
        status: CreativeStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CreativeStatus(_status)

        _creative_type = d.pop("creative_type", UNSET)
        creative_type: CreativeType | Unset
        if isinstance(_creative_type, Unset):
            creative_type = UNSET
        else:
            creative_type = CreativeType(_creative_type)

        creative_update_request = cls(
            name=name,
            message=message,
            offer_links=offer_links,
            status=status,
            creative_type=creative_type,
        )

        creative_update_request.additional_properties = d
        return creative_update_request

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
