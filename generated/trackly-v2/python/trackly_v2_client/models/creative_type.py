from enum import StrEnum


class CreativeType(StrEnum):
    AUTOMATED = "automated"
    ONE_TIME = "one_time"
    WELCOME = "welcome"

    def __str__(self) -> str:
        return str(self.value)
