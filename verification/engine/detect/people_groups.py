"""Counts of a group of the people an event hurt: "including 15 children", "dont 12 enfants", "darunter 45 Kinder",
"The dead include 40 adults and 28 children", "de los 87 cuerpos, 56 son adultos y 30 son niños".

Such a count is a part of its toll, told group by group (PEOPLE_GROUPS: children, adults, women, men, foreigners), and
a figure of its own: the children among the dead of one report join the children among the dead of another, never the
whole toll. Two readings:

- a count of a group that names no concept of its own (people.count, a guess) takes the concept of the toll told before
  it in its sentence, where it is a part of that toll (smaller) or an item of the same breakdown;
- a count of a group that names a toll's concept ("45 enfants" read as deaths) is a group of it where its article tells
  a larger toll of that concept: else it is the toll itself ("the attack killed 15 children").

Either gets the qualifier ``group`` (align keeps figures of two groups, and a group's and the whole's, apart).
"""

from __future__ import annotations

from dataclasses import replace

from ..claims import Claim
from ..concepts import concept_of
from ..context import Context
from ..frames import AFFECTED_PEOPLE, phrase_rx, phrase_value

GROUP = "group"  # the qualifier: which group of the people a toll counts a figure counts
_GUESSED = "people.count"  # the slot of a count of people whose noun names no concept


def detect_people_groups(ctx: Context) -> None:
    groups = {id(c): g for c in ctx.claims if (g := _group_of(c, ctx))}
    if not groups:
        return
    tolls = [c for c in ctx.claims if _toll(c)]
    ctx.claims[:] = [_grouped(c, groups[id(c)], tolls, groups) if id(c) in groups else c for c in ctx.claims]


def _group_of(c: Claim, ctx: Context) -> str | None:
    """The group of people a count's noun names, where its noun closes the count ("28 children", "30 son niños")."""
    if c.kind != "count" or not (_toll(c) or c.slot == _GUESSED):
        return None
    found = None
    for m in phrase_rx("PEOPLE_GROUPS", ctx.lang).finditer(ctx.low, c.start, c.end):
        found = m
    if found is None or found.end() != c.end:
        return None
    return phrase_value("PEOPLE_GROUPS", ctx.lang, found)


def _toll(c: Claim) -> bool:
    return c.kind == "count" and concept_of(c.slot) in AFFECTED_PEOPLE and not c.extra.get("weak")


def _grouped(c: Claim, group: str, tolls: list[Claim], groups: dict[int, str]) -> Claim:
    """The count as a group of its toll, or as it was read where it is no part of one."""
    if _toll(c):
        whole = any(t is not c and id(t) not in groups and t.slot == c.slot and _larger(t, c) for t in tolls)
        return replace(c, extra={**c.extra, GROUP: group}) if whole else c
    before = [t for t in tolls if t.sentence_start == c.sentence_start and t.end <= c.start]
    if not before:
        return c
    toll = before[-1]
    if not (_larger(toll, c) or id(toll) in groups):
        return c
    extra = {k: v for k, v in c.extra.items() if k not in ("weak", "unit_word")}
    value = {**c.value, "point": True} if toll.value.get("point") else c.value  # a part of a toll grows as it does
    return replace(c, slot=toll.slot, value=value, extra={**extra, GROUP: group})


def _larger(whole: Claim, part: Claim) -> bool:
    low, high = whole.value.get("low"), part.value.get("high") or part.value.get("low")
    return low is not None and high is not None and low > high
