from enum import StrEnum


class CampaignStatus(StrEnum):
    COMPLETED = "Completed"
    DRAFT = "Draft"
    FAILED = "Failed"
    IN_PROGRESS = "InProgress"
    PAUSED = "Paused"
    QUEUING = "Queuing"
    READY = "Ready"

    def __str__(self) -> str:
        return str(self.value)
