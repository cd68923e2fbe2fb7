"""Dates and periods, resolved against the publication date.

``find_dates(text, low, lang, published)`` returns every date expression with its value
``{"start", "end", "granularity": day|month|year|period, "resolved", "relative"}`` (plus
``"qualifier"``: before|after|since|by when a preposition bounds it, and ``"spec"``: what the words
say, so an unresolved relative date can be resolved later). Recognised in en/de/fr/es:

- "May 20, 2026", "20 May 2026", "20. Mai 2026", "20 mai 2026", "20 de mayo de 2026", "2026-05-20",
  "20.05.2026", "Wednesday (May 20)", "on Wednesday", "am Mittwoch";
- "November 2025", "im November", "November last year", "en noviembre del año pasado";
- "last year", "letztes Jahr", "l'an dernier", "el año pasado", "Ende dieses Jahres",
  "end of this year", "seit Jahresbeginn", "since the start of the year", "yesterday", "gestern";
- "in 2024", "before 2025", "seit 2020", "d'ici 2030", "jusqu'en 2030", "2025 to 2030", "between 2025 and 2030";
- counted back or forward: "two years ago", "vor zwei Jahren", "dans deux ans", "dentro de dos años", "vorletztes Jahr";
- seasons, parts of a year: "im Sommer 2024", "à l'automne 2024", "last summer", "el pasado invierno";
- named days: "New Year's Day", "jour de l'An", "Nochebuena" (lang HOLIDAYS), "Good Friday", "Pfingstmontag"
  (EASTER_HOLIDAYS, counted from Easter Sunday by dateutil's computus);
- a day number without its month ("Le 4, ...", "el día 4"): in the month the text named last before it, else
  the anchor's (the nearest such day).

Month names of other languages come from babel (CLDR), so dates degrade gracefully.
No dateparser here: it is ~1000x slower than these patterns; nothing it parses is needed on top.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from dateutil.easter import easter

from . import lexicon as L
from .frames import phrase_rx
from .lang import LANGUAGES, language, merged

_MONTH_OF: dict[str, int] = {m: i for i, names in L.MONTHS.items() for m in names}
_WEEKDAY_OF: dict[str, int] = {w: i for i, names in L.WEEKDAYS.items() for w in names}
_RELATIVE_MONTH: dict[str, int] = merged("RELATIVE_MONTH")
_DIRECTION_WORDS: dict[str, int] = merged("DIRECTION_WORDS")
# "this Monday", "this March" name the day or month itself: only a season reads "this" as the nearest one
_PAST_OR_NEXT: dict[str, int] = {w: way for w, way in _DIRECTION_WORDS.items() if way}
_AGO_WORDS: dict[str, str] = merged("AGO_WORDS")
_AHEAD_PHRASES: list[str] = merged("AHEAD_PHRASES")
_TIME_UNITS: dict[str, str] = merged("TIME_UNITS")
# a season's first month (northern hemisphere); the winter of a year is the one its January is in
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}
_EXTRA_LANGS: set[str] = set()


def _said(words: str) -> str:
    """Matched words as a table key: one space between words, a straight apostrophe."""
    return " ".join(words.replace("’", "'").split())


_HOLIDAY_OF: dict[str, tuple[int, int]] = {_said(k): v for k, v in L.HOLIDAYS.items()}
_EASTER_OF: dict[str, int] = {_said(k): v for k, v in L.EASTER_HOLIDAYS.items()}
_MONTH_PART_OF: dict[str, str] = {_said(w): part for part, words in L.MONTH_PARTS.items() for w in words}
_MONTH_THIRDS = {"start": (1, 10), "middle": (11, 20), "end": (21, 31)}


def _add_babel_months(lang: str) -> bool:
    """Add CLDR month names for a language outside en/de/fr/es (once); True when something was added."""
    if not lang or lang in L.LANGS or lang in _EXTRA_LANGS:
        return False
    _EXTRA_LANGS.add(lang)
    try:
        from babel import Locale

        loc = Locale.parse(lang)
    except Exception:  # unknown locale: numbers and ISO dates still work
        return False
    added = False
    for ctx in ("format", "stand-alone"):
        for width in ("wide",):
            for i, name in loc.months.get(ctx, {}).get(width, {}).items():
                n = name.lower()
                if n.isalpha() and len(n) >= 3 and n not in _MONTH_OF:
                    _MONTH_OF[n] = i
                    added = True
    return added


def _ahead_rx(count: str) -> re.Pattern:
    """A time counted forward ("in two years' time", "dans deux ans", "dentro de dos años"): each phrase of
    AHEAD_PHRASES with the count and its unit where its {n} stands (each phrase its own pair of groups)."""
    forms = []
    for phrase in _AHEAD_PHRASES:
        before, _, after = phrase.partition("{n}")
        forms.append(L.alt_any_apostrophe([before.strip()]) + r"\s+" + count if before.strip() else count)
        if after:
            forms[-1] += (r"\s+" if after[0] == " " else "") + L.alt_any_apostrophe([after.strip()])
    return re.compile(r"(?<![\w'’])(?:" + "|".join(forms) + r")(?![\w'’])")


def _patterns():
    month = L.alt(_MONTH_OF)
    wday = L.alt(_WEEKDAY_OF)
    rel_year = L.alt(L.RELATIVE_YEAR)
    parts = {w: p for p, ws in [*L.YEAR_PART.items(), *L.SEASONS.items()] for w in ws}
    part = L.alt(parts)
    day = rf"(\d{{1,2}})(?:{L.alt(L.DAY_SUFFIXES)})?"
    link = rf"(?:(?:{L.alt(L.MONTH_YEAR_LINKS)})\s+)?"  # "June of 2024", "junio de 2024"
    year = r"(\d{4})"
    P = []
    P.append(("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")))
    P.append(("dmy_num", re.compile(r"\b(\d{1,2})([./])(\d{1,2})\2(\d{4})\b")))
    P.append(
        (
            "wd_dmy",
            re.compile(
                rf"\b(?:({wday}),?\s+(?:(?:{L.alt(L.WEEKDAY_DAY_ARTICLES)})\s+)?)?{day}\s+(?:(?:{L.alt(L.DAY_MONTH_LINKS)})\s+)?({month})(?:\s+{link}{year})?(?![\w])"
            ),
        )
    )
    # the day after its month ("December 2.", "Jan. 3"): a full stop after it ends the sentence, no German ordinal
    day_after = rf"(\d{{1,2}})(?:{L.alt(s for s in L.DAY_SUFFIXES if s != '.')})?"
    P.append(("wd_mdy", re.compile(rf"\b(?:({wday}),?\s*\(?\s*)?({month})\s+{day_after}(?:,?\s+{year})?\)?(?![\w])")))
    P.append(("month_rel", re.compile(rf"\b({month})\s+{link}({rel_year}|{L.alt(L.MONTH_PAST_WORDS)})\b")))
    # "since September 2019", "seit März 2020", "depuis mars 2020": a month bounded by its preposition
    P.append(
        (
            "prep_month_year",
            re.compile(rf"\b({L.alt(L.YEAR_PREPS)})\s+({month})\s+{link}{year}\b"),
        )
    )
    # "Ende Oktober (2024)", "mid-March", "a finales de octubre de 2024": a third of a month
    month_part = L.alt(_MONTH_PART_OF).replace(r"\-", r"-\s*")
    P.append(("part_month", re.compile(rf"\b({month_part})\s*({month})(?:\s+{link}{year})?(?![\w])")))
    P.append(("month_year", re.compile(rf"\b({month})\s+{link}{year}\b")))
    articles = L.alt_any_apostrophe(L.YEAR_PART_ARTICLES)
    P.append(("part_rel", re.compile(rf"\b({part})\s+(?:(?:{articles})\s*)?({rel_year}|{L.alt(L.YEAR_NOUNS)})\b")))
    P.append(("since_start", phrase_rx("SINCE_START_OF_YEAR", "")))
    P.append(("end_of_year", phrase_rx("END_OF_YEAR", "")))
    P.append(("rel_year", re.compile(rf"\b({rel_year})\b")))
    P.append(
        (
            "year_range",
            re.compile(
                rf"\b(?:({L.alt(L.RANGE_OPENERS)})\s+)?(\d{{4}})\s*(?:-|–|—|{L.alt(L.RANGE_JOINERS)})\s*(\d{{4}}|\d{{2}})\b"
            ),
        )
    )
    P.append(
        ("prep_year", re.compile(rf"\b({L.alt(L.YEAR_PREPS)})\s+(?:(?:{L.alt(L.YEAR_END_WORDS)})\s+)?(\d{{4}})\b"))
    )
    # "winter 2024/25": the winter its second year's January is in
    P.append(("part_year", re.compile(rf"\b({part})\s+{link}{year}(?:[/–-](\d{{4}}|\d{{2}}))?\b")))
    season = L.alt(w for ws in L.SEASONS.values() for w in ws)
    way = L.alt(_DIRECTION_WORDS)
    articles = L.alt_any_apostrophe([*L.ARTICLES, *merged("ARTICLE_CONTRACTIONS")])
    P.append(
        (
            "season_dir",
            re.compile(rf"(?<![\w'’])(?:({way})\s+({season})|(?:{articles})\s*({season})\s+({way}))(?![\w'’])"),
        )
    )
    P.append(
        (
            "quarter_year",
            re.compile(
                rf"\b(?:({L.alt(L.QUARTER_ORDINALS)})\s+(?:{L.alt(L.QUARTER_NOUNS)})|(q[1-4]))"
                rf"\s+{link}{year}\b"
            ),
        )
    )
    P.append(
        (
            "year",
            re.compile(
                rf"(?<![\w.,/-])(?:(?:{L.alt(L.YEAR_LEADS)})\s+)?((?:1[89]|20|21)\d\d)(?![\w/%-]|[.,]\d|\s*(?:{L.alt(L.SCALE_WORDS)})\b)"
            ),
        )
    )
    way = L.alt(_PAST_OR_NEXT)
    P.append(
        (
            "weekday",
            re.compile(
                rf"\b(?:(?:{L.alt(L.WEEKDAY_LEADS)})\s+)?(?:({way})\s+)?({wday})(?:{L.alt(L.WEEKDAY_PART_ENDINGS)})?\b"
                rf"(?:\s+({way})\b)?"
            ),
        )
    )
    P.append(("rel_month", re.compile(r"(?<![\w'’])(" + L.alt(_RELATIVE_MONTH) + r")(?![\w'’])")))
    holiday = L.alt_any_apostrophe([*_HOLIDAY_OF, *_EASTER_OF])
    P.append(("holiday", re.compile(rf"(?<![\w'’-])({holiday})(?:\s+{link}{year})?(?![\w'’-])")))
    # "Le 4, le Parti travailliste...": a day number the comma closes (not "el 28,7 %")
    P.append(
        (
            "bare_day",
            re.compile(
                rf"(?<![\w'’])(?:{L.alt(L.BARE_DAY_LEADS)})\s+(\d{{1,2}})(?:{L.alt(L.DAY_SUFFIXES)})?(?=\s*[,;](?!\d))"
            ),
        )
    )
    before = L.alt([w for w, where in _AGO_WORDS.items() if where == "before"])
    after = L.alt([w for w, where in _AGO_WORDS.items() if where == "after"])
    count = r"(\d{1,3}|" + L.alt(L.NUMBER_WORDS) + r")\s+(" + L.alt(_TIME_UNITS) + r")"
    P.append(("ago", re.compile(rf"(?<![\w'’])(?:(?:{before})\s+{count}|{count}\s+(?:{after}))(?![\w'’])")))
    P.append(("ahead", _ahead_rx(count)))
    P.append(("rel_week", re.compile(r"(?<![\w'’])(" + L.alt(L.RELATIVE_WEEK) + r")(?![\w'’])")))
    P.append(("rel_day", re.compile(r"(?<![\w'’])(" + L.alt(L.RELATIVE_DAY) + r")(?![\w'’])")))
    # "last October", "letzten Oktober", "el pasado (mes de) octubre": the latest October before the publication month
    nouns = L.alt_any_apostrophe(L.MONTH_NOUNS)
    P.append(
        (
            "month_dir",
            re.compile(rf"\b(?:(?:{L.alt(L.MONTH_LEADS)})\s+)?({way})\s+(?:(?:{nouns})\s*)?({month})(?![\w])"),
        )
    )
    # "since September", "until November"; not "since September 13", the day its month leads to (wd_mdy)
    P.append(
        (
            "month_only",
            re.compile(rf"\b(?:{L.alt(L.MONTH_LEADS)})\s+({month})(?![\w])(?!\s+\d{{1,2}}(?!\d))"),
        )
    )
    return P, parts


_P, _PARTS = _patterns()
# patterns whose matches always contain one of these words: skipped (one substring test) in a text without
_NEEDS = {
    "rel_week": tuple(w for w, unit in _TIME_UNITS.items() if unit == "week"),
    "rel_month": tuple(w for w, unit in _TIME_UNITS.items() if unit == "month"),
    "quarter_year": (*L.QUARTER_NOUNS, "q1", "q2", "q3", "q4"),
    # a named day as written, with either apostrophe ("new year's day", "jour de l’an")
    "holiday": tuple({form for name in [*_HOLIDAY_OF, *_EASTER_OF] for form in (name, name.replace("'", "’"))}),
}
_BARE_DAY_ANCHOR = re.compile(r"\d\s*[,;](?!\d)")  # a number a comma closes: where "Le 4," can be
_AGO_ANCHOR = re.compile(r"(?<![\w'’])(?:" + L.alt(_AGO_WORDS) + r")(?![\w'’])")
_UNIT_ANCHOR = re.compile(r"(?<![\w'’])(?:" + L.alt(_TIME_UNITS) + r")(?!\w)")  # in every time counted forward
_ANCHORED = {"wd_dmy", "wd_mdy", "month_rel", "part_month", "month_year", "weekday", "month_dir", "month_only"}
_ANCHOR: list = [None, 0]


def _anchor_rx():
    if _ANCHOR[0] is None or _ANCHOR[1] != len(_MONTH_OF):
        _ANCHOR[0] = re.compile(r"\b(?:" + L.alt(list(_MONTH_OF) + list(_WEEKDAY_OF)) + r")")
        _ANCHOR[1] = len(_MONTH_OF)
    return _ANCHOR[0]


@cache
def _capitalised_only(lang: str) -> frozenset[str]:
    """Date words that are dates only when capitalised in a text of this language ("May" the month, "may" the
    verb; German's capitalised "Mai" and weekdays); every language's in a text of unknown language."""
    if lang in LANGUAGES:
        return frozenset(language(lang).CAPITALISED_DATE_WORDS)
    return frozenset(merged("CAPITALISED_DATE_WORDS"))


@dataclass(slots=True)
class DateMention:
    start: int
    end: int
    value: dict
    kind: str = ""  # the pattern that read it ("wd_dmy", "bare_day"...)


def _ymd(y, m, d):
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _val(start: date | None, end: date | None, gran: str, relative: bool, spec: dict, qualifier: str = "") -> dict:
    v = {
        "start": start.isoformat() if start else None,
        "end": end.isoformat() if end else None,
        "granularity": gran,
        "resolved": bool(start or end),
        "relative": relative,
        "spec": spec,
    }
    if qualifier:
        v["qualifier"] = qualifier
    return v


def _month_span(y, m):
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def _month_third(y: int, m: int, part: str):
    first, last = _MONTH_THIRDS[part]
    return date(y, m, first), date(y, m, min(last, calendar.monthrange(y, m)[1]))


def _year_span(y):
    return date(y, 1, 1), date(y, 12, 31)


def _near_year(pub: date, m: int, d: int = 1) -> int:
    """The year that puts month m (day d) closest to the publication date."""
    best = None
    for y in (pub.year - 1, pub.year, pub.year + 1):
        dd = _ymd(y, m, min(d, calendar.monthrange(y, m)[1]))
        if dd and (best is None or abs((dd - pub).days) < abs((best - pub).days)):
            best = dd
    return best.year


def _part_span(y: int, part: str, pub: date | None):
    if part == "end":
        return date(y, 10, 1), date(y, 12, 31)
    if part == "start":
        return date(y, 1, 1), date(y, 3, 31)
    if part == "first_half":
        return date(y, 1, 1), date(y, 6, 30)
    if part == "second_half":
        return date(y, 7, 1), date(y, 12, 31)
    if part == "since_start":
        return date(y, 1, 1), (pub if pub and pub.year == y else date(y, 12, 31))
    if part in _SEASON_START:  # its three months
        first = date(y - 1, 12, 1) if part == "winter" else date(y, _SEASON_START[part], 1)
        return first, _month_offset_span(first, 2)[1]
    return _year_span(y)


def _season_span(pub: date, season: str, way: int):
    """The season before the anchor ("last summer": the latest one over), after it ("next winter"), or this one
    ("this spring": the one the anchor is in, else the one that begins in its year: "este otoño" in January is
    the autumn to come, "this summer" in October the one just over)."""
    spans = [_part_span(y, season, pub) for y in range(pub.year - 1, pub.year + 3)]
    if way < 0:
        return max(s for s in spans if s[1] < pub)
    if way > 0:
        return min(s for s in spans if s[0] > pub)
    return next((s for s in spans if s[0] <= pub <= s[1]), None) or next(s for s in spans if s[0].year == pub.year)


def relative(spec: dict, granularity: str, anchor: date | None) -> dict | None:
    """The value of a relative date (what its words say, ``spec``) resolved against ``anchor``, the
    publication date; unresolved (no start, no end) without one. The extractor reads every relative date
    through here, and so do callers that resolve a date later against another anchor (redate.py)."""
    if anchor is None or (_counts_days(spec) and not day_precise(anchor)):
        return _val(None, None, granularity, True, spec)
    pub = anchor
    if "ago" in spec or "ahead" in spec:
        return _counted(pub, spec.get("ahead", 0) - spec.get("ago", 0), spec)
    if "day" in spec and "month" in spec:  # "Wednesday (May 20)": the year that puts it nearest
        mo, dd = spec["month"], spec["day"]
        yy = _near_year(pub, mo, dd)
        if "weekday" in spec:  # a weekday pins the year when it can
            for cand in (pub.year, pub.year - 1, pub.year + 1):
                c = _ymd(cand, mo, dd)
                if c and c.weekday() == spec["weekday"] and abs((c - pub).days) < 200:
                    yy = cand
                    break
        d = _ymd(yy, mo, dd)
        return d and _val(d, d, "day", True, spec)
    if "easter" in spec:  # "Good Friday": the one nearest the anchor
        days = [easter(y) + timedelta(days=spec["easter"]) for y in (pub.year - 1, pub.year, pub.year + 1)]
        d = min(days, key=lambda d: abs((d - pub).days))
        return _val(d, d, "day", True, spec)
    if set(spec) == {"day"}:  # "Le 4," with no month before it: the 4th nearest the anchor
        months = [divmod(pub.year * 12 + pub.month - 1 + k, 12) for k in (-1, 0, 1)]
        days = [d for y, m in months if (d := _ymd(y, m + 1, spec["day"]))]
        if not days:
            return None
        d = min(days, key=lambda d: abs((d - pub).days))
        return _val(d, d, "day", True, spec)
    if "weekday" in spec:
        wd, way = spec["weekday"], spec.get("direction", 0)
        if way > 0:  # "next Monday", "mardi prochain": the first one after the publication day
            d = pub + timedelta(days=(wd - pub.weekday()) % 7 or 7)
        elif way < 0:  # "last Monday", "el pasado martes": the last one before it
            d = pub - timedelta(days=(pub.weekday() - wd) % 7 or 7)
        else:  # "on Monday" in a news report: the latest one, the publication day included
            d = pub - timedelta(days=(pub.weekday() - wd) % 7)
        return _val(d, d, "day", True, spec)
    if "month" in spec and "part" in spec:  # "Ende Oktober": that third of the nearest October
        return _val(
            *_month_third(_near_year(pub, spec["month"], 15), spec["month"], spec["part"]), "period", True, spec
        )
    if "month" in spec and "direction" in spec:  # "last October": the latest October before this month
        mo, ahead = spec["month"], spec["direction"] > 0
        if ahead:
            year = pub.year if mo > pub.month else pub.year + 1
        else:
            year = pub.year if mo < pub.month else pub.year - 1
        return _val(*_month_span(year, mo), "month", True, spec)
    if "month" in spec and "year_offset" in spec:  # "November last year"
        return _val(*_month_span(pub.year + spec["year_offset"], spec["month"]), "month", True, spec)
    if "month" in spec:  # "im April": the nearest April
        mo = spec["month"]
        return _val(*_month_span(_near_year(pub, mo, 15), mo), "month", True, spec)
    if "part" in spec and "direction" in spec:  # "last summer", "el próximo invierno"
        return _val(*_season_span(pub, spec["part"], spec["direction"]), "period", True, spec)
    if "part" in spec:  # "Ende dieses Jahres", "seit Jahresbeginn"
        return _val(*_part_span(pub.year + spec.get("year_offset", 0), spec["part"], pub), "period", True, spec)
    if "year_offset" in spec:  # "last year"
        return _val(*_year_span(pub.year + spec["year_offset"]), "year", True, spec)
    if "month_offset" in spec:  # "next month"
        return _val(*_month_offset_span(pub, spec["month_offset"]), "month", True, spec)
    if "day_offset" in spec:  # "yesterday"
        d = pub + timedelta(days=spec["day_offset"])
        return _val(d, d, "day", True, spec)
    if "week_offset" in spec:  # "last week"
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=spec["week_offset"])
        return _val(monday, monday + timedelta(days=6), "week", True, spec)
    return None


def _counted(pub: date, n: int, spec: dict) -> dict | None:
    """A time n units after the anchor (before it when n < 0), in its unit: "three days ago" a day, "two weeks ago"
    that week, "six months ago" that month, "dans deux ans" that year."""
    unit = spec["unit"]
    if unit == "day":
        d = pub + timedelta(days=n)
        return _val(d, d, "day", True, spec)
    if unit == "week":
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=n)
        return _val(monday, monday + timedelta(days=6), "week", True, spec)
    if unit == "month":
        return _val(*_month_offset_span(pub, n), "month", True, spec)
    if not 1 <= pub.year + n <= 9999:
        return None
    return _val(*_year_span(pub.year + n), "year", True, spec)


def day_precise(published: date) -> bool:
    """Whether a publication date names its day. Pages often give only the month ("date 2024-10"), which is
    stored as its first day: such a date anchors "last year" or "in March", never "on Sunday" or "yesterday"
    (the Sunday before the 1st is weeks off); those wait for the story's date (redate.py)."""
    return published.day != 1


def _counts_days(spec: dict) -> bool:
    """A relative date counted in days or weeks from its anchor ("on Tuesday", "yesterday", "last week")."""
    return (
        "weekday" in spec
        and "month" not in spec
        or "day_offset" in spec
        or "week_offset" in spec
        or set(spec) == {"day"}
        or spec.get("unit") in ("day", "week")
    )


def _month_offset_span(pub: date, offset: int):
    y, m = divmod(pub.year * 12 + pub.month - 1 + offset, 12)
    return _month_span(y, m + 1)


def _bounded(start: date, end: date, gran: str, spec: dict, qualifier: str, pub: date | None) -> dict:
    """A year or month bounded by its preposition: "before 2025" ends before it, "since 2020" runs from it to
    the publication date, "by 2030" ends with it."""
    if qualifier == "before":
        return _val(None, start - timedelta(days=1), gran, False, spec, "before")
    if qualifier == "after":
        return _val(end + timedelta(days=1), None, gran, False, spec, "after")
    if qualifier == "since":
        return _val(start, pub, gran, False, spec, "since")
    return _val(None, end, gran, False, spec, "by")


def deadline(value: dict) -> dict:
    """A date bounded by "by" ("bis Ende 2030", "jusqu'en 2030", "hasta 2030") as the deadline it names: the year
    (or month) it gives, still marked "by". Compared as that year, two deadlines of 2030 agree and a deadline of
    2026 does not agree with the first half of 2025, which the open span before 2026 would."""
    spec = value.get("spec") or {}
    if value.get("qualifier") != "by" or "year" not in spec:
        return value
    start, end = _month_span(spec["year"], spec["month"]) if "month" in spec else _year_span(spec["year"])
    return {**value, "start": start.isoformat(), "end": end.isoformat()}


def _resolve(kind: str, g: tuple, low_match: str, pub: date | None, text_match: str) -> dict | None:
    if kind == "iso":
        d = _ymd(int(g[0]), int(g[1]), int(g[2]))
        return d and _val(d, d, "day", False, {"date": d.isoformat()})
    if kind == "dmy_num":
        a, b, y = int(g[0]), int(g[2]), int(g[3])
        d = _ymd(y, b, a) or _ymd(y, a, b)
        return d and _val(d, d, "day", False, {"date": d.isoformat()})
    if kind in ("wd_dmy", "wd_mdy"):
        if kind == "wd_dmy":
            wd, dd, mo, y = g[0], int(g[1]), _MONTH_OF[g[2]], g[3]
        else:
            wd, mo, dd, y = g[0], _MONTH_OF[g[1]], int(g[2]), g[3]
        if not 1 <= dd <= 31:
            return None
        spec = {"month": mo, "day": dd}
        if wd:
            spec["weekday"] = _WEEKDAY_OF[wd]
        if y:
            d = _ymd(int(y), mo, dd)
            return d and _val(d, d, "day", False, spec)
        return relative(spec, "day", pub)
    if kind == "month_rel":
        mo, said = _MONTH_OF[g[0]], " ".join(g[1].split())
        if said not in L.RELATIVE_YEAR:  # "mars dernier", "marzo pasado": the latest March before, as "last March"
            return relative({"month": mo, "direction": -1}, "month", pub)
        return relative({"month": mo, "year_offset": L.RELATIVE_YEAR[said]}, "month", pub)
    if kind == "month_dir":
        way = _PAST_OR_NEXT[" ".join(g[0].split())]
        return relative({"month": _MONTH_OF[g[1]], "direction": way}, "month", pub)
    if kind == "part_month":
        part, mo = _MONTH_PART_OF[_said(g[0])], _MONTH_OF[g[1]]
        if not g[2]:
            return relative({"month": mo, "part": part}, "period", pub)
        return _val(*_month_third(int(g[2]), mo, part), "period", False, {"month": mo, "part": part, "year": int(g[2])})
    if kind == "month_year":
        mo, y = _MONTH_OF[g[0]], int(g[1])
        s, e = _month_span(y, mo)
        return _val(s, e, "month", False, {"month": mo, "year": y})
    if kind == "prep_month_year":
        q, mo, y = L.YEAR_PREPS[" ".join(g[0].split())], _MONTH_OF[g[1]], int(g[2])
        return _bounded(*_month_span(y, mo), "month", {"month": mo, "year": y}, q, pub)
    if kind in ("part_rel", "since_start", "end_of_year"):
        if kind == "part_rel":
            part = _PARTS[" ".join(g[0].split())]
            off = L.RELATIVE_YEAR.get(" ".join(g[1].split()), 0)
        else:
            part, off = ("since_start", 0) if kind == "since_start" else ("end", 0)
        return relative({"year_offset": off, "part": part}, "period", pub)
    if kind == "rel_year":
        return relative({"year_offset": L.RELATIVE_YEAR[" ".join(g[0].split())]}, "year", pub)
    if kind == "year_range":
        y1 = int(g[1])
        y2 = int(g[2]) if len(g[2]) == 4 else (y1 // 100) * 100 + int(g[2])
        if not (1800 <= y1 < y2 <= 2199) or (g[0] is None and y2 - y1 > 50):
            return None
        if g[0] is None and _AND_JOINED.search(low_match):
            return None  # "in 2004 and 2017": two years; "between 2004 and 2017" is the span
        return _val(date(y1, 1, 1), date(y2, 12, 31), "period", False, {"years": [y1, y2]})
    if kind == "prep_year":
        q = L.YEAR_PREPS[" ".join(g[0].split())]
        y = int(g[1])
        if not 1800 <= y <= 2199:
            return None
        return _bounded(*_year_span(y), "year", {"year": y}, q, pub)
    if kind == "part_year":
        part, y = _PARTS[" ".join(g[0].split())], int(g[1])
        if not 1800 <= y <= 2199:
            return None
        if part == "winter" and g[2] and int(g[2]) % 100 == (y + 1) % 100:
            y += 1
        s, e = _part_span(y, part, pub)
        return _val(s, e, "period", False, {"year": y, "part": part})
    if kind == "quarter_year":
        q, y = L.QUARTER_ORDINALS[g[0]] if g[0] else int(g[1][1]), int(g[2])
        if not 1800 <= y <= 2199:
            return None
        s, e = date(y, 3 * q - 2, 1), _month_span(y, 3 * q)[1]
        return _val(s, e, "period", False, {"year": y, "quarter": q})
    if kind == "year":
        y = int(g[0])
        if not 1900 <= y <= 2100:
            return None
        s, e = _year_span(y)
        return _val(s, e, "year", False, {"year": y})
    if kind == "weekday":
        wd = _WEEKDAY_OF[g[1]]
        way = _PAST_OR_NEXT.get(" ".join((g[0] or g[2] or "").split()), 0)
        return relative({"weekday": wd, "direction": way} if way else {"weekday": wd}, "day", pub)
    if kind == "season_dir":
        way, season = (g[0], g[1]) if g[0] else (g[3], g[2])
        spec = {"part": _PARTS[" ".join(season.split())], "direction": _DIRECTION_WORDS[" ".join(way.split())]}
        return relative(spec, "period", pub)
    if kind == "rel_month":
        return relative({"month_offset": _RELATIVE_MONTH[" ".join(g[0].split())]}, "month", pub)
    if kind in ("ago", "ahead"):
        n_raw, unit_word = [x for x in g if x][:2]  # the count and unit of the form that matched
        n = int(n_raw) if n_raw.isdigit() else L.NUMBER_WORDS.get(n_raw)
        unit = _TIME_UNITS[" ".join(unit_word.split())]
        if n is None or n <= 0:
            return None
        return relative({kind: n, "unit": unit}, unit, pub)
    if kind == "rel_day":
        return relative({"day_offset": L.RELATIVE_DAY[g[0]]}, "day", pub)
    if kind == "rel_week":
        return relative({"week_offset": L.RELATIVE_WEEK[" ".join(g[0].split())]}, "week", pub)
    if kind == "month_only":
        return relative({"month": _MONTH_OF[g[0]]}, "month", pub)
    if kind == "holiday":
        return _holiday(_said(g[0]), int(g[1]) if g[1] else None, pub)
    if kind == "bare_day":
        day = int(g[0])
        return relative({"day": day}, "day", pub) if 1 <= day <= 31 else None
    return None


def _holiday(name: str, year: int | None, pub: date | None) -> dict | None:
    """A named day ("jour de l'An", "Good Friday") of the year written after it, else the one nearest the anchor."""
    if name in _HOLIDAY_OF:
        mo, dd = _HOLIDAY_OF[name]
        spec: dict = {"month": mo, "day": dd}
        d = _ymd(year, mo, dd) if year else None
    else:
        spec = {"easter": _EASTER_OF[name]}
        d = easter(year) + timedelta(days=spec["easter"]) if year else None
    if year:
        return d and _val(d, d, "day", False, {**spec, "year": year})
    return relative(spec, "day", pub)


def _in_month_named_before(mentions: list[DateMention], pub: date | None) -> list[DateMention]:
    """A bare day number ("Le 5, le roi...") is of the month the text named last before it ("jeudi 4 juillet"),
    in that date's year when it gives one; without one before it, it stays counted from the anchor."""
    out = []
    named = None  # the last day or month named before: (month, year or None)
    for dm in mentions:
        v, spec = dm.value, dm.value.get("spec") or {}
        if dm.kind == "bare_day" and named:
            mo, yy = named
            full = {"day": spec["day"], "month": mo}
            d = _ymd(yy, mo, spec["day"]) if yy else None
            value = _val(d, d, "day", v["relative"], full) if d else relative(full, "day", pub)
            if value is not None:
                dm = DateMention(dm.start, dm.end, value, dm.kind)
        elif v.get("granularity") in ("day", "month") and not v.get("qualifier"):
            start = v.get("start")
            if start and v.get("resolved") and start[:7] == (v.get("end") or "")[:7]:
                named = (int(start[5:7]), int(start[:4]))
            elif "month" in spec:
                named = (spec["month"], None)
        out.append(dm)
    return out


_FOUR_DIGITS = re.compile(r"\d{4}")
_AND_JOINED = re.compile(r"\d\s+(?:" + L.alt(L.AND_WORDS) + r")\s+\d")
_WITH_YEAR = {"iso", "dmy_num", "prep_month_year", "year_range", "prep_year", "part_year", "quarter_year", "year"}


def _windows(anchors, size: int, before: int, after: int) -> list[list[int]]:
    """Merged spans of text around each anchor match (wide enough for the longest pattern around it)."""
    spans: list[list[int]] = []
    for a in anchors:
        s0, e0 = max(0, a.start() - before), min(size, a.end() + after)
        if spans and s0 <= spans[-1][1]:
            spans[-1][1] = e0
        else:
            spans.append([s0, e0])
    return spans


def find_dates(text: str, low: str | None = None, lang: str = "", published: date | None = None) -> list[DateMention]:
    """Every date expression in text, longest first where two overlap."""
    global _P, _PARTS
    if low is None:
        low = L.lower_same_len(text)
    if _add_babel_months(lang):
        _P, _PARTS = _patterns()
    found: list[tuple[int, int, str, tuple]] = []
    # patterns that need a month or weekday name run only around those names (one scan instead of six)
    windows = _windows(_anchor_rx().finditer(low), len(low), 30, 40)
    # and those that hold a four-digit year only around four-digit numbers
    year_windows = _windows(_FOUR_DIGITS.finditer(low), len(low), 50, 30)
    seen = set()
    for kind, rx in _P:
        if kind in _ANCHORED or kind in _WITH_YEAR or kind in ("ago", "ahead", "bare_day"):
            if kind == "ago":  # only around "ago", "vor", "hace", "il y a"
                spans = _windows(_AGO_ANCHOR.finditer(low), len(low), 30, 30)
            elif kind == "ahead":  # only around "years", "Jahren", "ans", "años"
                spans = _windows(_UNIT_ANCHOR.finditer(low), len(low), 30, 20)
            elif kind == "bare_day":
                spans = _windows(_BARE_DAY_ANCHOR.finditer(low), len(low), 20, 3)
            else:
                spans = windows if kind in _ANCHORED else year_windows
            for s0, e0 in spans:
                for m in rx.finditer(low, s0, e0):
                    if (m.start(), kind) not in seen:
                        seen.add((m.start(), kind))
                        found.append((m.start(), m.end(), kind, m))
            continue
        if kind in _NEEDS and not any(word in low for word in _NEEDS[kind]):
            continue
        for m in rx.finditer(low):
            found.append((m.start(), m.end(), kind, m))
    found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    out: list[DateMention] = []
    for s, e, kind, m in found:
        if out and s < out[-1].end and (e - s) <= (out[-1].end - out[-1].start):
            continue
        g = m.groups()
        # English "May"/"March" only as months when capitalised
        mg = next((x for x in g if x and x in _MONTH_OF), None)
        if mg in _capitalised_only(lang) and not text[m.start(g.index(mg) + 1)].isupper():
            continue
        if kind == "weekday" and g[1] in _capitalised_only(lang) and not text[m.start(2)].isupper():
            continue
        if kind == "wd_mdy" and out and s < out[-1].end and out[-1].kind == "wd_dmy":
            continue  # "du 2 janvier 18 h": the day stands before its month, the number after it is an hour
        if kind == "year":
            # a bare year inside a larger number or a name ("NAIS 2.0", "Windows 2000 Server") is skipped
            if s > 0 and text[s - 1] in "$€£¥#":
                continue
        try:
            v = _resolve(kind, g, low[s:e], published, text[s:e])
        except (ValueError, KeyError, OverflowError):
            v = None
        if v is None:
            continue
        while out and s < out[-1].end:  # a longer expression overlapping the previous one replaces it
            out.pop()
        out.append(DateMention(s, e, v, kind))
    out.sort(key=lambda d: d.start)
    return _in_month_named_before(out, published)


def in_words(value: dict) -> str:
    """A resolved date as a reader reads it ("19 November 2024", "November 2024", "2024"); "" when the value
    is no single day, month or year (an open span, an unresolved relative date)."""
    start, end = value.get("start"), value.get("end")
    if not value.get("resolved") or not start or not end:
        return ""
    try:
        lo, hi = date.fromisoformat(start[:10]), date.fromisoformat(end[:10])
    except ValueError:
        return ""
    if lo == hi:
        return f"{lo.day} {calendar.month_name[lo.month]} {lo.year}"
    if (lo.day, lo.year, lo.month) == (1, hi.year, hi.month) and hi.day == calendar.monthrange(hi.year, hi.month)[1]:
        return f"{calendar.month_name[lo.month]} {lo.year}"
    if (lo.month, lo.day, hi.month, hi.day) == (1, 1, 12, 31) and lo.year == hi.year:
        return str(lo.year)
    return ""


def days_apart(a: dict, b: dict) -> int | None:
    """Days between two dates of one day each; None when either is no resolved single day."""
    days = []
    for v in (a, b):
        if not v.get("resolved") or not v.get("start") or v.get("start") != v.get("end"):
            return None
        try:
            days.append(date.fromisoformat(v["start"][:10]))
        except ValueError:
            return None
    return abs((days[0] - days[1]).days)
