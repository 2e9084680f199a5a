from enum import StrEnum


class SendingMode(StrEnum):
    BULK = "Bulk"
    TRANSACTIONAL = "Transactional"

    def __str__(self) -> str:
        return str(self.value)
