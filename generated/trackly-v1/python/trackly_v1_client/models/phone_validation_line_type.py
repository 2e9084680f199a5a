from enum import StrEnum


class PhoneValidationLineType(StrEnum):
    FIXED_LINE = "fixed line"
    MOBILE = "mobile"
    OTHER = "other"
    UNKNOWN = "unknown"
    VOIP = "voip"

    def __str__(self) -> str:
        return str(self.value)
