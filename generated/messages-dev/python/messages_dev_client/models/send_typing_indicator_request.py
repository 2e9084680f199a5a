from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.send_typing_indicator_request_state import SendTypingIndicatorRequestState
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendTypingIndicatorRequest")


@_attrs_define
class SendTypingIndicatorRequest:
    """Start or stop the line's typing indicator in a chat."""

    from_: str
    """ Line handle: the line's E.164 phone number or Apple ID, never an `ln_` id. The docs
    publish no pattern for it.
     """
    to: str
    """ Chat identifier: the recipient's phone number or Apple ID, or a `cht_` chat id (group
    chats).
     """
    state: SendTypingIndicatorRequestState | Unset = SendTypingIndicatorRequestState.ON
    """ `on` shows the indicator, `off` clears it (the SDK's stopTyping sends `off`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        to = self.to

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "to": to,
            }
        )
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_ = d.pop("from")

        to = d.pop("to")

        _state = d.pop("state", UNSET)
        state: SendTypingIndicatorRequestState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = SendTypingIndicatorRequestState(_state)

        send_typing_indicator_request = cls(
            from_=from_,
            to=to,
            state=state,
        )

        send_typing_indicator_request.additional_properties = d
        return send_typing_indicator_request

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
