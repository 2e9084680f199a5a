from enum import StrEnum


class ContactBulkItemErrorCode(StrEnum):
    INVALID_LIST_NUMBER = "invalid_list_number"
    INVALID_PHONE = "invalid_phone"
    LIST_NOT_FOUND = "list_not_found"
    MISSING_LIST_NUMBER = "missing_list_number"
    MISSING_PHONE_NUMBER = "missing_phone_number"
    NOT_SENDABLE = "not_sendable"
    PROVIDER_ERROR = "provider_error"
    VALIDATION_FAILED = "validation_failed"

    def __str__(self) -> str:
        return str(self.value)
