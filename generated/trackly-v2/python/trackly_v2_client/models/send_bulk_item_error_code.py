from enum import StrEnum


class SendBulkItemErrorCode(StrEnum):
    INVALID_LIST_NUMBER = "invalid_list_number"
    INVALID_PHONE = "invalid_phone"
    LIST_NOT_FOUND = "list_not_found"
    MISSING_BODY = "missing_body"
    MISSING_LIST_NUMBER = "missing_list_number"
    MISSING_TO = "missing_to"

    def __str__(self) -> str:
        return str(self.value)
