from enum import StrEnum


class SendBulkItemErrorCode(StrEnum):
    INVALID_BODY = "invalid_body"
    INVALID_LIST_NUMBER = "invalid_list_number"
    INVALID_PHONE = "invalid_phone"
    LIST_NOT_FOUND = "list_not_found"
    MESSAGE_TOO_LONG = "message_too_long"
    MISSING_BODY = "missing_body"
    MISSING_LIST_NUMBER = "missing_list_number"
    MISSING_TO = "missing_to"
    NOT_SENDABLE = "not_sendable"
    WEBHOOK_NOT_CONFIGURED = "webhook_not_configured"

    def __str__(self) -> str:
        return str(self.value)
