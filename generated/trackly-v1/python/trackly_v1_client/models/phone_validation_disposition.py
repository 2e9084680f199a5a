from enum import StrEnum


class PhoneValidationDisposition(StrEnum):
    INVALID = "invalid"
    OK = "ok"
    RISKY = "risky"
    UNKNOWN = "unknown"
    UNREACHABLE = "unreachable"

    def __str__(self) -> str:
        return str(self.value)
