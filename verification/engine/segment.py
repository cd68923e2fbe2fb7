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
                    if nxt[:1].islower():
                        continue
            _add(text, spans, start, stop_end)
            start = stop_end
        _add(text, spans, start, le)
    return spans


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
