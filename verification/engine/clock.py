"""Times of day compared: a time as written, in UTC where its zone is known, and the span its words allow."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .claims import Claim

# minutes: two reports' times at most this far apart are one moment told two ways (events minutes apart are two:
# the white smoke and the bells, the announcement and the balcony)
MOMENT_SLACK = 5


def in_utc(minutes: int, zone: object, on: date | None) -> int | None:
    """Minutes after midnight UTC of a time in a zone (on the article's day for a zone with summer time)."""
    if isinstance(zone, int) and not isinstance(zone, bool):
        return (minutes - zone) % (24 * 60)
    if not isinstance(zone, str) or zone == "local" or on is None:
        return None
    tz = _tz(zone)
    if tz is None:
        return None
    offset = datetime(on.year, on.month, on.day, minutes // 60, minutes % 60, tzinfo=tz).utcoffset() or timedelta()
    return (minutes - int(offset.total_seconds() // 60)) % (24 * 60)


@cache
def _tz(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _span(v: dict, key: str) -> tuple[int, int] | None:
    x = v.get(key)
    if x is None:
        return None
    shift = x - v["minutes"]
    return v.get("earliest", v["minutes"]) + shift, v.get("latest", v["minutes"]) + shift


def agree_times(a: dict, b: dict) -> bool | None:
    """Two times of day as the reports give them: in UTC when both zones are known; as written when neither
    is (or both name the same zone), where a local time and a zoned one only support each other; a time
    given as "around", "shortly after" agrees with any within its span. None when they cannot be compared."""
    if a.get("minutes") is None or b.get("minutes") is None:
        return None
    if a.get("utc") is not None and b.get("utc") is not None:
        sa, sb = _span(a, "utc"), _span(b, "utc")
        return sa[0] <= sb[1] and sb[0] <= sa[1]
    za, zb = (v.get("zone") or ("local" if v.get("local") else "") for v in (a, b))
    if za and zb and za != zb:
        return None
    sa, sb = _span(a, "minutes"), _span(b, "minutes")
    same = sa[0] <= sb[1] and sb[0] <= sa[1]
    return same if za == zb else (True if same else None)


def one_moment(a: Claim, b: Claim) -> bool:
    """Two reports' times of day ``MOMENT_SLACK`` minutes apart at most, comparable (agree_times does not say
    None): one moment of the story told differently, a conflict to show rather than two facts."""
    if a.kind != "time" or b.kind != "time":
        return False
    va, vb = a.value, b.value
    if agree_times(va, vb) is None:
        return False
    key = "utc" if va.get("utc") is not None and vb.get("utc") is not None else "minutes"
    return abs(va[key] - vb[key]) <= MOMENT_SLACK


RESTATE_REACH = 25  # characters between a time and the same moment restated in another zone ("19h24 (17h24 GMT)")
DAY = 24 * 60


def zones_learned(claims_by_doc: dict[str, list[Claim]]) -> dict[str, list[Claim]]:
    """The story's claims with times of day in UTC where a report tells it: a time whose zone's offset is unknown (the
    place's own "16:10 hora local", a zone on an unknown day) restated right after in a zone with a known one ("16:10
    hora local de Japón (07:10 GMT)", "19h24 (17h24 GMT)", "11H00 locales (16H00 GMT)") is that moment, and tells the
    offset of its zone for the whole story: another report's "16:22 local time" is then 07:22 UTC, comparable with a
    third's "07:10 GMT". A story whose reports tell one zone two offsets (two countries' local times) learns none."""
    offsets: dict[str, set[int]] = {}
    restated: dict[int, int] = {}
    for claims in claims_by_doc.values():
        times = sorted(
            (c for c in claims if c.kind == "time" and c.value.get("minutes") is not None), key=lambda c: c.start
        )
        for a, b in zip(times, times[1:]):
            if (
                a.value.get("utc") is None
                and b.value.get("utc") is not None
                and a.sentence_start == b.sentence_start
                and 0 <= b.start - a.end <= RESTATE_REACH
            ):
                restated[id(a)] = b.value["utc"]
                offsets.setdefault(_zone_key(a.value), set()).add((a.value["minutes"] - b.value["utc"]) % DAY)
    learned = {zone: next(iter(found)) for zone, found in offsets.items() if len(found) == 1}
    if not restated:
        return claims_by_doc
    return {doc: [_in_utc(c, restated, learned) for c in claims] for doc, claims in claims_by_doc.items()}


def _zone_key(v: dict) -> str:
    """The zone a time is told in, for learning its offset: its zone's name, "local" for the place's own time (said or,
    where no zone is named, meant)."""
    return v.get("zone") or "local"


def _in_utc(c: Claim, restated: dict[int, int], learned: dict[str, int]) -> Claim:
    if c.kind != "time" or c.value.get("minutes") is None or c.value.get("utc") is not None:
        return c
    if id(c) in restated:
        utc = restated[id(c)]
    elif (c.value.get("local") or c.value.get("zone")) and _zone_key(c.value) in learned:
        utc = (
            c.value["minutes"] - learned[_zone_key(c.value)]
        ) % DAY  # a zone named, or "local time", never a bare time
    else:
        return c
    return replace(c, value={**c.value, "utc": utc})
