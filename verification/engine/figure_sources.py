"""Who a count is told as the count of: the qualifier "by whom" of a figure.

A crowd or a toll told as one side's count ("80,000 according to the police", "250 000 selon les organisateurs",
"laut Polizei", "según los sindicatos") is that side's figure: the police's and the organisers' counts are two
facts, not one conflict (align: a qualifier a figure naming none joins, as a report that names no source may give
either side's figure). The sides are few and general (FIGURE_SOURCES: the officials' count, the organisers'); a
source the tables do not know leaves the figure as it was.
"""

from __future__ import annotations

import re
from functools import cache

from .frames import phrase_rx, phrase_value, phrases_around
from .lang import known_code, table_of
from .lexicon import alt

BY_WHOM = "by_whom"
_BEFORE = 90  # characters before a figure within which its sentence names who counted it ("Die Polizei ging von ...")
_AFTER = 80  # ... and after it, behind a link ("..., selon le ministère de l'Intérieur", "dijo la policía")
_OPENING = 25  # a source this near its sentence's start, with no comma or number before it, is the sentence's speaker
_LINK_REACH = 2  # words (articles, "estimaciones") that may stand between a link and the source it hands a figure to
_BREAK = re.compile(r"[;()\[\]–—]")  # a source across these is another clause's
_DIGIT = re.compile(r"\d")


@cache
def _and_or_rx(lang: str) -> re.Pattern:
    words = [*table_of(lang, "AND_WORDS"), *table_of(lang, "OR_WORDS")]
    return re.compile(r"(?<![\w])(?:" + alt(words) + r")(?![\w])")


def _other_figure_between(low: str, lang: str, end: int, source: int) -> bool:
    """Whether another figure stands between a figure and the source named after it, other than the second of a
    pair the sentence gives as one telling ("al menos 60.000 personas y potencialmente hasta 100.000, dijo la
    policía"): "80 000 manifestants, contre 250 000 selon les organisateurs" hands the organisers the 250 000 only."""
    digit = _DIGIT.search(low, end, source)
    if digit is None:
        return False
    lead = low[end : digit.start()]
    return "," in lead or not _and_or_rx(lang).search(lead)


@cache
def _link_rx(lang: str) -> re.Pattern:
    """A link or a verb of saying right before a source, a word or two between ("selon le", "dijo la", "según
    estimaciones"), read at the end of the text between a figure and its source."""
    words = [*table_of(lang, "FIGURE_SOURCE_LINKS"), *table_of(lang, "SPEECH_VERBS")]
    return re.compile(r"(?<![\w])(?:" + alt(words) + r")(?:\s+[\w'’]+){0," + str(_LINK_REACH) + r"}\s*['’]?$")


def by_whom(low: str, lang: str, start: int, end: int, sent: tuple[int, int]) -> dict:
    """{BY_WHOM: side} for a count its sentence tells as one side's (FIGURE_SOURCES), else {}.

    The source is, first, one named after the figure behind a link or a verb of saying with no other number between
    ("un million revendiqué par ...", "100.000 personas, dijo la policía", "según estimaciones policiales"); else
    the nearest one before it in its clause ("Die Polizei ging von mindestens 80.000 ... aus", "the organisers said
    50,000"), across a comma only where it opens the sentence ("According to the organizers, up to 200,000"). A
    figure's own noun is no source ("26 policiers blessés"): a source after the figure needs its link."""
    code = known_code(lang)
    before, after = phrases_around("FIGURE_SOURCES", code, low, (start, end), sent, (_BEFORE, _AFTER))
    m = _source_after(low, code, end, after) or _source_before(low, code, start, sent, before)
    return {BY_WHOM: phrase_value("FIGURE_SOURCES", code, m)} if m else {}


def _source_after(low: str, lang: str, end: int, after: list[re.Match]) -> re.Match | None:
    """The nearest source after a figure (of the sources ``after`` it), where a link hands it the figure
    (:func:`by_whom`)."""
    if not after:
        return None
    m = after[0]
    between = low[end : m.start()]
    if _BREAK.search(between) or _other_figure_between(low, lang, end, m.start()) or not _link_rx(lang).search(between):
        return None
    return m


def _source_before(low: str, lang: str, start: int, sent: tuple[int, int], before: list[re.Match]) -> re.Match | None:
    """The nearest source before a figure (of the sources ``before`` it) in its clause, or opening its sentence
    (:func:`by_whom`)."""
    if not before:
        return None
    m, between = before[-1], low[before[-1].end() : start]
    if _BREAK.search(between) or ("," in between and not _opens(low, lang, sent[0], m)):
        return None
    return m


def _opens(low: str, lang: str, sent_start: int, m: re.Match) -> bool:
    """Whether a source opens its sentence as its speaker, so that it holds across a comma: a few words before it, no
    comma or number, and a lead before it or a comma right after it ("According to the organizers, up to ...", "The
    police, however, speak of ..."); not "Eleven police officers were injured, 26 ..."."""
    before = low[sent_start : m.start()]
    if len(before) > _OPENING or re.search(r"[,\d]", before):
        return False
    return low.startswith(",", m.end()) or phrase_rx("SPEECH_VERBS", lang).search(before) is not None
