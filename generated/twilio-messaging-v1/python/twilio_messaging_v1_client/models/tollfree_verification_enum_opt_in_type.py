from enum import StrEnum


class TollfreeVerificationEnumOptInType(StrEnum):
    IMPORT = "IMPORT"
    IMPORT_PLEASE_REPLACE = "IMPORT_PLEASE_REPLACE"
    MOBILE_QR_CODE = "MOBILE_QR_CODE"
    PAPER_FORM = "PAPER_FORM"
    VERBAL = "VERBAL"
    VIA_TEXT = "VIA_TEXT"
    WEB_FORM = "WEB_FORM"

    def __str__(self) -> str:
        return str(self.value)
