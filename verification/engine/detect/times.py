"""Times of day: when something happened, as written ("7:25 a.m.", "um 18 Uhr", "à 19h24", "a las 19.22 horas"),
with the zone the text gives ("12:25 UTC", "8:25 a.m. EDT", "21 heures (heure locale)") and how exact it is
("shortly after 6 p.m.", "gegen 18 Uhr", "vers 21 heures")."""

from __future__ import annotations

import re

from .. import lexicon as L
from ..clock import in_utc
from ..context import Context
from ..frames import sub_event

# clock words as written without their dots ("pm") -> hours they add; a marker after a time that is none is a zone
_CLOCK = {word.replace(".", ""): hours for word, hours in L.CLOCK_WORDS.items()}
_ZONES = {" ".join(phrase.split()): zone for phrase, zone in L.TIME_ZONES.items()}
_ZONE = r"[\s\u00a0]*(?:[(,][\s\u00a0]*)?(" + L.alt_any_apostrophe(_ZONES) + r")(?![\w])\)?"
_TIME_RX = re.compile(
    r"(?<![\w.:,])([01]?\d|2[0-3])(?:[:.h]|[\s\u00a0]?h[\s\u00a0]?)([0-5]\d)(?!\d|[.,:]\d|(?:min|[’'′])\d)(?:[\s\u00a0]*("
    + L.alt(L.CLOCK_WORDS).replace(r"\.", r"\.?")  # "a.m", "pm."
    + r")(?!\w))?(?:"
    + _ZONE
    + r")?",
    re.IGNORECASE,
)

# a zone or a clock word right after a figure of hours ("9:30:00 UTC", "08:08:51 Uhr")
_ZONE_AFTER_RX = re.compile(
    r"(?:" + _ZONE + r"|[\s\u00a0]*(" + L.alt(w for w in L.CLOCK_WORDS if len(w) > 1) + r")(?!\w))", re.IGNORECASE
)


def zone_after(text: str, pos: int) -> bool:
    """Whether a zone ("UTC", "hora local"; an abbreviation only in capitals: "2h09'57 et" is French "and") or a
    clock word ("Uhr", "p.m.") follows a figure of hours: it is a time of day, no span of time."""
    m = _ZONE_AFTER_RX.match(text, pos)
    return m is not None and (m.group(2) is not None or _zone(m.group(1), text, m) is not None)


# a whole hour by the clock: "at 5 p.m.", "5pm" (English), "a las 5 p.m."
# the dotted clock words ("p.m.") and the same written without dots ("pm"): the hours of a 12-hour clock
_DOTTED = [word for word in L.CLOCK_WORDS if "." in word]
_HOUR_RX = re.compile(
    r"(?<![\w.:,])(1[0-2]|0?[1-9])[\s\u00a0]?(?:("
    + L.alt(_DOTTED)
    + r")|("
    + L.alt(word.replace(".", "") for word in _DOTTED)
    + r")\b)(?:"
    + _ZONE
    + r")?",
    re.IGNORECASE,
)
# a whole hour with the word for it: "um 18 Uhr", "à 21 heures", "vers 21h", "a las 16 horas"
_HOUR_NOUN_RX = re.compile(
    r"(?<![\w.:,])([01]?\d|2[0-3])[\s\u00a0]?(" + L.alt(L.CLOCK_HOUR_NOUNS) + r")(?![\w])(?:" + _ZONE + r")?",
    re.IGNORECASE,
)
_LEADS = {" ".join(phrase.split()): span for phrase, span in L.CLOCK_LEADS.items()}
_LEAD_RX = re.compile(r"(?<![\w])(" + L.alt_any_apostrophe(_LEADS) + r")[\s\u00a0]+$")
LEAD_REACH = 30  # characters before a time its lead word may take


def detect_times(ctx: Context) -> None:
    """ "at 04:09 UTC", "um 14.45 Uhr", "à 12h45 GMT", "a las 20:10 h", "gegen 18 Uhr", "vers 21 heures": times of
    day of the story's events. A bare "12.45" is a time only with a zone, "Uhr", "h" or a clock word; "h" alone
    marks it in French; a whole hour with the word for hours ("21 heures") only after a word that sets it at a
    time ("à", "vers", "a las"): "21 heures de vol" is a duration. The numbers of a time count nothing."""
    spans = ctx.durations_read()
    for m in _TIME_RX.finditer(ctx.text):
        marker = (m.group(3) or "").lower().replace(".", "")
        if not marker and not m.group(4) and "h" not in m.group(0).lower()[:6] and ":" not in m.group(0):
            continue
        if m.group(0)[len(m.group(1)) : len(m.group(1)) + 1] == "." and not marker and not m.group(4):
            continue
        hour, minute = int(m.group(1)), int(m.group(2))
        if hour < 12:  # "5:30 p.m."
            hour += _CLOCK.get(marker, 0)
        end = m.end() if marker or m.group(4) else m.end(2)
        _add(ctx, m, hour * 60 + minute, m.group(4), end, spans)
    for m in _HOUR_RX.finditer(ctx.text):
        if m.group(3) and ctx.lang not in ("en", ""):
            continue  # "am" is a German word
        hour = int(m.group(1)) % 12 + _CLOCK[(m.group(2) or m.group(3)).lower().replace(".", "")]
        _add(ctx, m, hour * 60, m.group(4), m.end(), spans)
    for m in _HOUR_NOUN_RX.finditer(ctx.text):
        if L.CLOCK_HOUR_NOUNS[m.group(2).lower()] and not clock_lead(ctx, m.start()):
            continue
        _add(ctx, m, int(m.group(1)) * 60, m.group(3), m.end(), spans)
    if spans:
        ctx.nums = [n for n in ctx.nums if not any(a <= n.num_start < b for a, b in spans)]


def _add(ctx: Context, m: re.Match, minutes: int, zone_words: str | None, end: int, spans: list) -> None:
    start = m.start()
    if any(a <= start < b for a, b in spans):
        return
    zone = _zone(zone_words, ctx.text, m)
    if zone_words and zone is None:  # "8h25 et 9h": the French "and", no zone
        end = min(end, ctx.text.rfind(zone_words, start, m.end()))
        while end > start and not ctx.text[end - 1].isalnum() and ctx.text[end - 1] != ".":
            end -= 1
    if ctx.text[end - 1] == ")" and "(" not in ctx.text[start:end]:
        end -= 1  # "(14:25, hora española)": the bracket opened before the time
    value: dict = {"minutes": minutes, "zone": _zone_name(zone_words, zone)}
    if zone == "local":
        value["local"] = True
    lead = clock_lead(ctx, start)
    if lead and lead != (0, 0):
        value["earliest"], value["latest"] = minutes + lead[0], minutes + lead[1]
    utc = in_utc(minutes, zone, ctx.doc.published)
    if utc is not None:
        value["utc"] = utc
    sent = ctx.sentence(start)
    ctx.add("time", "time", "", value, start, end, 0.6, sent, **sub_event(ctx.low, ctx.lang, start, end, sent))
    spans.append((start, end))


def _zone_name(words: str | None, zone: object) -> str:
    """The zone as a value keeps it: the abbreviation written ("UTC", "EDT"), else the IANA zone the words name
    ("hora del Este": America/New_York); "" for none or the place's own time."""
    if zone is None or zone == "local":
        return ""
    return words.upper() if isinstance(zone, int) else str(zone)


def clock_lead(ctx: Context, start: int) -> tuple[int, int] | None:
    """The minutes before and after a time its lead word allows ("shortly after" 0..20, "gegen" -15..15), (0, 0)
    for a plain "at"; None when no such word stands right before it."""
    m = _LEAD_RX.search(ctx.low, max(0, start - LEAD_REACH), start)
    return tuple(_LEADS[" ".join(m.group(1).replace("’", "'").split())]) if m else None


def _zone(words: str | None, text: str, m: re.Match) -> object:
    """The zone the words after a time name: minutes from UTC, an IANA zone, "local"; None for none. An
    abbreviation counts only in capitals ("8h25 et 9h" is French "and")."""
    if not words:
        return None
    key = " ".join(words.lower().replace("’", "'").split())
    if key not in _ZONES:
        return None
    if " " not in key and len(key) <= 5 and not words.isupper():
        return None
    return _ZONES[key]
