from enum import StrEnum


class ScheduleCreateRequestStatus(StrEnum):
    DRAFT = "draft"
    OFF = "off"
    ON = "on"

    def __str__(self) -> str:
        return str(self.value)
