from enum import StrEnum


class OutboxRecordStatus(StrEnum):
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
