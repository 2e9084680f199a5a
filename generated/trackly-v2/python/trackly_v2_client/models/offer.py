from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.external_platform_name import ExternalPlatformName
from ..models.offer_status import OfferStatus
from ..models.payout_type import PayoutType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.offer_metadata import OfferMetadata


T = TypeVar("T", bound="Offer")


@_attrs_define
class Offer:
    """An affiliate offer that creatives link to. Timestamps may come without a time zone (read
    them as UTC).

    """

    id: str
    """ 24-character hexadecimal identifier. """
    name: str
    tracking_url: str
    status: OfferStatus
    """ Status of an offer: `active`, `paused`, or `archived` (soft-deleted; spelled `archived`
    for offers).
     """
    slug: str | Unset = UNSET
    """ Readable identifier shown in some examples (`ofr_<name slug>_<6 characters>`). """
    external_platform: ExternalPlatformName | None | Unset = UNSET
    """ Affiliate platform the offer comes from (`tune` or `everflow`), or null for none. """
    external_id: None | str | Unset = UNSET
    advertiser_id: None | str | Unset = UNSET
    payout: float | Unset = UNSET
    payout_type: PayoutType | Unset = UNSET
    """ `cpa` (paid per conversion) or `cpc` (paid per click). """
    filter_bots: bool | Unset = UNSET
    metadata: OfferMetadata | Unset = UNSET
    """ Free key/value map; keys and values are strings. """
    created_at: str | Unset = UNSET
    """ ISO 8601 timestamp, possibly without a time zone; read it as UTC when the zone is
    missing.
     """
    updated_at: str | Unset = UNSET
    """ ISO 8601 timestamp, possibly without a time zone; read it as UTC when the zone is
    missing.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        tracking_url = self.tracking_url

        status = self.status.value

        slug = self.slug

        external_platform: None | str | Unset
        if isinstance(self.external_platform, Unset):
            external_platform = UNSET
        elif isinstance(self.external_platform, ExternalPlatformName):
            external_platform = self.external_platform.value
        else:
            external_platform = self.external_platform

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        advertiser_id: None | str | Unset
        if isinstance(self.advertiser_id, Unset):
            advertiser_id = UNSET
        else:
            advertiser_id = self.advertiser_id

        payout = self.payout

        payout_type: str | Unset = UNSET
        if not isinstance(self.payout_type, Unset):
            payout_type = self.payout_type.value

        filter_bots = self.filter_bots

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "tracking_url": tracking_url,
                "status": status,
            }
        )
        if slug is not UNSET:
            field_dict["slug"] = slug
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
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.offer_metadata import OfferMetadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        tracking_url = d.pop("tracking_url")

        status = OfferStatus(d.pop("status"))

        slug = d.pop("slug", UNSET)

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

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        def _parse_advertiser_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        advertiser_id = _parse_advertiser_id(d.pop("advertiser_id", UNSET))

        payout = d.pop("payout", UNSET)

        _payout_type = d.pop("payout_type", UNSET)
        payout_type: PayoutType | Unset
        if isinstance(_payout_type, Unset):
            payout_type = UNSET
        else:
            payout_type = PayoutType(_payout_type)

        filter_bots = d.pop("filter_bots", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: OfferMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = OfferMetadata.from_dict(_metadata)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        offer = cls(
            id=id,
            name=name,
            tracking_url=tracking_url,
            status=status,
            slug=slug,
            external_platform=external_platform,
            external_id=external_id,
            advertiser_id=advertiser_id,
            payout=payout,
            payout_type=payout_type,
            filter_bots=filter_bots,
            metadata=metadata,
            created_at=created_at,
            updated_at=updated_at,
        )

        offer.additional_properties = d
        return offer

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
