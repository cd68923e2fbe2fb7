"""Numbers: locale-aware parsing, scale words, qualifiers and ranges, as intervals.

``find_numbers(text, low, lang)`` scans a text (and its same-length lowercase copy) once and returns
every numeric expression as a ``Num``: the number (or number word) with its scale ("300 million",
"S$300M" minus the currency, "6,4-Milliarden", "18.000 millones", "1,7 milliard"), a range second part
("five to 10", "2025 to 2030"), and the qualifier in front of it or after it ("over", "mehr als",
"plus de", "más de", "or more"). Currencies and units are attached by the callers (money.py, detect/quantities.py).

``parse_number("6,4", "de") == 6.4``; ``parse_number("18.000", "es") == 18000``;
``parse_number("1,000", "en") == 1000``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from text_to_num import find_numbers as spelled_numbers

from . import lexicon as L
from .frames import phrase_rx
from .lang import LANGUAGES, merged, table_of

_SEP_SPACES = "\u00a0\u202f\u2009"


def parse_number(s: str, lang: str = "", decimal: str = "") -> float | None:
    """Parse a digit string with locale separators, or a number word; None when it is neither.

    One separator followed by exactly three digits ("35.900", "1,500") is the ambiguous case: it is read
    with ``decimal``, the decimal mark the document itself uses elsewhere (:func:`decimal_mark`), else as
    a thousands separator when its digits end in a zero (nobody writes the decimal 35,9 as "35,900"),
    else by the language's convention (a decimal comma in de/fr/es)."""
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
        if n > 1:
            s = s.replace(sep, "")
        elif len(tail) == 3 and _groups_thousands(sep, tail, lang, decimal, s.split(sep, 1)[0] == "0"):
            s = s.replace(sep, "")
        else:
            s = s.replace(sep, ".")
    try:
        return float(s)
    except ValueError:
        return None


_GROUPED = re.compile(r"(?<![\d.,])([1-9]\d{0,2})[.,](\d{3})(?![\d.,])")


def whole_count(value: dict, said: str) -> dict:
    """A count read from a number with one separator before three digits ("81,118 espectadores" in a Mexican
    report, read as 81.118 by its language's decimal comma) is of whole things: the separator groups thousands. A
    number with a scale ("2,5 millones") or a count that may be part of a whole ("1,5 Tore pro Spiel") is left as
    read: only a fraction no three-digit group explains changes."""
    low, high = value.get("low"), value.get("high")
    if low is None or low != high or float(low).is_integer():
        return value
    for m in _GROUPED.finditer(said):
        if float(f"{m.group(1)}.{m.group(2)}") == low:
            whole = float(m.group(1) + m.group(2))
            return {**value, "low": whole, "high": whole, "step": 1.0}
    return value


def _groups_thousands(sep: str, tail: str, lang: str, decimal: str, head_is_zero: bool = False) -> bool:
    """Whether the one separator before three digits groups thousands (see :func:`parse_number`)."""
    if decimal:
        return sep != decimal
    if tail.endswith("0") and not head_is_zero:
        return True
    return (sep == ".") == (lang in L.DECIMAL_COMMA_LANGS)


# Numbers whose decimal mark is not in doubt: both marks ("1,234.5"), repeated groups ("1.234.567"),
# or one or two decimals before a percent sign, a scale or currency word or symbol ("83.50 dólares",
# "3,75 %", "1,2 Mrd."), times of day ("14.30 Uhr") excepted.
# ("(?=\d)" first: a lookbehind is tried at digits only)
_BOTH_MARKS = re.compile(r"\d(?:([.,])\d{3})+(?!\1)([.,])\d")
_REPEATED_GROUPS = re.compile(r"(?=\d)(?<![\d.,])\d{1,3}([.,])\d{3}\1\d{3}(?![\d])")
_SHORT_DECIMAL = re.compile(
    r"(?=\d)(?<![\d.,])\d{1,3}([.,])\d{1,2}(?![\d.,])[\s\u00a0]?(?!uhr\b|h\b|heures?\b|horas?\b|hrs?\b)"
    r"(?:%|[^\W\d_]|[$€£¥])"
)


def decimal_mark(text: str, low: str) -> str:
    """The decimal mark this text uses ("." or ","), judged from its unambiguous numbers; "" when it has none
    or they disagree."""
    votes = {".": 0, ",": 0}
    for m in _BOTH_MARKS.finditer(text):
        votes[m.group(2)] += 1
    for m in _REPEATED_GROUPS.finditer(text):
        votes["," if m.group(1) == "." else "."] += 1
    for m in _SHORT_DECIMAL.finditer(low):
        votes[m.group(1)] += 1
    if votes["."] == votes[","]:
        return ""
    return "." if votes["."] > votes[","] else ","


@dataclass(slots=True)
class Num:
    start: int  # whole expression, qualifier included
    end: int
    num_start: int  # the first number itself
    num_end: int
    low: float | None
    high: float | None
    qualifier: str  # exact|about|nearly|over|under|at_least|up_to|range
    value: float  # the (first) number after scale
    scaled: bool  # a scale word was present
    is_word: bool  # written as a word ("three")
    is_year: bool  # a bare 4-digit year-like integer
    raw: str


_SPACE_GROUPING = {"fr", "de", "es"}  # languages that group thousands with a plain space too ("35 000 Stellen")


def _digit_re(lang: str) -> re.Pattern:
    space_grp = "[ " + _SEP_SPACES + "'’]" if lang in _SPACE_GROUPING else "[" + _SEP_SPACES + "'’]"
    grp = rf"(?:[.,]|{space_grp})"
    # every branch opens on a digit: asked first, the lookbehinds are tried at digits only
    return re.compile(
        rf"(?=\d)(?:(?<![\w.,/$€£¥-])(?:\d{{1,3}}(?:{grp}\d{{3}}(?![\d]))+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
        rf"|(?<=[-–(])(?:\d+(?:[.,]\d+)?)"
        # a magnitude glued to its "M" ("M6.2", "M 7.7"): one decimal, never a road or a model ("M25", "M4")
        rf"|(?<=(?<![\w])M)(?:\d[.,]\d(?![\d.,]))"
        # right after a currency symbol, a rand "R" or an ISO code ("$5", "R1.5bn", "EUR2.5bn")
        rf"|(?:(?<=[$€£¥])|(?<=(?<![\w])R)|(?<=(?<![\w])(?:{_CODES_BEFORE})))"
        rf"(?:\d{{1,3}}(?:[.,]\d{{3}}(?!\d))+(?:[.,]\d+)?|\d+(?:[.,]\d+)?))"
    )


_CODES_BEFORE = "|".join(c for c in L.CURRENCY_CODES if len(c) == 3)


_DIGIT_RES: dict[str, re.Pattern] = {}
_WORD_RE = phrase_rx("NUMBER_WORDS", "")  # every language's: a text of any language may write "a dozen"
_ATTACHED_SCALE = re.compile(r"(bn|mn|mln|tn|[kmbt])(?![\w])", re.I)
_SCALE_RE = re.compile(r"[\s\u00a0-]{0,2}(" + L.alt([w for w in L.SCALE_WORDS if not w.endswith("_de")]) + r")(?![\w])")
_ELIDED_QUALIFIERS = {w for w in L.QUALIFIERS_BEFORE if w.endswith("'")}  # "plus d'une heure", "près d'un mètre"
_QUAL_BEFORE = re.compile(
    r"(?:^|(?<=[\s(\"'“‘]))(?:("
    + L.alt(set(L.QUALIFIERS_BEFORE) - _ELIDED_QUALIFIERS)
    + r")[\s\u00a0]+|("
    + L.alt_any_apostrophe(_ELIDED_QUALIFIERS)
    + r"))$"
)


def _qualifier(qb: re.Match) -> str:
    """The qualifier a match of _QUAL_BEFORE names ("plus d’" is "plus d'")."""
    words = qb.group(1) or qb.group(2).replace("’", "'")
    return L.QUALIFIERS_BEFORE[" ".join(words.split())]


_QUAL_AFTER = re.compile(r"\s+(" + L.alt(L.QUALIFIERS_AFTER) + r")\b")
# "a billion", "half a million", "un milliard", "eine halbe Milliarde", "medio millón", "un demi-milliard":
# an article (or a half) in front of a scale word is the number 1 (or 0.5)
_ARTICLE_VALUE = {
    "half a": 0.5,
    "half an": 0.5,
    "eine halbe": 0.5,
    "einer halben": 0.5,
    "medio": 0.5,
    "un demi": 0.5,
    "une demi": 0.5,
    "a": 1.0,
    "an": 1.0,
    "one": 1.0,
    "un": 1.0,
    "une": 1.0,
    "una": 1.0,
    "ein": 1.0,
    "eine": 1.0,
    "einer": 1.0,
    "einem": 1.0,
}
_ARTICLE_SCALE = re.compile(
    r"(?<![\w'’])(?:"
    + L.alt(_ARTICLE_VALUE)
    + r")(?=[\s\u00a0-]{1,2}(?:"
    + L.alt([w for w, v in L.SCALE_WORDS.items() if v >= 1e6 and not w.endswith("_de")])
    + r")(?![\w]))"
)
_THOUSAND_WORD = re.compile(
    r"[\s\u00a0]+(?:"
    + L.alt([w for w, v in L.SCALE_WORDS.items() if v == 1e3 and " " not in w])
    + r")[\s\u00a0]+(?=\d)"
)
_RANGE_JOIN = re.compile(r"\s*(?:(-|–|—)|\s(" + L.alt(L.NUMBER_RANGE_JOINERS) + r"))\s*(?=[\d\w$€£¥])")
_AND_OR = frozenset([*L.AND_WORDS, *L.OR_WORDS])  # a range's joiner that makes one only after a range opener
_RANGE_OPEN = re.compile(r"(?:^|(?<=\s))(" + L.alt(L.RANGE_OPENERS) + r")\s+$")
_PREFIX_SKIP = re.compile(r"(?:(?:(?:US|U\.S\.|S|A|AU|C|CA|HK|NZ|NT|R|MX)\s?)?\$|[€£¥₹₩]|\b[A-Z]{3}[\s\u00a0]?)$")


def _scale_of(word: str, lang: str) -> float:
    w = word.lower()
    if w in ("billion", "billions") and lang in L.LONG_SCALE_LANGS:
        return 1e12
    return L.SCALE_WORDS.get(w, L.SCALE_WORDS.get(w.rstrip("."), 1.0))


class _Token:
    """A word or mark of a text, as text2num reads a stream of tokens."""

    __slots__ = ("word",)

    def __init__(self, word: str):
        self.word = word

    def text(self) -> str:
        return self.word

    def nt_separated(self, previous) -> bool:
        return False

    def not_a_number_part(self) -> bool:
        return False


# (a lone surrogate, which text from a broken encoding may hold, is no token: text2num cannot read it)
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+|[^\w\s\ud800-\udfff]")


Spelled = tuple[tuple[int, int, float, bool], ...]  # numbers in words: (start, end, value, is_ordinal)


def spelled_occurrences(low: str, lang: str) -> Spelled:
    """Every number text2num reads in words in the text: (start, end, value, is_ordinal). A text's Context reads
    them once (``Context.spelled``), the cardinals for find_numbers, the ordinals for spelled_ordinals."""
    if lang not in LANGUAGES:
        return ()
    spans = [(m.start(), m.end()) for m in _TOKEN.finditer(low)]
    spellings = table_of(lang, "NUMBER_WORD_SPELLINGS")  # "veintiún", read as "veintiuno"
    return tuple(
        (spans[o.start][0], spans[o.end - 1][1], float(o.value), o.is_ordinal)
        for o in spelled_numbers([_Token(spellings.get(low[a:b], low[a:b])) for a, b in spans], lang, 0)
    )


_WORD_ORDINAL = phrase_rx("ORDINALS", "")


def word_ordinals(low: str) -> tuple[tuple[int, int, int], ...]:
    """Ordinals the ordinal table holds ("third", "dritte", "troisième", "tercera"): (start, end, rank). A text's
    Context reads them once (``Context.word_ordinals``) for the detectors of ordinals, fractions and rankings."""
    return tuple((m.start(), m.end(), L.ORDINALS[m.group(0)]) for m in _WORD_ORDINAL.finditer(low))


def spelled_ordinals(spelled: Spelled) -> tuple[tuple[int, int, int], ...]:
    """Ordinals written in words, of a text's numbers in words (:func:`spelled_occurrences`: text2num read them in
    the text's language, "decimoquinta", "vingt-et-unième", "dreiundzwanzigste"): (start, end, rank)."""
    return tuple((a, b, int(v)) for a, b, v, ordinal in spelled if ordinal and v == int(v))


# the word a percent said in two words starts with ("pour" of "pour cent")
_PERCENT_BEFORE = re.compile(
    r"(?<![\w])(?:" + L.alt({w.split()[0] for w in L.PERCENT_WORDS if " " in w}) + r")[\s\u00a0]+$"
)


def _hundred_of_percent(low: str, start: int, end: int) -> bool:
    """Whether the number word at low[start:end] is the second word of a percent said in two words ("pour cent",
    "por ciento"), never a number after "pour" or "por" ("pour sept chefs d'accusation", "pour deux seulement")."""
    before = _PERCENT_BEFORE.search(low, max(0, start - 6), start)
    return bool(before) and " ".join(low[before.start() : end].split()) in L.PERCENT_WORDS


def _spelled(low: str, spelled: Spelled) -> dict[int, tuple[int, float]]:
    """Numbers written in words that the number-word table does not hold whole, of those text2num read
    ("siebzig", "cinquante et un", "cuarenta y siete", "forty-two"): start -> (end, value). Cardinals only."""
    found = {}
    for start, end, value, ordinal in spelled:
        if ordinal or value <= 1:  # "un", "unos", "ein": articles far more often than counts
            continue
        words = " ".join(low[start:end].split())
        if any(ch.isdigit() for ch in words) or words in L.NUMBER_WORDS or words in L.ORDINALS or _bare_scale(words):
            continue
        found[start] = (end, value)
    return found


@cache
def _half_after_rx(lang: str) -> re.Pattern:
    """ "two and a half", "six-and-a-half-year", "dos y medio millones": words right after a number that add a half
    to it (before any scale word), their words apart or joined by hyphens."""
    words = [r"[\s\u00a0-]+".join(map(re.escape, w.split())) for w in table_of(lang, "HALF_AFTER_NUMBER")]
    return re.compile(
        r"[\s\u00a0-]+(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")(?![\w])" if words else r"(?!)"
    )


@cache
def _attached_unit() -> re.Pattern:
    units = [u for u in merged("MEASURE_UNITS") if " " not in u and len(u) > 1]
    return re.compile(r"(?:" + L.alt(units) + r")(?![\w])")


def _bare_scale(word: str) -> bool:
    """A scale word alone ("millones", "miles", "Millionen") scales a number; it is none itself. A thousand's word
    alone, in the singular, is one ("más de mil drones", "plus de mille personnes", "mehr als tausend Menschen"): a
    thousand is said without "one" far more often than a million is ("a million": _ARTICLE_SCALE)."""
    if L.SCALE_WORDS.get(word) == 1e3:
        return False
    return any(w in L.SCALE_WORDS for w in (word, word[:-1], word[:-2]))


# the "of" between a scale or a vague quantity and what it counts ("2.25m of euros", "miles de millones"): every
# language's, as are the scale words and currency names it stands between
_QUANTITY_LINK = r"(?:(?:" + L.alt_any_apostrophe(L.QUANTITY_NOUN_LINKS) + r")[\s\u00a0]+)?"


@cache
def _vague_rx(lang: str) -> tuple[re.Pattern, dict]:
    table = table_of(lang, "VAGUE_QUANTITIES")
    scale = L.alt([w for w in L.SCALE_WORDS if not w.endswith("_de")])
    # "miles de millones" are billions, not thousands of something: a scale after it is the scale's own
    rx = re.compile(
        r"(?<![\w'’])(?:" + L.alt(table) + r")(?![\w'’])(?![\s\u00a0]+" + _QUANTITY_LINK + r"(?:" + scale + r")\b)"
    )
    return rx, table


def _vague(low: str, lang: str) -> dict[int, tuple[int, float, float]]:
    """Round counts said without digits ("des dizaines", "Hunderte", "un millier"): start -> (end, low, high)."""
    rx, table = _vague_rx(lang)
    return {m.start(): (m.end(), *map(float, table[L.table_key(m.group(0))])) for m in rx.finditer(low)}


def _scan_one(
    text: str, low: str, pos: int, lang: str, digit_re: re.Pattern, decimal: str = "", spelled: dict | None = None
):
    """Match a single number (+scale) at pos; returns (start, end, value, mult, is_word, raw) or None."""
    m = digit_re.match(text, pos)
    is_word = False
    if not m:
        m = _ARTICLE_SCALE.match(low, pos) or _WORD_RE.match(low, pos)
        written = (spelled or {}).get(pos)
        if written and (not m or written[0] > m.end()):
            m = _Spelled(pos, *written)
        if not m:
            return None
        is_word = True
    raw = text[m.start() : m.end()]
    if isinstance(m, _Spelled):
        v = m.value
    else:
        v = (
            _ARTICLE_VALUE.get(L.table_key(m.group(0)).rstrip("-"), 1.0)
            if m.re is _ARTICLE_SCALE
            else parse_number(raw, lang, decimal)
        )
    if v is None:
        return None
    end = m.end()
    # "35 mil 900 millones": thousands written as a word between two digit groups
    k = _THOUSAND_WORD.match(low, end) if not is_word else None
    if k:
        rest = digit_re.match(text, k.end())
        if rest and rest.group(0).isdigit() and len(rest.group(0)) == 3 and _SCALE_RE.match(low, rest.end()):
            v, end = v * 1000 + int(rest.group(0)), rest.end()
    half = _half_after_rx(lang).match(low, end)
    if half and v == int(v):
        v, end = v + 0.5, half.end()
    mult = 1.0
    if not is_word and end < len(text) and text[end].isalpha():
        a = _ATTACHED_SCALE.match(text, end)
        if not a or _metres_not_millions(text, m.start(), end, a, lang):
            # a unit written against its number ("400ft", "8GB", "12km", "6.30m") measures it; other letters make a code
            unit = a or _attached_unit().match(low, end)
            return (m.start(), end, v, mult, is_word, raw) if unit else None
        mult = L.SCALE_SHORT[a.group(1).lower()]
        end = a.end()
    else:
        s = _SCALE_RE.match(low, end)
        if s:
            mult = _scale_of(s.group(1), lang)
            end = s.end()
    return m.start(), end, v, mult, is_word, raw


# a number with two decimals ("6.30", "5,95"): a height or a length ("6.30m", "5,95m"), not millions without a currency
_TWO_DECIMALS = re.compile(r"\d[.,]\d\d$")


@cache
def _millions_of(lang: str) -> re.Pattern:
    """What makes an "m" millions when it comes after it: a currency ("2.25m euros", "2,25m de euros") or a counted
    noun ("2.25m people", "2.25m homes")."""
    nouns = [*(f for forms in L.UNIT_NOUNS.values() for f in forms), *table_of(lang, "FRAME_NOUNS")]
    return re.compile(
        r"[\s\u00a0]*" + _QUANTITY_LINK + r"(?:" + L.alt([*L.CURRENCY_NAMES, *nouns]) + r"|[$€£¥₹₩])(?![\w])"
    )


def _metres_not_millions(text: str, start: int, end: int, scale: re.Match, lang: str) -> bool:
    """Whether the "m" against a number with two decimals is metres: no currency before it, no currency or counted
    noun after it ("£2.25m", "2.25m euros", "2.25m people" are millions). Millions are mostly written with one
    decimal at most ("1.5m"); two are a measured height or length ("a jump of 6.30m", "6,29m")."""
    return (
        scale.group(1).lower() == "m"
        and bool(_TWO_DECIMALS.search(text, max(0, end - 4), end))
        and not _PREFIX_SKIP.search(text, max(0, start - 6), start)
        and not _millions_of(lang).match(L.lower_same_len(text[scale.end() : scale.end() + 24]))
    )


@dataclass(slots=True)
class _Spelled:
    """A number text2num read, shaped like the match of a number word."""

    begin: int
    finish: int
    value: float

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish


def find_numbers(text: str, low: str | None = None, lang: str = "", spelled: Spelled | None = None) -> list[Num]:
    """Every numeric expression in text, in order, none overlapping; ambiguous separators read with the
    decimal mark the text uses elsewhere. ``spelled``: the text's numbers in words, where the caller has read them
    (:func:`spelled_occurrences`)."""
    if low is None:
        low = L.lower_same_len(text)
    if spelled is None:
        spelled = spelled_occurrences(low, lang)
    decimal = decimal_mark(text, low)
    digit_re = _DIGIT_RES.get(lang)
    if digit_re is None:
        digit_re = _DIGIT_RES.setdefault(lang, _digit_re(lang))
    spelled, vague = _spelled(low, spelled), _vague(low, lang)
    cands = [(m.start(), False) for m in digit_re.finditer(text)]
    cands += [(m.start(), True) for m in _WORD_RE.finditer(low)]
    cands += [(pos, True) for pos in spelled]
    cands += [(pos, True) for pos in vague]
    if "illi" in low or "illó" in low:  # million, billion, milliard, Millionen, millón
        cands += [(m.start(), True) for m in _ARTICLE_SCALE.finditer(low)]
    cands.sort()
    out: list[Num] = []
    last_end = -1
    for pos, _ in cands:
        if pos < last_end:
            continue
        if pos in vague:
            out.append(round_number(text, low, pos, *vague[pos]))
            last_end = out[-1].end
            continue
        one = _scan_one(text, low, pos, lang, digit_re, decimal, spelled)
        if one is None:
            continue
        s, e, v, mult, is_word, raw = one
        if text[e : e + 1] == "/" or text[max(0, s - 1) : s] == "/":
            last_end = e
            continue
        if is_word and _hundred_of_percent(low, s, e):
            continue  # "20 pour cent", "33 por ciento": the hundred of a percent sign
        value = v * mult
        lo = hi = value
        qual = "exact"
        end = e
        # range: "five to 10", "5-10 million", "between 2025 and 2030"
        j = _RANGE_JOIN.match(low, e)
        if j and (j.group(1) or j.group(2)):
            # skip a currency symbol repeated in the second half ("$5 to $10 million")
            k = j.end()
            pm = re.match(r"(?:us|s|a|c|hk)?\$|[€£¥]", low[k : k + 3])
            if pm:
                k += pm.end()
            two = _scan_one(text, low, k, lang, digit_re, decimal, spelled)
            joiner = j.group(1) or j.group(2)
            if two is not None and not (joiner in _AND_OR and not _RANGE_OPEN.search(low, max(0, s - 20), s)):
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
            qual, start = _qualifier(qb), qb.start()
        elif qual == "range":
            ro = _RANGE_OPEN.search(low, max(0, q_end - 12), q_end)
            if ro:
                start = ro.start(1)
            qb = _QUAL_BEFORE.search(low, max(0, start - 24), start)
            if qb and _qualifier(qb) == "about":
                start = qb.start()
        if qual == "exact":
            qa = _QUAL_AFTER.match(low, end)
            if qa:
                qual, end = L.QUALIFIERS_AFTER[L.table_key(qa.group(1))], qa.end()
            elif text[end : end + 1] == "+" and not text[end + 1 : end + 2].isalnum():
                qual, end = "at_least", end + 1  # "200+"
        if qual in ("over", "at_least"):
            lo, hi = value, None
        elif qual == "under_about":
            qual = "nearly"  # "nearly $9bn" says 9bn, just under: the comparison reads it as an interval
        elif qual in ("under", "up_to"):
            lo, hi = None, value
        is_year = not is_word and mult == 1.0 and raw.isdigit() and len(raw) == 4 and 1800 <= v <= 2199
        out.append(Num(start, end, s, e, lo, hi, qual, value, mult != 1.0, is_word, is_year, raw))
        last_end = end
    return out


def round_number(text: str, low: str, pos: int, end: int, lo: float, hi: float) -> Num:
    """A round count said without digits, with the qualifier before it ("more than a dozen": over 12; "more than
    a year": over one, detect/wordless_durations.py)."""
    qual, start = ("about" if lo == hi else "range"), pos
    qb = _QUAL_BEFORE.search(low, max(0, pos - 24), pos)
    if qb and lo == hi:
        qual, start = _qualifier(qb), qb.start()
        if qual in ("over", "at_least"):
            hi = None
        elif qual in ("under", "up_to"):
            lo = None
        elif qual == "under_about":
            qual = "nearly"
    return Num(start, end, pos, end, lo, hi, qual, lo if lo is not None else hi, False, True, False, text[pos:end])


def is_number_word(word: str, lang: str) -> bool:
    """Whether a word that is also a common non-number ("sept", "dos", "ten") is a number in this language."""
    try:
        return lang in LANGUAGES and spelled_numbers([_Token(word)], lang, 0) != []
    except (ValueError, TypeError):
        return False


def step_of(n: Num, lang: str = "") -> float | None:
    """The unit of the last digit a number was written with, after its scale ("28.6" -> 0.1, "8.5 million"
    -> 100,000, "95" -> 1); None for number words and ranges."""
    if n.is_word or n.qualifier == "range":
        return None
    mantissa = parse_number(n.raw, lang)
    if not mantissa:
        return None
    scale = n.value / mantissa
    return round(scale * 10 ** -_decimals_written(n.raw, mantissa), 12)


def _decimals_written(raw: str, value: float) -> int:
    """How many decimals a number was written with, trailing zeros included ("83.50" -> 2, "1.500" as
    fifteen hundred -> 0): the digits after its last separator when they are decimals of ``value``."""
    digits = "".join(ch for ch in raw if ch.isdigit() or ch in ".,")
    head, sep, tail = max(digits.rpartition("."), digits.rpartition(","), key=lambda p: len(p[0]))
    if not sep or not tail.isdigit():
        return 0
    whole = "".join(ch for ch in head if ch.isdigit()) or "0"
    return len(tail) if abs(float(f"{whole}.{tail}") - value) < 1e-9 * max(1.0, abs(value)) else 0
