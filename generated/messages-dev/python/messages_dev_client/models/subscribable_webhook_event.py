from enum import StrEnum


class SubscribableWebhookEvent(StrEnum):
    MESSAGE_RECEIVED = "message.received"
    MESSAGE_SENT = "message.sent"
    REACTION_ADDED = "reaction.added"
    REACTION_REMOVED = "reaction.removed"

    def __str__(self) -> str:
        return str(self.value)
