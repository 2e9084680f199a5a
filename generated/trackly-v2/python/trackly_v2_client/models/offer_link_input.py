from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.offer_link_input_url_params import OfferLinkInputUrlParams


T = TypeVar("T", bound="OfferLinkInput")


@_attrs_define
class OfferLinkInput:
    """Binds one `{{linkN}}` placeholder of the message to an offer."""

    key: str
    """ Placeholder name without braces, e.g. `link1` for `{{link1}}`. """
    offer_id: str
    """ Id of an offer of the account (24 hexadecimal characters). """
    url: None | str | Unset = UNSET
    """ Optional destination that overrides the offer's tracking URL. """
    url_params: OfferLinkInputUrlParams | Unset = UNSET
    """ Optional query parameters added to the destination. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        offer_id = self.offer_id

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        url_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.url_params, Unset):
            url_params = self.url_params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "offer_id": offer_id,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if url_params is not UNSET:
            field_dict["url_params"] = url_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.offer_link_input_url_params import OfferLinkInputUrlParams  # noqa: PLC0415

        d = dict(src_dict)
        key = d.pop("key")

        offer_id = d.pop("offer_id")

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        _url_params = d.pop("url_params", UNSET)
        url_params: OfferLinkInputUrlParams | Unset
        if isinstance(_url_params, Unset):
            url_params = UNSET
        else:
            url_params = OfferLinkInputUrlParams.from_dict(_url_params)

        offer_link_input = cls(
            key=key,
            offer_id=offer_id,
            url=url,
            url_params=url_params,
        )

        offer_link_input.additional_properties = d
        return offer_link_input

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
