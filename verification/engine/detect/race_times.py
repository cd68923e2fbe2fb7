"""Race times: a duration written as a clock reads, to the second ("won in 2:09:56", "2:02:43 Stunden", "en
2h02min43s", "2h09’57", "2h9’55”"): one figure of hours, minutes and seconds, told to the second."""

from __future__ import annotations

import re
from functools import cache

from .. import lexicon as L
from ..compare import SECOND
from ..context import Context
from ..lang import table_of
from .shared import frame_subject
from .times import clock_lead, zone_after

MINUTE = 1 / 1440  # days

# one digit of hours (a clock's "08:08:51" has two), minutes and seconds by colons; or glued to "h", with "min" or a
# prime before the seconds and perhaps a mark after them ("2h09min57s", "2h0’35", "2h9’55”")
_RACE_TIME_RX = re.compile(
    r"(?<![\w.:,’'])(\d)(?::([0-5]\d):|h([0-5]?\d)(?:min|[’'′]))([0-5]\d)(?:s(?!\w)|[”\"″]|[’'′]{2})?(?![\d’'′]|[.,:]\d)"
)


# hours and minutes as a clock writes them ("5:29", "5h29", "5 h 29"): a duration only where its words say so
_HOURS_MINUTES_RX = re.compile(
    r"(?<![\w.:,’'])(\d{1,2})(?::|[\s\u00a0]?h[\s\u00a0]?)([0-5]\d)(?![\d’'′]|[.,:]\d|[\s\u00a0]?(?:min|[’'′]))"
)


@cache
def _hours_after_rx(lang: str) -> re.Pattern:
    """The word for hours right after a figure ("5:29 Stunden", "2:05 horas")."""
    hours = [w for w, unit in table_of(lang, "MEASURE_UNITS").items() if unit[0] == "duration" and unit[1] == 1 / 24]
    return re.compile(r"[\s\u00a0]+(?:" + L.alt(hours) + r")(?![\w])")


@cache
def _span_lead_rx(lang: str) -> re.Pattern:
    """A word that makes hours and minutes after it a span of time ("pendant 5h29", "durante 2:05")."""
    return re.compile(r"(?<![\w])(?:" + L.alt(table_of(lang, "CLOCK_SPAN_LEADS")) + r")[\s\u00a0]+$")


def detect_clock_durations(ctx: Context) -> None:
    """Hours and minutes written as a clock reads them are a duration told to the minute where the word for hours
    follows them and no word sets them at a time of day ("nach 5:29 Stunden"; "a las 17:30 horas" is a time), or a
    word of a span of time leads them ("Pendant 5h29 de jeu"): a match's or a journey's length, compared to the
    minute like "five hours and 29 minutes" (compare.told_to). Its numbers count nothing and it is no score."""
    spans = []
    for m in _HOURS_MINUTES_RX.finditer(ctx.text):
        hours = _hours_after_rx(ctx.lang).match(ctx.low, m.end())
        led = _span_lead_rx(ctx.lang).search(ctx.low, max(0, m.start() - 30), m.start())
        if not (led or hours and clock_lead(ctx, m.start()) is None) or zone_after(ctx.text, m.end()):
            continue
        end = hours.end() if hours else m.end()
        days = (int(m.group(1)) * 60 + int(m.group(2))) * MINUTE
        value = {"low": days, "high": days, "qualifier": "exact", "unit": "duration", "step": MINUTE, "said_in": MINUTE}
        sent = ctx.sentence(m.start())
        ctx.add(
            "measure", "duration", frame_subject(ctx, "duration", m.start(), sent), value, m.start(), end, 0.8, sent
        )
        spans.append((m.start(), end))
    if spans:
        ctx.nums = [n for n in ctx.nums if not any(a <= n.num_start < b for a, b in spans)]


def detect_race_times(ctx: Context) -> None:
    """A race time is one duration told to the second: 2:09:56 and 2:09:57 differ, a coarser "2 h 09" holds
    either (compare.told_to); two times seconds apart are two finishes (compare.two_finishes). A time with a
    zone after it ("9:30:00 UTC") is a time of day, none of these. Its numbers count nothing."""
    spans = []
    for m in _RACE_TIME_RX.finditer(ctx.text):
        if zone_after(ctx.text, m.end()):
            continue
        hours, minutes, seconds = int(m.group(1)), int(m.group(2) or m.group(3)), int(m.group(4))
        days = (hours * 3600 + minutes * 60 + seconds) * SECOND
        value = {"low": days, "high": days, "qualifier": "exact", "unit": "duration", "step": SECOND}
        value["said_in"] = SECOND
        sent = ctx.sentence(m.start())
        ctx.add(
            "measure",
            "duration",
            frame_subject(ctx, "duration", m.start(), sent),
            value,
            m.start(),
            m.end(),
            0.85,
            sent,
        )
        spans.append((m.start(), m.end()))
    if spans:
        ctx.nums = [n for n in ctx.nums if not any(a <= n.num_start < b for a, b in spans)]
