"""Ordinals of a series ("its 15th title", "son cinquième titre")."""

from __future__ import annotations

import re
from functools import cache

from .. import lexicon as L
from ..context import Context
from ..frames import frame_nouns, lemma, noun_concept, phrase_rx
from ..lang import table_of
from .match_minutes import minute_matches

_NUMERIC_ORDINAL = re.compile(r"(?<![\w.,])(\d{1,3})(?:" + L.alt(L.ORDINAL_SUFFIXES) + r")(?=[\s\u00a0])")


def _in_date(ctx: Context, pos: int) -> bool:
    """ "am 28. April", "on December 2.": the day of a date, not a place in a series."""
    return any(d.end > pos for d in ctx.dates_between(pos - DAY_REACH, pos + 1))


_FIGURE = re.compile(r"\d")
DAY_REACH = 12  # characters from a date's start to its day at most ("Wednesday, 28. April")


_NEXT_WORDS = re.compile(r"(?:[\s\u00a0]+([^\W\d_][\w'’-]*)){1,3}")


@cache
def _determiner_rx(lang: str) -> re.Pattern:
    """An article or possessive right before an ordinal ("the", "its", "Boeing's", "sa", "du", "el", "zum"): the
    ordinal heads a noun phrase, no position an actor comes in ("comme deuxième force", "en quatrième position")."""
    words = [w for t in ("ARTICLES", "POSSESSIVES", "ARTICLE_CONTRACTIONS") for w in table_of(lang, t)]
    glued = [w for w in words if not w[-1].isalpha()] + list(table_of(lang, "POSSESSIVE_ENDINGS"))  # "l'", "Boeing's"
    opens = [r"(?<![\w'’])(?:" + L.alt(w for w in words if w[-1].isalpha()) + r")[\s\u00a0]+"]
    if glued:
        opens.append(r"(?:" + L.alt_any_apostrophe({w.replace("’", "'") for w in glued}) + r")[\s\u00a0]*")
    return re.compile(r"(?:" + "|".join(opens) + r")$")


SERIES = "series"  # a claim's extra key: the series an ordinal ranks ("titles" of "his fifth title")


# concepts one series is ranked by: a victory is told as the nth title, win or time ("15. Titel", "15. Sieg", "15th
# time"); "the 15th time" names no series of its own, it places the story's event in whichever it belongs to
_SERIES_OF = {"wins": "titles", "times": None}


def _series(words: list[str], lang: str, stops) -> str | None:
    """What the words after an ordinal rank: the series of the noun they name (SERIES_NOUNS, which no count frames,
    before FRAME_NOUNS: "troisième mandat" ranks terms, "trois mandats" counts seats), read up to a stopword; of two
    nouns in a row the later heads ("fourth major final", "fifth Grand-Slam-Titel")."""
    found = None
    for w in words:
        if w in stops:
            break
        concept = _series_noun(w, lang) or noun_concept(w, lang)
        if concept:
            found = concept
        elif found:
            break
    return _SERIES_OF.get(found, found)


def _series_noun(word: str, lang: str) -> str | None:
    nouns = table_of(lang, "SERIES_NOUNS")
    return nouns.get(word) or nouns.get(lemma(word, lang or "en"))


_SMALL_RANKS = 200  # a German "300." ends a sentence as often as it places; above, only a word after it tells
_RANKS = 1000  # years are no places in a series


def detect_ordinals(ctx: Context) -> None:
    """ "its 15th title", "zum 15. Mal", "son cinquième titre", "la octava vez": the place of the story's event
    in a series. Compared only for agreement (weak): two ordinals in one story are often of two series."""
    nouns = frame_nouns(ctx.lang)
    found = {m.start(): (m.end(), int(m.group(1))) for m in _NUMERIC_ORDINAL.finditer(ctx.low)}
    found |= {start: (end, rank) for start, end, rank in ctx.word_ordinals}
    for start, end, value in ctx.spelled_ordinals:  # "decimoquinta", "dreiundzwanzigste"
        found.setdefault(start, (end, value))
    stops, stages, determiner = (
        table_of(ctx.lang, "STOPWORDS"),
        phrase_rx("ELECTION_STAGES", ctx.lang),
        _determiner_rx(ctx.lang),
    )
    minutes = {s for s, _, _ in minute_matches(ctx)}
    for start, (o_end, value) in sorted(found.items()):
        if start in minutes or not 1 < value < _RANKS or _in_date(ctx, start):
            continue
        sent = ctx.sentence(start)
        # what the ordinal places, named before any other figure: "third place with 143 seats" places no seats
        after = _FIGURE.split(ctx.low[o_end : min(sent[1], o_end + 40)], maxsplit=1)[0]
        words = re.findall(r"[^\W\d_][\w'’-]*", after)[:3]
        if value >= _SMALL_RANKS and not words:
            continue
        capital = re.match(r"[\s\u00a0]+[A-ZÀ-Ý]", ctx.text[o_end : o_end + 3])
        # the ordinal heads a noun phrase: "the 16th outbreak", "sa huitième épidémie", "el decimosexto brote"
        # (German nouns are capitalised: "der 267. Papst"); "la segunda vuelta" names an election's stage, which
        # its figures carry, no place in a series
        heads = (
            bool(words)
            and words[0] not in stops
            and re.match(r"[\s\u00a0]+" + re.escape(words[0]), after)
            and determiner.search(ctx.low, max(sent[0], start - 20), start)
            and not stages.match(ctx.low, start)
        )
        tabled = capital or any(w in nouns for w in words)
        if not (tabled or heads):
            continue
        end = o_end
        for w in words:
            i = ctx.low.find(w, end)
            end = i + len(w)
            if w in nouns:
                break
        else:
            end = o_end
        series = _series(words, ctx.lang, stops)
        ctx.add(
            "count",
            "ordinal",
            "",
            {"low": float(value), "high": float(value), "qualifier": "exact", "unit": "ordinal"},
            start,
            end,
            0.5,
            sent,
            weak=True,
            **({SERIES: series} if series else {}),
            # a series no table names (or a rank in the hundreds): too loose to tell which event a report is of
            **({} if tabled and value < _SMALL_RANKS else {"series_untold": True}),
        )
