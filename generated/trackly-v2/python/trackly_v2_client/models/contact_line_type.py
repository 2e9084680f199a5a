from enum import StrEnum


class ContactLineType(StrEnum):
    CELL_PHONE = "CELL PHONE"
    FAKE = "FAKE"
    LANDLINE = "LANDLINE"
    UNKNOWN = "UNKNOWN"
    VOIP = "VOIP"

    def __str__(self) -> str:
        return str(self.value)
