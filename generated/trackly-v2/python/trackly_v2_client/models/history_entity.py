from enum import StrEnum


class HistoryEntity(StrEnum):
    CLICKS = "clicks"
    REVENUE = "revenue"
    SENDS = "sends"

    def __str__(self) -> str:
        return str(self.value)
