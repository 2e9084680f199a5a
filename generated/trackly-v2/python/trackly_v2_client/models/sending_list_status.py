from enum import StrEnum


class SendingListStatus(StrEnum):
    ACTIVE = "active"
    DELETED = "deleted"
    PAUSED = "paused"
    SUSPENDED = "suspended"

    def __str__(self) -> str:
        return str(self.value)
