from enum import StrEnum


class UnsubscribeKeyword(StrEnum):
    CANCEL = "CANCEL"
    QUIT = "QUIT"
    STOP = "STOP"
    STOPALL = "STOPALL"
    UNSUBSCRIBE = "UNSUBSCRIBE"

    def __str__(self) -> str:
        return str(self.value)
