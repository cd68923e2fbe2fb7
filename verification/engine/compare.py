"""Compare two normalised claim values of one kind.

Two questions, asked by different callers:

- :func:`agree`: do two statements of the same thing say compatible things? ``True``, ``False``, or
  ``None`` when the values cannot be compared (an unresolved relative date, an unknown currency).
- :func:`resemblance`: are two values plausibly about the same thing at all (1.0 agreeing, 0.5 the same
  thing stated differently, 0.0 something else)? Alignment uses it to keep different things apart.

Numbers are intervals: the bounds the words allow, widened by a tolerance for rounding (``exact``),
approximation (``about``) and currency conversion; two numbers agree when their intervals overlap.
Money converts through the dated rate table; lists compare as sets (fuzzy item keys) and against a
declared count; dates as closed ranges.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta

from rapidfuzz import fuzz

from .clock import agree_times
from .rates import RateTable, UnknownCurrency

EXACT_TOL = 0.01  # "300 million" may be 300.4 million
ABOUT_TOL = 0.10  # "about 200"; "nearly 14 billion" is up to this much under 14 billion
CONVERT_TOL = 0.03  # a conversion made by the outlet on another day
SAME_THING_RATIO = 3.0  # numbers further apart than this are taken to be about different things
NUMERIC = ("money", "count", "percent", "measure")


@dataclass
class ComparisonContext:
    """What comparisons need besides the values: rates and each value's date and currency."""

    rates: RateTable
    on: date | None = None  # the date conversions use
    currency: str = "USD"  # the currency money is compared in


def view(claim) -> dict:
    """A claim's value as comparisons read it: flags the extractor may put in ``extra`` folded in."""
    v = claim.value if isinstance(claim.value, dict) else {}
    extra = claim.extra if isinstance(claim.extra, dict) else {}
    if claim.kind == "list" and "partial" not in v and extra.get("partial"):
        v = {**v, "partial": True}
    when = extra.get("date_context")
    if claim.kind in NUMERIC and isinstance(when, dict) and when.get("resolved") is not False:
        rng = date_range({**when, "relative": False})
        if rng is not None:
            v = {**v, "_when": rng, "_when_granularity": when.get("granularity")}
    return v


# days around a figure dated to a day, week or month within which an undated report's figure may be of the
# same time (a report published the next day, a monthly figure reported a week later)
DATED_MARGIN = {"day": 2, "week": 4, "month": 7}
ADJACENT_DAYS = 1  # figures both dated to a day, that many days apart, may be of one day


def different_times(a: dict, b: dict, on: date | None = None) -> bool:
    """The figures are of different times: both dated (a date in their sentence) and the dates do not
    overlap (2024's jobs are not 2030's); or one dated to a day or month ("in September", "am 3. Juni")
    and the other undated in an article published well outside it (last September's record loss is not
    the loss a January report gives without a date). ``on``: the day of an undated report without one."""
    wa, wb = a.get("_when"), b.get("_when")
    if wa and wb:
        # two days told apart by one are one day as often as not: a weekday or "yesterday" read in a report
        # written overnight or in another time zone
        slack = timedelta(
            days=ADJACENT_DAYS if a.get("_when_granularity") == b.get("_when_granularity") == "day" else 0
        )
        return wa[1] + slack < wb[0] or wb[1] + slack < wa[0]
    dated, undated = (a, b) if wa else (b, a)
    when, day = dated.get("_when"), _day(undated.get("on"))
    if day is None and undated.get("unit") == "currency":
        day = on
    margin = timedelta(days=DATED_MARGIN.get(dated.get("_when_granularity"), -1))
    if not when or day is None or margin.days < 0:
        return False
    return day < when[0] - margin or when[1] + margin < day


def _day(iso) -> date | None:
    try:
        return date.fromisoformat(iso[:10]) if iso else None
    except (TypeError, ValueError):
        return None


# ---------------------------------------------------------------- numbers


def bounds(value: dict) -> tuple[float | None, float | None]:
    """The interval the words allow, before tolerance (None: open)."""
    lo, hi = value.get("low"), value.get("high")
    q = value.get("qualifier") or "exact"
    if value.get("point") and q in ("over", "at_least"):
        q, hi = "exact", lo  # a toll "at least 62" is the count known then: 95 later is another figure
    lo = float(lo) if lo is not None else None
    hi = float(hi) if hi is not None else None
    if q in ("exact", "about", "nearly") and lo is not None and hi is None:
        hi = lo
    if q in ("exact", "about", "nearly") and hi is not None and lo is None:
        lo = hi
    if q == "nearly" and hi is not None:
        lo = min(lo, hi * (1 - ABOUT_TOL))  # "nearly 600": just under 600
    if q in ("over", "at_least"):
        hi = None if hi == lo else hi
    if q in ("under", "up_to"):
        lo = None if lo == hi else lo
        if lo is None and hi is None:
            hi = value.get("low")
    return lo, hi


def tolerance(value: dict) -> float:
    """Relative slack of a number: an approximation's, else the rounding of its last stated digit
    ("28.6%" is 28.55..28.65, so 28.5% differs; "8.5 million" allows 8.47 million), else a percent."""
    step, x = value.get("step"), value.get("low") if value.get("low") is not None else value.get("high")
    if value.get("qualifier") == "about":
        return _about_tolerance(x, step)
    if not (step and x):
        return EXACT_TOL
    step, x = float(step), abs(float(x))
    if value.get("currency") and step >= CUT_STEP:
        # held no tighter than any amount ("$35.9 billion" may be $35.95 billion); "1.800 millones" is 1.8 billion
        return max(EXACT_TOL, _rounding("amount", step, x))
    slack = 0.499 * step / x
    if step == 1.0 and x >= 10_000 and not x % 1000:  # a large whole number ending in three zeros or more
        slack = _rounding("thousands", step, x)
    elif step == 1.0 and 100 <= x < 10_000 and not x % 100:  # "300", "1,200"
        slack = _rounding("hundreds", step, x)
    if value.get("unit") in ROUNDED_MEASURES:
        slack = max(slack, _rounding("measure", step, x))
    return slack


ABOUT_UNITS = 3  # "about 74 km" is a few kilometres either way: units of its last non-zero digit it spans
ABOUT_FLOOR = 0.03  # ... and never less than this ("about 234" allows 240)


def _about_tolerance(x, step) -> float:
    """The slack of an approximation: a few units of its last non-zero digit, at least ABOUT_FLOOR ("around 74
    km" is 71..77 km, so 70 km differs), at most ABOUT_TOL (a round figure: "about 70", "about 200")."""
    if not x:
        return ABOUT_TOL
    x = abs(float(x))
    return min(ABOUT_TOL, max(ABOUT_FLOOR, ABOUT_UNITS * _last_non_zero_unit(float(step) if step else 1.0, x) / x))


def _last_non_zero_unit(step: float, x: float) -> float:
    """The unit of a number's last non-zero digit, written in units of ``step`` ("740" -> 10, "1.5" -> 0.1)."""
    unit = step
    while unit * 10 <= x and round(x / (unit * 10)) * unit * 10 == x:
        unit *= 10
    return unit


# figures written round may be the rounding of another report's precise figure, to their last non-zero digit but
# never by more than this share of it: an amount with a scale word ("€1.8 billion" for €1.84 billion), a large whole
# number ending in three zeros or more ("730 000 vehicles" for 734,000, "23,000"), a smaller one in whole hundreds by a
# unit or so only ("les 300 employés" for 299; 298 or 270 is another figure), a size ("120 Metern", "740 km", "4,500
# tonnes" for 121 m, 737 km; "100 m" is no rounding of 121 m). Durations, magnitudes and temperatures are told exactly.
ROUNDING_CAP = {"amount": 0.025, "thousands": 0.025, "hundreds": 0.005, "measure": 0.05}
ROUNDED_MEASURES = ("length", "speed", "mass", "area", "volume")


def _rounding(kind: str, step: float, x: float) -> float:
    """Relative slack of a figure written round: half the unit of its last non-zero digit, at most ROUNDING_CAP[kind]."""
    return min(0.499 * _last_non_zero_unit(step, x) / x, ROUNDING_CAP[kind])


CUT_STEP = 1000.0  # a figure written in thousands or more ("369 thousand", "10,2 Millionen", "4,5 millions")


def _cut_off(value: dict) -> float:
    """How far above its words a figure written with a scale word may be: outlets cut such figures as often as they
    round them ("369 thousand votes" for 369,591), so it allows up to its next step; a figure in digits ("369,000",
    "4.9%") keeps its rounding only."""
    step = value.get("step")
    if (value.get("qualifier") or "exact") != "exact" or not step or float(step) < CUT_STEP or value.get("currency"):
        return 0.0  # an amount of money is rounded (tolerance), not cut: "€1.8 billion" is no €1.89 billion
    return 0.5 * float(step)


def rate_day(value: dict, ctx: ComparisonContext) -> date | None:
    """The day an amount converts at: its article's publication date, else the story's."""
    return _day(value.get("on")) or ctx.on


def in_currency(value: dict, currency: str, ctx: ComparisonContext) -> tuple[float | None, float | None, float]:
    """(low, high, relative tolerance) of a number, money converted to ``currency`` at the rate of its day."""
    lo, hi = bounds(value)
    tol = tolerance(value)
    if hi is not None:
        hi += _cut_off(value)
    cur = (value.get("currency") or "").upper()
    if cur and currency and cur != currency:
        rate = ctx.rates.rate(cur, currency, rate_day(value, ctx))  # raises UnknownCurrency
        lo = lo * rate if lo is not None else None
        hi = hi * rate if hi is not None else None
        tol += CONVERT_TOL
    return lo, hi, tol


def central(value: dict) -> float | None:
    lo, hi = bounds(value)
    if lo is not None and hi is not None:
        return (lo + hi) / 2
    return lo if lo is not None else hi


def _overlap(a, b) -> bool:
    alo, ahi, at = a
    blo, bhi, bt = b
    lo_a = alo * (1 - at) if alo is not None else float("-inf")
    hi_a = ahi * (1 + at) if ahi is not None else float("inf")
    lo_b = blo * (1 - bt) if blo is not None else float("-inf")
    hi_b = bhi * (1 + bt) if bhi is not None else float("inf")
    return lo_a <= hi_b and lo_b <= hi_a


def _readings(value: dict) -> list[dict]:
    """A number as stated, then as the outlet converted it ("€15 billion (£12.4bn)"): one fact, two readings."""
    conv = value.get("conversion")
    return [value, {**conv, "on": value.get("on")}] if isinstance(conv, dict) else [value]


def agree_numbers(a: dict, b: dict, ctx: ComparisonContext) -> bool | None:
    """Whether two numbers can both be true: intervals overlap (any reading of each: as stated or as the
    outlet converted it; a bare "$" as the other side's dollar)."""
    ok = _agree_stated(a, b, ctx)
    if ok is False:
        for x in _readings(a):
            for y in _readings(b):
                if (x is not a or y is not b) and _agree_stated(x, y, ctx):
                    return True
    return ok


def _agree_stated(a: dict, b: dict, ctx: ComparisonContext) -> bool | None:
    ok = _agree_numbers(a, b, ctx)
    if ok is False and (a.get("assumed") or b.get("assumed")):
        # a bare "$" read as one currency: the amounts agree if it meant the other side's (or US) dollars
        for x, y in ((a, b), (b, a)):
            if x.get("assumed"):
                for cur in dict.fromkeys([y.get("currency"), "USD"]):
                    if cur and _agree_numbers({**x, "currency": cur}, y, ctx):
                        return True
    return ok


def _agree_numbers(a: dict, b: dict, ctx: ComparisonContext) -> bool | None:
    timed = _timed_agree(a, b)
    if timed is not None:
        return timed
    a, b = _coarse_span(a, b), _coarse_span(b, a)
    try:
        ia = in_currency(a, ctx.currency, ctx)
        ib = in_currency(b, ctx.currency, ctx)
    except UnknownCurrency:
        return None
    if ia[0] is None and ia[1] is None or ib[0] is None and ib[1] is None:
        return None
    return _overlap(ia, ib) and not _either_side_of(a, ia, b, ib)


def _coarse_span(x: dict, other: dict) -> dict:
    """A duration told in whole units coarser than the other's ("seven weeks" against "53 days", "two years"
    against "30 months") stands for the span of its unit it names: time gone by is counted in whole units, so
    seven weeks is 49 to 56 days; against a figure in its own unit it is the figure it says ("two years" is no
    "three years")."""
    unit, finer = x.get("said_in"), other.get("said_in")
    low = x.get("low")
    if x.get("unit") != "duration" or not unit or not finer or finer >= unit or low is None or low != x.get("high"):
        return x
    if (x.get("qualifier") or "exact") != "exact" or abs(low / unit - round(low / unit)) > 1e-9:
        return x
    return {**x, "high": low + unit}


def _either_side_of(a: dict, ia: tuple, b: dict, ib: tuple) -> bool:
    """One figure is under a bound the other is over ("less than 10 hours", "just over 10 hours"): no tolerance
    lets both be true."""
    for (x, ix), (y, iy) in (((a, ia), (b, ib)), ((b, ib), (a, ia))):
        if x.get("qualifier") == "under" and y.get("qualifier") == "over" and not y.get("point"):
            if ix[1] is not None and iy[0] is not None and ix[1] <= iy[0]:
                return True
    return False


def usd_central(value: dict, ctx: ComparisonContext) -> float | None:
    c = central(value)
    cur = (value.get("currency") or "").upper()
    if c is None or not cur:
        return c
    try:
        return c * ctx.rates.rate(cur, "USD", rate_day(value, ctx))
    except UnknownCurrency:
        return None


def is_range(value: dict) -> bool:
    return value.get("qualifier") == "range" and value.get("low") != value.get("high")


def _same_ends(a: dict, b: dict, ctx: ComparisonContext) -> bool:
    """Two ranges with the same ends, each within its rounding ("172 à 192", "172-192 seats")."""

    def end(v: dict, side: str) -> dict:
        return {**v, "low": v[side], "high": v[side], "qualifier": "exact"}

    return all(_agree_numbers(end(a, side), end(b, side), ctx) is not False for side in ("low", "high"))


MINUTE_SLACK = 2  # minutes of a match: reports differ by a minute or two about one goal, never more
SECOND = 1 / 86400  # days: a duration told to the second (a race time, "2 heures 51 minutes et 40 secondes")
TIMED_SLACK = 5  # units of its last digit: reports of one finish differ by a unit or two (a correction), never more


def told_to(value: dict) -> float | None:
    """The days of the last digit a timed result was told to ("9.79 seconds": a hundredth of a second; "2:09:56": a
    second; "two hours and nine minutes": a minute); None unless an exact duration told by the clock's units."""
    if value.get("unit") != "duration" or (value.get("qualifier") or "exact") != "exact":
        return None
    low, unit = value.get("low"), value.get("said_in")
    if low is None or low != value.get("high") or not unit or unit > 1 / 24:
        return None
    step = value.get("step")
    if step:
        return float(step)
    return float(unit) if abs(low / unit - round(low / unit)) < 1e-6 else None  # "nine minutes": whole minutes


def _timed_pair(a: dict, b: dict) -> tuple[dict, dict] | None:
    """(the coarser, the finer) of two timed results, one told to the second or finer, or both told in hours and
    minutes ("5h29", "five hours and 29 minutes": a match's length, told to its minute); None unless both are."""
    if (ua := told_to(a)) is None or (ub := told_to(b)) is None:
        return None
    if min(ua, ub) > SECOND * (1 + 1e-9) and not (a.get("step") and b.get("step")):
        return None
    return (a, b) if ua >= ub else (b, a)


def _timed_agree(a: dict, b: dict) -> bool | None:
    """Whether two timed results can be one: the coarser is the finer rounded to its last digit, half-up or by
    truncation ("two hours and ten minutes" and "two hours and nine minutes" hold 2:09:56), and to a second or
    finer also up, as sport timing rounds ("9.79" holds 9.784, "9.8" holds 9.79); told to the same digit they are
    equal ("9.79" and "9.81", 2:09:56 and 2:09:57 conflict). None unless both are timed results."""
    pair = _timed_pair(a, b)
    if pair is None:
        return None
    coarse, fine = pair
    digit, below = told_to(coarse), fine["low"] - coarse["low"]
    lowest = -digit * (1 - 1e-6) if digit <= SECOND * (1 + 1e-9) else -digit / 2 * (1 + 1e-6)
    return lowest <= below < digit * (1 - 1e-6)


def two_finishes(a: dict, b: dict) -> bool:
    """Whether two timed results are too far apart to be one finish told differently: more than TIMED_SLACK units of
    the coarser's last digit (the winner's and the runner-up's, this record and the last)."""
    pair = _timed_pair(a, b)
    return pair is not None and abs(a["low"] - b["low"]) > TIMED_SLACK * told_to(pair[0]) * (1 + 1e-6)


def _resemble_numbers(a: dict, b: dict, ctx: ComparisonContext) -> float:
    if different_times(a, b, ctx.on):
        return 0.0
    if a.get("unit") == "match_minute" and a.get("low") is not None and b.get("low") is not None:
        gap = abs(a["low"] - b["low"])
        return 1.0 if gap == 0 else 0.5 if gap <= MINUTE_SLACK else 0.0
    timed = _timed_agree(a, b)
    if timed or (timed is False and two_finishes(a, b)):
        # two timed results a few units of their last digit apart are two finishes, however near in share
        return 1.0 if timed else 0.0
    if is_range(a) or is_range(b):
        # "10 to 18 years" agrees with any figure inside it, yet is another statement than "15 years" (a
        # projection and the result, a span and one case); two ranges are one statement when their ends are
        return 1.0 if is_range(a) and is_range(b) and _same_ends(a, b, ctx) else 0.0
    ok = agree_numbers(a, b, ctx)
    ratios = []
    for x in _readings(a):  # an amount and the outlet's own conversion of it are both what it says
        for y in _readings(b):
            cx, cy = usd_central(x, ctx), usd_central(y, ctx)
            if cx and cy and cx * cy > 0:  # a loss told as "-19" and "minus 20": compared by size, like gains
                ratios.append(max(abs(cx), abs(cy)) / min(abs(cx), abs(cy)))
    if not ratios:
        return (1.0 if ok else 0.5) if ok is not False else 0.0
    ratio = min(ratios)
    if ok and ratio <= 1.0 + 2 * ABOUT_TOL + CONVERT_TOL:
        return 1.0  # "over 200" and "more than 200"; S$300m and US$234m
    if ratio > SAME_THING_RATIO:
        return 0.0
    return 0.5 + 0.4 * (1.0 - math.log(ratio) / math.log(SAME_THING_RATIO))  # nearer is likelier the same


# ---------------------------------------------------------------- lists


def _items(value: dict) -> list[str]:
    return [str(i) for i in (value.get("items") or ())]


def match_items(a: list[str], b: list[str], cutoff: float = 88.0) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    """Pair items of two lists (exact key, else fuzzy); return (pairs, only in a, only in b)."""
    left, right = list(dict.fromkeys(a)), list(dict.fromkeys(b))
    pairs = [(x, x) for x in left if x in right]
    left = [x for x in left if x not in {p[0] for p in pairs}]
    right = [y for y in right if y not in {p[1] for p in pairs}]
    for x in list(left):
        best, score = None, cutoff
        for y in right:
            s = fuzz.token_set_ratio(x.replace("-", " ").replace("_", " "), y.replace("-", " ").replace("_", " "))
            if s >= score:
                best, score = y, s
        if best is not None:
            pairs.append((x, best))
            left.remove(x)
            right.remove(best)
    return pairs, left, right


@dataclass
class ListDiff:
    only_a: list[str] = field(default_factory=list)
    only_b: list[str] = field(default_factory=list)
    count_a: int | None = None  # a's declared count, when b names a different number of items
    count_b: int | None = None

    @property
    def agree(self) -> bool:
        return not (self.only_a or self.only_b or self.count_a is not None or self.count_b is not None)


def diff_lists(a: dict, b: dict) -> ListDiff:
    ia, ib = _items(a), _items(b)
    _, only_a, only_b = match_items(ia, ib)
    d = ListDiff(only_a, only_b)
    partial_a = bool(a.get("partial"))
    partial_b = bool(b.get("partial"))
    if partial_a:
        d.only_b = []  # a says "such as ...": b naming more is no contradiction
    if partial_b:
        d.only_a = []
    ca, cb = a.get("declared_count"), b.get("declared_count")
    if ca is not None and ib and (len(set(ib)) > ca if partial_b else len(set(ib)) != ca):
        d.count_a = ca
    if cb is not None and ia and (len(set(ia)) > cb if partial_a else len(set(ia)) != cb):
        d.count_b = cb
    if ca is not None and cb is not None and ca != cb:
        d.count_a, d.count_b = ca, cb
    return d


def _resemble_lists(a: dict, b: dict) -> float:
    ia, ib = _items(a), _items(b)
    if not ia or not ib:
        ca, cb = a.get("declared_count"), b.get("declared_count")
        if ca is not None and cb is not None:
            return 1.0 if ca == cb else 0.5
        return 0.5
    pairs, only_a, only_b = match_items(ia, ib)
    jac = len(pairs) / (len(pairs) + len(only_a) + len(only_b))
    if diff_lists(a, b).agree:
        return 1.0
    return 0.5 + 0.4 * jac if jac >= 0.5 else 0.0


# ---------------------------------------------------------------- dates


def date_range(value: dict) -> tuple[date, date] | None:
    """The closed range a date value allows; an open side ("by 2025", "since 2020") is unbounded."""
    start, end = value.get("start"), value.get("end")
    if not start and not end:
        return None
    if value.get("resolved") is False:
        return None
    try:
        lo = date.fromisoformat(start[:10]) if start else date.min
        hi = date.fromisoformat(end[:10]) if end else date.max
    except (TypeError, ValueError):
        return None
    return lo, hi


def agree_dates(a: dict, b: dict) -> bool | None:
    ra, rb = date_range(a), date_range(b)
    if ra is None or rb is None:
        return _same_calendar_words(a, b)
    if ra[0] <= rb[1] and rb[0] <= ra[1]:
        return True
    # a date resolved against the story's date (its article had none) may support, never contradict, unless its
    # words give the day and month themselves ("lundi 28 janvier"): only its year is the story's
    if "story" in (a.get("anchor"), b.get("anchor")):
        days = [_written_day(v) for v in (a, b)]
        return False if None not in days and days[0] != days[1] else None
    return False


def _written_day(value: dict) -> tuple[int, int] | None:
    """The (month, day) a single-day date's own words give: its spec's where the story's date gave it its year, the
    calendar's where its article's did; None for a day counted from an anchor ("lundi", "ayer")."""
    spec = value.get("spec") if isinstance(value.get("spec"), dict) else {}
    if value.get("granularity") != "day" or not value.get("start") or value.get("start") != value.get("end"):
        return None
    if value.get("anchor") == "story":
        return (spec["month"], spec["day"]) if "month" in spec and "day" in spec else None
    if value.get("relative") and not ("month" in spec and "day" in spec):
        return None
    return int(value["start"][5:7]), int(value["start"][8:10])


CALENDAR_FIELDS = ("month", "day", "weekday")  # what a date's words give that no year is needed to compare


def _calendar_fields(value: dict) -> dict:
    """The month, day and weekday a date gives: what the words say of a date no year resolves ("21 avril" in
    an article without its publication date), the calendar's of a resolved day or month."""
    if value.get("resolved") is False:
        spec = value.get("spec") if isinstance(value.get("spec"), dict) else {}
        return {k: spec[k] for k in CALENDAR_FIELDS if spec.get(k) is not None}
    rng = date_range(value)
    if rng is None or date.min in rng or date.max in rng or (rng[0].year, rng[0].month) != (rng[1].year, rng[1].month):
        return {}
    lo, hi = rng
    return {"month": lo.month} if lo != hi else {"month": lo.month, "day": lo.day, "weekday": lo.weekday()}


def _as_precise(a: dict, b: dict) -> bool:
    """Two resolved dates that name a time as precisely: both a day, both a month, both a year. "3 septembre
    2024" and "September 2024" agree, but the month is no report of that day (most often of another thing of the
    month), so they are two facts, and so is a part of a month ("Anfang März") beside a day in it; any other span
    or an open side ("since", "by") is as precise as anything."""
    grains = {"month" if named_month(v) else v.get("granularity") for v in (a, b)}
    return len(grains) == 1 or not grains <= {"day", "month", "year"} or any(v.get("qualifier") for v in (a, b))


def named_month(value: dict) -> bool:
    """A month or a part of one its words name ("December 2022", "en agosto", "late October", "Mitte Oktober"): a
    time that may be a report's coarser telling of a day another report gives. Not a bound ("since March 2016"),
    nor a month counted from the report's own ("last month", "earlier this month": of the day it was written, which
    another report need not share)."""
    spec = value.get("spec") if isinstance(value.get("spec"), dict) else {}
    rng = date_range(value)
    return (
        rng is not None
        and date.min not in rng
        and date.max not in rng
        and not value.get("qualifier")
        and value.get("granularity") in ("month", "period")
        and "month" in spec
    )


def within(fine: dict, coarse: dict) -> bool:
    """Whether a date names a time inside another's and shorter: "30 de diciembre de 2022" within "December 2022"."""
    rf, rc = date_range(fine), date_range(coarse)
    if rf is None or rc is None or date.min in rf or date.max in rf:
        return False
    return rc[0] <= rf[0] and rf[1] <= rc[1] and rf != rc


def _same_calendar_words(a: dict, b: dict) -> bool | None:
    """Two dates one of which has no year to resolve it agree when they give the same day of the same month, or
    when neither gives more than the same weekday ("lundi", "este lunes": a weekday is of the week its article
    was written in, so it says nothing of a date that gives its year), or when neither has a year and both give
    only the same month ("In July", "im Juli", "el pasado mes de julio": reports of one story name the one July
    they both mean); anything else is unknown (a year or a week apart may be all that differs)."""
    fa, fb = _calendar_fields(a), _calendar_fields(b)
    if {"month", "day"} <= fa.keys() & fb.keys():
        return True if (fa["month"], fa["day"]) == (fb["month"], fb["day"]) else None
    if fa.keys() == fb.keys() == {"weekday"} and a.get("resolved") is False and b.get("resolved") is False:
        return True if fa["weekday"] == fb["weekday"] else None
    if fa.keys() == fb.keys() == {"month"} and a.get("resolved") is False and b.get("resolved") is False:
        return True if fa["month"] == fb["month"] else None
    return None


def _resemble_dates(a: dict, b: dict) -> float:
    ok = agree_dates(a, b)
    if ok is None:
        return 0.5
    if ok:
        return 1.0 if _as_precise(a, b) else 0.75
    ra, rb = date_range(a), date_range(b)
    if date.min in (ra[0], rb[0]) or date.max in (ra[1], rb[1]):
        return 0.5
    gap = max(ra[0], rb[0]) - min(ra[1], rb[1])
    return 0.5 if gap.days <= 3 * 366 else 0.0


# ---------------------------------------------------------------- the rest


def _same_key(a, b) -> bool:
    return bool(a) and bool(b) and (a == b or fuzz.ratio(str(a), str(b)) >= 90)


def _same_sets(a: list, b: list) -> bool:
    """Whether two lists of a match's sets are one: set by set alike, as written or each told from the other side
    ("4-6, 6-7, 6-4" and "6-4, 7-6, 4-6")."""
    sa, sb = [tuple(x) for x in a], [tuple(x) for x in b]
    return sa == sb or sa == [(y, x) for x, y in sb]


def agree(kind: str, a: dict, b: dict, ctx: ComparisonContext) -> bool | None:
    if kind in NUMERIC:
        return agree_numbers(a, b, ctx)
    if kind == "list":
        return diff_lists(a, b).agree
    if kind == "date":
        return agree_dates(a, b)
    if kind == "ranking":
        if a.get("ordinal") is not None and b.get("ordinal") is not None:
            return a["ordinal"] == b["ordinal"]
        if a.get("of_total") is not None and b.get("of_total") is not None:
            return a["of_total"] == b["of_total"]
        return None
    if kind == "role":
        # one person may hold several roles; only two roles at the same named organisation can clash
        if not a.get("role") or not b.get("role") or not a.get("org") or a.get("org") != b.get("org"):
            return None
        if a.get("former") != b.get("former"):
            return None
        ra, rb = (str(x["role"]).replace("_", " ").replace("-", " ") for x in (a, b))
        return ra == rb or fuzz.token_set_ratio(ra, rb) >= 90
    if kind == "time":
        return agree_times(a, b)
    if kind == "score":
        if a.get("sets") and b.get("sets"):
            return _same_sets(a["sets"], b["sets"])
        pa, pb = (a.get("high"), a.get("low")), (b.get("high"), b.get("low"))
        return None if None in pa + pb else pa == pb
    if kind == "change":
        if a.get("direction") and b.get("direction") and a["direction"] != b["direction"]:
            return False
        fa, fb = a.get("factor"), b.get("factor")
        if fa and fb:
            return abs(fa - fb) / max(abs(fa), abs(fb)) <= ABOUT_TOL
        return True
    if kind in ("relation", "place"):
        ea, eb = a.get("entity"), b.get("entity")
        if not ea or not eb:
            return None
        return _same_key(ea, eb)
    if kind == "quote":
        wa, wb = a.get("words") or "", b.get("words") or ""
        return fuzz.token_set_ratio(wa, wb) >= 80 if wa and wb else None
    return None


def resemblance(kind: str, a: dict, b: dict, ctx: ComparisonContext) -> float:
    """1.0: the same statement; 0.5: about the same thing but different; 0.0: about something else."""
    if kind in NUMERIC:
        return _resemble_numbers(a, b, ctx)
    if kind == "list":
        return _resemble_lists(a, b)
    if kind == "date":
        return _resemble_dates(a, b)
    if kind == "quote":
        wa, wb = a.get("words") or "", b.get("words") or ""
        s = fuzz.token_set_ratio(wa, wb) if wa and wb else 0
        return 1.0 if s >= 80 else 0.0
    if kind == "score" and a.get("sets") and b.get("sets"):
        return _resemble_sets(a["sets"], b["sets"])
    ok = agree(kind, a, b, ctx)
    return 1.0 if ok else 0.5


def _resemble_sets(a: list, b: list) -> float:
    """Two lists of a match's sets: the same match told differently when as many sets are told and most are alike
    (a set's score mistyped), else two matches."""
    if _same_sets(a, b):
        return 1.0
    if len(a) != len(b):
        return 0.0
    alike = max(sum(tuple(x) == tuple(y) for x, y in zip(a, b)), sum(tuple(x) == tuple(y[::-1]) for x, y in zip(a, b)))
    return 0.9 if alike * 2 > len(a) else 0.0
