from enum import StrEnum


class WebhookEvent(StrEnum):
    MESSAGE_RECEIVED = "message.received"
    MESSAGE_SENT = "message.sent"
    REACTION_ADDED = "reaction.added"
    REACTION_REMOVED = "reaction.removed"
    RECEIPT_READ = "receipt.read"
    TYPING_STARTED = "typing.started"
    TYPING_STOPPED = "typing.stopped"

    def __str__(self) -> str:
        return str(self.value)
