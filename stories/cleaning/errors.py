"""Errors raised by the cleaning library."""


class RejectedInput(ValueError):
    """Input that cannot become an article; ``str(exc)`` is a one-line reason for the user."""

    def __init__(self, reason: str):
        super().__init__(" ".join(str(reason).split()))
