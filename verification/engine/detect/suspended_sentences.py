"""Suspended prison terms: "19 mois de prison avec sursis", "an 18-month suspended sentence", "zwei Jahre auf
Bewährung", "Bewährungsstrafe von 18 Monaten", "un año de prisión suspendida" — a sentence of its own, never the term
to be served nor the whole sentence another report gives."""

from __future__ import annotations

import re
from functools import cache

from .. import lexicon as L
from ..concepts import CEILING
from ..context import Context
from ..frames import phrase_rx
from ..lang import table_of

SUSPENDED = "sentence.suspended"
SUSPENDED_KEY = "suspended"  # the qualifier align keeps apart (QUALIFIERS), as a part or an addition is
_AFTER = 40  # characters after a term within which its clause says it is suspended ("18 mois de prison avec sursis")
_BREAK = re.compile(r"[;:()\[\]\"“”«»]")


@cache
def _noun_end_rx(lang: str) -> re.Pattern:
    """The suspended sentence's words right before its term, "of" between at most ("Bewährungsstrafe von")."""
    words, of = table_of(lang, "SUSPENDED_SENTENCE_WORDS"), table_of(lang, "OF_WORDS")
    return re.compile(r"(?<![\w])(?:" + L.alt(words) + r")(?:\s+(?:" + L.alt(of) + r"))?\s*$")


def _suspended(ctx: Context, start: int, end: int, sent: tuple[int, int]) -> bool:
    """Suspended words after the term in its clause with no other figure between ("trois ans dont deux avec sursis":
    the two are), or the suspended sentence's noun right before it."""
    if _noun_end_rx(ctx.lang).search(ctx.low, max(sent[0], start - 30), start):
        return True
    words = phrase_rx("SUSPENDED_SENTENCE_WORDS", ctx.lang).search(ctx.low, end, min(sent[1], end + _AFTER))
    if words is None or _BREAK.search(ctx.low, end, words.start()):
        return False
    return not any(end <= n.start < words.start() for n in ctx.nums)


def suspended_or_not(ctx: Context, slot: str, extra: dict, span: tuple[int, int], sent: tuple[int, int]):
    """(slot, extra) of a figure: a prison term imposed (not the most the law allows) that its words say is suspended
    is the suspended sentence, its stage "suspended" (align keeps a stage apart from a figure naming none, as a
    sentence asked for is); any other figure stays as it is."""
    if slot != "sentence" or CEILING in extra or not _suspended(ctx, span[0], span[1], sent):
        return slot, extra
    return SUSPENDED, {**extra, SUSPENDED_KEY: True}
