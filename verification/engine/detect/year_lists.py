"""Years: lists of years ("in 2012, 2016 and 2020") and a year alone ("in 1994", "the 2016 election")."""

from __future__ import annotations

import re

from .. import lexicon as L
from ..context import Context

_YEAR = r"(?:1[89]|20)\d\d"
_AND = L.alt(L.AND_WORDS)
_YEAR_LIST = re.compile(
    rf"(?<![\w.,/-]){_YEAR}(?:(?:[\s\u00a0]*,[\s\u00a0]*(?:(?:{_AND})[\s\u00a0]+)?|[\s\u00a0]+(?:{_AND})[\s\u00a0]+)"
    rf"{_YEAR}(?![\w%]|[.,]\d)){{2,}}"
)
_YEAR_ONLY = re.compile(_YEAR)


def detect_year_lists(ctx: Context) -> None:
    """ "in 1964, 2008 and 2012", "1964, 2008 und 2012", "en 1964, 2008 et 2012": the years of a series (earlier
    titles, elections, editions), a list claim compared as a set, whatever the words around it."""
    for m in _YEAR_LIST.finditer(ctx.low):
        years = sorted(set(_YEAR_ONLY.findall(m.group(0))))
        if len(years) < 3:
            continue
        sent = ctx.sentence(m.start())
        ctx.add(
            "list",
            "years",
            ctx.subject_for(m.start(), sent),
            {"items": years, "declared_count": None},
            m.start(),
            m.end(),
            0.6,
            sent,
        )


def detect_years(ctx: Context) -> None:
    """A year no other claim holds ("won the world title in 1994", "wie schon 2013", "la elección presidencial de
    2016"): when something in the story's background happened, compared for agreement only (weak), so the same
    year in two reports meets and two years never conflict."""
    held = [(c.start, c.end) for c in ctx.claims if c.kind != "quote"]
    filed = list(ctx.datelines.items())
    for d in ctx.dates:
        if d.value.get("granularity") != "year" or d.value.get("qualifier") or not d.value.get("resolved"):
            continue
        if any(a < d.end and d.start < b for a, b in held) or any(s <= d.start < e for s, e in filed):
            continue
        ctx.add("date", "year.date", "", d.value, d.start, d.end, 0.3, ctx.sentence(d.start), weak=True)
