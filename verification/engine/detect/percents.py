"""What a percentage is: its cue word, the level a change reached, and percentages no word names."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .. import lexicon as L
from ..concepts import concept_of
from ..context import Context
from ..frames import CHANGES, EVENT_CONCEPTS, LEVELS, left_stage, nearest_change, phrase_rx, phrase_value
from ..lang import merged
from .measures import num_value
from .shared import PCT_CUES, UNNAMED_SHARE, YIELDING, frame_subject, nearest_cue

LEVEL_UNNAMED = (0, "", "")  # a level reached, of a metric no word in reach names


def percent_cue(ctx: Context, start: int, end: int, sent):
    """What a percentage is: (distance, slot, word), LEVEL_UNNAMED, or None (no word says).

    The nearest word that names it decides, a change word found by its lemma too ("cayeron un 15 %", "s'est
    effondré de 17 %"); the word before the figure decides between a change and the level it reached: "cut BY
    0.25 points" is the change, "cut TO 3.75%" the level of the metric named in the sentence ("the deposit
    rate"), in every language."""
    cue = _stake_or_turnout(ctx, nearest_cue(ctx, PCT_CUES, start, end, sent))
    change = nearest_change(ctx.low, ctx.lang, start, end, sent, ctx.text)
    if change is not None and (cue is None or change[0] < cue[0]):
        cue = (change[0], f"{change[1]}.percent", change[2], start)
    role = ctx.figure_role(start, end, sent) if cue is not None else None
    if cue is None or role is None:
        return cue
    if concept_of(cue[1]) in CHANGES and role in LEVELS:
        metric = nearest_cue(ctx, PCT_CUES, start, end, sent, before=200, after=80, skip=_CHANGE_OR_VERB)
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


COUNTED = "counted.percent"
_COUNTING_LEAD = re.compile(r"(?<![\w])(?:" + L.alt(L.COUNTING_LEADS) + r")[\s\u00a0]*$")
_COUNTING_PREPOSITION = re.compile(r"(?<![\w])(?:" + L.alt(L.COUNTING_PREPOSITIONS) + r")[\s\u00a0]*$")
_COUNTING_WORD = re.compile(r"(?<![\w])(?:" + L.alt(L.COUNTING_WORDS) + r")")
COUNTING_REACH = 40  # characters before a percentage its lead may start at, and after it its counting word


def counted_share(ctx: Context, n, end: int, sent) -> bool:
    """Whether a percentage tells how much of an election's count was done ("after processing 100% of the
    protocols", "with 99% of the votes counted", "nach Auszählung von 100 Prozent", "con el 99,8 % escrutado"),
    and if so add it as such: no turnout, vote share or result, a figure of its hour that joins none it differs
    from (weak)."""
    lead_from = max(sent[0], n.start - COUNTING_REACH)
    if _COUNTING_LEAD.search(ctx.low, lead_from, n.start) is None:
        if _COUNTING_PREPOSITION.search(ctx.low, lead_from, n.start) is None:
            return False
        clause_end = min(sent[1], end + COUNTING_REACH)
        stop = _CLAUSE_STOPS.search(ctx.low, end, clause_end)
        if _COUNTING_WORD.search(ctx.low, end, stop.start() if stop else clause_end) is None:
            return False
    _add_percent(ctx, n, end, sent, COUNTED, 0.5, weak=True)
    return True


def unnamed_levels(ctx: Context, levels: list) -> None:
    """A level no word names ("the primary rate was lowered to 3.75%") is of the metric the text's levels are
    (its interest rates, its inflation); with none named, of the change that reached it, as before."""
    if not levels:
        return
    kinds = Counter(
        c.slot for c in ctx.claims if c.kind == "percent" and concept_of(c.slot) not in CHANGES and c.slot != COUNTED
    )
    level = kinds.most_common(1)[0][0] if kinds else ""
    for n, end, sent in levels:
        slot = level
        if not slot:
            change = nearest_change(ctx.low, ctx.lang, n.start, end, sent, ctx.text)
            cue = nearest_cue(ctx, PCT_CUES, n.start, end, sent)
            slot = f"{change[1]}.percent" if change else cue[1] if cue else UNNAMED_SHARE
        _add_percent(ctx, n, end, sent, slot, 0.7, weak=True)


def _add_percent(ctx: Context, n, end: int, sent, slot: str, worth: float, **extra) -> None:
    """A percentage of ``slot``, with the time of day it was taken at where its clause gives one."""
    ctx.add(
        "percent",
        slot,
        frame_subject(ctx, concept_of(slot), n.start, sent),
        num_value(n, "percent", ctx.lang),
        n.start,
        end,
        worth,
        sent,
        **extra,
        **as_of(ctx, n.start, end, sent),
        **left_stage(ctx.figure_role(n.start, end, sent)),
    )


# a time of day: "17:00", "12h25", "à 17h", "bis 17 Uhr", "by 5pm", "a las 17 horas"
_CLOCK = re.compile(
    r"(?<![\w.,:/])([01]?\d|2[0-3])(?:(?:[:h]([0-5]\d))[\s\u00a0]?("
    + L.alt(L.CLOCK_WORDS)
    + r")?|[\s\u00a0]?("
    + L.alt(L.CLOCK_WORDS)
    + r"))(?![\w])"
)
_CLAUSE_STOPS = re.compile(r"[.;!?\d]")
AS_OF_REACH = 60  # characters between a percentage and the time of day it was taken at


def as_of(ctx: Context, start: int, end: int, sent) -> dict:
    """The time of day a percentage was taken at, in its clause ("59,71 % à 17h", "almost 60% ... by 5pm",
    "Bis 17 Uhr ... gut 59,7 Prozent"): a turnout at 5 pm and the final turnout are two figures."""
    for m in _CLOCK.finditer(ctx.low, max(sent[0], start - AS_OF_REACH), min(sent[1], end + AS_OF_REACH)):
        gap = (m.end(), start) if m.end() <= start else (end, m.start()) if m.start() >= end else None
        if gap is None or _CLAUSE_STOPS.search(ctx.low, *gap):
            continue
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        if hour < 12:  # "5 p.m."
            hour += L.CLOCK_WORDS.get(m.group(3) or m.group(4) or "", 0)
        return {"as_of": f"{hour:02d}:{minute:02d}"}
    return {}


_METRIC = phrase_rx("CHANGE_METRICS", "")
METRIC_REACH = 80  # characters before a change in percent within which its clause names what changed
# the whole a percentage is of, named right after it: "of" and at most two words before the noun ("15% of its
# massive workforce", "environ 15% de l'ensemble des effectifs", "15 % der Arbeitsplätze", "15% de su plantilla")
_METRIC_AFTER = re.compile(
    r"[\s\u00a0]+(?:"
    + L.OF
    + r")(?:[\s\u00a0]+|(?<=['’]))(?:[^\W\d_][\w'’-]*[\s\u00a0]+){0,2}?("
    + L.alt(L.CHANGE_METRICS)
    + r")(?![\w])"
)


def changed_metric(ctx: Context, start: int, end: int, sent) -> dict:
    """What a change in percent is of: the whole named right after the figure ("cut 15% of its workforce",
    "soit environ 15% de l'ensemble des effectifs"), else the noun its clause names before it ("Shares of X fell
    17%", "le chiffre d'affaires a progressé de 12 %", "las ventas subieron un 12 %"), the last such noun, none
    across a clause's stop. A share's fall and a revenue's rise of one company are two figures, and so are a cut
    of its workforce and one of its production capacity."""
    after = _METRIC_AFTER.match(ctx.low, end, sent[1])
    if after is not None:
        return {"metric": L.CHANGE_METRICS[L.table_key(after.group(1))]}
    a = max(sent[0], start - METRIC_REACH)
    found = None
    for m in _METRIC.finditer(ctx.low, a, start):
        found = m
    if found is None or _CLAUSE_STOPS.search(ctx.low, found.end(), start):
        return {}
    return {"metric": phrase_value("CHANGE_METRICS", "", found)}


UNNAMED_AMOUNT = "amount"


def unnamed_amounts(ctx: Context) -> None:
    """An amount no word names ("Das Geschäft hat einen Umfang von 35,9 Milliarden Dollar") is of the kind
    the text's named amounts mostly are; it joins others only where the values agree (weak): a guess never
    conflicts."""
    kinds = Counter(c.slot for c in ctx.claims if c.kind == "money" and c.slot != UNNAMED_AMOUNT)
    slot = kinds.most_common(1)[0][0] if kinds else UNNAMED_AMOUNT
    for i, c in enumerate(ctx.claims):
        if c.kind == "money" and c.slot == UNNAMED_AMOUNT:
            ctx.claims[i] = replace(c, slot=slot, extra={**c.extra, "weak": True})


def uncued_percents(ctx: Context, uncued: list) -> None:
    """A percentage no word names ("AfD: 20.8%", "die Linke mit 8,8 Prozent") is of the kind the text's
    named percentages mostly are (an election report's shares); with none named, a share nothing names (a vote
    share in a text that counts seats or votes), which never conflicts (weak). A figure the event has one of (its
    turnout) is no kind for others: beside "la participación ... del 67,1 por ciento", "más del 33 por ciento de
    apoyo" and "a slight lead (0.6%)" are no turnouts."""
    if not uncued:
        return
    kinds = Counter(
        c.slot
        for c in ctx.claims
        if c.kind == "percent" and c.slot != COUNTED and concept_of(c.slot) not in EVENT_CONCEPTS
    )
    slot = kinds.most_common(1)[0][0] if kinds else VOTE_SHARE if _counts_seats_or_votes(ctx) else UNNAMED_SHARE
    for n, end, sent in uncued:
        metric = changed_metric(ctx, n.start, end, sent) if concept_of(slot) in CHANGES else {}
        _add_percent(ctx, n, end, sent, slot, 0.6, **({} if kinds else {"weak": True}), **metric)


def _counts_seats_or_votes(ctx: Context) -> bool:
    """Whether the text counts seats or votes: an election's results, whose percentages no word names are vote
    shares ("una victoria de la AD (29,49% y 79 escaños)", "Chega (18,06%)"), still compared only for agreement."""
    return any(c.kind == "count" and concept_of(c.slot) in ("seats", "votes") for c in ctx.claims)
