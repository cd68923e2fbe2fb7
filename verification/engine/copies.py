"""Which sources are not independent of each other.

Two documents are dependent when one largely repeats the other (near-identical text: most of the
shorter one's word 5-grams occur in the longer one), or when both credit the same wire service and share
a good part of their wording (the same agency story, lightly edited). For one fact, two sources are also
dependent when the sentences carrying their claims are near-identical copies of each other.
"""

from __future__ import annotations

import re
from itertools import combinations

from rapidfuzz import fuzz

from .claims import Document
from .components import connected_groups
from .textfeatures import containment, fold, shingles

NEAR_IDENTICAL = 0.5  # share of the shorter text's 5-grams found in the other
SAME_WIRE = 0.2  # text overlap enough when both credit the same wire
SAME_SENTENCE = 92.0  # rapidfuzz ratio of two claim sentences that are copies
MIN_SHINGLES = 25  # texts shorter than this are too short to call copies

_WIRES = {
    "reuters": r"\breuters\b",
    "ap": r"\((?:ap|the associated press)\)|\bassociated press\b",
    "afp": r"\bafp\b|\bagence france[- ]presse\b",
    "dpa": r"\bdpa\b",
    "bloomberg": r"\bbloomberg news\b",
    "efe": r"\bagencia efe\b|\(efe\)",
    "ansa": r"\bansa\b",
    "xinhua": r"\bxinhua\b",
    "kyodo": r"\bkyodo\b",
    "pa": r"\bpa media\b",
    "apa": r"\(apa\)",
    "sda": r"\bsda\b|\bkeystone-sda\b",
    "europa press": r"\beuropa press\b",
}
_WIRE_RE = re.compile("|".join(f"(?P<w{i}>{rx})" for i, rx in enumerate(_WIRES.values())))
_WIRE_NAMES = {f"w{i}": name for i, name in enumerate(_WIRES)}
_NEEDLES = (
    "reuters",
    "ap)",
    "associated press",
    "afp",
    "agence france",
    "dpa",
    "bloomberg",
    "efe",
    "ansa",
    "xinhua",
    "kyodo",
    "pa media",
    "apa)",
    "sda",
    "europa press",
)


def wire_credits(text: str) -> frozenset[str]:
    """Wire services a text credits ("(Reuters)", "AFP", "dpa", ...)."""
    folded = fold(text)
    if not any(needle in folded for needle in _NEEDLES):
        return frozenset()
    return frozenset(_WIRE_NAMES[m.lastgroup] for m in _WIRE_RE.finditer(folded))


def dependent_documents(docs: list[Document]) -> dict[frozenset[str], str]:
    """Pairs of document keys that are not independent, with the reason ("near-identical text",
    "same wire story (reuters)")."""
    feats = {d.key: (shingles(d.text), wire_credits(d.text)) for d in docs}
    out: dict[frozenset[str], str] = {}
    for a, b in combinations(sorted(feats), 2):
        (sa, wa), (sb, wb) = feats[a], feats[b]
        if min(len(sa), len(sb)) < MIN_SHINGLES:
            continue
        overlap = containment(sa, sb)
        if overlap >= NEAR_IDENTICAL:
            out[frozenset((a, b))] = "near-identical text"
        elif wa & wb and overlap >= SAME_WIRE:
            out[frozenset((a, b))] = f"same wire story ({', '.join(sorted(wa & wb))})"
    return out


def copied_sentences(sentence_a: str, sentence_b: str) -> bool:
    """Two claim sentences so alike that one is a copy of the other."""
    if len(sentence_a) < 40 or len(sentence_b) < 40:
        return False
    return fuzz.ratio(fold(sentence_a), fold(sentence_b)) >= SAME_SENTENCE


def independent_groups(keys: list[str], dependent: set[frozenset[str]]) -> list[list[str]]:
    """Sources grouped so that dependent ones share a group (connected components); sorted."""
    return connected_groups(keys, (tuple(sorted(pair)) for pair in dependent if len(pair) == 2))
