"""Claim detectors, one per kind. Each reads a Context and adds Claims to it.

Rules are about the languages (cue words in lang/<code>.py, joined by lexicon.py), never about particular articles. A value
with no cue that says what it measures (a bare number, a bare percentage) is not a claim: it would
only create false facts and false conflicts downstream.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import replace
from datetime import date
from functools import cache

from . import lexicon as L
from .concepts import concept_of
from .context import Context
from .entities import Entity, item_key, place_key
from .frames import (
    CHANGES,
    EVENT_CONCEPTS,
    PERSONAL_CONCEPTS,
    RESULT_CONCEPTS,
    cumulative,
    figure_role,
    frame_nouns,
    frame_of_number,
    has_score_cue,
    nearest_change,
    qualifiers,
    score_cue_rx,
)
from .gazetteer import SECTORS
from .lang import LANGUAGES, language, merged
from .money import as_conversion, attach_currency, carried_currency, conversion_entry, is_conversion, money_value
from .numbers import is_number_word, spelled_ordinals, step_of

MULTI = {"multi_valued": True}


def _cue_index(table):
    stems = {}
    for slot, words in table:
        for w in words:
            stems.setdefault(" ".join(w.split()), slot)
    rx = re.compile(r"(?<![\w])(?:" + L.alt(stems) + r")")
    return rx, stems


_MONEY_CUES = _cue_index(L.MONEY_SLOTS)
_PCT_CUES = _cue_index(L.PERCENT_SLOTS)


YIELDING = 1000.0  # added to a verb cue's distance: any cue in reach that names the figure says more


def _nearest_cue(
    ctx: Context, cues, start: int, end: int, sent, before: int = 90, after: int = 45, skip: frozenset = frozenset()
):
    rx, stems = cues
    a, b = max(sent[0], start - before), min(sent[1], end + after)
    best = None
    cands = []
    for m in rx.finditer(ctx.low, a, b):
        if stems[" ".join(m.group(0).split())] in skip:
            continue
        if start <= m.start() < end and not (end - start > 30):
            dist = 0
        elif m.end() <= start:
            dist = start - m.end()
        elif m.start() >= end:
            # a cue right after the amount is its unit ("$83.50 per share", "83,50 $ par action"): decisive
            dist = 0 if m.start() - end <= 2 else (m.start() - end) * 1.5
        else:
            dist = 0
        slot = stems[" ".join(m.group(0).split())]
        if cues is _PCT_CUES and " ".join(m.group(0).split()) in L.PERCENT_VERB_CUES:
            dist += YIELDING  # "turnout reached 84%": the noun names the figure, the verb any result
        cands.append((dist, slot, m.group(0), m.start()))
        if best is None or dist < best[0]:
            best = (dist, slot, m.group(0), m.start())
    if best is not None:
        # a more specific cue next to the chosen one refines it: "post-money valuation"
        for c in cands:
            if c[1].startswith(best[1] + ".") and abs(c[3] - best[3]) <= 30:
                best = c
                break
    return best


VERB_LAST_AFTER = {"de": 140}  # how far after an amount its cue may come, where verbs close the clause
_BRACKET = re.compile(r"[\s\u00a0]*\([^()]{1,80}\)")
# what a loss is of, when the clause names it: "a market cap loss of $600bn", "perdió 200.000 millones de su
# valor bursátil" are figures of the market value, as "wiped $589bn off its market value" is
LOSS_SLOTS = frozenset({"loss"})
LOST_VALUE_SLOTS = frozenset({"market_value", "valuation"})
_DIGITS = re.compile(r"\d")


def _money_cue(ctx: Context, m, sent):
    """The word that names an amount: the nearest cue; after a bracketed conversion ("600.000 millones de dólares
    (553.000 millones de euros) de su capitalización bursátil") the words go on after the bracket; German puts
    the verb last ("will 1,2 Milliarden Euro in ein Werk ... investieren"): look further on. A loss yields to
    the value it was of, named in the same clause."""
    after = VERB_LAST_AFTER.get(ctx.lang, 45)
    bracket = _BRACKET.match(ctx.low, m.end)
    if bracket is not None:
        after += bracket.end() - m.end
    cue = _nearest_cue(ctx, _MONEY_CUES, m.start, m.end, sent, after=after)
    if cue is None or cue[1] not in LOSS_SLOTS:
        return cue
    value = _nearest_cue(ctx, _MONEY_CUES, m.start, m.end, sent, after=after, skip=_ALL_BUT_LOST_VALUE)
    if value is None:
        return cue
    gap = (value[3], m.start) if value[3] < m.start else (m.end, value[3])
    if bracket is not None and gap[0] == m.end:
        gap = (bracket.end(), gap[1])
    return value if not _DIGITS.search(ctx.low, *gap) else cue


_ALL_BUT_LOST_VALUE = frozenset(slot for slot, _ in L.MONEY_SLOTS) - LOST_VALUE_SLOTS


def _num_value(n, unit: str, lang: str = "") -> dict:
    value = {"low": n.low, "high": n.high, "qualifier": n.qualifier, "unit": unit}
    step = step_of(n, lang) if unit != "currency" else None
    if step:
        value["step"] = step
    return value


# --- money / percent / counts ---------------------------------------------------------------------

_PCT = re.compile(r"[\s\u00a0]?(%|per\s?cent|percent|prozent|pour\s?cent|por\s?ciento|pct\.?)(?![\w])")
_UNIT_FORMS = {f: k for k, fs in L.UNIT_NOUNS.items() for f in fs}
_UNIT_AFTER = re.compile(
    r"((?:[\s\u00a0-]+(?!(?:"
    + L.alt(_UNIT_FORMS)
    + r")\b)[\w’'-]+){0,3}?)[\s\u00a0-]+("
    + L.alt(_UNIT_FORMS)
    + r")(?![\w])"
)
_HIRING = re.compile(r"\b(?:" + L.alt(L.HIRING_CUES) + r")")
_ONE_OF = re.compile(r"(?:" + L.alt(L.ONE_OF) + r")\s+$")


_PERSON_UNIT_NOUNS = frozenset(L.UNIT_NOUNS["people"]) - frozenset(L.EMPLOYEE_NOUNS)
_OWNED_NOUNS = frozenset(_UNIT_FORMS) - _PERSON_UNIT_NOUNS


def _counts_something(ctx: Context, n, sent) -> bool:
    """Whether a unit or counted noun after a number, or its frame, says what the number counts."""
    u = _UNIT_AFTER.match(ctx.low, n.end)
    return (
        bool(u and u.end() <= sent[1])
        or frame_of_number(
            ctx.low, ctx.lang, n.start, n.end, sent, skip_nouns=_OWNED_NOUNS, more_persons=_PERSON_UNIT_NOUNS
        )
        is not None
    )


def _next_money(ctx: Context, i: int, sent):
    """The amount with a written currency that follows number i in its sentence, if any."""
    for n in ctx.nums[i + 1 : i + 4]:
        if n.num_start >= sent[1]:
            break
        m = attach_currency(ctx.text, ctx.low, n, ctx.bare_currency)
        if m is not None:
            return m
    return None


_NEXT_WORD = re.compile(r"[\s\u00a0]+[^\W\d_][\w’'-]*")


def _next_word_end(ctx: Context, n) -> int:
    m = _NEXT_WORD.match(ctx.low, n.end)
    return m.end() if m else -1


def _counts_next_word(ctx: Context, n) -> bool:
    """A number word that is also a common word ("sept", "dos", "six") counts only the word right after it,
    only where it is a number in the text's language, and never as "one" (an article: "un homme")."""
    return (n.low or 0) > 1 and is_number_word(n.raw.lower(), ctx.lang) and _next_word_end(ctx, n) > 0


def _framed_count(ctx: Context, n, sent) -> bool:
    """A number whose frame (lang tables, frames.py) says what it counts or measures: casualties, seats,
    goals, sentences, magnitudes... Counted nouns of the business vocabulary stay with the unit rules."""
    if n.is_word and n.raw.lower() in L.AMBIGUOUS_NUMBER_WORDS and not _counts_next_word(ctx, n):
        return False
    if any(s == n.num_start for s, _, _ in _minute_matches(ctx)):
        return True  # a match minute (detect_match_minutes)
    fr = frame_of_number(
        ctx.low, ctx.lang, n.start, n.end, sent, skip_nouns=_OWNED_NOUNS, more_persons=_PERSON_UNIT_NOUNS
    )
    if fr is None:
        return False
    if n.is_word and n.raw.lower() in L.AMBIGUOUS_NUMBER_WORDS and fr.end != _next_word_end(ctx, n):
        return False  # "sept minutes", "neuf mois" measure; "sept" a few words from a predicate says nothing
    if fr.unit == "rate_change" or (fr.concept == "points" and (_fractional(n) or _about_rates(ctx, sent))):
        _rate_points(ctx, n, fr, sent)
        return True
    value = _num_value(n, fr.unit, ctx.lang)
    if fr.factor != 1.0:
        value.pop("step", None)
        value["low"] = n.low * fr.factor if n.low is not None else None
        value["high"] = n.high * fr.factor if n.high is not None else None
    if fr.concept in EVENT_CONCEPTS:
        value["point"] = True  # tolls grow: "at least 62" is what was known, not a bound on later counts
    extra = qualifiers(ctx.low, ctx.lang, n.start, n.end, sent)
    if fr.concept in TIMELESS_CONCEPTS:
        extra.pop("stage", None)  # "Earlier in the match, 17-year-old Lamine Yamal": the match was earlier
    if fr.weak:
        extra["weak"] = True
    kind = "count" if fr.unit in ("people", fr.concept) and fr.factor == 1.0 and fr.unit != "magnitude" else "measure"
    ctx.add(
        kind,
        fr.concept,
        _frame_subject(ctx, fr.concept, n.start, sent),
        value,
        n.start,
        fr.end,
        0.5 if fr.weak else 0.85,
        sent,
        **extra,
    )
    return True


RATE_CHANGE = "rate_change"
# figures a story does not see change, so no word of time makes one an earlier figure: a person's age
TIMELESS_CONCEPTS = frozenset({"age"})


def _fractional(n) -> bool:
    """ "0.25 points", "0,2 Punkte": a score is counted in whole points; a share or a rate moves by fractions."""
    return n.low is not None and n.low == n.high and n.low != int(n.low)


def _about_rates(ctx: Context, sent) -> bool:
    """A sentence about rates or shares (a percentage, or a word that names one: "interest rate", "Inflation",
    "taux directeurs"): its bare "points" are percentage points ("cut by 0.25 points", "0,25 puntos")."""
    if _PCT.search(ctx.low, sent[0], sent[1]):
        return True
    rx, stems = _PCT_CUES
    return any(
        " ".join(m.group(0).split()) not in L.PERCENT_VERB_CUES
        and concept_of(stems[" ".join(m.group(0).split())]) not in CHANGES
        for m in rx.finditer(ctx.low, sent[0], sent[1])
    )


def _rate_points(ctx: Context, n, fr, sent) -> None:
    """Percentage points and basis points are one figure in one unit: a percentage in points (basis points /
    100), "25 basis points" = "0,25 Prozentpunkte" = "0,25 point" = "25 puntos básicos"."""
    value = _num_value(n, "pp", ctx.lang)
    value.pop("step", None)
    value["low"] = n.low * fr.factor if n.low is not None else None
    value["high"] = n.high * fr.factor if n.high is not None else None
    subject = _frame_subject(ctx, RATE_CHANGE, n.start, sent)
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


def _frame_subject(ctx: Context, concept: str, pos: int, sent) -> str:
    """Figures of the event itself (casualties, magnitude) are about the story's event, not an actor;
    the others (seats, goals, fees) about the actor in subject position."""
    if concept in EVENT_CONCEPTS:
        return ""
    if concept in RESULT_CONCEPTS:
        # "CDU 28.6%, AfD 20.8%": each result belongs to the name just before it, "26 sièges pour Horizons" to
        # the one it is for; with none there, the sentence's first actor is a guess that would keep apart
        # what agrees: no subject, the value decides
        return _actor_it_is_for(ctx, pos, sent) or _nearest_actor(ctx, pos, sent)
    if concept in PERSONAL_CONCEPTS:
        return _nearest_actor(ctx, pos, sent, ("name",)) or _next_person(ctx, pos, sent) or ctx.subject_for(pos, sent)
    return ctx.subject_for(pos, sent)


_FIGURE_AND_NOUN = re.compile(r"[^\s\u00a0]+(?:[\s\u00a0]+[^\W\d][\w-]*)?")


def _actor_it_is_for(ctx: Context, pos: int, sent) -> str:
    """The actor a result is for, named right after it ("26 sièges pour Horizons", "182 escaños para el NFP")."""
    m = _FIGURE_AND_NOUN.match(ctx.low, pos, sent[1])
    f = _FOR_ACTOR.match(ctx.low, m.end(), sent[1]) if m else None
    e = ctx.entity_at(f.end()) if f else None
    return ctx.canonical_subject(e.key) if e is not None and e.type in ("org", "name") else ""


PERSON_AFTER = 60  # "the 72-year-old former electrician Dominique Pelicot": a few words of description


def _next_person(ctx: Context, pos: int, sent) -> str:
    """The person named just after a figure in its clause ("the 72-year-old Dominique Pelicot")."""
    for e in ctx.ents_between(pos, min(sent[1], pos + PERSON_AFTER)):
        if _CLAUSE_BREAK.search(ctx.text, pos, e.start):
            break
        if e.type == "name":
            return ctx.canonical_subject(e.key)
    return ""


_CLAUSE_BREAK = re.compile(r"[.;:!?]|\s[-–—]\s")


def _nearest_actor(ctx: Context, pos: int, sent, types: tuple[str, ...] = ("org", "name")) -> str:
    """The organisation or person (of ``types``) named last before pos in the same clause (within a few words)."""
    start = max(sent[0], ctx.datelines.get(sent[0], sent[0]), pos - 90)
    for e in reversed(ctx.ents_between(start, pos)):
        if _CLAUSE_BREAK.search(ctx.text, e.end, pos):
            break
        if e.type in types and not _PREP_THEN_NAME.search(ctx.low, max(sent[0], e.start - 40), e.start):
            return ctx.canonical_subject(e.key)
    return ""


# a name after a preposition qualifies the actor before it ("the SPD of Olaf Scholz", "led by Merz", "premier
# groupe au Bundestag"): it is not who won the result
_PREP_THEN_NAME = re.compile(
    r"(?<![\w])(?:(?:of|by|in|at|von|im|am|de|du|des|au|aux|par|del|en|por)"
    r"(?:[\s\u00a0]+[a-zà-ÿ][\w'’-]*){0,3}[\s\u00a0]+|d['’])$"  # "les sociaux-démocrates d'Olaf Scholz"
)


def detect_numbers(ctx: Context) -> None:
    low, text = ctx.low, ctx.text
    prev_money = None
    uncued: list = []  # percentages no word names: the text's own kind of percentage (_uncued_percents)
    bare: list = []  # numbers nothing framed: perhaps items of an enumeration (_enumerated_counts)
    levels: list = []  # levels a change reached, of a metric no word names ("lowered to 3.75%"): _unnamed_levels
    last_money = None  # the last amount with a currency: scaled figures without one may carry it
    # the numbers of a fraction ("deux tiers") are its own (detect_fractions runs first)
    fractions = sorted((c.start, c.end) for c in ctx.claims if c.kind == "percent")
    for i, n in enumerate(ctx.nums):
        if fractions and any(a <= n.num_start < b for a, b in fractions):
            continue
        sent = ctx.sentence(n.num_start)
        m = attach_currency(text, low, n, ctx.bare_currency)
        if m is None and n.scaled and not _counts_something(ctx, n, sent):
            m = carried_currency(n, last_money, _next_money(ctx, i, sent), sent)
        if m is not None:
            last_money = m
            cue = _money_cue(ctx, m, sent)
            slot = cue[1] if cue else ""
            equiv = None
            # "(approximately USD 234 million)" right after an amount restates it
            if prev_money is not None and is_conversion(low, prev_money.end, m.start):
                equiv = prev_money
                slot = equiv.slot or slot
                m = as_conversion(m, equiv.value, ctx.bare_currency)
            if not slot:
                slot = UNNAMED_AMOUNT  # named after the text's amounts once all are read (_unnamed_amounts)
            val = money_value(_num_value(n, "currency"), m, ctx.doc.published, ctx.lang)
            subj = equiv.subject if equiv else ctx.subject_for(m.start, sent)
            extra = {"cue": cue[2] if cue else ""}
            if equiv:
                extra["restates"] = [equiv.start, equiv.end]
            else:
                extra.update(qualifiers(ctx.low, ctx.lang, m.start, m.end, sent))
                if cumulative(ctx.low, ctx.lang, m.start, m.end, sent):
                    extra["cumulative"] = True
            added = ctx.add("money", slot, subj, val, m.start, m.end, 0.9, sent, **extra)
            if equiv is not None and added is not None:
                equiv.value["conversion"] = conversion_entry(val)
            prev_money = None if equiv is not None else added
            continue
        prev_money = None
        p = _PCT.match(low, n.end)
        if p:
            if n.is_year and p.group(1) != "%":
                continue
            cue = _percent_cue(ctx, n.start, p.end(), sent)
            if cue is LEVEL_UNNAMED:
                levels.append((n, p.end(), sent))
                continue
            if not cue:
                if ctx.text[max(0, n.start - 1) : n.start] not in ("+", "-", "−", "±"):
                    uncued.append((n, p.end(), sent))
                continue
            ctx.add(
                "percent",
                cue[1],
                _frame_subject(ctx, concept_of(cue[1]), n.start, sent),
                _num_value(n, "percent", ctx.lang),
                n.start,
                p.end(),
                0.8,
                sent,
                cue=cue[2],
                **_as_of(ctx, n.start, p.end(), sent),
            )
            continue
        if n.is_year or (n.low is not None and n.low <= 0 and n.qualifier == "exact"):
            continue
        if _ONE_OF.search(low, max(sent[0], n.start - 16), n.start):
            continue  # "one of four offices" is a ranking
        if _framed_count(ctx, n, sent):
            continue
        u = _UNIT_AFTER.match(low, n.end)
        if not u or u.end() > sent[1]:
            bare.append((n, sent))
            continue
        gap_words = u.group(1).split()
        if n.is_word and gap_words in (["of"], ["de"], ["von"]):
            gap_words = []  # "una docena de países", "des centaines de postes"
        if any(w.strip(",;:") != w or w in L.STOP_CAPS or w.isdigit() for w in gap_words):
            continue
        if n.is_word and n.raw.lower() in L.AMBIGUOUS_NUMBER_WORDS and gap_words:
            continue
        unit_word = " ".join(u.group(2).split())
        unit = _UNIT_FORMS[unit_word]
        if unit == "people":
            # employees are jobs by the word itself; other people by a hiring verb before the count, or,
            # where verbs close the clause, after it
            hiring = (
                unit_word in L.EMPLOYEE_NOUNS
                or _HIRING.search(low, max(sent[0], n.start - 60), n.start)
                or (ctx.lang in VERB_LAST_AFTER and _HIRING.search(low, u.end(), min(sent[1], u.end() + 60)))
            )
            slot = "jobs.count" if hiring else "people.count"
        else:
            slot = f"{unit}.count"
        end = u.end() if len(gap_words) <= 2 else n.end
        # a count followed by its list ("four sectors: A, B, C") is the list's declared count instead
        if unit in ("sectors", "cities", "countries", "markets") and re.match(r"\s*:", low[u.end() : u.end() + 3]):
            continue
        ctx.add(
            "count",
            slot,
            ctx.subject_for(n.start, sent),
            _num_value(n, unit, ctx.lang),
            n.start,
            end,
            0.8,
            sent,
            unit_word=u.group(2),
        )

    _unnamed_levels(ctx, levels)
    _uncued_percents(ctx, uncued)
    _unnamed_amounts(ctx)
    _enumerated_counts(ctx, bare)
    _elliptic_percents(ctx, bare)
    _listed_results(ctx, bare)
    _counted_things(ctx, bare)


LEVEL_UNNAMED = (0, "", "")  # a level reached, of a metric no word in reach names


def _percent_cue(ctx: Context, start: int, end: int, sent):
    """What a percentage is: (distance, slot, word), LEVEL_UNNAMED, or None (no word says).

    The nearest word that names it decides, a change word found by its lemma too ("cayeron un 15 %", "s'est
    effondré de 17 %"); the word before the figure decides between a change and the level it reached: "cut BY
    0.25 points" is the change, "cut TO 3.75%" the level of the metric named in the sentence ("the deposit
    rate"), in every language."""
    cue = _stake_or_turnout(ctx, _nearest_cue(ctx, _PCT_CUES, start, end, sent))
    change = nearest_change(ctx.low, ctx.lang, start, end, sent, ctx.text)
    if change is not None and (cue is None or change[0] < cue[0]):
        cue = (change[0], f"{change[1]}.percent", change[2], start)
    role = figure_role(ctx.low, ctx.lang, start, end, sent) if cue is not None else None
    if cue is None or role is None:
        return cue
    if concept_of(cue[1]) in CHANGES and role == "level":
        metric = _nearest_cue(ctx, _PCT_CUES, start, end, sent, before=200, after=80, skip=_CHANGE_OR_VERB)
        return metric if metric is not None and metric[0] < YIELDING else LEVEL_UNNAMED
    if concept_of(cue[1]) not in CHANGES and role == "change" and change is not None:
        return (change[0], f"{change[1]}.percent", change[2], start)
    return cue


_CHANGE_OR_VERB = frozenset({f"{c}.percent" for c in CHANGES} | {"vote_share.percent"})

STAKE, TURNOUT, VOTE_SHARE = "stake.percent", "turnout.percent", "vote_share.percent"
_TURNOUT_CUES = tuple(w for slot, cues in L.PERCENT_SLOTS if slot == TURNOUT for w in cues)
ELECTION_CONCEPTS = frozenset({"seats", "votes", "voters", "constituencies"})
_VOTE_NOUNS = re.compile(
    r"(?<![\w])(?:"
    + L.alt(
        {w for slot, cues in L.PERCENT_SLOTS if slot == VOTE_SHARE for w in cues if w not in L.PERCENT_VERB_CUES}
        | {w for w, concept in merged("FRAME_NOUNS").items() if concept in ELECTION_CONCEPTS}
    )
    + r")(?![\w])"
)
ELECTION_EVIDENCE = 2  # words for votes, seats or voters a text needs to be about an election


def _stake_or_turnout(ctx: Context, cue):
    """ "participation", "participación", "Beteiligung" name a stake in a business story and the turnout in an
    election's ("una histórica participación ... del 67,1 por ciento"): a stake word that turnout words contain
    ("taux de participation", "Wahlbeteiligung") is the turnout in a text that speaks of votes."""
    if cue is None or cue[1] != STAKE:
        return cue
    word = " ".join(cue[2].split())
    if not any(word in phrase for phrase in _TURNOUT_CUES):
        return cue
    votes = 0
    for _ in _VOTE_NOUNS.finditer(ctx.low):
        votes += 1
        if votes >= ELECTION_EVIDENCE:
            return (cue[0], TURNOUT, cue[2], cue[3])
    return cue


def _unnamed_levels(ctx: Context, levels: list) -> None:
    """A level no word names ("the primary rate was lowered to 3.75%") is of the metric the text's levels are
    (its interest rates, its inflation); with none named, of the change that reached it, as before."""
    if not levels:
        return
    kinds = Counter(c.slot for c in ctx.claims if c.kind == "percent" and concept_of(c.slot) not in CHANGES)
    for n, end, sent in levels:
        slot = kinds.most_common(1)[0][0] if kinds else ""
        if not slot:
            change = nearest_change(ctx.low, ctx.lang, n.start, end, sent, ctx.text)
            cue = _nearest_cue(ctx, _PCT_CUES, n.start, end, sent)
            slot = f"{change[1]}.percent" if change else cue[1] if cue else "share.percent"
        ctx.add(
            "percent",
            slot,
            _frame_subject(ctx, concept_of(slot), n.start, sent),
            _num_value(n, "percent", ctx.lang),
            n.start,
            end,
            0.7,
            sent,
            weak=True,
            **_as_of(ctx, n.start, end, sent),
        )


# a time of day: "17:00", "12h25", "à 17h", "bis 17 Uhr", "by 5pm", "a las 17 horas"
_CLOCK = re.compile(
    r"(?<![\w.,:/])([01]?\d|2[0-3])(?:(?:[:h]([0-5]\d))[\s\u00a0]?(a\.m\.|p\.m\.|am|pm|uhr|h|horas)?"
    r"|[\s\u00a0]?(a\.m\.|p\.m\.|am|pm|uhr|h|horas))(?![\w])"
)
_CLAUSE_STOPS = re.compile(r"[.;!?\d]")
AS_OF_REACH = 60  # characters between a percentage and the time of day it was taken at


def _as_of(ctx: Context, start: int, end: int, sent) -> dict:
    """The time of day a percentage was taken at, in its clause ("59,71 % à 17h", "almost 60% ... by 5pm",
    "Bis 17 Uhr ... gut 59,7 Prozent"): a turnout at 5 pm and the final turnout are two figures."""
    for m in _CLOCK.finditer(ctx.low, max(sent[0], start - AS_OF_REACH), min(sent[1], end + AS_OF_REACH)):
        gap = (m.end(), start) if m.end() <= start else (end, m.start()) if m.start() >= end else None
        if gap is None or _CLAUSE_STOPS.search(ctx.low, *gap):
            continue
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        suffix = (m.group(3) or m.group(4) or "").replace(".", "")
        if suffix == "pm" and hour < 12:
            hour += 12
        return {"as_of": f"{hour:02d}:{minute:02d}"}
    return {}


UNNAMED_AMOUNT = "amount"


def _unnamed_amounts(ctx: Context) -> None:
    """An amount no word names ("Das Geschäft hat einen Umfang von 35,9 Milliarden Dollar") is of the kind
    the text's named amounts mostly are; it joins others only where the values agree (weak): a guess never
    conflicts."""
    kinds = Counter(c.slot for c in ctx.claims if c.kind == "money" and c.slot != UNNAMED_AMOUNT)
    slot = kinds.most_common(1)[0][0] if kinds else UNNAMED_AMOUNT
    for i, c in enumerate(ctx.claims):
        if c.kind == "money" and c.slot == UNNAMED_AMOUNT:
            ctx.claims[i] = replace(c, slot=slot, extra={**c.extra, "weak": True})


def _uncued_percents(ctx: Context, uncued: list) -> None:
    """A percentage no word names ("AfD: 20.8%", "die Linke mit 8,8 Prozent") is of the kind the text's
    named percentages mostly are (an election report's shares); with none named, a share nothing names,
    which never conflicts (weak)."""
    if not uncued:
        return
    kinds = Counter(c.slot for c in ctx.claims if c.kind == "percent")
    slot = kinds.most_common(1)[0][0] if kinds else "share.percent"
    for n, end, sent in uncued:
        extra = {} if kinds else {"weak": True}
        extra.update(_as_of(ctx, n.start, end, sent))
        ctx.add(
            "percent",
            slot,
            _frame_subject(ctx, concept_of(slot), n.start, sent),
            _num_value(n, "percent", ctx.lang),
            n.start,
            end,
            0.6,
            sent,
            **extra,
        )


_ENUM_GAP = re.compile(r"[^.;:!?()\d]{0,40}?(?:,|\(|\s[-–—]\s?|\s(?:and|und|et|y|e)\s)[^.;:!?\d]{0,40}$")
_FOR_ACTOR = re.compile(
    r"[\s\u00a0]+(?:for|für|pour|para|por)[\s\u00a0]+(?:the[\s\u00a0]+|die[\s\u00a0]+|den[\s\u00a0]+|le[\s\u00a0]+|la[\s\u00a0]+|les[\s\u00a0]+|l['’]|el[\s\u00a0]+|los[\s\u00a0]+|las[\s\u00a0]+)?"
)


def _enumerated_counts(ctx: Context, bare: list) -> None:
    """ "208 seats, AfD — 151, SPD — 121", "98 sièges pour Renaissance, 34 pour le MoDem et 26 pour Horizons":
    the figures of an enumeration count what its first figure counts."""
    counts = sorted((c for c in ctx.claims if c.kind == "count" and c.slot in RESULT_CONCEPTS), key=lambda c: c.start)
    if not counts:
        return
    starts = [c.start for c in counts]
    for n, sent in sorted(bare, key=lambda b: b[0].start):
        if n.is_year or n.is_word or (n.low is not None and n.low != int(n.low)):
            continue  # a decimal counts no seats or goals ("un 16,4" after "208 escaños" is a share)
        i = bisect_right(starts, n.start) - 1
        if i < 0:
            continue
        prev = counts[i]
        if prev.sentence_start > n.start or not _ENUM_GAP.fullmatch(ctx.low, prev.end, n.start):
            continue
        actor = ""
        f = _FOR_ACTOR.match(ctx.low, n.end)
        if f:
            e = ctx.entity_at(f.end())
            actor = ctx.canonical_subject(e.key) if e is not None and e.type in ("org", "name") else ""
        subject = actor or _nearest_actor(ctx, n.start, sent)
        added = ctx.add(
            "count",
            prev.slot,
            subject,
            _num_value(n, prev.value.get("unit", prev.slot), ctx.lang),
            n.start,
            n.end,
            0.6,
            sent,
        )
        if added is not None:  # the next item follows this one
            counts.insert(i + 1, added)
            starts.insert(i + 1, added.start)


_OF_AFTER = re.compile(r"[\s\u00a0]+(?:of|de|d['’](?=\w)|von)(?=[\s\u00a0]|['’])")


def _elliptic_percents(ctx: Context, bare: list) -> None:
    """ "el bloque conservador consigue un 28,6% de los votos ..., y los socialdemócratas un 16,4": a bare
    decimal after a percentage in its sentence is a percentage of that kind, its sign left out."""
    percents = sorted((c for c in ctx.claims if c.kind == "percent"), key=lambda c: c.start)
    if not percents:
        return
    starts = [c.start for c in percents]
    claimed = {c.start for c in ctx.claims}
    for n, sent in bare:
        if n.is_word or n.is_year or n.scaled or n.start in claimed or n.qualifier == "range":
            continue
        if n.low is None or n.low == int(n.low) or not 0 < n.low < 100:
            continue  # a whole number is a count as often as a share
        if ctx.text[max(0, n.start - 1) : n.start] in ("+", "-", "−", "±"):
            continue  # "AfD 20.8% +10.5": a change, not a share
        i = bisect_right(starts, n.start) - 1
        if i < 0 or percents[i].sentence_start > n.start:
            continue
        prev = percents[i]
        ctx.add(
            "percent",
            prev.slot,
            _frame_subject(ctx, concept_of(prev.slot), n.start, sent),
            _num_value(n, "percent", ctx.lang),
            n.start,
            n.end,
            0.6,
            sent,
        )


# lowercase words that end an actor's name ("Nouveau Front populaire", "Rassemblement national et alliés")
_ACTOR_TAIL = re.compile(r"(?:[\s\u00a0]+[a-zà-ÿ][\w'’-]*){0,3}[\s\u00a0]*\(")


def _listed_results(ctx: Context, bare: list) -> None:
    """ "Nouveau Front populaire (172 à 192), Ensemble (150 à 170), ...": figures in brackets after the actors
    of a list, with no word for what they count, count what the text's results mostly count (seats, goals,
    votes); with two such items in a sentence at least, and results named elsewhere in the text."""
    kinds = Counter(c.slot for c in ctx.claims if c.kind == "count" and c.slot in RESULT_CONCEPTS - {"match_minute"})
    if not kinds or _minute_matches(ctx):
        return  # in a match report "Williams (47)" is the minute of a goal
    slot = kinds.most_common(1)[0][0]
    by_sentence: dict[tuple, list] = {}
    for n, sent in bare:
        if ctx.text[n.start - 1 : n.start] != "(" or ctx.text[n.end : n.end + 1] != ")" or n.is_year:
            continue
        if any(x is not None and x != int(x) for x in (n.low, n.high)):
            continue  # "(28,6)" is a share, not a count
        actor = ctx.ents_between(max(sent[0], n.start - 80), n.start)
        if actor and actor[-1].type in ("org", "name") and _ACTOR_TAIL.fullmatch(ctx.text, actor[-1].end, n.start):
            by_sentence.setdefault(sent, []).append((n, actor[-1]))
    for sent, items in by_sentence.items():
        if len(items) < 2:
            continue
        for n, actor in items:
            value = _num_value(n, slot, ctx.lang)
            ctx.add("count", slot, ctx.canonical_subject(actor.key), value, n.start, n.end, 0.6, sent)


_THING_AFTER = re.compile(r"[\s\u00a0]+(?:[^\W\d_][\w’'-]*-)?([^\W\d_][\w’'-]{2,})")
_NAME_BEFORE = re.compile(r"[A-ZÀ-Ý][\w-]*[\s\u00a0]$")
_CLOCK_BEFORE = re.compile(r"\d[:hH]$")
_MONTH_WORDS = frozenset(w.rstrip(".") for names in L.MONTHS.values() for w in names)


def _counted_things(ctx: Context, bare: list) -> None:
    """A number right before a noun no frame knows ("8.5 million machines", "3,000 flights", "33 motores")
    counts that noun: a claim of things counted, compared only for agreement (weak), so the same figure in
    two languages meets and a guess never conflicts."""
    claimed = {c.start for c in ctx.claims}
    for n, sent in bare:
        if n.is_year or n.start in claimed or (n.qualifier == "range" and not n.is_word):
            continue
        if n.is_word and n.raw.lower() in L.AMBIGUOUS_NUMBER_WORDS and not _counts_next_word(ctx, n):
            continue
        name = _NAME_BEFORE.search(ctx.text, max(sent[0], n.start - 30), n.start)
        if name and name.group(0).strip().lower() not in L.STOP_CAPS:
            continue  # "Windows 11", "Ship 30", "Euro 2024": the number is part of a name ("Les 15 membres" is not)
        if _CLOCK_BEFORE.search(ctx.text, max(0, n.start - 2), n.start):
            continue  # "04:09 UTC", "12h25 GMT": the minutes of a time of day
        after = n.end
        if (n.is_word and n.raw.lower() not in L.AMBIGUOUS_NUMBER_WORDS) or n.scaled:
            # "un millier de membres", "una docena de países", "8,5 millions de machines"
            of = _OF_AFTER.match(ctx.low, n.end)
            after = of.end() if of else after
        m = _THING_AFTER.match(ctx.text, after)
        if not m or m.end() > sent[1]:
            continue
        word = m.group(1).lower()
        if word in L.STOP_CAPS or word in _MONTH_WORDS or word in L.SCALE_WORDS or len(word) < 3:
            continue
        ctx.add("count", "things", "", _num_value(n, "things", ctx.lang), n.start, m.end(), 0.4, sent, weak=True)


@cache
def _fraction_rx(lang: str) -> tuple[re.Pattern, dict]:
    table = language(lang).FRACTIONS if lang in LANGUAGES else merged("FRACTIONS")
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
        cue = _nearest_cue(ctx, _PCT_CUES, m.start(), m.end(), sent)
        value = {"low": share * 100, "high": share * 100, "qualifier": "about", "unit": "percent"}
        extra = {"cue": cue[2]} if cue else {"weak": True}
        slot = cue[1] if cue else "share.percent"
        ctx.add(
            "percent",
            slot,
            _frame_subject(ctx, concept_of(slot), m.start(), sent),
            value,
            m.start(),
            m.end(),
            0.6,
            sent,
            **extra,
        )


# --- dates of events -------------------------------------------------------------------------------

_EVENT_FORMS = {k.rstrip("*"): v for k, v in L.EVENT_VERBS.items()}
_EVENT_RX = re.compile(
    r"(?<![\w])(?:"
    + "|".join(
        sorted(
            (re.escape(k.rstrip("*")) + (r"\w*" if k.endswith("*") else r"(?![\w])")).replace(r"\ ", r"\s+")
            for k in L.EVENT_VERBS
        )[::-1]
    )
    + r")"
)
_EVENT_STEMS = sorted((k.rstrip("*") for k in L.EVENT_VERBS if k.endswith("*")), key=len, reverse=True)


def _event_of(word: str) -> str:
    w = " ".join(word.split())
    if w in _EVENT_FORMS:
        return _EVENT_FORMS[w]
    return next(_EVENT_FORMS[s] for s in _EVENT_STEMS if w.startswith(s))


_OBJ_RX = re.compile(r"(?<![\w])(?:" + L.alt(L.EVENT_OBJECTS) + r")(?![\w])")


# events whose date is the story's own, whoever the sentence names (the election, the verdict, the match)
EVENT_DATES = frozenset({"election", "verdict", "match", "occurred", "landing", "arrest", "announcement"})


def detect_dates(ctx: Context) -> None:
    low = ctx.low
    for d in ctx.dates:
        sent = ctx.sentence(d.start)
        if d.value.get("qualifier") == "since" or (d.value.get("spec") or {}).get("part") == "since_start":
            # "the first cut since September 2019": when the last such thing happened, compared for agreement
            if d.value.get("qualifier") == "since" and d.value.get("resolved"):
                ctx.add("date", "since.date", "", _last_time(d.value), d.start, d.end, 0.4, sent, weak=True)
            continue
        if ctx.datelines.get(sent[0], -1) > d.start:
            continue  # "AMSTERDAM, June 2 (AP) —": when the story was filed, not when anything happened
        a, b = max(sent[0], d.start - 90), min(sent[1], d.end + 90)
        best = None
        for m in _EVENT_RX.finditer(low, a, b):
            if d.start <= m.start() < d.end:
                continue
            dist = d.start - m.end() if m.end() <= d.start else (m.start() - d.end) * 1.3
            if best is None or dist < best[0]:
                best = (dist, _event_of(m.group(0)), m)
        if best is None:
            if (
                _named_time(d.value)
                and (d.value.get("resolved") or d.value.get("spec"))
                and not d.value.get("qualifier")
            ):
                # a day no verb names ("vendredi 19 juillet", "July 19, 2024"): the story's event, if any; in an
                # undated article it stays unresolved until the story's date resolves it (redate.py)
                ctx.add("date", "event.date", "", d.value, d.start, d.end, 0.5, sent, weak=True)
            continue
        event = best[1]
        cue_pos = best[2].start()
        obj = None
        for m in _OBJ_RX.finditer(
            low, max(sent[0], min(cue_pos, d.start) - 60), min(sent[1], max(cue_pos, d.end) + 40)
        ):
            dist = abs(m.start() - cue_pos)
            if obj is None or dist < obj[0]:
                obj = (dist, L.EVENT_OBJECTS[m.group(0)], m.start())
        if d.value.get("granularity") == "year" and event != "founded" and not obj:
            continue  # "Euro 2024", "the 2022 election": a year alone names an edition or the background
        if event == "founded":
            slot = "founded"
        elif event == "announcement":
            slot = "announcement.date"
        elif obj:
            slot = f"{obj[1]}.{event}"
        else:
            slot = f"{event}.date"
        near = event == "founded"
        subj = "" if event in EVENT_DATES and not obj else ctx.subject_for(min(d.start, cue_pos), sent, near=near)
        extra = {"cue": best[2].group(0)}
        if obj and obj[1] in ("office", "lab", "factory", "store", "headquarters", "campus", "datacenter", "hub"):
            pk = _place_near(ctx, obj[2], sent)
            if pk:
                extra["scope_of"] = pk  # "the Tokyo office opened in April" vs "the Singapore office at year end"
        ctx.add("date", slot, subj, d.value, d.start, d.end, 0.75, sent, **extra)


def _last_time(value: dict) -> dict:
    """ "the first cut since September 2019" says the last one was in September 2019: that month (or year), not
    the open span since it, which any later date of the story would fall in."""
    spec = value.get("spec") or {}
    if "year" not in spec:
        return value
    if "month" in spec:
        last = calendar.monthrange(spec["year"], spec["month"])[1]
        start, end = date(spec["year"], spec["month"], 1), date(spec["year"], spec["month"], last)
    else:
        start, end = date(spec["year"], 1, 1), date(spec["year"], 12, 31)
    return {**value, "start": start.isoformat(), "end": end.isoformat()}


def _named_time(value: dict) -> bool:
    """A day, a month, or a named part of a year ("the first half of 2025", "Q3 2024", "premier semestre"):
    precise enough to be the story's event date; a year alone is background."""
    spec = value.get("spec") or {}
    return value.get("granularity") in ("day", "month") or (
        value.get("granularity") == "period" and (spec.get("part") in HALF_YEARS or "quarter" in spec)
    )


HALF_YEARS = frozenset({"first_half", "second_half"})


def _place_near(ctx: Context, pos: int, sent) -> str:
    """The place named right next to an object noun ("Singapore office", "Büro in Singapur")."""
    best = None
    for e in ctx.ents_between(max(sent[0], pos - 40), min(sent[1], pos + 40)):
        pk = e.key if e.type == "place" else place_key(e.name.split()[-1])
        if pk:
            dist = abs(e.start - pos) if e.start > pos else pos - e.end
            if best is None or dist < best[0]:
                best = (dist, pk)
    return best[1] if best and best[0] <= 25 else ""


# --- relations --------------------------------------------------------------------------------------

_REL_STEMS = {}
for _rel, _slot, _cues, _gap, _mode in L.RELATION_CUES:
    for _c in _cues:
        _REL_STEMS.setdefault(" ".join(_c.split()), (_rel, _slot, _gap, _mode))
_REL_RX = re.compile(r"(?<![\w])(?:" + L.alt(_REL_STEMS) + r")(?![\w])")
_GAPWORD = re.compile(r"[\s\u00a0]+([\w’'-]+)")
_POSSESSIVE = re.compile(r"['’]s?[\s\u00a0]+")
_JOINT_RX = re.compile(r"(?<![\w])(?:" + L.alt(L.JOINT_CUES) + r")(?![\w])")
_VON_RX = re.compile(r"\b(?:von|by|par|por)\s+(?:der|dem|den|the|la|le|el|l['’])?\s*$")
_FOUNDED_AFTER = re.compile(r"(?<![\w])(?:" + L.alt(L.FOUNDED_BY_BEFORE) + r")(?![\w])")


def _entity_after(ctx: Context, pos: int, limit_words: int, sent_end: int) -> Entity | None:
    """The entity that starts after pos, skipping up to limit_words small words and a possessive place."""
    p = pos
    for _ in range(limit_words + 1):
        while p < sent_end and ctx.text[p] in " \u00a0\t":
            p += 1
        e = ctx.entity_at(p)
        if e is not None:
            if e.type == "place":
                poss = _POSSESSIVE.match(ctx.text, e.end)
                if poss and ctx.text[e.end] in "'’":
                    nxt = ctx.entity_at(poss.end())
                    if nxt is not None and nxt.type != "place":
                        return nxt
            return e
        m = _GAPWORD.match(ctx.text, p - 1 if p > 0 and ctx.text[p - 1] == " " else p)
        if not m or m.end() > sent_end or not m.group(1)[:1].islower():
            quote = re.match(r"['\"‘“]", ctx.text[p : p + 1])
            if quote:
                p += 1
                continue
            return None
        p = m.end()
    return None


def _rel_value(e: Entity, rel: str) -> dict:
    return {"entity": e.key, "name": e.name, "type": e.type if e.type != "name" else "org", "relation": rel}


def _rel_span(ctx, cue_start: int, e: Entity) -> tuple[int, int]:
    if e.end - cue_start <= 70:
        return cue_start, e.end
    return e.start, e.end


def detect_relations(ctx: Context) -> None:
    low = ctx.low
    for m in _REL_RX.finditer(low):
        rel, slot, gap, mode = _REL_STEMS[" ".join(m.group(0).split())]
        sent = ctx.sentence(m.start())
        e = _entity_after(ctx, m.end(), gap, sent[1])
        if e is None or e.type == "event":
            continue
        if rel in ("founded_by", "investor", "owner", "hosted_at") and e.type == "place" and rel != "hosted_at":
            continue
        subj = ctx.subject_for(m.start(), sent, exclude={e.key}, near=(mode == "near"))
        if not subj or subj == e.key:
            continue
        s, t = _rel_span(ctx, m.start(), e)
        extra = dict(MULTI) if slot in ("partnership", "investor", "support", "acquisition") else {}
        ctx.add("relation", slot, subj, _rel_value(e, rel), s, t, 0.75, sent, cue=m.group(0), **extra)
    # "a joint statement by A and B": A and B are partners
    for m in _JOINT_RX.finditer(low):
        sent = ctx.sentence(m.start())
        ents = [
            e
            for e in ctx.ents_between(m.end(), sent[1])
            if not (e.type == "place" and ctx.text[e.end : e.end + 1] in ("'", "’"))
        ]
        for a, b in zip(ents, ents[1:]):
            between = low[a.end : b.start]
            if re.fullmatch(r"\s+(?:and|und|et|y)\s+(?:\w+['’]s\s+)?", between) and a.key != b.key:
                if b.type == "place":
                    continue
                ctx.add(
                    "relation",
                    "partnership",
                    ctx.canonical_subject(a.key),
                    _rel_value(b, "partner"),
                    b.start,
                    b.end,
                    0.75,
                    sent,
                    cue=m.group(0),
                    **MULTI,
                )
                break
    # German/other founder before the verb: "von der National Research Foundation (NRF) ins Leben gerufen"
    for m in _FOUNDED_AFTER.finditer(low):
        sent = ctx.sentence(m.start())
        for e in reversed(ctx.ents_between(max(sent[0], m.start() - 90), m.start())):
            v = _VON_RX.search(low, max(sent[0], e.start - 12), e.start)
            if v:
                subj = ctx.subject_for(v.start(), sent, exclude={e.key}, near=True)
                if subj and subj != e.key:
                    ctx.add(
                        "relation",
                        "founded_by",
                        subj,
                        _rel_value(e, "founded_by"),
                        v.start(),
                        e.end,
                        0.75,
                        sent,
                        cue=m.group(0),
                    )
                break


# --- roles ------------------------------------------------------------------------------------------

_ROLE_RX = re.compile(
    r"(?<![\w-])(?:chief\s+[a-z]+(?:\s+[a-z]+)?\s+officer|head\s+of\s+[a-z]+(?:\s+[a-z]+)?|"
    + L.alt(L.ROLE_WORDS)
    + r")(?![\w-])"
)
_FORMER_RX = re.compile(r"(?:" + L.alt(L.FORMER_WORDS) + r")[\s\u00a0]*$")
_HONORIFIC_RX = re.compile(r"(?:^|\s)(?:" + L.alt(L.HONORIFICS) + r")\s*$")


def _role_key(phrase: str) -> str:
    p = " ".join(phrase.split())
    if p in L.ROLE_WORDS:
        return L.ROLE_WORDS[p]
    m = re.fullmatch(r"chief\s+(\w+)(?:\s+(\w+))?\s+officer", p)
    if m:
        return "c" + "".join(w[0] for w in m.groups() if w) + "o"
    return p.replace(" ", "_")


def _is_person(e: Entity | None) -> bool:
    return e is not None and e.type == "name" and 2 <= len(e.name.split()) <= 4


_ROLE_SPAN = 50  # a role claim wider than this shows its person alone (the role words stay in role_words)
_ROLE_WORDS_THEN_NAME = re.compile(r"(?:[\s\u00a0]+(?:[a-zà-ÿ][\w'’-]*)){1,4}[\s\u00a0]+(?=[A-ZÀ-Ý])")
_ROLE_THEN_NAME = re.compile(r"[^,.;:!?()\n]{0,60}?,[\s\u00a0]+")


def detect_roles(ctx: Context) -> None:
    low, text = ctx.low, ctx.text
    for m in _ROLE_RX.finditer(low):
        rs, re_ = m.start(), m.end()
        phrase = m.group(0)
        if (
            phrase in ("chief", "head", "chair", "chef", "director", "secretary", "boss")
            and not text[rs].isupper()
            and not (re_ < len(text) and re.match(r"\s+(?:of|von|de|du|des|del|d['’])(?!\w)", low[re_ : re_ + 6]))
        ):
            continue
        sent = ctx.sentence(rs)
        person = None
        span_start = rs
        former = bool(_FORMER_RX.search(low, max(sent[0], rs - 14), rs))
        # Name, Role ... / Name (former Role ...
        left = ctx.ents_between(max(sent[0], rs - 80), rs)
        if left:
            e = left[-1]
            between = text[e.end : rs]
            if re.fullmatch(
                r"\s*[,(]\s*(?:" + L.alt(L.FORMER_WORDS) + r")?\s*(?:the\s+|der\s+|die\s+|le\s+|la\s+|el\s+)?",
                between,
                re.I,
            ) and _is_person(e):
                person, span_start = e, e.start
        # Role Name
        if person is None:
            after = ctx.entity_at(re_ + 1) if re_ < len(text) and text[re_] == " " else None
            if _is_person(after) or (
                after is not None and after.type == "name" and _HONORIFIC_RX.search(low, max(0, rs - 6), rs)
            ):
                person = after
        # Role [of Org], Name: "el presidente del Tribunal, Roger Arata", "Die Anwältin von X, Béatrice Zavarro"
        if person is None:
            comma = _ROLE_THEN_NAME.match(text, re_, min(sent[1], re_ + 70))
            after = ctx.entity_at(comma.end()) if comma else None
            if _is_person(after):
                person = after
        # Role of what it heads Name: "le chef du gouvernement régional Carlos Mazon", "the head of state X"
        if person is None:
            words = _ROLE_WORDS_THEN_NAME.match(text, re_, min(sent[1], re_ + 50))
            after = ctx.entity_at(words.end()) if words else None
            if _is_person(after) and not any(w.lower() in _verb_forms() for w in words.group(0).split()):
                person = after
        if person is None:
            continue
        # organisation: "at OpenAI", "bei Asana", "von OpenAI", "chez X", "de X"; or "OpenAI CEO Sam Altman"
        org = None
        end = max(re_, person.end)
        om = re.match(r"\s+(?:at|of|for|bei|von|der|des|chez|de|du|del|de\s+la|en)\s+", low[re_ : re_ + 12])
        if om:
            o = ctx.entity_at(re_ + om.end())
            if o is not None and o.type in ("org", "name") and o is not person:
                org, end = o, max(end, o.end)
        if org is None:
            lb = ctx.ents_between(max(sent[0], rs - 40), rs)
            if (
                lb
                and re.fullmatch(r"(?:['’]s)?\s*", text[lb[-1].end : rs])
                and lb[-1].type in ("org", "name")
                and lb[-1] is not person
            ):
                org = lb[-1]
                span_start = min(span_start, org.start)
        start = min(span_start, person.start, rs)
        if end - start > _ROLE_SPAN:
            start, end = person.start, person.end  # "la jefa del consejo de empresa de IG Metall, X": the person
        value = {"person": person.key, "name": person.name, "role": _role_key(phrase), "org": org.key if org else ""}
        if former:
            value["former"] = True
        ctx.add(
            "role",
            "role.former" if former else "role",
            person.key,
            value,
            start,
            end,
            0.55 if former else 0.7,
            sent,
            role_words=text[rs:re_],
        )


# --- places: events, office locations, hubs --------------------------------------------------------

_AT_RX = re.compile(
    r"(?:\bat|\bon the sidelines of|\bduring|\bam|\bauf dem|\bauf der|\bbeim|\bbei|\blors du|\blors de|"
    r"\bau|\ben el|\ben la|\bdurante)\s+(?:the\s+|der\s+|dem\s+|la\s+|le\s+|l['’]|el\s+)?$"
)
_OFFICE_RX = re.compile(r"(?<![\w])(?:" + L.alt(L.OFFICE_NOUNS) + r")(?![\w])")
_IN_RX = re.compile(r"[\s\u00a0]+(?:in|im|en|à|a|au)[\s\u00a0]+")
_NEW_RX = re.compile(r"(?:" + L.alt(L.NEW_WORDS) + r")[\s\u00a0]+$")
_HUB_RX = re.compile(r"(?<![\w])(?:" + L.alt(L.HUB_NOUNS) + r")(?![\w])")
_ADJ_BEFORE = re.compile(r"(?:(?<=\s)[a-zà-ÿ-]{3,}[\s\u00a0]+){0,2}$")
_OBJ_KEY = {
    "office": "office",
    "offices": "office",
    "headquarters": "headquarters",
    "hq": "headquarters",
    "lab": "lab",
    "laboratory": "lab",
    "campus": "campus",
    "branch": "office",
}


def detect_places(ctx: Context) -> None:
    low, text = ctx.low, ctx.text
    for e in ctx.entities:
        if e.type != "event":
            continue
        sent = ctx.sentence(e.start)
        if not _AT_RX.search(low, max(sent[0], e.start - 30), e.start):
            continue
        val = {"entity": e.key, "name": e.name, "type": "event"}
        loc = re.match(r"\s+(?:held\s+)?(?:in|im|en|à)\s+", low[e.end : e.end + 14])
        if loc:
            pe = ctx.entity_at(e.end + loc.end())
            if pe is not None and pe.type == "place":
                val["location"] = pe.key
        subj = ctx.subject_for(sent[1], sent, exclude={e.key} | ({val["location"]} if "location" in val else set()))
        ctx.add("place", "event", subj, val, e.start, e.end, 0.6, sent)
    for m in _OFFICE_RX.finditer(low):
        noun = m.group(0)
        sent = ctx.sentence(m.start())
        place = None
        s = m.start()
        before = ctx.ents_between(max(sent[0], m.start() - 40), m.start())
        if before and re.fullmatch(r"[\s\u00a0]+", text[before[-1].end : m.start()]):
            b = before[-1]
            if b.type == "place":
                place, s = b, b.start
            else:
                last = b.name.split()[-1]
                pk = place_key(last)
                if pk:
                    place = b
                    s = b.end - len(last)
                    place = Entity(s, b.end, last, pk, "place")
        end = m.end()
        if place is None:
            im = _IN_RX.match(text, m.end())
            if im:
                pe = ctx.entity_at(im.end())
                if pe is not None and pe.type == "place":
                    place, end = pe, pe.end
        if place is None:
            continue
        nw = _NEW_RX.search(low, max(sent[0], s - 12), s)
        if nw:
            s = nw.start()
        slot = L.EVENT_OBJECTS.get(noun, "office")  # "office": one fact per (subject, place)
        subj = ctx.subject_for(s, sent, exclude={place.key})
        ctx.add(
            "place", slot, subj, {"entity": place.key, "name": place.name, "type": "place"}, s, end, 0.65, sent, **MULTI
        )
    for m in _HUB_RX.finditer(low):
        sent = ctx.sentence(m.start())
        places = [e for e in ctx.ents_between(sent[0], m.start()) if e.type == "place"]
        place = places[-1] if places else None
        if place is None:
            i = ctx.sidx.index_of(sent[0])
            if i > 0:
                ps = ctx.sentences[i - 1]
                pl = [e for e in ctx.ents_between(*ps) if e.type == "place"]
                place = pl[-1] if pl else None
        key, name = (place.key, place.name) if place else (ctx.main_place, ctx.main_place)
        if not key:
            continue
        adj = _ADJ_BEFORE.search(low, max(sent[0], m.start() - 30), m.start())
        s = adj.start() if adj and adj.group(0).strip() else m.start()
        words = low[s : m.start()].split()
        while words and (words[0] in L.STOP_CAPS or words[0] in ("an", "a")):
            s = low.index(words[0], s) + len(words[0])
            words = words[1:]
        subj = ctx.subject_for(s, sent, exclude={key})
        ctx.add("place", "hub", subj, {"entity": key, "name": name, "type": "place"}, s, m.end(), 0.55, sent)


# --- lists ----------------------------------------------------------------------------------------

_LIST_NOUN_RX = re.compile(r"(?<![\w])(" + L.alt(L.LIST_NOUNS) + r")(?![\w])")
_INTRO_AFTER = re.compile(
    r"(?:[\s\u00a0]+[\w-]+){0,2}?[\s\u00a0]*(?::|,?[\s\u00a0]+(?:" + L.alt(L.LIST_INTRO) + r"))[\s\u00a0]+"
)
_INTRO_BEFORE = re.compile(
    r"(?:^|[:(]|\b(?:" + L.alt(L.LIST_INTRO) + r"))[\s\u00a0]+(?:the\s+|den\s+|die\s+|les\s+|los\s+|las\s+)?"
)
_ENDERS = re.compile(r",?[\s\u00a0]+(?:" + L.alt(L.LIST_ENDERS) + r")\b")
_ATTRIBUTION = re.compile(r",[\s\u00a0]+(?:[\w’'-]+[\s\u00a0]+){0,4}?(?:" + L.alt(L.ATTRIBUTION_VERBS) + r")(?![\w])")
_ITEM_SEP = re.compile(
    r"[\s\u00a0]*,[\s\u00a0]*(?:(?:and|or|und|oder|et|ou|y|e|o|&)[\s\u00a0]+)?|[\s\u00a0]+(?:and|or|und|oder|et|ou|y|e|o|&)[\s\u00a0]+"
)
_ITEM_OK = re.compile(r"[\w][\w’'&-]*(?:[\s\u00a0]+[\w’'&-]+){0,3}")
_ITEM_ARTICLE = re.compile(r"(?:(?:the|die|der|das|den|les|la|le|los|las|el|des|du|de)[\s\u00a0]+|l['’])")
_ITEM_STOP = (L.STOP_CAPS | L.NOUN_DETERMINERS | {w for w in L.LIST_INTRO if " " not in w}) - {"and", "&"}
_COUNT_BEFORE = re.compile(r"(\d+|" + L.alt(L.NUMBER_WORDS) + r")(?:[\s\u00a0]+[\w-]+){0,2}?[\s\u00a0]+$")


def _parse_items(text: str, low: str, a: int, b: int) -> list[tuple[int, int]]:
    """Split text[a:b] into short items separated by commas / and; [] when it is not a clean list."""
    items = []
    pos = a
    for m in _ITEM_SEP.finditer(text, a, b):
        items.append((pos, m.start()))
        pos = m.end()
    items.append((pos, b))
    out = []
    for i, (s, e) in enumerate(items):
        if i == len(items) - 1 and i >= 2:
            e = _trim_last_item(text, s, e)
        while s < e and text[s] in " \u00a0\"'“”‘’":
            s += 1
        while e > s and text[e - 1] in " \u00a0\"'“”‘’.":
            e -= 1
        art = _ITEM_ARTICLE.match(low, s, e)
        if art:
            s = art.end()
        if e <= s or not _ITEM_OK.fullmatch(text, s, e) or any(ch.isdigit() for ch in text[s:e]):
            return []
        words = low[s:e].split()
        if "'s" in low[s:e] or "’s" in low[s:e]:
            return []
        if any(w in _ITEM_STOP for w in words) and item_key(text[s:e]) == " ".join(words):
            return []
        out.append((s, e))
    return out


def _trim_last_item(text: str, s: int, e: int) -> int:
    """ "Dublin und Tokio neue Büros in ...": the last item ends where the known place or sector ends."""
    words = list(re.finditer(r"[^\s\u00a0]+", text[s:e]))
    if len(words) <= 3 and _ITEM_OK.fullmatch(text, s, e):
        return e
    for k in (3, 2, 1):
        if len(words) > k:
            end = s + words[k - 1].end()
            key = item_key(text[s:end])
            if place_key(text[s:end]) or key in _SECTOR_KEYS:
                return end
    return e


_SECTOR_KEYS = set(SECTORS)


def detect_lists(ctx: Context) -> None:
    low, text = ctx.low, ctx.text
    for m in _LIST_NOUN_RX.finditer(low):
        noun = " ".join(m.group(1).split())
        sent = ctx.sentence(m.start())
        items = []
        ia = _INTRO_AFTER.match(low, m.end())
        if ia and ia.end() < sent[1]:
            a = ia.end()
            b = sent[1]
            en = _ENDERS.search(low, a, b)
            if en:
                b = en.start()
            said = _ATTRIBUTION.search(low, a, b)
            if said:
                b = said.start()
            stop = re.compile(r"[.;:()]|\s[-–—]\s").search(text, a, b)
            if stop:
                b = stop.start()
            nxt = _LIST_NOUN_RX.search(low, a, b)  # another cue noun starts another list
            if nxt:
                b = nxt.start()
            items = _parse_items(text, low, a, b)
            if items:  # "... and digital infrastructure sectors": the cue noun closes the list
                ls, le = items[-1]
                tail = _LIST_NOUN_RX.search(low, ls, le)
                if tail and tail.end() == le and tail.start() > ls:
                    items[-1] = (ls, tail.start() - 1)
                fs, fe = items[0]
                art = re.match(r"(?:the|die|der|das|les|la|le|los|las|el)\s+", low[fs:fe])
                if art:
                    items[0] = (fs + art.end(), fe)
        if len(items) < 2:
            # "the public services, finance, healthcare, and digital infrastructure sectors"
            a0 = max(sent[0], m.start() - 200)
            intro = None
            for im in _INTRO_BEFORE.finditer(low, a0, m.start()):
                intro = im
            a = intro.end() if intro else a0
            if intro is None or intro.group(0).strip() == "":
                # no intro word: the list is the comma run before the noun; its first item is as long as the others
                first_sep = _ITEM_SEP.search(text, a, m.start())
                if first_sep:
                    rest = text[first_sep.end() : m.start()]
                    k = max(
                        1,
                        min(
                            3,
                            max(len(x.split()) for x in re.split(r",|\band\b|\bund\b|\bet\b|\by\b", rest) if x.strip())
                            if rest.strip()
                            else 1,
                        ),
                    )
                    head = list(re.finditer(r"[^\s\u00a0]+", text[a : first_sep.start()]))
                    if len(head) > k:
                        a = a + head[-k].start()
            items = _parse_items(text, low, a, m.start())
            if len(items) < 3:
                continue
        keys = sorted(
            {
                item_key(re.sub(r"^(?:the|die|der|das|les|la|le|los|las|el)\s+", "", text[s:e], flags=re.I))
                for s, e in items
            }
        )
        declared = None
        cb = _COUNT_BEFORE.search(low, max(sent[0], m.start() - 40), m.start())
        if cb:
            w = cb.group(1)
            declared = int(w) if w.isdigit() else L.NUMBER_WORDS.get(w)
        if len(items) < 3 and declared != len(items):
            continue
        slot = L.LIST_NOUNS[noun]
        if slot == "locations":
            if _OFFICE_RX.search(low, sent[0], sent[1]):
                slot = "office.locations"
            pre = low[max(sent[0], m.start() - 40) : m.start()]
            if re.search(r"\b(?:" + L.alt(L.EXISTING_WORDS) + r")\b", pre):
                slot += ".existing"
            elif re.search(r"\b(?:" + L.alt(L.NEW_WORDS) + r")\b", pre) or re.search(
                r"\b(?:" + L.alt(L.NEW_WORDS) + r")\b", low[max(sent[0], m.start() - 80) : m.start()]
            ):
                slot += ".new"
        s, e = items[0][0], items[-1][1]
        subj = ctx.subject_for(min(s, m.start()), sent, exclude=set(keys))
        ctx.add("list", slot, subj, {"items": keys, "declared_count": declared}, s, e, 0.75, sent, cue=noun)


_YEAR = r"(?:1[89]|20)\d\d"
_YEAR_LIST = re.compile(
    rf"(?<![\w.,/-]){_YEAR}(?:(?:[\s\u00a0]*,[\s\u00a0]*(?:(?:and|und|et|y|e)[\s\u00a0]+)?|[\s\u00a0]+(?:and|und|et|y|e)[\s\u00a0]+)"
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


# --- rankings ----------------------------------------------------------------------------------------

_ORD_RX = re.compile(r"(?<![\w])(" + L.alt(L.ORDINALS) + r")(?![\w])")
_CAT_RX = re.compile(r"(?<![\w])(" + L.alt(L.RANK_CATEGORIES) + r")(?![\w])")
_SUCH_RX = re.compile(r"[\s\u00a0]+(?:" + L.alt(L.SUCH_WORDS) + r")(?![\w])")
_OUTSIDE_RX = re.compile(
    r"(?<![\w])(?:" + L.alt(L.OUTSIDE_WORDS) + r")[\s\u00a0]+(?:the\s+|der\s+|den\s+|les\s+|la\s+|le\s+|los\s+|l['’])?"
)
_INTL_RX = re.compile(r"(?<![\w])(?:" + L.alt(L.INTERNATIONAL_WORDS) + r")(?![\w])")
_ONE_OF_N = re.compile(
    r"(?<![\w])(?:"
    + L.alt(L.ONE_OF)
    + r")[\s\u00a0]+(?:the[\s\u00a0]+|den[\s\u00a0]+|los[\s\u00a0]+|las[\s\u00a0]+)?(\d+|"
    + L.alt(L.NUMBER_WORDS)
    + r")[\s\u00a0]+((?:[\w-]+[\s\u00a0]+){0,2}?)("
    + L.alt(L.RANK_CATEGORIES)
    + r")(?![\w])"
)


def _scope(ctx: Context, a: int, b: int):
    """(scope key, start, end) for "outside (of) the United States", "in Asia", or "international"."""
    low = ctx.low
    o = _OUTSIDE_RX.search(low, a, b)
    if o:
        e = ctx.entity_at(o.end())
        if e is not None and e.type == "place":
            return f"outside:{e.key}", o.start(), e.end
    for m in _IN_RX.finditer(ctx.text, a, b):
        e = ctx.entity_at(m.end())
        if e is not None and e.type == "place" and m.start() - a < 45:
            return f"in:{e.key}", m.start() + 1, e.end
    return None


def detect_rankings(ctx: Context) -> None:
    low = ctx.low
    for m in _ORD_RX.finditer(low):
        sent = ctx.sentence(m.start())
        ordinal = L.ORDINALS[m.group(1)]
        cat = None
        such = _SUCH_RX.match(low, m.end())
        after = m.end()
        if such:
            after = such.end()
            c = re.compile(r"[\s\u00a0]+(" + L.alt(L.RANK_CATEGORIES) + r")(?![\w])").match(low, after)
            if c:
                cat, after = L.RANK_CATEGORIES[c.group(1)], c.end()
            else:
                for c in _CAT_RX.finditer(low, sent[0], m.start()):
                    cat = L.RANK_CATEGORIES[c.group(1)]
        else:
            c = re.compile(
                r"((?:[\s\u00a0]+[\w-]+){0,4}?)[\s\u00a0]+(" + L.alt(L.RANK_CATEGORIES) + r")(?![\w])"
            ).match(low, m.end())
            if c and not any(w in L.STOP_CAPS and w not in ("and",) for w in c.group(1).split()):
                cat = L.RANK_CATEGORIES[c.group(2)]
                after = c.end()
        if cat is None:
            continue
        sc = _scope(ctx, after, min(sent[1], after + 110))
        scope, end = "", after
        if sc:
            scope, _, end = sc
        elif not such and _INTL_RX.search(low, m.end(), after):
            scope = "international"
        if not scope and not such:
            continue
        start = m.start()
        if end - start > 70 and sc:
            start = sc[1]
        inner = [
            e
            for e in ctx.ents_between(m.end(), end)
            if e.type != "place"
            and re.search(r"\b(?:for|of|von|de|du|del|für)\s+$", low[max(0, e.start - 6) : e.start])
        ]
        subj = ctx.canonical_subject(inner[0].key) if inner else ctx.subject_for(m.start(), sent)
        ctx.add(
            "ranking",
            f"ranking.{cat}",
            subj,
            {"ordinal": ordinal, "of_total": None, "category": cat, "scope": scope},
            start,
            end,
            0.8,
            sent,
        )
    for m in _ONE_OF_N.finditer(low):
        sent = ctx.sentence(m.start())
        w = m.group(1)
        total = int(w) if w.isdigit() else L.NUMBER_WORDS.get(w)
        cat = L.RANK_CATEGORIES[m.group(3)]
        mod = m.group(2)
        scope = "new" if any(x in L.NEW_WORDS for x in mod.split()) else ""
        ctx.add(
            "ranking",
            f"ranking.{cat}",
            ctx.subject_for(m.start(), sent),
            {"ordinal": None, "of_total": total, "category": cat, "scope": scope},
            m.start(),
            m.end(),
            0.7,
            sent,
        )


# --- quotes ------------------------------------------------------------------------------------------

_QUOTE_RX = re.compile(r"[“„«]([^”“„«»\n]{20,1500})[”“»]|\"([^\"\n]{20,1500})\"")
_SPEECH_RX = re.compile(r"(?<![\w])(?:" + L.alt(L.SPEECH_VERBS) + r")(?![\w])")


def _full_name(ctx: Context, person) -> tuple[str, str]:
    """A speaker named by surname only ("Bruch said") as the full name the text gives elsewhere
    ("Christian Bruch"), so one person's quotes have one speaker however an article names them."""
    if " " in person.key:
        return person.key, person.name
    fuller = {e.key: e.name for e in ctx.entities if e.type == "name" and e.key.endswith(" " + person.key)}
    return next(iter(fuller.items())) if len(fuller) == 1 else (person.key, person.name)


def detect_quotes(ctx: Context) -> None:
    low, text = ctx.low, ctx.text
    for m in _QUOTE_RX.finditer(text):
        g = 1 if m.group(1) is not None else 2
        qs, qe = m.start(g), m.end(g)
        if len(text[qs:qe].split()) < 5:
            continue
        speaker = None
        tail = text[m.end() : m.end() + 90]
        line_end = tail.find("\n")
        tail_end = m.end() + (line_end if line_end >= 0 else len(tail))
        if re.match(r"\s*[—–-]\s*", tail) or _SPEECH_RX.search(low, m.end(), tail_end):
            cands = [e for e in ctx.ents_between(m.end(), tail_end) if e.type in ("name", "org")]
            speaker = cands[0] if cands else None
        if speaker is None:
            head_start = max(0, m.start() - 90)
            nl = text.rfind("\n", head_start, m.start())
            head_start = nl + 1 if nl >= 0 else head_start
            if _SPEECH_RX.search(low, head_start, m.start()) and re.search(r"[:,]\s*$", text[head_start : m.start()]):
                cands = [e for e in ctx.ents_between(head_start, m.start()) if e.type in ("name", "org")]
                speaker = cands[-1] if cands else None
        if speaker is None:
            continue
        key, name = _full_name(ctx, speaker)
        sent = (ctx.sentence(m.start())[0], max(ctx.sentence(qe - 1)[1], qe))
        ctx.add(
            "quote",
            "quote",
            key,
            {"speaker": key, "name": name, "words": " ".join(text[qs:qe].split())},
            qs,
            qe,
            0.4,
            sent,
            **MULTI,
        )


# --- change --------------------------------------------------------------------------------------------

_CHANGE_RX = re.compile(r"(?<![\w])(" + L.alt(L.CHANGE_WORDS) + r")(?![\w])")
_METRIC_RX = re.compile(r"(?<![\w])(" + L.alt(L.CHANGE_METRICS) + r")(?![\w])")


def detect_changes(ctx: Context) -> None:
    low = ctx.low
    for m in _CHANGE_RX.finditer(low):
        sent = ctx.sentence(m.start())
        direction, factor = L.CHANGE_WORDS[" ".join(m.group(1).split())]
        metric = None
        for mm in _METRIC_RX.finditer(low, sent[0], sent[1]):
            d = abs(mm.start() - m.start())
            if metric is None or d < metric[0]:
                metric = (d, L.CHANGE_METRICS[mm.group(1)])
        since = None
        for d in ctx.dates_between(*sent):
            since = d.value.get("start") or low[d.start : d.end]
        slot = f"{metric[1]}.change" if metric else "change"
        ctx.add(
            "change",
            slot,
            ctx.subject_for(m.start(), sent),
            {"direction": direction, "factor": factor, "since": since},
            m.start(),
            m.end(),
            0.65,
            sent,
        )


# --- match results ------------------------------------------------------------------------------------

_SCORE_RX = re.compile(
    r"(?<![\w.,:/-])(\d{1,2})[\s\u00a0]?[-–:][\s\u00a0]?(\d{1,2})(?![\w:/-]|[.,]\d|[\s\u00a0]?(?:h\b|uhr|am\b|pm\b|a\.m|p\.m))"
)


def detect_scores(ctx: Context) -> None:
    """ "beat Barcelona 3-1", "Sieg mit 2:0", "victoire 2-1": results, once the text shows it is about a match:
    a result next to a word for winning, losing or a match, or the minutes of its goals ("(47e)", "73. Minute");
    a result is the event's own."""
    found = list(_SCORE_RX.finditer(ctx.text))
    if not found or not (
        _minute_matches(ctx) or any(has_score_cue(ctx.low, ctx.lang, *ctx.sentence(m.start())) for m in found)
    ):
        return
    for m in found:
        a, b = int(m.group(1)), int(m.group(2))
        ctx.add(
            "score",
            "score",
            "",
            {"high": max(a, b), "low": min(a, b)},
            m.start(),
            m.end(),
            0.8,
            ctx.sentence(m.start()),
        )


# the minute of a match event: "74th minute", "74. Spielminute", "83e minute", "(74.)", "(83e)", "74′",
# "after 74 minutes", "on 74 minutes"; only in a text about a match
_MINUTE_RX = re.compile(
    r"(?<![\w.,])(\d{1,3})(?:(?:st|nd|rd|th|e|ème|\.)[\s\u00a0]*(?:spiel)?(?:minute|minuto)\b"
    r"|[′’'](?![\w′’'])|(?:\.|e)(?=\)))"
)
_MINUTE_BEFORE = re.compile(r"\b(?:minute|minuto|spielminute)[\s\u00a0]+(\d{1,3})\b")
_AFTER_MINUTES = re.compile(
    r"\b(?:after|on|nach|après|au bout de|tras|a los|al cabo de)[\s\u00a0]+(\d{1,3})[\s\u00a0]+"
    r"(?:minutes|minuten|minutos)\b"
)


def _minute_matches(ctx: Context) -> list[tuple[int, int, int]]:
    if ctx.minutes is None:
        found = []
        if score_cue_rx(ctx.lang).search(ctx.low):
            found = [(m.start(1), m.end(), int(m.group(1))) for m in _MINUTE_RX.finditer(ctx.low)]
            found += [(m.start(1), m.end(), int(m.group(1))) for m in _AFTER_MINUTES.finditer(ctx.low)]
            found += [(m.start(), m.end(), int(m.group(1))) for m in _MINUTE_BEFORE.finditer(ctx.low)]
        ctx.minutes = sorted(f for f in found if 0 < f[2] <= 130)
    return ctx.minutes


def detect_match_minutes(ctx: Context) -> None:
    for start, end, minute in _minute_matches(ctx):
        sent = ctx.sentence(start)
        subject = _nearest_actor(ctx, start, sent) or ctx.subject_for(start, sent)
        # a minute is a whole number: the 73rd and the 74th minute differ (no relative slack)
        ctx.add(
            "count",
            "match_minute",
            subject,
            {"low": float(minute), "high": float(minute), "qualifier": "exact", "unit": "match_minute", "step": 1.0},
            start,
            end,
            0.7,
            sent,
        )


# --- times of day ----------------------------------------------------------------------------------------

_TIME_RX = re.compile(
    r"(?<![\w.:,])([01]?\d|2[0-3])(?:[:.h]|[\s\u00a0]?h[\s\u00a0]?)([0-5]\d)(?!\d|[.,:]\d)[\s\u00a0]*"
    r"(a\.?m\.?|p\.?m\.?|uhr|h\b|utc|gmt|cet|cest|mez|mesz|et|edt|est|pt|pdt)?",
    re.IGNORECASE,
)


# a whole hour by the clock: "at 5 p.m.", "5pm" (English), "a las 5 p.m."
_HOUR_RX = re.compile(r"(?<![\w.:,])(1[0-2]|0?[1-9])[\s\u00a0]?(?:(a\.m\.|p\.m\.)|(am|pm)\b)", re.IGNORECASE)


def detect_times(ctx: Context) -> None:
    """ "at 04:09 UTC", "um 14.45 Uhr", "à 12h45 GMT", "a las 20:10 h": times of day of the story's events.
    A bare "12.45" is a time only with a zone, "Uhr", "h" or a clock word; "h" alone marks it in French."""
    for m in _TIME_RX.finditer(ctx.text):
        marker = (m.group(3) or "").lower().replace(".", "")
        if not marker and "h" not in m.group(0).lower()[:6] and ":" not in m.group(0):
            continue
        if m.group(0)[len(m.group(1)) : len(m.group(1)) + 1] == "." and not marker:
            continue
        hour, minute = int(m.group(1)), int(m.group(2))
        if marker == "pm" and hour < 12:
            hour += 12
        zone = marker.upper() if marker not in ("", "am", "pm", "uhr", "h") else ""
        end = m.end() if m.group(3) else m.end(2)
        ctx.add(
            "time",
            "time",
            "",
            {"minutes": hour * 60 + minute, "zone": zone},
            m.start(),
            end,
            0.6,
            ctx.sentence(m.start()),
        )
    for m in _HOUR_RX.finditer(ctx.text):
        if m.group(3) and ctx.lang not in ("en", ""):
            continue  # "am" is a German word
        hour = int(m.group(1)) % 12 + (12 if (m.group(2) or m.group(3)).lower().startswith("p") else 0)
        ctx.add(
            "time", "time", "", {"minutes": hour * 60, "zone": ""}, m.start(), m.end(), 0.6, ctx.sentence(m.start())
        )


# --- ordinals of a series -------------------------------------------------------------------------------

_NUMERIC_ORDINAL = re.compile(r"(?<![\w.,])(\d{1,3})(?:st|nd|rd|th|e|er|re|ème|º|ª|\.º|\.ª|\.)(?=[\s\u00a0])")
_WORD_ORDINAL = re.compile(r"(?<![\w])(" + L.alt(L.ORDINALS) + r")(?![\w])")
_NEXT_WORDS = re.compile(r"(?:[\s\u00a0]+([^\W\d_][\w'’-]*)){1,3}")


def detect_ordinals(ctx: Context) -> None:
    """ "its 15th title", "zum 15. Mal", "son cinquième titre", "la octava vez": the place of the story's event
    in a series. Compared only for agreement (weak): two ordinals in one story are often of two series."""
    nouns = frame_nouns(ctx.lang)
    found = {m.start(): (m.end(), int(m.group(1))) for m in _NUMERIC_ORDINAL.finditer(ctx.low)}
    found |= {m.start(): (m.end(), L.ORDINALS[m.group(1)]) for m in _WORD_ORDINAL.finditer(ctx.low)}
    for start, end, value in spelled_ordinals(ctx.low, ctx.lang):  # "decimoquinta", "dreiundzwanzigste"
        found.setdefault(start, (end, value))
    minutes = {s for s, _, _ in _minute_matches(ctx)}
    for start, (o_end, value) in sorted(found.items()):
        if start in minutes or not 1 < value < 200:
            continue
        sent = ctx.sentence(start)
        words = re.findall(r"[^\W\d_][\w'’-]*", ctx.low[o_end : min(sent[1], o_end + 40)])[:3]
        capital = re.match(r"[\s\u00a0]+[A-ZÀ-Ý]", ctx.text[o_end : o_end + 3])
        if not (capital or any(w in nouns for w in words)):
            continue
        end = o_end
        for w in words:
            i = ctx.low.find(w, end)
            end = i + len(w)
            if w in nouns:
                break
        else:
            end = o_end
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
        )


# --- people named with what they are -----------------------------------------------------------------

_APPOSITION_AFTER = re.compile(
    r",[\s\u00a0]+(?:the[\s\u00a0]+|le[\s\u00a0]+|la[\s\u00a0]+|l['’]|el[\s\u00a0]+|die[\s\u00a0]+|der[\s\u00a0]+)?"
    r"(?:[A-ZÀ-Ý][\w&.-]*(?:[\s\u00a0]+[A-ZÀ-Ý][\w&.-]*){0,3}['’]s?[\s\u00a0]+)?"
    r"((?:[a-zà-ÿ][\w'’-]*[\s\u00a0]+){0,5}?[a-zà-ÿ][\w'’-]*)(?=[\s\u00a0]*(?:,|\.|$|[\s\u00a0]+(?:of|de|du|del|des|von|der|d['’]|at|bei|chez)\b))"
)
_APPOSITION_BEFORE = re.compile(
    r"(?:^|[\s\u00a0('’])((?:[a-zà-ÿ][\w'’-]*[\s\u00a0]+){0,2}[a-zà-ÿ][\w'’-]*)"
    r"(?:[\s\u00a0]+(?:of|de|du|del|des|von|der|d['’])[^,.;:]{1,40})?,[\s\u00a0]+$"
)


@cache
def _verb_forms() -> frozenset:
    """Word forms the language data knows as verbs (speech, change, what befell people), all languages."""
    forms = set(merged("FRAME_PREDICATES")) | set(L.SPEECH_VERBS) | set(L.ATTRIBUTION_VERBS) | set(L.CHANGE_WORDS)
    for slot, cues in L.PERCENT_SLOTS:
        if slot in ("growth.percent", "decline.percent"):
            forms.update(cues)
    return frozenset(f for f in forms if " " not in f)


def _is_clause(phrase: str) -> bool:
    """What follows a name's comma starts with a verb: the rest of the sentence ("said Anna Berger, grew
    5%"), not what the person is."""
    words = phrase.lower().split()
    return bool(words) and words[0] in _verb_forms()


def detect_people(ctx: Context) -> None:
    """A person named with what they are, whatever the words ("Thorsten Gröger, négociateur du syndicat",
    "l'administrateur de la NASA, Bill Nelson"): a role claim of that person, where no role word did it."""
    has_role = {(c.value.get("person"), c.sentence_start) for c in ctx.claims if c.kind == "role"}
    for e in ctx.entities:
        if not _is_person(e):
            continue
        sent = ctx.sentence(e.start)
        if (e.key, sent[0]) in has_role:
            continue
        after = _APPOSITION_AFTER.match(ctx.text, e.end, min(sent[1] + 1, e.end + 80))
        before = None if after else _APPOSITION_BEFORE.search(ctx.text, max(sent[0], e.start - 90), e.start)
        found = after or before
        if found is None or any(w in L.STOP_CAPS for w in found.group(1).lower().split()[:1]):
            continue
        if after and _is_clause(found.group(1)):
            continue
        role = " ".join(found.group(1).lower().split())
        start, end = (e.start, found.end(1)) if after else (found.start(1), e.end)
        ctx.add(
            "role",
            "role",
            e.key,
            {"person": e.key, "name": e.name, "role": role, "org": ""},
            start,
            end,
            0.5,
            sent,
            role_words=found.group(1),
        )


DETECTORS = (
    detect_ordinals,
    detect_times,
    detect_match_minutes,
    detect_fractions,
    detect_numbers,
    detect_scores,
    detect_dates,
    detect_relations,
    detect_roles,
    detect_people,
    detect_places,
    detect_lists,
    detect_year_lists,
    detect_rankings,
    detect_quotes,
    detect_changes,
)
