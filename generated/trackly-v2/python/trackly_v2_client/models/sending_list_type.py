from enum import StrEnum


class SendingListType(StrEnum):
    CM = "cm"
    INFOBIP = "infobip"
    LIME = "lime"
    TWILIO = "twilio"

    def __str__(self) -> str:
        return str(self.value)
