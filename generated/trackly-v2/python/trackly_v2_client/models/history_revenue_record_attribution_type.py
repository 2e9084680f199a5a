from enum import StrEnum


class HistoryRevenueRecordAttributionType(StrEnum):
    CLICK = "click"
    MIGRATION = "migration"
    SALE = "sale"
    SEND = "send"

    def __str__(self) -> str:
        return str(self.value)
