from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.creative_status import CreativeStatus
from ..models.creative_type import CreativeType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.offer_link import OfferLink


T = TypeVar("T", bound="Creative")


@_attrs_define
class Creative:
    """A message template with tracked offer links. `character_count` counts each link
    placeholder as 23 characters and adds 34 characters of compliance overhead;
    `segment_count` is 1 up to 160 characters, else the count divided by 153, rounded up.
    Both are recomputed when `message` or `offer_links` change. Timestamps may come without
    a time zone (read them as UTC).

    """

    id: int
    """ Integer creative id (creative ids are integers, unlike the 24-hex ids of offers and audiences). """
    name: str
    message: str
    status: CreativeStatus
    """ Status of a creative: `active`, `paused`, or `archived` after a delete (spelled
    `archived` for creatives).
     """
    slug: str | Unset = UNSET
    """ Readable identifier shown in some examples (`cre_<name slug>_<6 characters>`). """
    offer_links: list[OfferLink] | Unset = UNSET
    offers: list[str] | Unset = UNSET
    """ Ids of the offers the creative links to. """
    creative_type: CreativeType | Unset = UNSET
    """ Kind of campaign the creative is written for. """
    character_count: int | Unset = UNSET
    """ Billable length (link placeholders count 23 characters each, plus 34 characters of compliance overhead). """
    segment_count: int | Unset = UNSET
    """ SMS segments (1 up to 160 characters, else ceil(character_count / 153)). """
    created_at: str | Unset = UNSET
    """ ISO 8601 timestamp, possibly without a time zone; read it as UTC when the zone is
    missing.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        message = self.message

        status = self.status.value

        slug = self.slug

        offer_links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.offer_links, Unset):
            offer_links = []
            for offer_links_item_data in self.offer_links:
                offer_links_item = offer_links_item_data.to_dict()
                offer_links.append(offer_links_item)

        offers: list[str] | Unset = UNSET
        if not isinstance(self.offers, Unset):
            offers = self.offers

        creative_type: str | Unset = UNSET
        if not isinstance(self.creative_type, Unset):
            creative_type = self.creative_type.value

        character_count = self.character_count

        segment_count = self.segment_count

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "message": message,
                "status": status,
            }
        )
        if slug is not UNSET:
            field_dict["slug"] = slug
        if offer_links is not UNSET:
            field_dict["offer_links"] = offer_links
        if offers is not UNSET:
            field_dict["offers"] = offers
        if creative_type is not UNSET:
            field_dict["creative_type"] = creative_type
        if character_count is not UNSET:
            field_dict["character_count"] = character_count
        if segment_count is not UNSET:
            field_dict["segment_count"] = segment_count
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.offer_link import OfferLink  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        message = d.pop("message")

        status = CreativeStatus(d.pop("status"))

        slug = d.pop("slug", UNSET)

        _offer_links = d.pop("offer_links", UNSET)
        offer_links: list[OfferLink] | Unset = UNSET
        if _offer_links is not UNSET:
            offer_links = []
            for offer_links_item_data in _offer_links:
                offer_links_item = OfferLink.from_dict(offer_links_item_data)

                offer_links.append(offer_links_item)

        offers = cast(list[str], d.pop("offers", UNSET))

        _creative_type = d.pop("creative_type", UNSET)
        creative_type: CreativeType | Unset
        if isinstance(_creative_type, Unset):
            creative_type = UNSET
        else:
            creative_type = CreativeType(_creative_type)

        character_count = d.pop("character_count", UNSET)

        segment_count = d.pop("segment_count", UNSET)

        created_at = d.pop("created_at", UNSET)

        creative = cls(
            id=id,
            name=name,
            message=message,
            status=status,
            slug=slug,
            offer_links=offer_links,
            offers=offers,
            creative_type=creative_type,
            character_count=character_count,
            segment_count=segment_count,
            created_at=created_at,
        )

        creative.additional_properties = d
        return creative

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
