"""Minutes of a match ("in the 89th minute")."""

from __future__ import annotations

import re
from functools import cache

import simplemma

from .. import lexicon as L
from ..context import Context
from ..entities import Entity
from ..frames import has_score_cue, score_cue_rx
from ..lang import merged, table_of
from .shared import is_person, nearest_actor, person_name

_SUFFIX = L.alt(L.ORDINAL_SUFFIXES)  # "74th", "74.", "74e", "74ᵉ", "74º"
# the minute of a match event: "74th minute", "74. Spielminute", "83e minute", "74′", "after 74 minutes", "on 74
# minutes"; only in a text about a match
_MINUTE_RX = re.compile(
    r"(?<![\w.,])(\d{1,3})(?:(?:" + _SUFFIX + r")[\s\u00a0]*(?:" + L.alt(L.MINUTE_NOUNS) + r")\b|[′’'](?![\w′’']))"
)
# minutes in brackets after a scorer, alone or listed: "(74.)", "(83e)", "(20ᵉ, 63ᵉ)", "(20e et 64e)", "(12', 47')"
_MINUTE_ITEM = r"\d{1,3}(?:" + _SUFFIX + r"|[′’'])"
_BRACKETED_MINUTES = re.compile(
    r"\([\s\u00a0]*"
    + _MINUTE_ITEM
    + r"(?:[\s\u00a0]*(?:,|[\s\u00a0](?:"
    + L.alt(L.AND_WORDS)
    + r"))[\s\u00a0]*"
    + _MINUTE_ITEM
    + r")*[\s\u00a0]*\)"
)
_MINUTE_NUMBER = re.compile(r"\d{1,3}")
_ITEM_END = re.compile(r"(?:" + _SUFFIX + r"|[′’'])")
_LIST_JOINT = r"[\s\u00a0]*(?:,|[\s\u00a0](?:" + L.alt(L.AND_WORDS) + r"))[\s\u00a0]*"
_ANY_MINUTE_NOUN = L.alt([*L.MINUTE_NOUNS, *L.MINUTES_NOUNS])
# the minute noun before its number, or before several: "minuto 74", "en los minutos 22 y 29"
_MINUTE_BEFORE = re.compile(
    r"\b(?:" + _ANY_MINUTE_NOUN + r")[\s\u00a0]+(\d{1,3}(?:" + _LIST_JOINT + r"\d{1,3})*)\b(?![.,]\d)"
)
# ordinals listed before the minute noun: "in the 22nd and 30th minutes", "aux 22e et 30e minutes"
_LISTED_ORDINALS = re.compile(
    r"(?<![\w.,])\d{1,3}(?:"
    + _SUFFIX
    + r")(?:"
    + _LIST_JOINT
    + r"\d{1,3}(?:"
    + _SUFFIX
    + r"))+[\s\u00a0]*(?:"
    + _ANY_MINUTE_NOUN
    + r")\b"
)
_AFTER_MINUTES = re.compile(
    r"\b(?:" + L.alt(L.MINUTES_LEADS) + r")[\s\u00a0]+(\d{1,3})[\s\u00a0]+"
    r"(?:" + L.alt(L.MINUTES_NOUNS) + r")\b"
)
# a count of minutes left: "four minutes from time", "a cuatro minutos del final", "vier Minuten vor Schluss"
_FROM_END = re.compile(
    r"[\s\u00a0]+(?:" + L.alt(L.MINUTES_NOUNS) + r")[\s\u00a0]+(?:" + L.alt(L.MINUTES_FROM_END) + r")(?![\w])"
)
REGULAR_TIME = 90  # a football match's minutes without stoppage time: "four minutes from time" is its 86th
MAX_LEFT = 45  # minutes left that still say when in the second half

# an ordinal alone after "in the", "à": "in the 83rd with a strike", "scellé la victoire à 88e.", then a stop or a
# function word, never a noun ("in the 20th century", "at the 18th hole")
_ORDINAL_ALONE = re.compile(
    r"(?<![\w])(?:"
    + L.alt(L.ORDINAL_MINUTE_LEADS)
    + r")[\s\u00a0]+(\d{1,3})(?:"
    + _SUFFIX
    + r")(?=[\s\u00a0]*(?:[,.;:!?)]|$)|[\s\u00a0]+(?:"
    + L.alt([*merged("PREPOSITIONS"), *L.AND_WORDS])
    + r")(?![\w]))"
)


@cache
def _bare_minute_rx(lang: str) -> re.Pattern:
    """A bare number after the words that make it a minute where the language writes minutes without an ordinal's
    mark ("selló la victoria con un gol en el 42, consolidando"), then a stop or a function word, never a noun."""
    leads = table_of(lang, "BARE_MINUTE_LEADS")
    if not leads:
        return re.compile(r"(?!)")
    return re.compile(
        r"(?<![\w])(?:"
        + L.alt(leads)
        + r")[\s\u00a0]+(\d{1,3})(?![\w.,]\w)(?![\s\u00a0]*(?:%|"
        + L.alt(L.PERCENT_WORDS)
        + r"))(?=[\s\u00a0]*(?:[,.;:!?)]|$)|[\s\u00a0]+(?:"
        + L.alt([*table_of(lang, "PREPOSITIONS"), *table_of(lang, "AND_WORDS")])
        + r")(?![\w]))"
    )


def minute_matches(ctx: Context) -> list[tuple[int, int, int]]:
    if ctx.minutes is None:
        found = _minute_candidates(ctx)
        # only in a text about a match: a word for one as written ("Finale") or inflected ("besiegten"), read by
        # its lemma only where a minute was found, as lemmas cost more than one search
        if (
            found
            and not score_cue_rx(ctx.lang).search(ctx.low)
            and not has_score_cue(ctx.low, ctx.lang, 0, len(ctx.low))
        ):
            found = []
        ctx.minutes = sorted({f for f in found if 0 < f[2] <= 130})
    return ctx.minutes


def _minute_candidates(ctx: Context) -> list[tuple[int, int, int]]:
    found = [(m.start(1), m.end(), int(m.group(1))) for m in _MINUTE_RX.finditer(ctx.low)]
    for group in _BRACKETED_MINUTES.finditer(ctx.low):
        for n in _MINUTE_NUMBER.finditer(ctx.low, group.start(), group.end()):
            end = _ITEM_END.match(ctx.low, n.end())
            found.append((n.start(), end.end(), int(n.group(0))))
    found += [(m.start(1), m.end(), int(m.group(1))) for m in _AFTER_MINUTES.finditer(ctx.low)]
    for m in _MINUTE_BEFORE.finditer(ctx.low):
        numbers = list(_MINUTE_NUMBER.finditer(ctx.low, m.start(1), m.end(1)))
        found.append((m.start(), numbers[0].end(), int(numbers[0].group(0))))
        found += [(n.start(), n.end(), int(n.group(0))) for n in numbers[1:]]
    for m in _LISTED_ORDINALS.finditer(ctx.low):
        for n in _MINUTE_NUMBER.finditer(ctx.low, m.start(), m.end()):
            if any(f[0] == n.start() for f in found):
                continue  # "30. Minute" of "in der 22. und 30. Minute", read with its noun already
            found.append((n.start(), _ITEM_END.match(ctx.low, n.end()).end(), int(n.group(0))))
    found += [(m.start(1), m.end(), int(m.group(1))) for m in _ORDINAL_ALONE.finditer(ctx.low)]
    found += [(m.start(1), m.end(1), int(m.group(1))) for m in _bare_minute_rx(ctx.lang).finditer(ctx.low)]
    for n in ctx.nums:
        if n.low is not None and n.low == n.high and n.low == int(n.low) and 0 < n.low <= MAX_LEFT:
            left = _FROM_END.match(ctx.low, n.num_end)
            if left:
                found.append((n.num_start, left.end(), REGULAR_TIME - int(n.low)))
    return found + _relative_minutes(ctx, found)


RELATIVE_REACH = 400  # characters back to the moment a relative minute counts from (a sentence or two of narration)


def _relative_minutes(ctx: Context, found: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Minutes told from the moment told before them: "Six minutes later, Adeyemi ..." after "in the 15th minute" is
    the 21st, "Solo ocho minutos después, Doué marcó" after "Al minuto 12" the 20th, "trois minutes plus tôt" before
    a goal at the 73rd the 70th; each may be the moment the next counts from. Never a count of minutes that names
    what it is counted from ("dos minutos después del reinicio", "seven minutes after liftoff"), nor one with no
    minute a sentence or two before it."""
    later, signs = _later_rx(ctx.lang)
    told = sorted(found)
    out: list[tuple[int, int, int]] = []
    for n in sorted(ctx.nums, key=lambda n: n.num_start):
        if n.low is None or n.low != n.high or n.low != int(n.low) or not 0 < n.low <= MAX_LEFT:
            continue
        m = later.match(ctx.low, n.num_end)
        before = [t for t in told if t[1] <= n.num_start and n.num_start - t[1] <= RELATIVE_REACH]
        if m is None or not before:
            continue
        minute = max(before, key=lambda t: t[1])[2] + signs[L.table_key(m.group(1))] * int(n.low)
        if 0 < minute <= REGULAR_TIME + MAX_LEFT:
            out.append((n.num_start, m.end(), minute))
            told.append(out[-1])
    return out


@cache
def _later_rx(lang: str) -> tuple[re.Pattern, dict[str, int]]:
    """ "minutes later" after a count, unless what follows names what it is counted from; and each word's sign."""
    signs = table_of(lang, "MINUTES_LATER")
    return (
        re.compile(
            r"[\s\u00a0]+(?:"
            + L.alt(table_of(lang, "MINUTES_NOUNS"))
            + r")[\s\u00a0]+("
            + L.alt(signs)
            + r")(?![\w])(?![\s\u00a0]+(?:"
            + L.alt(table_of(lang, "MINUTES_LATER_FROM"))
            + r")(?![\w]))"
        ),
        signs,
    )


def detect_match_minutes(ctx: Context) -> None:
    for start, end, minute in minute_matches(ctx):
        sent = ctx.sentence(start)
        subject = _player(ctx, start, end, sent) or nearest_actor(ctx, start, sent) or ctx.subject_for(start, sent)
        # a minute is a whole number: the 73rd and the 74th minute differ (no relative slack); one counted from the
        # minute told before it ("five minutes later") is marked, as it is only as sure as that one
        relative = {"relative": True} if _later_rx(ctx.lang)[0].search(ctx.low, start, end) else {}
        ctx.add(
            "count",
            "match_minute",
            subject,
            {"low": float(minute), "high": float(minute), "qualifier": "exact", "unit": "match_minute", "step": 1.0},
            start,
            end,
            0.7,
            sent,
            **relative,
        )


_CLAUSE_END = re.compile(r"[.;!?]|\s[-–—]\s")


def _player(ctx: Context, start: int, end: int, sent: tuple[int, int]) -> str:
    """The player a minute is of: the person its clause names last before it ("Cole Palmer glich in der 73. Minute
    aus", "Kvaratskhelia (73e) et Mayulu (86e)", "a goal from Oyarzabal in the 86th minute"), else first after it
    ("In der 87. Minute gelang es den Spaniern dank Mikel Oyarzabal", "A los 22', Füllkrug picó"): the scorer, not
    the team or the stadium a sentence names nearer; "" where the clause names no person."""
    before = [e for e in ctx.ents_between(sent[0], start) if not _CLAUSE_END.search(ctx.low, e.end, start)]
    after = [e for e in ctx.ents_between(end, sent[1]) if not _CLAUSE_END.search(ctx.low, end, e.start)]
    for e in [*reversed(before), *after]:
        key = _person_key(ctx, e)
        if key:
            return key
    return ""


def _person_key(ctx: Context, e: Entity) -> str:
    """A person's key for a name entity: a name of two to four words, a surname the text gives in full elsewhere,
    or a single name (in German, which capitalises its nouns, one that is no word of the language: "Füllkrug",
    not "Gesicht")."""
    if e.type != "name":
        return ""
    if is_person(e):
        return ctx.canonical_subject(person_name(ctx, e)[0])
    full = ctx.full_names.get(e.key, "")
    if " " in full:
        return full
    if " " in e.key or (ctx.lang == "de" and simplemma.is_known(e.name, lang="de")):
        return ""
    return e.key
