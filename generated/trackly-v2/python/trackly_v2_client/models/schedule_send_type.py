from enum import StrEnum


class ScheduleSendType(StrEnum):
    AUTOMATED = "automated"
    BLAST = "blast"

    def __str__(self) -> str:
        return str(self.value)
