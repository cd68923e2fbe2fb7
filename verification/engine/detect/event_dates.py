"""Dates of events: the event a date belongs to (an election, a verdict, a match...)."""

from __future__ import annotations

import calendar
import re
from datetime import date

from .. import lexicon as L
from ..claims import Claim
from ..context import Context
from ..dates import deadline
from ..entities import place_key
from ..frames import phrase_rx, phrase_value, sub_event

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


_OBJ_RX = phrase_rx("EVENT_OBJECTS", "")


# events whose date is the story's own, whoever the sentence names (the election, the verdict, the match)
EVENT_DATES = frozenset({"election", "verdict", "match", "occurred", "landing", "arrest", "announcement"})
EVENT_DATE_SLOT = "event.date"  # a day no verb names: the day of what the story is about
# reports of one event's day differ by this many days at most (a time zone, "yesterday" in a story published
# the next morning, the day an agreement was announced for the day it was reached); further apart, two days are
# two things (the vote and the result, the launch and the next test)
EVENT_DAY_SLACK = 1
SINCE_SLOT = "since.date"  # the last time such a thing happened ("the first cut since September 2019")
DEADLINE_SLOT = "deadline.date"  # what something runs to or must be done by ("bis Ende 2030", "jusqu'en 2030")
PERIOD_SLOT = "period.date"  # years something lasted ("entre 2004 et 2017", "von 2002 bis 2013")
OTHER_TIMES = frozenset({"founded", SINCE_SLOT, DEADLINE_SLOT, PERIOD_SLOT})  # slots of other times than the event's
# events a report tells as done: "by 2030" bounds no such event, it is the deadline of what the sentence plans
DONE_EVENTS = EVENT_DATES | {"announcement", "founded"}
EVENT_LEAD = 600  # characters: an article gives its event's day in its first sentences; later days are background


def detect_dates(ctx: Context) -> None:
    low = ctx.low
    for d in ctx.dates:
        sent = ctx.sentence(d.start)
        if d.value.get("qualifier") == "since" or (d.value.get("spec") or {}).get("part") == "since_start":
            # "the first cut since September 2019": when the last such thing happened, compared for agreement
            if d.value.get("qualifier") == "since" and d.value.get("resolved"):
                ctx.add("date", SINCE_SLOT, "", _last_time(d.value), d.start, d.end, 0.4, sent, weak=True)
            continue
        if ctx.datelines.get(sent[0], -1) > d.start:
            continue  # "AMSTERDAM, June 2 (AP) —": when the story was filed, not when anything happened
        if "years" in (d.value.get("spec") or {}):
            # "von 2004 bis 2017", "entre 2004 et 2017": how long something lasted, no event's date
            ctx.add("date", PERIOD_SLOT, "", d.value, d.start, d.end, 0.5, sent, weak=True)
            continue
        a, b = max(sent[0], d.start - 90), min(sent[1], d.end + 90)
        best = None
        for m in _EVENT_RX.finditer(low, a, b):
            if d.start <= m.start() < d.end:
                continue
            dist = d.start - m.end() if m.end() <= d.start else (m.start() - d.end) * 1.3
            if best is None or dist < best[0]:
                best = (dist, _event_of(m.group(0)), m)
        if d.value.get("qualifier") == "by" and (best is None or best[1] in DONE_EVENTS):
            ctx.add("date", DEADLINE_SLOT, "", deadline(d.value), d.start, d.end, 0.5, sent, weak=True)
            continue
        if best is None:
            if (
                _named_time(d.value)
                and (d.value.get("resolved") or d.value.get("spec"))
                and not d.value.get("qualifier")
            ):
                # a day no verb names ("vendredi 19 juillet", "July 19, 2024"): the story's event, if any; in an
                # undated article it stays unresolved until the story's date resolves it (redate.py)
                part = sub_event(low, ctx.lang, d.start, d.end, sent)
                ctx.add("date", "event.date", "", d.value, d.start, d.end, 0.5, sent, weak=True, **part)
            continue
        event = best[1]
        cue_pos = best[2].start()
        obj = None
        for m in _OBJ_RX.finditer(
            low, max(sent[0], min(cue_pos, d.start) - 60), min(sent[1], max(cue_pos, d.end) + 40)
        ):
            dist = abs(m.start() - cue_pos)
            if obj is None or dist < obj[0]:
                obj = (dist, phrase_value("EVENT_OBJECTS", "", m), m.start())
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
        extra = {"cue": best[2].group(0), **sub_event(low, ctx.lang, d.start, d.end, sent)}
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
        value.get("granularity") == "period"
        and (spec.get("part") in HALF_YEARS or "quarter" in spec or "month" in spec)
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


def one_event_day(a: Claim, b: Claim) -> bool:
    """Two articles' days of the story's own event, told differently: both marked as the story's day
    (redate.join_event_day) and at most ``EVENT_DAY_SLACK`` days apart. Alignment joins them into one fact,
    so the day's difference is a conflict to show rather than two facts."""
    marks = [c.extra.get("story_day") if isinstance(c.extra, dict) else None for c in (a, b)]
    days = [event_day(c) for c in (a, b)]
    return (
        bool(marks[0])
        and marks[0] == marks[1]
        and None not in days
        and abs((days[0] - days[1]).days) <= EVENT_DAY_SLACK
    )


def lead_dates(claims: list[Claim], *, within: int = EVENT_LEAD) -> list[Claim]:
    """The dates of one day in an article's first ``within`` characters that bound nothing ("since",
    "by") and date no other time (a founding, an earlier event), in text order: where its event's day is read."""
    return [
        c
        for c in sorted(claims, key=lambda c: c.start)
        if c.start < within
        and c.kind == "date"
        and isinstance(c.value, dict)
        and c.slot not in OTHER_TIMES
        and not c.value.get("qualifier")
        and c.value.get("granularity") == "day"
    ]


def lead_day(claims: list[Claim]) -> date | None:
    """The day an article's lead gives its event: the first of its lead_dates; None when there is none or that
    first one is not resolved ("yesterday" in an undated article: a later day in the lead is more often a next
    step, a hearing set for July, than the event)."""
    days = lead_dates(claims)
    return event_day(days[0]) if days else None


def event_day(c: Claim) -> date | None:
    """The one day a date claim gives, when it bounds nothing ("since", "by"); None for any other claim."""
    v = c.value if isinstance(c.value, dict) else {}
    if c.kind != "date" or v.get("qualifier") or v.get("granularity") != "day" or not v.get("resolved"):
        return None
    if not v.get("start") or v.get("start") != v.get("end"):
        return None
    try:
        return date.fromisoformat(v["start"][:10])
    except ValueError:
        return None
