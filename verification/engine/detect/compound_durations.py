"""Durations written as one word with their number: German "fünfjährigen Unwählbarkeit", "rund einstündigen
Testflug", "zweitägige Treffen", "ein 11-minütiges Video" (the number word glued, or the digits joined by a
hyphen, to an adjective of a unit of time)."""

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
        r"(?<![\w-])(?:("
        + L.alt(numbers)
        + r")|(\d+)-)("
        + L.alt(table.DURATION_ADJECTIVES)
        + r")(?:e|en|er|es|em)?(?![\w-])"
    )


def glued_duration(word: str, lang: str) -> bool:
    """Whether a word joined to digits by a hyphen is an adjective of a unit of time ("11-minütiges"): the
    duration this detector reads, not a thing counted."""
    rx = _compound_rx(lang) if lang in LANGUAGES else None
    return rx is not None and rx.fullmatch("1-" + word) is not None


def detect_compound_durations(ctx: Context) -> None:
    rx = _compound_rx(ctx.lang) if ctx.lang in LANGUAGES else None
    if rx is None:
        return
    table = language(ctx.lang)
    for m in rx.finditer(ctx.low):
        word, digits, adjective = m.groups()
        count, days = table.NUMBER_WORDS[word] if word else int(digits), table.DURATION_ADJECTIVES[adjective]
        sent = ctx.sentence(m.start())
        if days == _AGE_DAYS and (digits or _of_a_person(ctx, m.end(), sent)):
            continue  # "41-jährige" is an age wherever it stands: the frames read it (MEASURE_UNITS)
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
