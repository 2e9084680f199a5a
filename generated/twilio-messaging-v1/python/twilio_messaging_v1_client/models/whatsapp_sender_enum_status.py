from enum import StrEnum


class WhatsappSenderEnumStatus(StrEnum):
    CONFIGURATIONERROR = "ConfigurationError"
    CONFIGURED = "Configured"
    CONFIGURING = "Configuring"
    PENDINGVERIFICATION = "PendingVerification"
    VERIFICATIONERROR = "VerificationError"

    def __str__(self) -> str:
        return str(self.value)
