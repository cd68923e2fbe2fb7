"""Language-light text features shared by clustering and copy detection.

Folding (casefold, accents off), word tokens without the commonest function words of every language
(``STOPWORDS`` in lang/<code>.py), a cross-lingual stem (a word's first letters, so "Singapore"/"Singapur",
"expansion"/"Expansion" meet), numbers found in the text, and word shingles for near-duplicate checks.
"""

from __future__ import annotations

import re
import unicodedata
import zlib

from .lang import joined

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:[.,\u202f\u00a0 ]\d{3})+|\d+)(?:[.,](\d+))?(?![\w])")

# the commonest function words (and calendar words) of every language: lang/<code>.py STOPWORDS
STOPWORDS = frozenset(joined("STOPWORDS"))


_MARKS = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def fold(text: str) -> str:
    """Casefold and drop accents ("Brüssel" -> "brussel")."""
    text = text.casefold()
    if text.isascii():
        return text
    return _MARKS.sub("", unicodedata.normalize("NFKD", text))


_LONG_WORDS: dict[int, re.Pattern] = {}


def words(text: str, *, min_len: int = 3) -> list[str]:
    """Folded content words of at least ``min_len`` letters, function words removed."""
    rx = _LONG_WORDS.get(min_len)
    if rx is None:
        rx = _LONG_WORDS[min_len] = re.compile(r"[^\W\d_]{" + str(max(1, min_len)) + ",}")
    stop = STOPWORDS
    return [w for w in rx.findall(fold(text)) if w not in stop]


_PROPER = re.compile(r"(?<=[\w,;’'\")] )[^\W\d_a-zß-ÿ][^\W\d_]{3,}(?:-[^\W\d_]+)?")


def proper_names(text: str) -> list[str]:
    """Folded capitalised words that do not open a sentence ("Pelicot", "Dortmund", "CrowdStrike"):
    names, written alike in most languages (German capitalises nouns too; their rarity decides)."""
    return [w for w in (fold(m) for m in _PROPER.findall(text)) if w not in STOPWORDS]


def stem(word: str, size: int = 6) -> str:
    """A crude cross-lingual stem: the first ``size`` letters."""
    return word[:size]


_SEPARATORS = str.maketrans("", "", ".,\u202f\u00a0 ")


def numbers(text: str) -> set[str]:
    """Distinctive numbers in the text as canonical strings ("6,4" -> "6.4", "1,000" -> "1000").

    Small integers (below 13) are left out: they are counts of everything.
    """
    out = set()
    for whole, frac in set(_NUMBER.findall(text)):
        digits = whole.translate(_SEPARATORS)
        try:
            value = float(f"{int(digits)}.{frac}" if frac and len(frac) != 3 else digits + (frac or ""))
        except ValueError:  # pragma: no cover - regex guarantees digits
            continue
        if value < 13 and value == int(value):
            continue
        out.add(f"{value:.12g}")
    return out


def shingles(text: str, size: int = 5) -> set[int]:
    """Hashed word ``size``-grams (all words, folded), for near-duplicate detection."""
    toks = _WORD.findall(fold(text))
    if len(toks) < size:
        return {zlib.crc32(" ".join(toks).encode())} if toks else set()
    return {zlib.crc32(" ".join(toks[i : i + size]).encode()) for i in range(len(toks) - size + 1)}


def containment(a: set, b: set) -> float:
    """How much of the smaller set lies in the other (0..1)."""
    if not a or not b:
        return 0.0
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    return len(small & big) / len(small)
