from enum import StrEnum


class AudienceTimeConditionField(StrEnum):
    LAST_CLICKED_AT = "last_clicked_at"
    LAST_SENT_AT = "last_sent_at"
    SIGNUP_DATE = "signup_date"

    def __str__(self) -> str:
        return str(self.value)
