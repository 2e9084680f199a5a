from enum import StrEnum


class BrandRegistrationsEnumBrandFeedback(StrEnum):
    GOVERNMENT_ENTITY = "GOVERNMENT_ENTITY"
    NONPROFIT = "NONPROFIT"
    OTHERS = "OTHERS"
    STOCK_SYMBOL = "STOCK_SYMBOL"
    TAX_ID = "TAX_ID"

    def __str__(self) -> str:
        return str(self.value)
