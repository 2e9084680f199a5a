from enum import IntEnum


class TwilioNotFoundErrorCode(IntEnum):
    VALUE_20404 = 20404

    def __str__(self) -> str:
        return str(self.value)
