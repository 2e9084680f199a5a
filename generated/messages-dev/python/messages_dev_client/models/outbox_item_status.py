from enum import StrEnum


class OutboxItemStatus(StrEnum):
    CLAIMED = "claimed"
    FAILED = "failed"
    PENDING = "pending"
    SENT = "sent"

    def __str__(self) -> str:
        return str(self.value)
