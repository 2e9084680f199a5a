from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateViberCampaignRequest")


@_attrs_define
class CreateViberCampaignRequest:
    """A transactional Viber campaign built on a Viber template."""

    name: str
    """ Campaign name, at most 200 characters. """
    template_id: UUID
    """ Identifier of a template or a campaign (a UUID). """
    description: str | Unset = UNSET
    """ Free description of the campaign, at most 1000 characters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        template_id = str(self.template_id)

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "templateId": template_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        template_id = UUID(d.pop("templateId"))

        description = d.pop("description", UNSET)

        create_viber_campaign_request = cls(
            name=name,
            template_id=template_id,
            description=description,
        )

        create_viber_campaign_request.additional_properties = d
        return create_viber_campaign_request

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
