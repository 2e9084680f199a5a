from enum import StrEnum


class AudienceCustomFieldConditionOperator(StrEnum):
    EQ = "eq"
    IN = "in"

    def __str__(self) -> str:
        return str(self.value)
