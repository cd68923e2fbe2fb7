"""Match results ("won 2-1")."""

from __future__ import annotations

import re

from .. import lexicon as L
from ..context import Context
from ..frames import has_score_cue
from .match_minutes import minute_matches

_SCORE_RX = re.compile(
    r"(?<![\w.,:/-])(\d{1,2})[\s\u00a0]?[-–:][\s\u00a0]?(\d{1,2})(?![\w:/-]|[.,]\d|[\s\u00a0]?(?:"
    + L.alt({word.rstrip(".") for word in L.CLOCK_WORDS})  # "3-1" is no score before "h", "Uhr", "a.m"
    + r")(?!\w))"
)


def detect_scores(ctx: Context) -> None:
    """ "beat Barcelona 3-1", "Sieg mit 2:0", "victoire 2-1": results, once the text shows it is about a match:
    a result next to a word for winning, losing or a match, or the minutes of its goals ("(47e)", "73. Minute");
    a result is the event's own."""
    found = list(_SCORE_RX.finditer(ctx.text))
    if not found or not (
        minute_matches(ctx) or any(has_score_cue(ctx.low, ctx.lang, *ctx.sentence(m.start())) for m in found)
    ):
        return
    for m in found:
        a, b = int(m.group(1)), int(m.group(2))
        ctx.add(
            "score",
            "score",
            "",
            {"high": max(a, b), "low": min(a, b)},
            m.start(),
            m.end(),
            0.8,
            ctx.sentence(m.start()),
        )
