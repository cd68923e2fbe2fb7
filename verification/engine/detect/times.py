"""Times of day."""

from __future__ import annotations

import re

from .. import lexicon as L
from ..context import Context

# clock words as written without their dots ("pm") -> hours they add; a marker after a time that is none is a zone
_CLOCK = {word.replace(".", ""): hours for word, hours in L.CLOCK_WORDS.items()}
_TIME_RX = re.compile(
    r"(?<![\w.:,])([01]?\d|2[0-3])(?:[:.h]|[\s\u00a0]?h[\s\u00a0]?)([0-5]\d)(?!\d|[.,:]\d)[\s\u00a0]*(?:("
    + L.alt(L.CLOCK_WORDS).replace(r"\.", r"\.?")  # "a.m", "pm."
    + r")(?!\w)|("
    + L.alt(L.TIME_ZONES)
    + r"))?",
    re.IGNORECASE,
)


# a whole hour by the clock: "at 5 p.m.", "5pm" (English), "a las 5 p.m."
# the dotted clock words ("p.m.") and the same written without dots ("pm"): the hours of a 12-hour clock
_DOTTED = [word for word in L.CLOCK_WORDS if "." in word]
_HOUR_RX = re.compile(
    r"(?<![\w.:,])(1[0-2]|0?[1-9])[\s\u00a0]?(?:("
    + L.alt(_DOTTED)
    + r")|("
    + L.alt(word.replace(".", "") for word in _DOTTED)
    + r")\b)",
    re.IGNORECASE,
)


def detect_times(ctx: Context) -> None:
    """ "at 04:09 UTC", "um 14.45 Uhr", "à 12h45 GMT", "a las 20:10 h": times of day of the story's events.
    A bare "12.45" is a time only with a zone, "Uhr", "h" or a clock word; "h" alone marks it in French."""
    for m in _TIME_RX.finditer(ctx.text):
        marker = (m.group(3) or m.group(4) or "").lower().replace(".", "")
        if not marker and "h" not in m.group(0).lower()[:6] and ":" not in m.group(0):
            continue
        if m.group(0)[len(m.group(1)) : len(m.group(1)) + 1] == "." and not marker:
            continue
        hour, minute = int(m.group(1)), int(m.group(2))
        if hour < 12:  # "5:30 p.m."
            hour += _CLOCK.get(marker, 0)
        zone = (m.group(4) or "").upper()
        end = m.end() if marker else m.end(2)
        ctx.add(
            "time",
            "time",
            "",
            {"minutes": hour * 60 + minute, "zone": zone},
            m.start(),
            end,
            0.6,
            ctx.sentence(m.start()),
        )
    for m in _HOUR_RX.finditer(ctx.text):
        if m.group(3) and ctx.lang not in ("en", ""):
            continue  # "am" is a German word
        hour = int(m.group(1)) % 12 + _CLOCK[(m.group(2) or m.group(3)).lower().replace(".", "")]
        ctx.add(
            "time", "time", "", {"minutes": hour * 60, "zone": ""}, m.start(), m.end(), 0.6, ctx.sentence(m.start())
        )
