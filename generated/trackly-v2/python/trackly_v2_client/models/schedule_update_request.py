from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.schedule_send_type import ScheduleSendType
from ..models.schedule_status import ScheduleStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule_blast import ScheduleBlast
    from ..models.schedule_days_of_week import ScheduleDaysOfWeek


T = TypeVar("T", bound="ScheduleUpdateRequest")


@_attrs_define
class ScheduleUpdateRequest:
    """Partial update: every field is optional, and the `missing_*` codes fire when a field is
    set to an empty value. The conditional requirements (the `allOf` rules) apply when their
    triggering field is sent. `status` may also be `complete` or `archive`.

    """

    name: str | Unset = UNSET
    """ Schedule name. """
    send_type: ScheduleSendType | Unset = UNSET
    """ `blast` sends the schedule's blasts; `automated` sends automatically. """
    is_repeating: bool | Unset = UNSET
    send_time: str | Unset = UNSET
    """ Time of day to send, `HH:MM` on a 24-hour clock (e.g. `14:30`). """
    audiences: list[str] | Unset = UNSET
    """ Ids of the audiences the schedule targets. """
    status: ScheduleStatus | Unset = UNSET
    """ Schedule status. A deleted schedule has status `archive` (not `archived` as for
    creatives, offers and audiences). A `complete` schedule cannot be edited.
     """
    send_date: datetime.datetime | None | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    """ ISO 8601 timestamp with a zone (`Z` or an offset), as most v2 pages print it. """
    end_date: datetime.datetime | Unset = UNSET
    """ ISO 8601 timestamp with a zone (`Z` or an offset), as most v2 pages print it. """
    days_of_week: ScheduleDaysOfWeek | Unset = UNSET
    """ Days on which a repeating schedule sends. """
    skip_within_hours: int | Unset = UNSET
    use_local_time: bool | Unset = UNSET
    is_mms: bool | Unset = UNSET
    automated_percent: int | Unset = UNSET
    blasts: list[ScheduleBlast] | Unset = UNSET
    source_lists: list[int] | Unset = UNSET
    """ Ids of sending lists the schedule sends from. """
    filter_bots: bool | Unset = UNSET
    is_cto: bool | Unset = UNSET
    ir_revenue: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        send_type: str | Unset = UNSET
        if not isinstance(self.send_type, Unset):
            send_type = self.send_type.value

        is_repeating = self.is_repeating

        send_time = self.send_time

        audiences: list[str] | Unset = UNSET
        if not isinstance(self.audiences, Unset):
            audiences = self.audiences

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        send_date: None | str | Unset
        if isinstance(self.send_date, Unset):
            send_date = UNSET
        elif isinstance(self.send_date, datetime.datetime):
            send_date = self.send_date.isoformat()
        else:
            send_date = self.send_date

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        days_of_week: dict[str, Any] | Unset = UNSET
        if not isinstance(self.days_of_week, Unset):
            days_of_week = self.days_of_week.to_dict()

        skip_within_hours = self.skip_within_hours

        use_local_time = self.use_local_time

        is_mms = self.is_mms

        automated_percent = self.automated_percent

        blasts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.blasts, Unset):
            blasts = []
            for blasts_item_data in self.blasts:
                blasts_item = blasts_item_data.to_dict()
                blasts.append(blasts_item)

        source_lists: list[int] | Unset = UNSET
        if not isinstance(self.source_lists, Unset):
            source_lists = self.source_lists

        filter_bots = self.filter_bots

        is_cto = self.is_cto

        ir_revenue = self.ir_revenue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if send_type is not UNSET:
            field_dict["send_type"] = send_type
        if is_repeating is not UNSET:
            field_dict["is_repeating"] = is_repeating
        if send_time is not UNSET:
            field_dict["send_time"] = send_time
        if audiences is not UNSET:
            field_dict["audiences"] = audiences
        if status is not UNSET:
            field_dict["status"] = status
        if send_date is not UNSET:
            field_dict["send_date"] = send_date
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if days_of_week is not UNSET:
            field_dict["days_of_week"] = days_of_week
        if skip_within_hours is not UNSET:
            field_dict["skip_within_hours"] = skip_within_hours
        if use_local_time is not UNSET:
            field_dict["use_local_time"] = use_local_time
        if is_mms is not UNSET:
            field_dict["is_mms"] = is_mms
        if automated_percent is not UNSET:
            field_dict["automated_percent"] = automated_percent
        if blasts is not UNSET:
            field_dict["blasts"] = blasts
        if source_lists is not UNSET:
            field_dict["source_lists"] = source_lists
        if filter_bots is not UNSET:
            field_dict["filter_bots"] = filter_bots
        if is_cto is not UNSET:
            field_dict["is_cto"] = is_cto
        if ir_revenue is not UNSET:
            field_dict["ir_revenue"] = ir_revenue

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.schedule_blast import ScheduleBlast  # noqa: PLC0415
        from ..models.schedule_days_of_week import ScheduleDaysOfWeek  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _send_type = d.pop("send_type", UNSET)
        send_type: ScheduleSendType | Unset
        if isinstance(_send_type, Unset):
            send_type = UNSET
        else:
            send_type = ScheduleSendType(_send_type)

        is_repeating = d.pop("is_repeating", UNSET)

        send_time = d.pop("send_time", UNSET)

        audiences = cast(list[str], d.pop("audiences", UNSET))

        _status = d.pop("status", UNSET)
        status: ScheduleStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ScheduleStatus(_status)

        def _parse_send_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                send_date_type_0 = datetime.datetime.fromisoformat(data)

                return send_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        send_date = _parse_send_date(d.pop("send_date", UNSET))

        _start_date = d.pop("start_date", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.datetime.fromisoformat(_start_date)

        _end_date = d.pop("end_date", UNSET)
        end_date: datetime.datetime | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.datetime.fromisoformat(_end_date)

        _days_of_week = d.pop("days_of_week", UNSET)
        days_of_week: ScheduleDaysOfWeek | Unset
        if isinstance(_days_of_week, Unset):
            days_of_week = UNSET
        else:
            days_of_week = ScheduleDaysOfWeek.from_dict(_days_of_week)

        skip_within_hours = d.pop("skip_within_hours", UNSET)

        use_local_time = d.pop("use_local_time", UNSET)

        is_mms = d.pop("is_mms", UNSET)

        automated_percent = d.pop("automated_percent", UNSET)

        _blasts = d.pop("blasts", UNSET)
        blasts: list[ScheduleBlast] | Unset = UNSET
        if _blasts is not UNSET:
            blasts = []
            for blasts_item_data in _blasts:
                blasts_item = ScheduleBlast.from_dict(blasts_item_data)

                blasts.append(blasts_item)

        source_lists = cast(list[int], d.pop("source_lists", UNSET))

        filter_bots = d.pop("filter_bots", UNSET)

        is_cto = d.pop("is_cto", UNSET)

        ir_revenue = d.pop("ir_revenue", UNSET)

        schedule_update_request = cls(
            name=name,
            send_type=send_type,
            is_repeating=is_repeating,
            send_time=send_time,
            audiences=audiences,
            status=status,
            send_date=send_date,
            start_date=start_date,
            end_date=end_date,
            days_of_week=days_of_week,
            skip_within_hours=skip_within_hours,
            use_local_time=use_local_time,
            is_mms=is_mms,
            automated_percent=automated_percent,
            blasts=blasts,
            source_lists=source_lists,
            filter_bots=filter_bots,
            is_cto=is_cto,
            ir_revenue=ir_revenue,
        )

        schedule_update_request.additional_properties = d
        return schedule_update_request

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
