"""What a bare number measures: its value, the unit noun after it, the frame around it (counts, rate changes)."""

from __future__ import annotations

import re
from functools import cache

from .. import lexicon as L
from ..compare import SECOND
from ..concepts import PART, concept_of
from ..context import Context
from ..frames import CHANGES, EVENT_CONCEPTS, asked_slot, frame_nouns, frame_of_number, qualifiers
from ..lang import language, merged
from ..money import attach_currency
from ..numbers import is_number_word, step_of
from .match_minutes import minute_matches
from .shared import PCT_CUES, frame_subject, next_word
from .suspended_sentences import suspended_or_not


def num_value(n, unit: str, lang: str = "") -> dict:
    value = {"low": n.low, "high": n.high, "qualifier": n.qualifier, "unit": unit}
    step = step_of(n, lang) if unit != "currency" else None
    if step:
        value["step"] = step
    return value


PCT = re.compile(r"[\s\u00a0]?(%|" + L.alt(L.PERCENT_WORDS) + r")(?![\w])")
UNIT_FORMS = {f: k for k, fs in L.UNIT_NOUNS.items() for f in fs}
UNIT_AFTER = re.compile(
    r"((?:[\s\u00a0-]+(?!(?:"
    + L.alt(UNIT_FORMS)
    + r")\b)[\w’'-]+){0,3}?)[\s\u00a0-]+("
    + L.alt(UNIT_FORMS)
    + r")(?![\w])"
)
HIRING = re.compile(r"\b(?:" + L.alt(L.HIRING_CUES) + r")")
ONE_OF = re.compile(r"(?:" + L.alt(L.ONE_OF) + r")\s+$")


# what a unit of measure written after its number measures ("eine Minute"; not "eine Stärke von 7,5")
_UNIT_DIMENSIONS = frozenset(dimension for dimension, *_ in merged("MEASURE_UNITS").values())
_PERSON_UNIT_NOUNS = frozenset(L.UNIT_NOUNS["people"]) - frozenset(L.EMPLOYEE_NOUNS)
_OWNED_NOUNS = frozenset(UNIT_FORMS) - _PERSON_UNIT_NOUNS


def counts_something(ctx: Context, n, sent) -> bool:
    """Whether a unit or counted noun after a number, or its frame, says what the number counts."""
    u = UNIT_AFTER.match(ctx.low, n.end)
    return (
        bool(u and u.end() <= sent[1])
        or frame_of_number(
            ctx.low, ctx.lang, n.start, n.end, sent, skip_nouns=_OWNED_NOUNS, more_persons=_PERSON_UNIT_NOUNS
        )
        is not None
    )


def next_money(ctx: Context, i: int, sent):
    """The amount with a written currency that follows number i in its sentence, if any."""
    for n in ctx.nums[i + 1 : i + 4]:
        if n.num_start >= sent[1]:
            break
        m = attach_currency(ctx.text, ctx.low, n, ctx.bare_currency)
        if m is not None:
            return m
    return None


def next_word_end(ctx: Context, n) -> int:
    m = next_word(ctx.low, n.end)
    return m.end() if m else -1


def _noun_pair_end(ctx: Context, n) -> int:
    """Where the two words after a number end when together they are a noun the frames know ("chefs d'accusation",
    "suppressions d'emplois"); -1 otherwise ("dos principales partidos" counts no "principales")."""
    first = next_word(ctx.low, n.end)
    second = next_word(ctx.low, first.end()) if first else None
    if second is None:
        return -1
    pair = " ".join(ctx.low[first.start() : second.end()].split()).replace("’", "'")
    return second.end() if pair in frame_nouns(ctx.lang) else -1


def counts_next_word(ctx: Context, n) -> bool:
    """A number word that is also a common word ("sept", "dos", "six") counts only the word right after it,
    only where it is a number in the text's language, and never as "one" (an article: "un homme")."""
    return (n.low or 0) > 1 and is_number_word(n.raw.lower(), ctx.lang) and next_word_end(ctx, n) > 0


def framed_count(ctx: Context, n, sent) -> bool:
    """A number whose frame (lang tables, frames.py) says what it counts or measures: casualties, seats,
    goals, sentences, magnitudes... Counted nouns of the business vocabulary stay with the unit rules."""
    ambiguous = n.is_word and n.raw.lower() in L.AMBIGUOUS_NUMBER_WORDS
    # "une heure", "eine Minute", "a una hora": an article right before a unit of measure is one of that unit
    one_unit = ambiguous and n.low == 1
    if ambiguous and not one_unit and not counts_next_word(ctx, n):
        return False
    if any(s == n.num_start for s, _, _ in minute_matches(ctx)):
        return True  # a match minute (detect_match_minutes)
    fr = frame_of_number(
        ctx.low, ctx.lang, n.start, n.end, sent, skip_nouns=_OWNED_NOUNS, more_persons=_PERSON_UNIT_NOUNS
    )
    if (fr is None or not fr.measured) and not ambiguous and _unitless_age(ctx, n, sent):
        return True
    if fr is None or (one_unit and fr.unit not in _UNIT_DIMENSIONS):
        return False
    if ambiguous and fr.end not in (next_word_end(ctx, n), _noun_pair_end(ctx, n)):
        # "sept minutes", "neuf mois", "sept chefs d'accusation" (a noun of two words) measure or count; "sept" a
        # few words from a predicate says nothing
        return False
    if fr.unit == "rate_change" or (fr.concept == "points" and (_fractional(n) or _about_rates(ctx, sent))):
        _rate_points(ctx, n, fr, sent)
        return True
    if _inside_last_measure(ctx, n):
        return True  # "six months" of "eight years and six months": already part of that duration
    value = num_value(n, fr.unit, ctx.lang)
    end, more, finest = fr.end, 0.0, fr.factor
    if fr.measured and fr.unit == "duration":
        end, more, finest = _and_smaller(ctx, n, fr, sent)
    if fr.factor != 1.0 or more:
        step = value.pop("step", None)
        if step and fr.unit == "duration" and fr.factor <= SECOND and not more:
            value["step"] = step * fr.factor  # "9.79 seconds" is told to the hundredth: "9.784" rounds to it
        value["low"] = n.low * fr.factor + more if n.low is not None else None
        value["high"] = n.high * fr.factor + more if n.high is not None else None
    if fr.measured and fr.unit == "duration" and not more:
        value["said_in"] = fr.factor  # days of the unit it is told in: "seven weeks" is a span of weeks (compare.py)
    elif fr.measured and fr.unit == "duration" and finest < fr.factor:
        value["said_in"] = value["step"] = finest  # "2 hours 51 minutes" is told to the minute: "2:51:40" is within
    if fr.concept in EVENT_CONCEPTS:
        value["point"] = True  # tolls grow: "at least 62" is what was known, not a bound on later counts
    extra = qualifiers(ctx.low, ctx.lang, n.start, n.end, sent, fr.concept)
    if fr.weak:
        extra["weak"] = True
    if fr.part:
        extra["part"] = PART  # "256 of the victims", "12 des morts": some of a group, never its size told otherwise
    kind = "measure" if fr.measured else "count"
    slot, extra = suspended_or_not(ctx, asked_slot(fr.concept, extra), extra, (n.start, n.end), sent)
    ctx.add(
        kind,
        slot,
        frame_subject(ctx, fr.concept, n.start, sent, end),
        value,
        n.start,
        end,
        0.5 if fr.weak else 0.85,
        sent,
        **extra,
    )
    return True


# "aged 72", "aged just 19", "between the ages of 27 and 74": a word of age right before a number with no unit after it
_AGE_LEAD = re.compile(
    r"(?<![\w])(?:" + L.alt(merged("AGE_BEFORE_WORDS")) + r")[\s\u00a0]+"
    r"(?:(?:" + L.alt(merged("AGE_FOCUS_WORDS")) + r")[\s\u00a0]+)?$"
)
_AGE_RANGE_TO = re.compile(r"[\s\u00a0]+(?:" + L.alt(L.NUMBER_RANGE_JOINERS) + r")[\s\u00a0]+")


# "Combs, 55, of", "Sean Combs (55)": a whole number set off after a name, nothing else in its commas or brackets
_NAME_BEFORE = re.compile(r"[^\W\d_][\w’'-]*(?:,|[\s\u00a0]\()[\s\u00a0]*$")
_NAME_CLOSE = {",": ",", "(": ")"}


def _set_off_after_name(ctx: Context, n) -> bool:
    """A whole number right after a name and a comma or an opening bracket, closed right after it by the same
    mark, is the named person's age in every language ("acquitted Combs, 55, of", "Combs (55)")."""
    lead = _NAME_BEFORE.search(ctx.text, max(0, n.start - 40), n.start)
    if not lead or n.low != n.high or n.low != int(n.low) or not ctx.text[lead.start()].isupper():
        return False
    return ctx.text[n.end : n.end + 1] == _NAME_CLOSE[lead.group(0).rstrip()[-1]]


_WHOLE_IN_BRACKETS = re.compile(r"\([\s\u00a0]*\d+[\s\u00a0]*\)")


def _results_in_brackets(ctx: Context, sent) -> bool:
    """Whole numbers in brackets right after two names at least, one of them an organisation's, are a list of
    results ("the AD (76), PS (74) and Chega (46)", "Real (86), Barça (76)"; detect/bare_figures.listed_results
    reads what they count), no ages: a list of ages names people ("Trump (78) and Biden (81)")."""
    named = []
    for m in _WHOLE_IN_BRACKETS.finditer(ctx.text, *sent):
        before = ctx.ents_between(sent[0], m.start())
        if before and not ctx.text[before[-1].end : m.start()].strip():
            named.append(before[-1])
    return len(named) >= 2 and any(e.type == "org" for e in named)


def _unitless_age(ctx: Context, n, sent) -> bool:
    """A number a word of age opens and no unit follows is an age ("men aged 27 to 74", "Pelicot, aged 72"),
    with the second bound of "the ages of 27 and 74"; whatever the sentence says befell them. So is a number set
    off after a name ("Combs, 55,"), unless it is one of a list of results in brackets."""
    if n.low is None or not 0 < n.low < 130:
        return False
    if not _AGE_LEAD.search(ctx.low, max(sent[0], n.start - 30), n.start) and (
        not _set_off_after_name(ctx, n) or _results_in_brackets(ctx, sent)
    ):
        return False
    value, end = num_value(n, "age", ctx.lang), n.end
    joined = _AGE_RANGE_TO.match(ctx.low, n.end) if n.qualifier == "exact" else None
    upper = joined and next((m for m in ctx.nums if m.start == joined.end()), None)
    if upper is not None and upper.qualifier == "exact" and n.low < upper.low < 130:
        value.update(high=upper.high, qualifier="range")
        value.pop("step", None)
        end = upper.end
    ctx.add("count", "age", frame_subject(ctx, "age", n.start, sent, end), value, n.start, end, 0.85, sent)
    return True


@cache
def _and_rx(lang: str) -> re.Pattern:
    """What joins the parts of one duration: "and", a comma, a comma and "and", or nothing ("2 hours 51 minutes")."""
    return re.compile(r"[\s\u00a0]*,?[\s\u00a0]+(?:(?:" + L.alt(language(lang).AND_WORDS) + r")[\s\u00a0]+)?")


@cache
def _half_rx(lang: str) -> re.Pattern:
    return re.compile(r"[\s\u00a0]+(?:" + L.alt(language(lang).HALF_AFTER) + r")(?![\w])")


def _and_smaller(ctx: Context, n, fr, sent) -> tuple[int, float, float]:
    """(end, days to add, days of the finest unit) of a duration told in several units or with a half: "eight years
    and six months", "acht Jahre und sechs Monate", "deux ans et demi", "dos años y medio" are one sentence of 8.5
    or 2.5 years; "two hours, nine minutes, and 56 seconds", "2 heures 51 minutes et 40 secondes", "3 Stunden und 45
    Minuten" one time told to its last unit (each part in a finer unit than the one before)."""
    half = _half_rx(ctx.lang).match(ctx.low, fr.end)
    if half and half.end() <= sent[1]:
        return half.end(), 0.5 * fr.factor, fr.factor
    end, more, unit = fr.end, 0.0, fr.factor
    while joined := _and_rx(ctx.lang).match(ctx.low, end):
        nxt = next((m for m in ctx.nums if m.start == joined.end()), None)
        if not nxt or nxt.low is None or nxt.low != nxt.high:
            break
        smaller = frame_of_number(ctx.low, ctx.lang, nxt.start, nxt.end, sent)
        if smaller is None or not smaller.measured or smaller.unit != "duration" or smaller.factor >= unit:
            break
        end, more, unit = smaller.end, more + nxt.low * smaller.factor, smaller.factor
    return end, more, unit


def _inside_last_measure(ctx: Context, n) -> bool:
    last = ctx.claims[-1] if ctx.claims else None
    return last is not None and last.kind == "measure" and last.start < n.start < last.end


RATE_CHANGE = "rate_change"


def _fractional(n) -> bool:
    """ "0.25 points", "0,2 Punkte": a score is counted in whole points; a share or a rate moves by fractions."""
    return n.low is not None and n.low == n.high and n.low != int(n.low)


def _about_rates(ctx: Context, sent) -> bool:
    """A sentence about rates or shares (a percentage, or a word that names one: "interest rate", "Inflation",
    "taux directeurs"): its bare "points" are percentage points ("cut by 0.25 points", "0,25 puntos")."""
    if PCT.search(ctx.low, sent[0], sent[1]):
        return True
    cues = (L.table_key(m.group(0)) for m in PCT_CUES.rx.finditer(ctx.low, sent[0], sent[1]))
    return any(cue not in L.PERCENT_VERB_CUES and concept_of(PCT_CUES.stems[cue]) not in CHANGES for cue in cues)


def _rate_points(ctx: Context, n, fr, sent) -> None:
    """Percentage points and basis points are one figure in one unit: a percentage in points (basis points /
    100), "25 basis points" = "0,25 Prozentpunkte" = "0,25 point" = "25 puntos básicos"."""
    value = num_value(n, "pp", ctx.lang)
    value.pop("step", None)
    value["low"] = n.low * fr.factor if n.low is not None else None
    value["high"] = n.high * fr.factor if n.high is not None else None
    subject = frame_subject(ctx, RATE_CHANGE, n.start, sent)
    ctx.add(
        "percent",
        RATE_CHANGE,
        subject,
        value,
        n.start,
        fr.end,
        0.8,
        sent,
        **qualifiers(ctx.low, ctx.lang, n.start, n.end, sent),
    )
