from enum import StrEnum


class ReactionType(StrEnum):
    DISLIKE = "dislike"
    EMPHASIZE = "emphasize"
    LAUGH = "laugh"
    LIKE = "like"
    LOVE = "love"
    QUESTION = "question"

    def __str__(self) -> str:
        return str(self.value)
