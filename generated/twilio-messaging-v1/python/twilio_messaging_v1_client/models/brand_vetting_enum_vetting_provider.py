from enum import StrEnum


class BrandVettingEnumVettingProvider(StrEnum):
    AEGIS = "aegis"
    CAMPAIGN_VERIFY = "campaign-verify"

    def __str__(self) -> str:
        return str(self.value)
