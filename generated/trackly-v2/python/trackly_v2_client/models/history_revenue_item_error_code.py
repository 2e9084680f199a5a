from enum import StrEnum


class HistoryRevenueItemErrorCode(StrEnum):
    CONTACT_NOT_FOUND = "contact_not_found"
    MESSAGE_NOT_FOUND = "message_not_found"
    MISSING_MESSAGE_ID = "missing_message_id"
    MISSING_OFFER_ID = "missing_offer_id"
    MISSING_REVENUE = "missing_revenue"
    OFFER_NOT_FOUND = "offer_not_found"
    SAVE_ERROR = "save_error"

    def __str__(self) -> str:
        return str(self.value)
