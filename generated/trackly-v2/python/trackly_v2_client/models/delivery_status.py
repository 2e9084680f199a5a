from enum import StrEnum


class DeliveryStatus(StrEnum):
    DELIVERED = "delivered"
    EXPIRED = "expired"
    PENDING = "pending"
    REJECTED = "rejected"
    UNDELIVERABLE = "undeliverable"

    def __str__(self) -> str:
        return str(self.value)
