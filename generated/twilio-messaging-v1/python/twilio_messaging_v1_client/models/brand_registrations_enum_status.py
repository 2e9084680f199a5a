from enum import StrEnum


class BrandRegistrationsEnumStatus(StrEnum):
    APPROVED = "APPROVED"
    DELETION_FAILED = "DELETION_FAILED"
    DELETION_PENDING = "DELETION_PENDING"
    FAILED = "FAILED"
    IN_REVIEW = "IN_REVIEW"
    PENDING = "PENDING"
    SUSPENDED = "SUSPENDED"

    def __str__(self) -> str:
        return str(self.value)
