from enum import StrEnum


class AudienceCountConditionField(StrEnum):
    CLICK_COUNT = "click_count"
    CONVERSION_COUNT = "conversion_count"
    SEND_COUNT = "send_count"

    def __str__(self) -> str:
        return str(self.value)
