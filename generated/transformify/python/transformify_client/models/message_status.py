from enum import StrEnum


class MessageStatus(StrEnum):
    FAILED = "Failed"
    PENDING = "Pending"
    SENDING = "Sending"

    def __str__(self) -> str:
        return str(self.value)
