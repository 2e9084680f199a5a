from enum import StrEnum


class AudienceFilterConditionConditionType(StrEnum):
    CARRIER = "carrier"
    COUNT = "count"
    CUSTOM_FIELD = "custom_field"
    REVENUE = "revenue"
    TIME = "time"
    TIMEZONE = "timezone"

    def __str__(self) -> str:
        return str(self.value)
