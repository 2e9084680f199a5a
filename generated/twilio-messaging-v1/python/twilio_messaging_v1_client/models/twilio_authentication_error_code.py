from enum import IntEnum


class TwilioAuthenticationErrorCode(IntEnum):
    VALUE_20003 = 20003

    def __str__(self) -> str:
        return str(self.value)
