from enum import IntEnum


class ViberMessageType(IntEnum):
    SIMPLE_TEXT = 1
    IMAGE_ONLY = 2
    BUTTON_PLUS_TEXT = 3
    IMAGE_PLUS_TEXT = 4
    CAROUSEL = 5
    SURVEY = 6
    VIDEO = 7
    FILE = 8

    def __str__(self) -> str:
        return str(self.value)
