from enum import StrEnum


class ViberErrorName(StrEnum):
    NOT_VIBER_USER = "NOT_VIBER_USER"
    NO_SUITABLE_DEVICE = "NO_SUITABLE_DEVICE"
    USER_BLOCKED = "USER_BLOCKED"

    def __str__(self) -> str:
        return str(self.value)
