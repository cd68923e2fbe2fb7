"""Numbers: locale-aware parsing, scale words, qualifiers and ranges, as intervals.

``find_numbers(text, low, lang)`` scans a text (and its same-length lowercase copy) once and returns
every numeric expression as a ``Num``: the number (or number word) with its scale ("300 million",
"S$300M" minus the currency, "6,4-Milliarden", "18.000 millones", "1,7 milliard"), a range second part
("five to 10", "2025 to 2030"), and the qualifier in front of it or after it ("over", "mehr als",
"plus de", "más de", "or more"). Currencies and units are attached by the callers (money.py, detect.py).

``parse_number("6,4", "de") == 6.4``; ``parse_number("18.000", "es") == 18000``;
``parse_number("1,000", "en") == 1000``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon as L

_SEP_SPACES = "\u00a0\u202f\u2009"


def parse_number(s: str, lang: str = "") -> float | None:
    """Parse a digit string with locale separators, or a number word; None when it is neither."""
    s = s.strip()
    if not s:
        return None
    w = s.lower()
    if w in L.NUMBER_WORDS:
        return float(L.NUMBER_WORDS[w])
    for ch in _SEP_SPACES + " '’":
        s = s.replace(ch, "")
    if not s or not (s[0].isdigit()):
        return None
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        dec = "." if s.rfind(".") > s.rfind(",") else ","
        grp = "," if dec == "." else "."
        s = s.replace(grp, "").replace(dec, ".")
    elif dots + commas:
        sep = "." if dots else ","
        n = dots or commas
        tail = s.rsplit(sep, 1)[1]
        comma_decimal = lang in L.DECIMAL_COMMA_LANGS
        if n > 1:
            s = s.replace(sep, "")
        elif len(tail) == 3 and ((sep == "," and not comma_decimal) or (sep == "." and comma_decimal)):
            s = s.replace(sep, "")
        else:
            s = s.replace(sep, ".")
    try:
        return float(s)
    except ValueError:
        return None


@dataclass(slots=True)
class Num:
    start: int              # whole expression, qualifier included
    end: int
    num_start: int          # the first number itself
    num_end: int
    low: float | None
    high: float | None
    qualifier: str          # exact|about|over|under|at_least|up_to|range
    value: float            # the (first) number after scale
    scaled: bool            # a scale word was present
    is_word: bool           # written as a word ("three")
    is_year: bool           # a bare 4-digit year-like integer
    raw: str


def _digit_re(lang: str) -> re.Pattern:
    space_grp = "[ " + _SEP_SPACES + "'’]" if lang == "fr" else "[" + _SEP_SPACES + "'’]"
    grp = rf"(?:[.,]|{space_grp})"
    return re.compile(
        rf"(?<![\w.,/$€£¥-])(?:\d{{1,3}}(?:{grp}\d{{3}}(?![\d]))+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
        rf"|(?<=[-–(])(?:\d+(?:[.,]\d+)?)|(?<=[$€£¥])(?:\d{{1,3}}(?:[.,]\d{{3}}(?!\d))+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)")


_DIGIT_RES: dict[str, re.Pattern] = {}
_WORD_RE = re.compile(r"\b(?:" + L.alt(L.NUMBER_WORDS) + r")\b")
_ATTACHED_SCALE = re.compile(r"(bn|mn|mln|tn|[kmbt])(?![\w])", re.I)
_SCALE_RE = re.compile(r"[\s\u00a0-]{0,2}(" + L.alt([w for w in L.SCALE_WORDS if not w.endswith("_de")]) + r")(?![\w])")
_QUAL_BEFORE = re.compile(r"(?:^|(?<=[\s(\"'“‘]))(" + L.alt(L.QUALIFIERS_BEFORE) + r")[\s\u00a0]+$")
_QUAL_AFTER = re.compile(r"\s+(" + L.alt(L.QUALIFIERS_AFTER) + r")\b")
_RANGE_JOIN = re.compile(r"\s*(?:(-|–|—)|\s(to|and|bis|und|à|et|a|y|or|oder|ou|o))\s*(?=[\d\w$€£¥])")
_RANGE_OPEN = re.compile(r"(?:^|(?<=\s))(" + L.alt(L.RANGE_OPENERS) + r")\s+$")
_PREFIX_SKIP = re.compile(r"(?:(?:(?:US|U\.S\.|S|A|AU|C|CA|HK|NZ|NT|R|MX)\s?)?\$|[€£¥₹₩]|\b[A-Z]{3}[\s\u00a0]?)$")


def _scale_of(word: str, lang: str) -> float:
    w = word.lower()
    if w in ("billion", "billions") and lang in L.LONG_SCALE_LANGS:
        return 1e12
    return L.SCALE_WORDS.get(w, L.SCALE_WORDS.get(w.rstrip("."), 1.0))


def _scan_one(text: str, low: str, pos: int, lang: str, digit_re: re.Pattern):
    """Match a single number (+scale) at pos; returns (start, end, value, mult, is_word, raw) or None."""
    m = digit_re.match(text, pos)
    is_word = False
    if not m:
        m = _WORD_RE.match(low, pos)
        if not m:
            return None
        is_word = True
    raw = text[m.start():m.end()]
    v = parse_number(raw, lang)
    if v is None:
        return None
    end = m.end()
    mult = 1.0
    if not is_word and end < len(text) and text[end].isalpha():
        a = _ATTACHED_SCALE.match(text, end)
        if not a:
            return None
        mult = L.SCALE_SHORT[a.group(1).lower()]
        end = a.end()
    else:
        s = _SCALE_RE.match(low, end)
        if s:
            mult = _scale_of(s.group(1), lang)
            end = s.end()
    return m.start(), end, v, mult, is_word, raw


def find_numbers(text: str, low: str | None = None, lang: str = "") -> list[Num]:
    """Every numeric expression in text, in order, none overlapping."""
    if low is None:
        low = L.lower_same_len(text)
    digit_re = _DIGIT_RES.get(lang)
    if digit_re is None:
        digit_re = _DIGIT_RES.setdefault(lang, _digit_re(lang))
    cands = [(m.start(), False) for m in digit_re.finditer(text)]
    cands += [(m.start(), True) for m in _WORD_RE.finditer(low)]
    cands.sort()
    out: list[Num] = []
    last_end = -1
    for pos, _ in cands:
        if pos < last_end:
            continue
        one = _scan_one(text, low, pos, lang, digit_re)
        if one is None:
            continue
        s, e, v, mult, is_word, raw = one
        if text[e:e + 1] == "/" or text[max(0, s - 1):s] == "/":
            last_end = e
            continue
        value = v * mult
        lo = hi = value
        qual = "exact"
        end = e
        # range: "five to 10", "5-10 million", "between 2025 and 2030"
        j = _RANGE_JOIN.match(low, e)
        if j and (j.group(1) or j.group(2)):
            # skip a currency symbol repeated in the second half ("$5 to $10 million")
            k = j.end()
            pm = re.match(r"(?:us|s|a|c|hk)?\$|[€£¥]", low[k:k + 3])
            if pm:
                k += pm.end()
            two = _scan_one(text, low, k, lang, digit_re)
            joiner = j.group(1) or j.group(2)
            if two is not None and not (joiner in ("and", "und", "et", "y", "or", "oder", "ou", "o")
                                        and not _RANGE_OPEN.search(low, max(0, s - 20), s)):
                _, e2, v2, mult2, _, _ = two
                if mult == 1.0 and mult2 != 1.0:
                    value = v * mult2
                    mult = mult2
                v2 = v2 * mult2
                if v2 > value:
                    lo, hi, qual, end = value, v2, "range", e2
        start = s
        # qualifier before (skipping a currency prefix such as "S$" or "USD ")
        q_end = s
        p = _PREFIX_SKIP.search(text, max(0, s - 6), s)
        if p:
            q_end = p.start()
        qb = _QUAL_BEFORE.search(low, max(0, q_end - 24), q_end)
        if qb and qual == "exact":
            qual, start = L.QUALIFIERS_BEFORE[" ".join(qb.group(1).split())], qb.start(1)
        elif qual == "range":
            ro = _RANGE_OPEN.search(low, max(0, q_end - 12), q_end)
            if ro:
                start = ro.start(1)
            qb = _QUAL_BEFORE.search(low, max(0, start - 24), start)
            if qb and L.QUALIFIERS_BEFORE[" ".join(qb.group(1).split())] == "about":
                start = qb.start(1)
        if qual == "exact":
            qa = _QUAL_AFTER.match(low, end)
            if qa:
                qual, end = L.QUALIFIERS_AFTER[" ".join(qa.group(1).split())], qa.end()
        if qual in ("over", "at_least"):
            lo, hi = value, None
        elif qual == "under_about":
            qual, lo, hi = "about", value * 0.9, value
        elif qual in ("under", "up_to"):
            lo, hi = None, value
        is_year = (not is_word and mult == 1.0 and raw.isdigit() and len(raw) == 4 and 1800 <= v <= 2199)
        out.append(Num(start, end, s, e, lo, hi, qual, value, mult != 1.0, is_word, is_year, raw))
        last_end = end
    return out


def step_of(n: Num, lang: str = "") -> float | None:
    """The unit of the last digit a number was written with, after its scale ("28.6" -> 0.1, "8.5 million"
    -> 100,000, "95" -> 1); None for number words and ranges."""
    if n.is_word or n.qualifier == "range":
        return None
    mantissa = parse_number(n.raw, lang)
    if not mantissa:
        return None
    scale = n.value / mantissa
    text = f"{mantissa:.6f}".rstrip("0")
    decimals = len(text.split(".")[1]) if "." in text else 0
    return round(scale * 10 ** -decimals, 12)
