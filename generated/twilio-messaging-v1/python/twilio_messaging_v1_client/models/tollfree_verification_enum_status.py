from enum import StrEnum


class TollfreeVerificationEnumStatus(StrEnum):
    IN_REVIEW = "IN_REVIEW"
    PENDING_REVIEW = "PENDING_REVIEW"
    TWILIO_APPROVED = "TWILIO_APPROVED"
    TWILIO_REJECTED = "TWILIO_REJECTED"

    def __str__(self) -> str:
        return str(self.value)
