from enum import StrEnum


class PayoutType(StrEnum):
    CPA = "cpa"
    CPC = "cpc"

    def __str__(self) -> str:
        return str(self.value)
