from enum import StrEnum


class RevenueAttributionType(StrEnum):
    CLICK = "click"
    SALE = "sale"
    SEND = "send"

    def __str__(self) -> str:
        return str(self.value)
