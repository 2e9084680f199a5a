from enum import StrEnum


class MessagingV1ServiceInboundMethodType2Type1(StrEnum):
    GET = "GET"
    POST = "POST"

    def __str__(self) -> str:
        return str(self.value)
