"""Records: a superlative or a first said to stand in all history ("the first American pontiff in history",
"le premier souverain pontife nord-américain de l'Histoire", "der höchste Endspielerfolg ... überhaupt", "el
“mayor apagón informático” de la historia")."""

from __future__ import annotations

import re
from functools import cache

from .. import lexicon as L
from ..context import Context
from ..lang import table_of

_MAX_WORDS = 6  # words between the superlative and "in history": its noun and what it is of


@cache
def _record_rx(lang: str) -> re.Pattern:
    return re.compile(
        r"(?<![\w])(?:"
        + L.alt(table_of(lang, "RECORD_OPENERS"))
        + r")(?:[\s\u00a0]+[^\s\u00a0.;:!?]+){0,"
        + str(_MAX_WORDS)
        + r"}?[\s\u00a0]+(?:"
        + L.alt(table_of(lang, "RECORD_SCOPES")).replace("'", "['’]")
        + r")(?![\w])"
    )


def detect_records(ctx: Context) -> None:
    """A record is said of the story's event or of what it names; the same record told in two languages has
    no subject both would name, so records are one weak claim of the story: they agree, never conflict."""
    for m in _record_rx(ctx.lang).finditer(ctx.low):
        sent = ctx.sentence(m.start())
        if m.end() > sent[1]:
            continue
        value = {"ordinal": 1, "of_total": None, "category": "record", "scope": "history"}
        ctx.add("ranking", "ranking.record", "", value, m.start(), m.end(), 0.5, sent, weak=True)
