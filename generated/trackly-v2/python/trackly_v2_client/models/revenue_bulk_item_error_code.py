from enum import StrEnum


class RevenueBulkItemErrorCode(StrEnum):
    CONTACT_NOT_FOUND = "contact_not_found"
    INVALID_ATTRIBUTION_TYPE = "invalid_attribution_type"
    INVALID_REVENUE = "invalid_revenue"
    MESSAGE_NOT_FOUND = "message_not_found"
    MISSING_ATTRIBUTION_TYPE = "missing_attribution_type"
    MISSING_MESSAGE_ID = "missing_message_id"
    MISSING_REVENUE = "missing_revenue"

    def __str__(self) -> str:
        return str(self.value)
