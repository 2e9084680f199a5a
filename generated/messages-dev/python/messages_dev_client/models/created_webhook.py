from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event import WebhookEvent

T = TypeVar("T", bound="CreatedWebhook")


@_attrs_define
class CreatedWebhook:
    """The new webhook with its signing secret, which is returned only here."""

    id: str
    """ Webhook id, `wh_` followed by the rest of the id. """
    line_ids: list[str]
    url: str
    events: list[WebhookEvent]
    secret: str
    """ HMAC-SHA256 secret that signs the deliveries (see `x-webhook-signature`). Shown once. """
    is_active: bool
    request_id: str
    """ Id of the request, `req_` followed by the rest of the id. Every response body carries it,
    success and error alike; quote it in support requests.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        line_ids = self.line_ids

        url = self.url

        events = []
        for events_item_data in self.events:
            events_item = events_item_data.value
            events.append(events_item)

        secret = self.secret

        is_active = self.is_active

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "line_ids": line_ids,
                "url": url,
                "events": events,
                "secret": secret,
                "is_active": is_active,
                "request_id": request_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        line_ids = cast(list[str], d.pop("line_ids"))

        url = d.pop("url")

        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = WebhookEvent(events_item_data)

            events.append(events_item)

        secret = d.pop("secret")

        is_active = d.pop("is_active")

        request_id = d.pop("request_id")

        created_webhook = cls(
            id=id,
            line_ids=line_ids,
            url=url,
            events=events,
            secret=secret,
            is_active=is_active,
            request_id=request_id,
        )

        created_webhook.additional_properties = d
        return created_webhook

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
