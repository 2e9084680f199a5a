from enum import StrEnum


class TollfreeVerificationEnumVettingProviderType1(StrEnum):
    CAMPAIGN_VERIFY = "CAMPAIGN_VERIFY"

    def __str__(self) -> str:
        return str(self.value)
