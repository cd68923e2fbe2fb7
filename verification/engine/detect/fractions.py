"""Fractions said in words ("two thirds of the seats") as percentages."""

from __future__ import annotations

import re
from functools import cache

from .. import lexicon as L
from ..concepts import concept_of
from ..context import Context
from ..lang import table_of
from .shared import PCT_CUES, UNNAMED_SHARE, frame_subject, nearest_cue


@cache
def _fraction_rx(lang: str) -> tuple[re.Pattern, dict]:
    table = table_of(lang, "FRACTIONS")
    words = r"(?<![\w'’])(?:" + L.alt(table) + r")(?![\w'’])"
    return re.compile(words + r"|(?<![\w/.,])([1-9])/([2-9])(?![\w/]|[.,]\d)"), table


def detect_fractions(ctx: Context) -> None:
    """ "two thirds of the seats", "un tiers des salariés", "dos tercios", "2/3 du quantum": a share, as a
    percentage of the kind the words near it name; with none, a share nothing names (weak, never conflicts)."""
    rx, table = _fraction_rx(ctx.lang)
    for m in rx.finditer(ctx.low):
        if m.group(1):
            num, den = int(m.group(1)), int(m.group(2))
            if num >= den:
                continue
            share = num / den
        else:
            share = table[" ".join(m.group(0).split())]
        sent = ctx.sentence(m.start())
        cue = nearest_cue(ctx, PCT_CUES, m.start(), m.end(), sent)
        value = {"low": share * 100, "high": share * 100, "qualifier": "about", "unit": "percent"}
        extra = {"cue": cue[2]} if cue else {"weak": True}
        slot = cue[1] if cue else UNNAMED_SHARE
        ctx.add(
            "percent",
            slot,
            frame_subject(ctx, concept_of(slot), m.start(), sent),
            value,
            m.start(),
            m.end(),
            0.6,
            sent,
            **extra,
        )
