from enum import StrEnum


class ScheduleStatus(StrEnum):
    ARCHIVE = "archive"
    COMPLETE = "complete"
    DRAFT = "draft"
    OFF = "off"
    ON = "on"

    def __str__(self) -> str:
        return str(self.value)
