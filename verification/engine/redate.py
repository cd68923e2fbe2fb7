"""Resolve relative dates of undated articles against the story's date.

The extractor resolves "Ende dieses Jahres", "last year", "Wednesday" against the article's own
publication date. An article without one (or with only its month, dates.day_precise) keeps such dates unresolved (with ``spec``: what the words
say), so they could never be compared, and the figures they date could never be told apart by time.
Inside a story, its other articles' latest publication date is a fair anchor: the words are resolved
again (dates.relative, the extractor's own reader) against that anchor, and the result is marked
``"anchor": "story"`` so a reviewer can see where it came from and a comparison can weigh it less.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable
from datetime import date

from .claims import Claim, Document
from .clock import in_utc
from .dates import day_precise, relative
from .detect.event_dates import EVENT_DATE_SLOT, EVENT_DAY_SLACK, OTHER_TIMES, event_day, lead_day


def _anchored(value: dict, story_date: date) -> dict | None:
    """A date value resolved against the story's date, or None when it needs no or allows no resolving."""
    if not isinstance(value, dict) or value.get("resolved") is not False or not value.get("spec"):
        return None
    found = relative(value["spec"], value.get("granularity") or "day", story_date)
    if not found or not found.get("resolved"):
        return None
    return {**value, **found, "anchor": "story"}


def redate(claim: Claim, doc: Document, story_date: date | None) -> Claim:
    """The claim with its relative date (a date claim's value, or the date a figure's sentence gives)
    resolved against ``story_date``; the same claim when it cannot or need not be."""
    if story_date is None or (doc.published and day_precise(doc.published)):
        return claim
    if claim.kind == "time":
        return _time_in_utc(claim, story_date)
    return _with_date(claim, lambda value: _anchored(value, story_date))


def _time_in_utc(claim: Claim, story_date: date) -> Claim:
    """A time of day in a zone with summer time ("8:25, hora del Este", "14:25, hora española", "7:25 a.m. CT")
    in an article without its day is in UTC as it is on the story's date: its offset is that day's."""
    v = claim.value if isinstance(claim.value, dict) else {}
    zone = v.get("zone")
    if v.get("utc") is not None or v.get("minutes") is None or not isinstance(zone, str) or "/" not in zone:
        return claim
    utc = in_utc(v["minutes"], zone, story_date)
    if utc is None:
        return claim
    return dataclasses.replace(claim, value={**v, "utc": utc, "anchor": "story"})


def _with_date(claim: Claim, resolve: Callable[[dict | None], dict | None]) -> Claim:
    """The claim with its date (a date claim's value, or the date its sentence gives a figure) as ``resolve``
    gives it; the same claim when ``resolve`` gives None."""
    if claim.kind == "date":
        value = resolve(claim.value)
        return claim if value is None else dataclasses.replace(claim, value=value)
    extra = claim.extra if isinstance(claim.extra, dict) else {}
    when = resolve(extra.get("date_context"))
    return claim if when is None else dataclasses.replace(claim, extra={**extra, "date_context": when})


def story_date(docs: list[Document]) -> date | None:
    """The story's date: its latest publication day, a date that names its day before one that gives only its
    month (dates.day_precise); None when no article is dated."""
    dated = [d.published for d in docs if d.published]
    return max(dated, key=lambda d: (day_precise(d), d)) if dated else None


def join_event_day(claims_by_doc: dict[str, list[Claim]]) -> dict[str, list[Claim]]:
    """The story's own day, however it is told, becomes one ``event.date`` marked with that day.

    The story's day is the one most articles' leads give their event (detect/event_dates.lead_day). A date no
    verb names within ``EVENT_DAY_SLACK`` days of it is marked as the story's day (alignment joins those into
    one fact, so a day's difference is a conflict: event_dates.one_event_day); a launch or a close dated
    that near ("SpaceX launched on October 13", "a achevé la journée du lundi 28 janvier") is that day told
    with a verb and becomes such an ``event.date`` too, unless its article gives its event another of those
    days (it tells them apart itself). Other days of the story (the days after a disaster, a hearing set for
    later) and dates of other times (a founding, "since", "by") stay as they are. Returns the same lists,
    with such claims replaced (a day or month written without its year in a story no article of which is dated
    given the year of the days its texts write in full, _by_written_year; and a weekday counted from the
    story's date set to the day the article itself gives that weekday, _own_weekdays; an undated article's
    weekday that is the story day's, _weekday_of).
    """
    claims_by_doc = _by_written_year(claims_by_doc)
    claims_by_doc = {doc: _own_weekdays(claims) for doc, claims in claims_by_doc.items()}
    # a day counted from the story's date ("lundi" in an undated report) is a guess: the days leads write count first
    written = [[c for c in claims if c.value.get("anchor") != "story"] for claims in claims_by_doc.values()]
    votes = Counter(day for claims in written if (day := lead_day(claims))) or Counter(
        day for claims in claims_by_doc.values() if (day := lead_day(claims))
    )
    if not votes:
        return claims_by_doc
    top = max(votes.values())
    story_day = min(day for day, n in votes.items() if n == top)
    # a day one lead alone writes without its weekday may be background ("the last such crash, on 13 January 1982")
    sure = top > 1 or any(_written_with_weekday(c, story_day) for claims in claims_by_doc.values() for c in claims)
    claims_by_doc = {doc: _weekday_of(claims, story_day, sure) for doc, claims in claims_by_doc.items()}
    others = _days_beside(claims_by_doc.values(), story_day)
    return {doc: _on_story_day(claims, story_day, others) for doc, claims in claims_by_doc.items()}


def _days(claims: list[Claim], story_day: date) -> set[date]:
    """The days near the story's an article gives (dates of other times aside)."""
    return {day for c in claims if c.slot not in OTHER_TIMES and (day := event_day(c)) and _near(day, story_day)}


BESIDE_REPORTS = 2  # reports that give a day beside the story's to tell it is another thing's (one may be an error)


def _days_beside(articles, story_day: date) -> set[date]:
    """The days near the story's that ``BESIDE_REPORTS`` articles giving the story's day give too: other things'
    days (the nurse died on Wednesday, the outbreak was declared on Thursday), which another report's lead tells,
    not the story's day told differently."""
    told = Counter(day for claims in articles if story_day in (days := _days(claims, story_day)) for day in days)
    return {day for day, n in told.items() if n >= BESIDE_REPORTS and day != story_day}


def _written_with_weekday(c: Claim, day: date) -> bool:
    """Whether a date claim writes ``day`` with its weekday ("ce mercredi 9 juillet", "Wednesday, 10 July")."""
    spec = c.value.get("spec") or {} if isinstance(c.value, dict) else {}
    return event_day(c) == day and {"weekday", "day"} <= spec.keys()


def _on_story_day(claims: list[Claim], story_day: date, others: set[date]) -> list[Claim]:
    """An article's dates of the story's day: the story's day itself when the article gives it (its other days
    near it are other days, ``OTHER_DAY_SLOT``: the day after a disaster, the next day's trading, the eve of a
    launch), else the day its lead gives when that one is near it (the article tells the day differently), unless
    its words write one of the ``others`` ("29 janvier"): a day other articles give beside the story's, another
    thing's. A weekday counted from the article's own date ("este sábado") may still be the story's day told a day
    off."""
    days = {
        day
        for c in claims
        if c.slot not in OTHER_TIMES
        and (day := event_day(c))
        and _near(day, story_day)
        and not (day in others and {"month", "day"} <= (c.value.get("spec") or {}).keys())
    }
    lead = lead_day(claims)
    if story_day in days:
        days = {story_day}
    elif lead is None and days:  # no day in its lead: the first near day it gives is its telling of the event's
        days = {next(day for c in claims if c.slot not in OTHER_TIMES and (day := event_day(c)) in days)}
    else:
        days = {lead} & days
    out = []
    for c in claims:
        day = event_day(c) if c.slot not in OTHER_TIMES else None
        if day not in days:
            if day and c.slot == EVENT_DATE_SLOT and _near(day, story_day):  # the day before or after the story's
                c = dataclasses.replace(c, slot=OTHER_DAY_SLOT)
            out.append(c)
            continue
        extra = {**(c.extra if isinstance(c.extra, dict) else {}), "story_day": story_day.isoformat()}
        if c.slot != EVENT_DATE_SLOT:  # the story's day told with a verb
            extra.update(weak=True, told_as=c.slot)
            c = dataclasses.replace(c, slot=EVENT_DATE_SLOT, subject="")
        out.append(dataclasses.replace(c, extra=extra))
    return out


OTHER_DAY_SLOT = "other_day.date"  # a day next to the story's in an article that gives the story's day itself


def _near(day: date, story_day: date) -> bool:
    return abs((day - story_day).days) <= EVENT_DAY_SLACK


def _own_weekdays(claims: list[Claim]) -> list[Claim]:
    """An undated article's "lundi", counted from the story's date, is the day it calls "lundi 28 janvier"
    elsewhere: its own words date it better than another article's publication day."""
    named: dict[int, Claim] = {}
    for c in claims:
        spec, day = c.value.get("spec") or {}, event_day(c)
        if day and "day" in spec:  # a day its words give, by the weekday they give (else the calendar's)
            named.setdefault(spec.get("weekday", day.weekday()), c)
    if not named:
        return claims
    out = []
    for c in claims:
        spec, day = c.value.get("spec") or {}, event_day(c)
        own = named.get(spec.get("weekday")) if c.value.get("anchor") == "story" and set(spec) == {"weekday"} else None
        if day and own and event_day(own) != day and abs((event_day(own) - day).days) < 7:
            # the weekday is the day the article writes in full: its month and day are the article's words too
            named_day = {k: own.value["spec"][k] for k in ("month", "day") if k in own.value["spec"]}
            value = {**c.value, **{k: own.value.get(k) for k in ("start", "end", "anchor")}}
            c = dataclasses.replace(c, value={**value, "spec": {**spec, **named_day}})
        out.append(c)
    return out


def _by_written_year(claims_by_doc: dict[str, list[Claim]]) -> dict[str, list[Claim]]:
    """In a story none of whose articles is dated, "28 de abril", "am 21. April", "en octobre" (its own or a
    figure's sentence's) take the year that puts them nearest the middle one of the days its texts write with a
    year ("21 de abril de 2025"; the earlier of the two middle ones: a story looks back to its background more
    than ahead to what is planned, and one such day far off must not decide), marked ``"anchor": "text"``: the day and month are as written, only the year is
    inferred. Days counted from a day ("lundi", "yesterday") and years counted from a year ("last year") stay
    unresolved: a day the texts name is no publication day."""
    written = [
        day
        for claims in claims_by_doc.values()
        for c in claims
        if (day := event_day(c)) and not c.value.get("relative") and c.value.get("anchor") is None
    ]
    if not written:
        return claims_by_doc
    anchor = sorted(written)[(len(written) - 1) // 2]
    return {
        doc: [_with_date(c, lambda value: _yearless(value, anchor)) for c in claims]
        for doc, claims in claims_by_doc.items()
    }


def _yearless(value: dict | None, anchor: date) -> dict | None:
    """A date value that names its month but not its year, resolved against ``anchor``; None for any other."""
    spec = value.get("spec") if isinstance(value, dict) else None
    if not spec or value.get("resolved") is not False or "month" not in spec or "year_offset" in spec:
        return None
    found = relative(spec, value.get("granularity") or "day", anchor)
    if not found or not found.get("resolved"):
        return None
    return {**value, **found, "anchor": "text"}


WEEKDAY_REACH = 21  # days after the story's day within which an undated report's bare weekday may still be it


def _weekday_of(claims: list[Claim], story_day: date, sure: bool) -> list[Claim]:
    """An undated article's bare "lundi", "este lunes" is the story's day when that day is a Monday: reports of an
    event name its weekday. Resolved against the story's latest publication day, the weekday is the story's day at
    most ``WEEKDAY_REACH`` days before (the story's date is that of its latest report, often days later). In a
    story no article of which is dated, the weekday stays unresolved; it is the story's day (the day the leads
    write) when it is that day's weekday, that day is ``sure`` (more than one lead gives it, or one writes it with
    its weekday) and its own article writes no other day of that weekday ("mercredi" beside "ce mercredi 9
    juillet" another report writes), marked ``"anchor": "story"``: it may support that day, never contradict
    another."""
    own = {d.weekday() for c in claims if (d := event_day(c)) and d != story_day}
    out = []
    for c in claims:
        v = c.value if isinstance(c.value, dict) else {}
        spec = v.get("spec") or {}
        if c.kind == "date" and set(spec) == {"weekday"} and spec["weekday"] == story_day.weekday():
            day = event_day(c)
            unresolved = sure and v.get("resolved") is False and v.get("anchor") is None and spec["weekday"] not in own
            # counted from the story's date (not set to a day the article writes, _own_weekdays) within reach
            counted = (
                v.get("anchor") == "story"
                and day is not None
                and day.weekday() == spec["weekday"]
                and 0 < (day - story_day).days <= WEEKDAY_REACH
            )
            if unresolved or counted:
                iso = story_day.isoformat()
                c = dataclasses.replace(c, value={**v, "start": iso, "end": iso, "resolved": True, "anchor": "story"})
        out.append(c)
    return out
