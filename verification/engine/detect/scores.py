"""Match results ("won 2-1") and votes' tallies ("ruled 6-3", "par 310 voix contre 118")."""

from __future__ import annotations

import re
from functools import cache

from .. import lexicon as L
from ..context import Context
from ..frames import has_score_cue
from ..lang import table_of
from .match_minutes import minute_matches

# a result may be glued to its noun ("40:22-Sieg", "1:0-Erfolg"), never to another figure ("3-1-0")
_SCORE_RX = re.compile(
    r"(?<![\w.,:/-])(\d{1,2})[\s\u00a0]?[-–:][\s\u00a0]?(\d{1,2})(?![\w:/]|-(?![^\W\d_])|[.,]\d|[\s\u00a0]?(?:"
    + L.alt({word.rstrip(".") for word in L.CLOCK_WORDS})  # "3-1" is no score before "h", "Uhr", "a.m"
    + r")(?!\w))"
)


# one set of a match, perhaps with its tie-break: "6-7 (4-7)", "6-7(4)", "7:6 (7:3)", "6-7 (4/7)", "7(10)-6(2)"
_SIDE = r"(?:[1-9]\d?|0)(?!\d)"  # games or points: never written with a leading zero ("45:25, 1:02" are times)
_SET = _SIDE + r"(?:\(\d{1,2}\))?[-–:]" + _SIDE + r"(?:\(\d{1,2}\))?(?:[\s\u00a0]?\(\d{1,2}(?:[-–:/]\d{1,2})?\))?"
# a set's two sides, its tie-break's bracket passed over
_SET_SIDES = re.compile(r"\([^()]*\)|(\d+)(?:\(\d{1,2}\))?[-–:](\d+)")
MIN_SET_WIN = 6  # games (tennis) or points (volleyball, table tennis) a set is won with at least: no football score


@cache
def _set_list_rx(lang: str) -> re.Pattern:
    """Two sets or more of one match in a row: "4-6, 6-7 (4-7), 6-4", "4-6 6-7(4) 6-4", "7-6 (3) y 7(10)-6(2)"."""
    joint = r"(?:,?[\s\u00a0]+(?:" + L.alt(table_of(lang, "AND_WORDS")) + r")[\s\u00a0]+|,[\s\u00a0]*|[\s\u00a0]+)"
    return re.compile(r"(?<![\w.,:/-])" + _SET + r"(?:" + joint + _SET + r")+(?![\w:/-]|[.,]\d)")


def _set_lists(ctx: Context) -> list[tuple[int, int, list[list[int]]]]:
    """(start, end, its sets as written) of each list of a match's sets; every set is won, by MIN_SET_WIN or more."""
    found = []
    for m in _set_list_rx(ctx.lang).finditer(ctx.low):
        sets = [[int(s.group(1)), int(s.group(2))] for s in _SET_SIDES.finditer(m.group(0)) if s.group(1)]
        if all(a != b and max(a, b) >= MIN_SET_WIN for a, b in sets):
            found.append((m.start(), m.end(), sets))
    return found


def detect_scores(ctx: Context) -> None:
    """ "beat Barcelona 3-1", "Sieg mit 2:0", "victoire 2-1": results, once the text shows it is about a match:
    a result next to a word for winning, losing or a match, or the minutes of its goals ("(47e)", "73. Minute");
    a result is the event's own. A list of a match's sets needs no such word: it tells a match by itself."""
    set_lists = _set_lists(ctx)
    for start, end, sets in set_lists:
        # a match told set by set is one result: its sets in order, and the sets each side won (tie-breaks are a
        # detail one report gives and another leaves out)
        won = sum(a > b for a, b in sets)
        value = {"high": max(won, len(sets) - won), "low": min(won, len(sets) - won), "sets": sets}
        ctx.drop_counts(start, end)
        ctx.add("score", "score.sets", "", value, start, end, 0.8, ctx.sentence(start))
    found = list(_SCORE_RX.finditer(ctx.low))  # lowercase: "18:00 Uhr" is a time as "18:00 uhr" is
    if not found or not (
        minute_matches(ctx)
        or any(has_score_cue(ctx.low, ctx.lang, *ctx.sentence(m.start())) for m in found)
        or any(_opponent_after(ctx, m) for m in found)
    ):
        return
    durations = ctx.durations_read()
    for m in found:
        if any(a <= m.start() < b for a, b, *_ in [*durations, *set_lists]):
            continue  # "nach 5:29 Stunden": hours and minutes (detect/race_times.py); a set of a list of sets
        a, b = int(m.group(1)), int(m.group(2))
        # "40-22 win", "40:22-Sieg": the noun after the result counts no "22 wins"
        ctx.drop_counts(m.start(), m.end())
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


@cache
def _opponent_rx(lang: str) -> re.Pattern:
    """A word for the side a result was won or lost against, a few words after the result in its clause, perhaps
    after the half-time score: "mit 3:0 (3:0) gegen den Favoriten", "das 40:22 der Eagles gegen die Chiefs"."""
    return re.compile(
        r"(?:[\s\u00a0]*\([^()]*\))?(?:[\s\u00a0]+[^\W\d_][\w'’-]*){0,4}?[\s\u00a0]+(?:"
        + L.alt(table_of(lang, "RESULT_OPPONENT_WORDS"))
        + r")(?![\w])"
    )


def _opponent_after(ctx: Context, m: re.Match) -> bool:
    """A result with the side it was against named after it is a match's, where no word of a vote stands in its
    sentence ("ruled 6-3 against the plan" is a vote's tally: detect_vote_tallies)."""
    sent = ctx.sentence(m.start())
    tally_cue = _tally_rx(ctx.lang)[1]
    return bool(_opponent_rx(ctx.lang).match(ctx.low, m.end(), sent[1])) and not tally_cue.search(ctx.low, *sent)


@cache
def _tally_rx(lang: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """Two figures joined by a dash or a tally's word ("6-3", "310 to 118", "310 voix contre 118", "5 a 4"), the
    words that make them a vote's ("ruled", "Stimmen", "votación"), and a range's opener right before them."""
    joiners = L.alt(table_of(lang, "VOTE_TALLY_JOINERS"))
    cues = L.alt(table_of(lang, "VOTE_TALLY_CUES"))
    tally = re.compile(
        r"(?<![\w.,:/-])(\d{1,3})(?:[-–]|[\s\u00a0][-–][\s\u00a0]|(?:[\s\u00a0]+(?:"
        + cues
        + r"))?[\s\u00a0]+(?:"
        + joiners
        + r")[\s\u00a0]+)(\d{1,3})(?![\w:/-]|[.,]\d|[\s\u00a0]?%)"
    )
    cue = re.compile(r"(?<![\w])(?:" + cues + r")(?![\w])")
    opener = re.compile(r"(?<![\w])((?:" + cues + r")[\s\u00a0]+)?(?:" + L.alt(L.RANGE_OPENERS) + r")[\s\u00a0]+$")
    return tally, cue, opener


def detect_vote_tallies(ctx: Context) -> None:
    """ "The Supreme Court ruled 6-3", "by a vote of 310 to 118", "mit 310 zu 118 Stimmen", "par 310 voix contre
    118", "una votación de 5 a 4": a vote's two sides, for and against, where a word for voting or ruling stands in
    the sentence; each side is then no count of votes of its own (the for and the against would be one fact's two
    values). Never a change ("from 310 to 118 seats") nor a match's score (detect_scores reads those)."""
    tally, cue, opener = _tally_rx(ctx.lang)
    if not cue.search(ctx.low):
        return  # no word for voting or ruling in the text: one scan instead of one per figure
    scores = [(c.start, c.end) for c in ctx.claims if c.kind == "score"]
    for m in tally.finditer(ctx.low):
        sent = ctx.sentence(m.start())
        if any(a < m.end() and m.start() < b for a, b in scores) or not cue.search(ctx.low, *sent):
            continue
        lead = opener.search(ctx.low, max(sent[0], m.start() - 30), m.start())
        if lead and not lead.group(1):
            continue  # "from 310 to 118", "de 47 à 9": a change, unless a vote's word opens it ("votación de 5 a 4")
        a, b = int(m.group(1)), int(m.group(2))
        ctx.drop_counts(m.start(), m.end())
        ctx.add("score", "votes", "", {"high": max(a, b), "low": min(a, b)}, m.start(), m.end(), 0.7, sent)
