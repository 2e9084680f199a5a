from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audience_status import AudienceStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audience_filter_group_rendered import AudienceFilterGroupRendered


T = TypeVar("T", bound="Audience")


@_attrs_define
class Audience:
    """A saved contact segment. The filter is rendered with camelCase condition keys.
    Timestamps in the audience examples carry no time zone.

    """

    id: str
    """ 24-character hexadecimal identifier. """
    name: str
    status: AudienceStatus
    """ `active`, or `archived` after a delete (spelled `archived` for audiences, `archive` for
    schedules).
     """
    description: str | Unset = UNSET
    source_lists: list[int] | Unset = UNSET
    """ Ids of the sending lists whose contacts the audience draws from; empty means all lists. """
    filter_: AudienceFilterGroupRendered | Unset = UNSET
    """ A filter group as responses render it: same structure as a request group, with the
    conditions' keys in camelCase.
     """
    cached_size: int | None | Unset = UNSET
    """ Contacts matched at the last size calculation; null until calculated or after the filter changed. """
    cached_size_updated_at: None | str | Unset = UNSET
    """ When `cached_size` was calculated; null when it has not been. """
    created_at: str | Unset = UNSET
    """ ISO 8601 timestamp, possibly without a time zone; read it as UTC when the zone is
    missing.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status = self.status.value

        description = self.description

        source_lists: list[int] | Unset = UNSET
        if not isinstance(self.source_lists, Unset):
            source_lists = self.source_lists

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        cached_size: int | None | Unset
        if isinstance(self.cached_size, Unset):
            cached_size = UNSET
        else:
            cached_size = self.cached_size

        cached_size_updated_at: None | str | Unset
        if isinstance(self.cached_size_updated_at, Unset):
            cached_size_updated_at = UNSET
        else:
            cached_size_updated_at = self.cached_size_updated_at

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "status": status,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if source_lists is not UNSET:
            field_dict["source_lists"] = source_lists
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if cached_size is not UNSET:
            field_dict["cached_size"] = cached_size
        if cached_size_updated_at is not UNSET:
            field_dict["cached_size_updated_at"] = cached_size_updated_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audience_filter_group_rendered import AudienceFilterGroupRendered  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        status = AudienceStatus(d.pop("status"))

        description = d.pop("description", UNSET)

        source_lists = cast(list[int], d.pop("source_lists", UNSET))

        _filter_ = d.pop("filter", UNSET)
        filter_: AudienceFilterGroupRendered | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = AudienceFilterGroupRendered.from_dict(_filter_)

        def _parse_cached_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cached_size = _parse_cached_size(d.pop("cached_size", UNSET))

        def _parse_cached_size_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cached_size_updated_at = _parse_cached_size_updated_at(
            d.pop("cached_size_updated_at", UNSET)
        )

        created_at = d.pop("created_at", UNSET)

        audience = cls(
            id=id,
            name=name,
            status=status,
            description=description,
            source_lists=source_lists,
            filter_=filter_,
            cached_size=cached_size,
            cached_size_updated_at=cached_size_updated_at,
            created_at=created_at,
        )

        audience.additional_properties = d
        return audience

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
