from enum import StrEnum


class TollfreeVerificationEnumBusinessTypeType1(StrEnum):
    GOVERNMENT = "GOVERNMENT"
    NON_PROFIT = "NON_PROFIT"
    PRIVATE_PROFIT = "PRIVATE_PROFIT"
    PUBLIC_PROFIT = "PUBLIC_PROFIT"
    SOLE_PROPRIETOR = "SOLE_PROPRIETOR"

    def __str__(self) -> str:
        return str(self.value)
