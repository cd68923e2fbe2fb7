"""Durations written as one word with their number: German "fünfjährigen Unwählbarkeit", "rund einstündigen
Testflug", "zweitägige Treffen" (the number word glued to an adjective of a unit of time)."""

from __future__ import annotations

import re
from functools import cache

from .. import lexicon as L
from ..context import Context
from ..frames import person_noun_end
from ..lang import LANGUAGES, language
from .shared import frame_subject

_AGE_DAYS = 365.25  # "fünfjährige" before a person is their age (the frames read it so), not a duration


@cache
def _compound_rx(lang: str) -> re.Pattern | None:
    table = language(lang)
    if not table.DURATION_ADJECTIVES:
        return None
    numbers = [w for w in table.NUMBER_WORDS if " " not in w]
    return re.compile(
        r"(?<![\w-])(" + L.alt(numbers) + r")(" + L.alt(table.DURATION_ADJECTIVES) + r")(?:e|en|er|es|em)?(?![\w-])"
    )


def detect_compound_durations(ctx: Context) -> None:
    rx = _compound_rx(ctx.lang) if ctx.lang in LANGUAGES else None
    if rx is None:
        return
    table = language(ctx.lang)
    for m in rx.finditer(ctx.low):
        count, days = table.NUMBER_WORDS[m.group(1)], table.DURATION_ADJECTIVES[m.group(2)]
        sent = ctx.sentence(m.start())
        if days == _AGE_DAYS and _of_a_person(ctx, m.end(), sent):
            continue
        start = m.start()
        q = _QUALIFIER_BEFORE.get(ctx.lang)
        qb = q.search(ctx.low, max(sent[0], start - 24), start) if q else None
        if qb and table.QUALIFIERS_BEFORE[L.table_key(qb.group(1))] == "about":  # "rund einstündigen"
            value = {"low": count * days, "high": count * days, "qualifier": "about", "unit": "duration"}
            start = qb.start(1)
        else:
            value = {"low": count * days, "high": count * days, "qualifier": "exact", "unit": "duration"}
        value["said_in"] = days
        subject = frame_subject(ctx, "duration", m.start(), sent)
        ctx.add("measure", "duration", subject, value, start, m.end(), 0.5, sent, weak=True)


def _of_a_person(ctx: Context, end: int, sent) -> bool:
    """A person's noun or name right after the years ("der fünfjährige Junge", "die zehnjährige Anna Müller")."""
    if person_noun_end(ctx.low, ctx.lang, end, sent) is not None:
        return True
    e = ctx.entity_at(end + len(ctx.text[end:]) - len(ctx.text[end:].lstrip()))
    return e is not None and e.type == "name"


_QUALIFIER_BEFORE = {
    code: re.compile(r"(?<![\w])(" + L.alt(language(code).QUALIFIERS_BEFORE) + r")[\s\u00a0]+$") for code in LANGUAGES
}
