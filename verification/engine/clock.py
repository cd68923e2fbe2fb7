"""Times of day compared: a time as written, in UTC where its zone is known, and the span its words allow."""

from __future__ import annotations

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
