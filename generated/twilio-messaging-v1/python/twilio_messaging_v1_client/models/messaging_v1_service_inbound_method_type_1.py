from enum import StrEnum


class MessagingV1ServiceInboundMethodType1(StrEnum):
    GET = "GET"
    POST = "POST"

    def __str__(self) -> str:
        return str(self.value)
