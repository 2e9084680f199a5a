from enum import StrEnum


class TollfreeVerificationEnumBusinessRegistrationAuthorityType1(StrEnum):
    ABN = "ABN"
    ACN = "ACN"
    BRN = "BRN"
    CBN = "CBN"
    CIF = "CIF"
    CNPJ = "CNPJ"
    CRN = "CRN"
    EIN = "EIN"
    NEQ = "NEQ"
    NIF = "NIF"
    NZBN = "NZBN"
    OTHER = "OTHER"
    PROVINCIAL_NUMBER = "PROVINCIAL_NUMBER"
    SIREN = "SIREN"
    SIRET = "SIRET"
    UID = "UID"
    UST_IDNR = "USt-IdNr"
    VAT = "VAT"

    def __str__(self) -> str:
        return str(self.value)
