from enum import StrEnum


class ChannelType(StrEnum):
    SMPP = "Smpp"
    VIBER = "Viber"

    def __str__(self) -> str:
        return str(self.value)
