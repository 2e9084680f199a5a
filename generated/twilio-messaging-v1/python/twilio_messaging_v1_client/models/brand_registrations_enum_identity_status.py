from enum import StrEnum


class BrandRegistrationsEnumIdentityStatus(StrEnum):
    SELF_DECLARED = "SELF_DECLARED"
    UNVERIFIED = "UNVERIFIED"
    VERIFIED = "VERIFIED"
    VETTED_VERIFIED = "VETTED_VERIFIED"

    def __str__(self) -> str:
        return str(self.value)
