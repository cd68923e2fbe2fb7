"""A time budget per article: cleaning that runs past it stops with a one-line reason.

Every stage of the cleaner is linear in its input, so an ordinary article of the largest allowed
size is cleaned well inside the budget; the budget is the backstop against a shape nobody has
thought of yet. Stages call ``check()`` between steps (paragraphs, lines, phases): cheap (one
clock read), and it needs no signal or thread, so it works in web requests, Celery workers and
process pools alike.

    with time_budget(20.0):
        ...            # check() inside raises RejectedInput once 20 s have passed
"""

from __future__ import annotations

import time
from contextlib import contextmanager
from contextvars import ContextVar

from .errors import RejectedInput

# Seconds one file may take to clean. Ordinary text runs at several megabytes a second, so this
# is far above any real article of the importer's size limit.
DEFAULT_SECONDS = 20.0

_deadline: ContextVar[tuple[float, float] | None] = ContextVar("cleaning_deadline", default=None)


@contextmanager
def time_budget(seconds: float = DEFAULT_SECONDS):
    """Run the block with a deadline `seconds` from now (an enclosing, earlier deadline wins)."""
    now = time.monotonic()
    outer = _deadline.get()
    deadline = (now + seconds, seconds)
    if outer is not None and outer[0] <= deadline[0]:
        deadline = outer
    token = _deadline.set(deadline)
    try:
        yield
    finally:
        _deadline.reset(token)


def check() -> None:
    """Raise RejectedInput when the current budget is spent; nothing when there is none."""
    current = _deadline.get()
    if current is not None and time.monotonic() > current[0]:
        raise RejectedInput(
            f"not an article: cleaning it took longer than the limit of {current[1]:g} seconds "
            "(the file's structure is unusual: enormous or deeply repeated markup)"
        )
