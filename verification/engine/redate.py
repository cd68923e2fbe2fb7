"""Resolve relative dates of undated articles against the story's date.

The extractor resolves "Ende dieses Jahres", "last year", "Wednesday" against the article's own
publication date. An article without one (or with only its month, dates.day_precise) keeps such dates unresolved (with ``spec``: what the words
say), so they could never be compared, and the figures they date could never be told apart by time.
Inside a story, its other articles' latest publication date is a fair anchor: the words are resolved
again (dates.relative, the extractor's own reader) against that anchor, and the result is marked
``"anchor": "story"`` so a reviewer can see where it came from and a comparison can weigh it less (or
``"story_year"`` when the words name the day and month and the story gives only the year).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from datetime import date

from .claims import Claim, Document
from .dates import day_precise, relative
from .detect.event_dates import EVENT_DATE_SLOT, EVENT_DAY_SLACK, OTHER_TIMES, event_day


def _anchored(value: dict, story_date: date) -> dict | None:
    """A date value resolved against the story's date, or None when it needs no or allows no resolving."""
    if not isinstance(value, dict) or value.get("resolved") is not False or not value.get("spec"):
        return None
    found = relative(value["spec"], value.get("granularity") or "day", story_date)
    if not found or not found.get("resolved"):
        return None
    # "13. Oktober", "lundi 28 janvier": the words give the day, the story's date only its year, which the
    # story's days apart cannot change; such a date may contradict another ("story_year"). A weekday or
    # "yesterday" counted from another article's date may be off by days: it supports, never contradicts.
    named_day = "day" in value["spec"] and "month" in value["spec"]
    return {**value, **found, "anchor": "story_year" if named_day else "story"}


def redate(claim: Claim, doc: Document, story_date: date | None) -> Claim:
    """The claim with its relative date (a date claim's value, or the date a figure's sentence gives)
    resolved against ``story_date``; the same claim when it cannot or need not be."""
    if story_date is None or (doc.published and day_precise(doc.published)):
        return claim
    if claim.kind == "date":
        value = _anchored(claim.value, story_date)
        return claim if value is None else dataclasses.replace(claim, value=value)
    extra = claim.extra if isinstance(claim.extra, dict) else {}
    when = _anchored(extra.get("date_context"), story_date)
    return claim if when is None else dataclasses.replace(claim, extra={**extra, "date_context": when})


def story_date(docs: list[Document]) -> date | None:
    """The story's date: its latest publication day, a date that names its day before one that gives only its
    month (dates.day_precise); None when no article is dated."""
    dated = [d.published for d in docs if d.published]
    return max(dated, key=lambda d: (day_precise(d), d)) if dated else None


def join_event_day(claims_by_doc: dict[str, list[Claim]]) -> dict[str, list[Claim]]:
    """The story's own day told under an event's name joins the day no verb names (``event.date``).

    "SpaceX launched on October 13", "Nvidia a achevé la journée du lundi 28 janvier": a launch or a close
    dated within ``EVENT_DAY_SLACK`` days of the day most articles give their event is that day, told with
    a verb; as an ``event.date`` it aligns with the others, so a day's difference is a conflict. An article
    that gives its event another of those days keeps its dated events apart (it tells them apart itself); dates of other
    times (a founding, "since", "by") never join. Returns the same lists, with such claims replaced (and a
    weekday counted from the story's date set to the day the article itself gives that weekday, _own_weekdays).
    """
    claims_by_doc = {doc: _own_weekdays(claims) for doc, claims in claims_by_doc.items()}
    votes: Counter = Counter()
    for claims in claims_by_doc.values():
        votes.update({day for c in claims if c.slot == EVENT_DATE_SLOT and (day := event_day(c))})
    if not votes or max(votes.values()) < 2:
        return claims_by_doc
    top = max(votes.values())
    story_day = min(day for day, n in votes.items() if n == top)
    out = {}
    for doc, claims in claims_by_doc.items():
        own = [c for c in claims if c.slot == EVENT_DATE_SLOT and event_day(c)]
        out[doc] = [_as_event_day(c, own, story_day) for c in claims]
    return out


def _as_event_day(c: Claim, own: list[Claim], story_day: date) -> Claim:
    day = event_day(c) if c.slot not in (EVENT_DATE_SLOT, *OTHER_TIMES) else None
    if day is None or abs((day - story_day).days) > EVENT_DAY_SLACK:
        return c
    for o in own:
        other = event_day(o)
        if other != day and abs((other - story_day).days) <= EVENT_DAY_SLACK and not _same_weekday(o, c):
            return c
    extra = {**(c.extra if isinstance(c.extra, dict) else {}), "weak": True, "told_as": c.slot}
    return dataclasses.replace(c, slot=EVENT_DATE_SLOT, subject="", extra=extra)


def _same_weekday(counted: Claim, named: Claim) -> bool:
    """A weekday counted from the story's date ("lundi") that the article itself gives a date elsewhere
    ("lundi 28 janvier"): one day in its words, whatever the count from another article's date says."""
    spec_a, spec_b = counted.value.get("spec") or {}, named.value.get("spec") or {}
    return (
        counted.value.get("anchor") == "story"
        and "weekday" in spec_a
        and spec_a.get("weekday") == spec_b.get("weekday")
    )


def _own_weekdays(claims: list[Claim]) -> list[Claim]:
    """An undated article's "lundi", counted from the story's date, is the day it calls "lundi 28 janvier"
    elsewhere: its own words date it better than another article's publication day."""
    named: dict[int, date] = {}
    for c in claims:
        day = event_day(c)
        if day and c.value.get("anchor") != "story":  # the weekday its words give, else the calendar's
            named.setdefault((c.value.get("spec") or {}).get("weekday", day.weekday()), day)
    if not named:
        return claims
    out = []
    for c in claims:
        spec, day = c.value.get("spec") or {}, event_day(c)
        own = named.get(spec.get("weekday")) if c.value.get("anchor") == "story" and set(spec) == {"weekday"} else None
        if day and own and own != day and abs((own - day).days) < 7:
            value = {**c.value, "start": own.isoformat(), "end": own.isoformat(), "anchor": "story_year"}
            c = dataclasses.replace(c, value=value)
        out.append(c)
    return out
