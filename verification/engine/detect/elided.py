"""Counts whose noun is left out because a figure next to them names it.

- A breakdown by place: "Of the 72 deaths, 39 were in Wajima, 22 in Suzu and five in Nanao", "95,359 in
  Ishikawa": each item counts what the figure before it counts, in its place (kept apart by that place).
- A part of a whole: "410 der insgesamt 650 Sitze", "les 412 des 650 sièges", "411 sièges sur les 650": the
  part and the whole count one noun.
- A change told from one figure to the next: "passant de 47 à 9 sièges", "from 1,400 to 600 apprenticeships":
  the first figure is the earlier one (stage "previous"), of the second's noun.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from .. import lexicon as L
from ..concepts import concept_of
from ..context import Context
from ..frames import EVENT_CONCEPTS
from ..lang import table_of
from .measures import num_value
from .shared import frame_subject

_BREAKDOWN_REACH = 160  # how far back in its sentence the figure that names an item's noun may be
_LIST_GAP = re.compile(r"[^.;:!?()]*")


@cache
def _patterns(lang: str) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    locative = L.alt(table_of(lang, "LOCATIVE_PREPOSITIONS"))
    out_of = L.alt(table_of(lang, "OUT_OF_WORDS"))
    opener = L.alt(table_of(lang, "RANGE_OPENERS"))
    to = L.alt(
        set(table_of(lang, "NUMBER_RANGE_JOINERS")) - set(table_of(lang, "AND_WORDS")) - set(table_of(lang, "OR_WORDS"))
    )
    article = L.alt(table_of(lang, "DEFINITE_ARTICLES"))
    small = r"(?:[\s\u00a0]+[a-zà-ÿ][\w'’-]*){0,2}"
    return (
        # "22 in Suzu", "39 were in Wajima", "cinq à Nanao"
        re.compile(
            r"(?:[\s\u00a0]+[a-zà-ÿ]+)?[\s\u00a0]+(?:" + locative + r")[\s\u00a0]+(?:(?:" + article + r")[\s\u00a0]+)?"
        ),
        # "410 der insgesamt 650 Sitze": the part, then the whole with its noun
        re.compile(r"[\s\u00a0]+(?:" + out_of + r")" + small + r"[\s\u00a0]+"),
        # "passant de 47 à 9 sièges"
        re.compile(r"(?<![\w])(?:" + opener + r")[\s\u00a0]+$"),
        re.compile(r"[\s\u00a0]+(?:" + to + r")[\s\u00a0]+"),
    )


def detect_elided_counts(ctx: Context) -> None:
    counts = sorted((c for c in ctx.claims if c.kind == "count" and c.slot != "things"), key=lambda c: c.start)
    if not counts:
        return
    held = sorted((c.start, c.end) for c in ctx.claims)
    by_start = {c.start: c for c in counts}
    starts = [c.start for c in counts]
    place_rx, out_of_rx, opener_rx, to_rx = _patterns(ctx.lang)
    for n in ctx.nums:
        if n.is_year or n.low is None or n.low < 2 or n.low != int(n.low) or _held(held, n.start, n.end):
            continue
        sent = ctx.sentence(n.start)
        # the whole after the part, or the figure a change goes to
        nxt = out_of_rx.match(ctx.low, n.end) or (
            to_rx.match(ctx.low, n.end) if opener_rx.search(ctx.low, max(sent[0], n.start - 12), n.start) else None
        )
        whole = by_start.get(nxt.end()) if nxt else None
        if whole is not None and whole.value.get("low") is not None:
            stage = {} if nxt.re is out_of_rx else {"stage": "previous"}
            if stage or whole.value["low"] > n.low:
                _add(ctx, whole, n, sent, 0.6, **stage)
                continue
        # the whole before the part: "411 sièges sur les 650"
        i = bisect_right(starts, n.start) - 1
        before = counts[i] if i >= 0 else None
        if before is None or before.start < sent[0]:
            continue
        if out_of_rx.fullmatch(ctx.low, before.end, n.start) and before.value.get("low", 0) < n.low:
            _add(ctx, before, n, sent, 0.6)
            continue
        # an item of a breakdown by place
        at = place_rx.match(ctx.low, n.end, sent[1])
        place = ctx.entity_at(at.end()) if at else None
        if (
            place is not None
            and place.type in ("place", "name")
            and n.start - before.end <= _BREAKDOWN_REACH
            and _LIST_GAP.fullmatch(ctx.low, before.end, n.start)
        ):
            _add(ctx, before, n, sent, 0.55, scope_of=place.key)


def _held(held: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect_right(held, (end,))
    return any(a < end and start < b for a, b in held[max(0, i - 12) : i])


def _add(ctx: Context, named: object, n, sent, worth: float, **extra) -> None:
    """A count of the noun another figure names, about what that figure is about."""
    slot = named.slot
    unit = named.value.get("unit", slot)
    subject = "" if concept_of(slot) in EVENT_CONCEPTS else frame_subject(ctx, concept_of(slot), n.start, sent)
    value = num_value(n, unit, ctx.lang)
    if named.value.get("point"):
        value["point"] = True
    ctx.add("count", slot, subject, value, n.start, n.end, worth, sent, elided=True, **extra)
