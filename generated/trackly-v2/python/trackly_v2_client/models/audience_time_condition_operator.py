from enum import StrEnum


class AudienceTimeConditionOperator(StrEnum):
    AFTER = "after"
    BEFORE = "before"
    EXISTS = "exists"
    NOT_EXISTS = "not_exists"
    NOT_WITHIN = "not_within"
    WITHIN = "within"

    def __str__(self) -> str:
        return str(self.value)
