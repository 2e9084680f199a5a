from enum import StrEnum


class ServiceEnumScanMessageContent(StrEnum):
    DISABLE = "disable"
    ENABLE = "enable"
    INHERIT = "inherit"

    def __str__(self) -> str:
        return str(self.value)
