from enum import StrEnum


class AudienceRevenueConditionField(StrEnum):
    AVG_REVENUE = "avg_revenue"
    CONVERSION_COUNT = "conversion_count"
    HAS_REVENUE = "has_revenue"
    LAST_REVENUE_AT = "last_revenue_at"
    REVENUE_TOTAL = "revenue_total"

    def __str__(self) -> str:
        return str(self.value)
