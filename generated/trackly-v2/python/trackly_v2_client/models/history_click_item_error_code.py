from enum import StrEnum


class HistoryClickItemErrorCode(StrEnum):
    INVALID_PHONE = "invalid_phone"
    INVALID_TIMESTAMP = "invalid_timestamp"
    MESSAGE_NOT_FOUND = "message_not_found"
    MISSING_MESSAGE_ID = "missing_message_id"
    MISSING_OFFER_ID = "missing_offer_id"
    MISSING_PHONE_NUMBER = "missing_phone_number"
    MISSING_TIMESTAMP = "missing_timestamp"
    OFFER_NOT_FOUND = "offer_not_found"
    SAVE_ERROR = "save_error"

    def __str__(self) -> str:
        return str(self.value)
