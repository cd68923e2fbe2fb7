"""Sentence splitting with character offsets.

A regex splitter: a line break always ends a sentence (headlines, bullets, captions), and inside a
line a sentence ends at . ! ? … (plus closing quotes/brackets) followed by white space and something
that can start a sentence, unless the word before the stop is a known abbreviation or an initial.
pysbd is more careful but about 100x slower; this is what the throughput target allows.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .lang import merged

# words a "." follows inside a sentence, in every language; company legal forms belong to none
ABBREVIATIONS = merged("ABBREVIATIONS") | {"inc", "ltd", "co", "corp"}
# an ordinal written with a dot ("in der 73. Minute", "am 3. Januar", "die 2. Bundesliga") ends no sentence: a
# number of up to three digits after one of these words or before a month's name
ORDINAL_DOT_LEADS = frozenset(merged("ORDINAL_DOT_LEADS"))
MONTH_NAMES = frozenset(name.rstrip(".") for names in merged("MONTHS").values() for name in names)

_LINE = re.compile(r"[^\n]+")
# a stop is matched only where its run of marks starts, and the run and its closing quotes are taken whole
# (possessive): a long run of marks with no space after it ("........x") costs linear time, not quadratic
_STOP = re.compile(r"(?<![.!?…])(?:[.!?…]++|[。！？])[\"'”’»)\]]*+(?=\s+[\"'“‘«(\[¿¡]?[\w\d•–—-]|\s*$)")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) of each sentence; spans are trimmed of surrounding white space."""
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        ls, le = line.span()
        start = ls
        for m in _STOP.finditer(text, ls, le):
            stop_end = m.end()
            if m.group(0)[0] == ".":
                w = _WORD_BEFORE.search(text, max(ls, m.start() - 20), m.start())
                if w:
                    word = w.group(1).lower().rstrip(".")
                    if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                        continue
                    nxt = text[stop_end : stop_end + 3].lstrip()
                    if word.isdigit() and nxt[:1].isdigit():
                        continue
                    if word.isdigit() and len(word) <= 3 and _ordinal_dot(text, ls, w.start(), stop_end):
                        continue
                    if nxt[:1].islower():
                        continue
            _add(text, spans, start, stop_end)
            start = stop_end
        _add(text, spans, start, le)
    return spans


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
_LAST_WORD = re.compile(r"([^\W\d_]+)\s+$")


def _ordinal_dot(text: str, line_start: int, number_start: int, stop_end: int) -> bool:
    """Whether the dot after a number makes it an ordinal: a month's name follows ("am 3. Januar") or a word
    that takes an ordinal comes before ("der 73. Minute")."""
    nxt = _NEXT_WORD.match(text, stop_end)
    if nxt and nxt.group(1).lower() in MONTH_NAMES:
        return True
    before = _LAST_WORD.search(text, max(line_start, number_start - 20), number_start)
    return bool(before) and before.group(1).lower() in ORDINAL_DOT_LEADS


def _add(text, spans, s, e):
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        spans.append((s, e))


class SentenceIndex:
    """Find the sentence that holds an offset in O(log n)."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = spans
        self.starts = [s for s, _ in spans]

    def index_of(self, pos: int) -> int:
        i = bisect_right(self.starts, pos) - 1
        return max(i, 0)

    def of(self, pos: int) -> tuple[int, int]:
        if not self.spans:
            return (pos, pos)
        return self.spans[self.index_of(pos)]
