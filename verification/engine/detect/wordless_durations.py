"""Durations told with no figure: "for a decade", "for more than a year", "während eines Jahres", "spending a few
minutes", "dauerte nur wenige Minuten", "pendant quelques minutes", "duró unos pocos minutos"."""

from __future__ import annotations

import re
from functools import cache

from .. import lexicon as L
from ..context import Context
from ..lang import table_of
from ..numbers import round_number
from .measures import framed_count


@cache
def _rx(lang: str) -> tuple[re.Pattern, re.Pattern, dict]:
    """The article or words of a few right before a unit of time; the words that make what follows a span
    (SPAN_LEADS), perhaps with a word of "only" between (SOLE_WORDS: "dauerte nur wenige Minuten"); the words'
    (low, high)."""
    words = {**{w: (1, 1) for w in table_of(lang, "DURATION_ARTICLES")}, **table_of(lang, "FEW_WORDS")}
    units = [u for u, (dimension, *_) in table_of(lang, "MEASURE_UNITS").items() if dimension == "duration"]
    if not words or not units:
        return re.compile(r"(?!)"), re.compile(r"(?!)"), words
    told = re.compile(r"(?<![\w'’])(" + L.alt(words) + r")(?=[\s\u00a0]+(?:" + L.alt(units) + r")(?![\w]))")
    lead = re.compile(
        r"(?<![\w])(?:"
        + L.alt(table_of(lang, "SPAN_LEADS"))
        + r")[\s\u00a0]+(?:(?:"
        + L.alt(table_of(lang, "SOLE_WORDS"))
        + r")[\s\u00a0]+)?$"
    )
    return told, lead, words


def detect_wordless_durations(ctx: Context) -> None:
    """An article that is "one", or words of a few, before a unit of time, right after a word that makes it a
    span ("for", "während", "pendant", "durante", "lasted", "dauerte"), is a duration as its figure would be
    (measures.framed_count: "for more than a year" is over a year, "a few minutes" two to nine); elsewhere
    "a year ago" is a point in time and "$10 a year" a rate, no duration."""
    told, lead, words = _rx(ctx.lang)
    taken = [(c.start, c.end) for c in ctx.claims]
    for m in told.finditer(ctx.low):
        low, high = words[L.table_key(m.group(1))]
        n = round_number(ctx.text, ctx.low, m.start(), m.end(), float(low), float(high))
        if any(a < m.end() and n.start < b for a, b in taken):
            continue
        sent = ctx.sentence(m.start())
        if not lead.search(ctx.low, max(sent[0], n.start - 40), n.start):
            continue
        framed_count(ctx, n, sent)
