from enum import StrEnum


class AudienceCountConditionOperator(StrEnum):
    EQ = "eq"
    GT = "gt"
    GTE = "gte"

    def __str__(self) -> str:
        return str(self.value)
