from enum import IntEnum


class ViberErrorCode(IntEnum):
    USER_BLOCKED = 8
    NOT_VIBER_USER = 9
    NO_SUITABLE_DEVICE = 10

    def __str__(self) -> str:
        return str(self.value)
