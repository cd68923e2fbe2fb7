"""Records: a superlative or a first said to stand in all history ("the first American pontiff in history",
"le premier souverain pontife nord-américain de l'Histoire", "der höchste Endspielerfolg ... überhaupt", "el
“mayor apagón informático” de la historia"), and a first of its kind: a first whose kind a demonym or a kind word
names ("the first commercial spacewalk mission", "der erste US-Amerikaner als Papst", "la première sanction
européenne", "la primera caminata espacial privada"); a first of a series ("the first round") is none."""

from __future__ import annotations

import re
from functools import cache

from .. import lexicon as L
from ..context import Context
from ..entities import is_demonym
from ..lang import table_of

_MAX_WORDS = 6  # words between the superlative and "in history": its noun and what it is of
_KIND_REACH = 3  # words after a first among which its kind is named: "le premier souverain pontife nord-américain"
_RECORD = {"ordinal": 1, "of_total": None, "category": "record", "scope": "history"}
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@cache
def _record_rx(lang: str) -> re.Pattern:
    return re.compile(
        r"(?<![\w])(?:"
        + L.alt(table_of(lang, "RECORD_OPENERS"))
        + r")(?:[\s\u00a0]+[^\s\u00a0.;:!?]+){0,"
        + str(_MAX_WORDS)
        + r"}?[\s\u00a0]+(?:"
        + L.alt_any_apostrophe(table_of(lang, "RECORD_SCOPES"))
        + r")(?![\w])"
    )


@cache
def _first_rx(lang: str) -> re.Pattern:
    """A first (ORDINALS of 1) and the words after it in its clause, among which its kind is named."""
    firsts = [word for word, rank in table_of(lang, "ORDINALS").items() if rank == 1]
    return re.compile(
        r"(?<![\w])(?:" + L.alt(firsts) + r")((?:[\s\u00a0]+[^\W\d_][\w'’-]*){1," + str(_KIND_REACH) + r"})"
    )


@cache
def _title_rx(lang: str) -> re.Pattern:
    """A role's title a first opens ("premier ministre", "primer ministro"): a title, not a first of its kind."""
    return re.compile(r"(?:" + L.alt(table_of(lang, "ROLE_WORDS")) + r")(?![\w])")


def _names_a_kind(word: str, lang: str) -> bool:
    """ "American", "US-Amerikaner", "européenne", "privada": a people's or a kind's word."""
    return word.lower() in table_of(lang, "RECORD_KINDS") or any(is_demonym(part) for part in word.split("-"))


def _firsts_of_a_kind(ctx: Context, taken: set[int]):
    """(start, end) of each first of its kind: from the first to the word that names its kind. The first of a kind
    of organisation is the largest ("le premier constructeur européen"), a rank by size, not a first."""
    organisations = table_of(ctx.lang, "ORGANISATION_NOUNS")
    for m in _first_rx(ctx.lang).finditer(ctx.low):
        if m.start() in taken or _title_rx(ctx.lang).match(ctx.low, m.start()):
            continue
        words = list(_WORD.finditer(ctx.text, m.start(1), m.end(1)))
        at = next((i for i, w in enumerate(words) if _names_a_kind(w[0], ctx.lang)), None)
        if at is not None and not any(w[0].lower() in organisations for w in words[:at]):
            yield m.start(), words[at].end()


def detect_records(ctx: Context) -> None:
    """A record is said of the story's event or of what it names; the same record told in two languages has
    no subject both would name, so records are one weak claim of the story: they agree, never conflict."""
    taken = set()
    for m in _record_rx(ctx.lang).finditer(ctx.low):
        sent = ctx.sentence(m.start())
        if m.end() > sent[1]:
            continue
        taken.add(m.start())
        ctx.add("ranking", "ranking.record", "", dict(_RECORD), m.start(), m.end(), 0.5, sent, weak=True)
    for start, end in _firsts_of_a_kind(ctx, taken):
        ctx.add("ranking", "ranking.record", "", dict(_RECORD), start, end, 0.5, ctx.sentence(start), weak=True)
