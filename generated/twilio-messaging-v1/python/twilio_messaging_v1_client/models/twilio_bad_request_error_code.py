from enum import IntEnum


class TwilioBadRequestErrorCode(IntEnum):
    VALUE_20001 = 20001

    def __str__(self) -> str:
        return str(self.value)
