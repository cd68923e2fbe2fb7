"""Race times: a duration written as a clock reads, to the second ("won in 2:09:56", "2:02:43 Stunden", "en
2h02min43s", "2h09’57", "2h9’55”"): one figure of hours, minutes and seconds, told to the second."""

from __future__ import annotations

import re

from ..compare import SECOND
from ..context import Context
from .shared import frame_subject
from .times import zone_after

# one digit of hours (a clock's "08:08:51" has two), minutes and seconds by colons; or glued to "h", with "min" or a
# prime before the seconds and perhaps a mark after them ("2h09min57s", "2h0’35", "2h9’55”")
_RACE_TIME_RX = re.compile(
    r"(?<![\w.:,’'])(\d)(?::([0-5]\d):|h([0-5]?\d)(?:min|[’'′]))([0-5]\d)(?:s(?!\w)|[”\"″]|[’'′]{2})?(?![\d’'′]|[.,:]\d)"
)


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
