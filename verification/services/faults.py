"""One source or story the claim engine fails on does not stop a run over everything.

A fault of the engine on one text (a bug its tests did not meet: it is logged with its trace for the
administrator) leaves that article's claims, or that story's facts, as they were, and the run goes on with the
others; the run's results say which were left out, by title. What stops a whole run still stops it: its time
limit and the database (core.tasks.STOPS_A_RUN), which the task retries or records.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from core.tasks import STOPS_A_RUN

log = logging.getLogger(__name__)


class EngineFailed(Exception):
    """The engine raised on one article's text or one story's claims; ``title`` names it for people."""

    def __init__(self, title: str):
        super().__init__(title)
        self.title = title


@contextmanager
def engine_fault_of(kind: str, pk: int, title: str) -> Iterator[None]:
    """Turn an engine fault inside the block into EngineFailed(title), logged with its trace."""
    try:
        yield
    except STOPS_A_RUN:
        raise
    except Exception as exc:
        log.exception("The claim engine failed on %s %s (%s); it keeps what it had", kind, pk, title)
        raise EngineFailed(title) from exc
