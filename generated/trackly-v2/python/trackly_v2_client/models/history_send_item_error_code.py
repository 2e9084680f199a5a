from enum import StrEnum


class HistorySendItemErrorCode(StrEnum):
    INVALID_PHONE = "invalid_phone"
    INVALID_TIMESTAMP = "invalid_timestamp"
    LIST_NOT_FOUND = "list_not_found"
    MISSING_ID = "missing_id"
    MISSING_TIMESTAMP = "missing_timestamp"
    MISSING_TO_NUMBER = "missing_to_number"
    SAVE_ERROR = "save_error"

    def __str__(self) -> str:
        return str(self.value)
