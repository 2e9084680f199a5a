from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.external_platform_name import ExternalPlatformName
from ..models.offer_create_request_status import OfferCreateRequestStatus
from ..models.payout_type import PayoutType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.offer_metadata import OfferMetadata


T = TypeVar("T", bound="OfferCreateRequest")


@_attrs_define
class OfferCreateRequest:
    """A new offer. No code is published for a missing `name` or `tracking_url`, so those are
    answered as malformed requests.

    """

    name: str
    """ Display name, at most 255 characters. """
    tracking_url: str
    """ Destination URL of the offer; the page asks for a valid URL but publishes no error code
    for an invalid one. No `format: uri` is declared: the create-link page's destination
    `https://example.com/offer?aff_sub={{sendId}}` suggests tracking URLs carry `{{…}}`
    macros, which are not URI characters.
     """
    external_platform: ExternalPlatformName | None | Unset = UNSET
    """ Affiliate platform the offer comes from (`tune` or `everflow`), or null for none. """
    external_id: str | Unset = UNSET
    """ Offer id on the external platform. """
    advertiser_id: str | Unset = UNSET
    """ Advertiser id on the external platform. """
    payout: float | Unset = 0.0
    """ Payout per conversion or click. """
    payout_type: PayoutType | Unset = UNSET
    """ `cpa` (paid per conversion) or `cpc` (paid per click). """
    filter_bots: bool | Unset = False
    """ Whether clicks identified as bots are filtered out. """
    status: OfferCreateRequestStatus | Unset = OfferCreateRequestStatus.ACTIVE
    """ Initial status (`archived` is not accepted on create). """
    metadata: OfferMetadata | Unset = UNSET
    """ Free key/value map; keys and values are strings. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        tracking_url = self.tracking_url

        external_platform: None | str | Unset
        if isinstance(self.external_platform, Unset):
            external_platform = UNSET
        elif isinstance(self.external_platform, ExternalPlatformName):
            external_platform = self.external_platform.value
        else:
            external_platform = self.external_platform

        external_id = self.external_id

        advertiser_id = self.advertiser_id

        payout = self.payout

        payout_type: str | Unset = UNSET
        if not isinstance(self.payout_type, Unset):
            payout_type = self.payout_type.value

        filter_bots = self.filter_bots

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "tracking_url": tracking_url,
            }
        )
        if external_platform is not UNSET:
            field_dict["external_platform"] = external_platform
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if advertiser_id is not UNSET:
            field_dict["advertiser_id"] = advertiser_id
        if payout is not UNSET:
            field_dict["payout"] = payout
        if payout_type is not UNSET:
            field_dict["payout_type"] = payout_type
        if filter_bots is not UNSET:
            field_dict["filter_bots"] = filter_bots
        if status is not UNSET:
            field_dict["status"] = status
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.offer_metadata import OfferMetadata  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        tracking_url = d.pop("tracking_url")

        def _parse_external_platform(data: object) -> ExternalPlatformName | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_external_platform_type_0 = ExternalPlatformName(data)

                return componentsschemas_external_platform_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExternalPlatformName | None | Unset, data)

        external_platform = _parse_external_platform(d.pop("external_platform", UNSET))

        external_id = d.pop("external_id", UNSET)

        advertiser_id = d.pop("advertiser_id", UNSET)

        payout = d.pop("payout", UNSET)

        _payout_type = d.pop("payout_type", UNSET)
        payout_type: PayoutType | Unset
        if isinstance(_payout_type, Unset):
            payout_type = UNSET
        else:
            payout_type = PayoutType(_payout_type)

        filter_bots = d.pop("filter_bots", UNSET)

        _status = d.pop("status", UNSET)
        status: OfferCreateRequestStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = OfferCreateRequestStatus(_status)

        _metadata = d.pop("metadata", UNSET)
        metadata: OfferMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = OfferMetadata.from_dict(_metadata)

        offer_create_request = cls(
            name=name,
            tracking_url=tracking_url,
            external_platform=external_platform,
            external_id=external_id,
            advertiser_id=advertiser_id,
            payout=payout,
            payout_type=payout_type,
            filter_bots=filter_bots,
            status=status,
            metadata=metadata,
        )

        offer_create_request.additional_properties = d
        return offer_create_request

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
