from enum import StrEnum


class ExternalPlatformName(StrEnum):
    EVERFLOW = "everflow"
    TUNE = "tune"

    def __str__(self) -> str:
        return str(self.value)
