"""lexicon.alt writes a word list as a tree of shared first letters: it must match exactly what the flat,
longest-first list matches, at the same places, with the same words preferred."""

import re
from pathlib import Path

import pytest

from verification.engine import lexicon as L

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _flat(words) -> str:
    return "|".join(sorted({re.escape(w).replace(r"\ ", r"\s+") for w in words}, key=len, reverse=True))


def _matches(alternation: str, text: str, flags=0) -> list[tuple[int, int, str]]:
    rx = re.compile(r"(?<![\w])(" + alternation + r")(?![\w])", flags)
    return [(m.start(), m.end(), m.group(1)) for m in rx.finditer(text)]


def _word_tables():
    for name in sorted(vars(L)):
        table = getattr(L, name)
        if name.isupper() and isinstance(table, (dict, set, frozenset, list, tuple)) and len(table) > 2:
            words = [w for w in table if isinstance(w, str)]
            if len(words) == len(table):
                yield name, words


def test_tree_is_grouped_by_first_letters():
    assert L.alt(["second", "seconds", "sec", "third", "thirty"]) == "s(?:e(?:c(?:onds|ond|)))|t(?:hirty|hird)"
    # a level where a branch opens with a space, an apostrophe or a capital stays a flat list
    assert L.alt(["d'un", "de", "des"]) == "d(?:'un|es|e)"
    assert L.alt(["a b", "Ab", "ac"]) == _flat(["a b", "Ab", "ac"])


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_tree_matches_like_the_flat_list_on_made_up_words(flags):
    words = [
        "sec",
        "second",
        "seconds",
        "secondly",
        "s",
        "se",
        "third",
        "thirds",
        "a b",
        "a",
        "ab c",
        "l'an",
        "x-y",
        "Zebra",
        "zeb",
    ]
    text = "Sec second seconds secondly s se third thirds a b a  b ab c l'an x-y zebra Zebra zeb secs thirdly ab"
    assert _matches(L.alt(words), text, flags) == _matches(_flat(words), text, flags)


def test_tree_matches_like_the_flat_list_for_every_word_table_on_the_seeds():
    text = "\n".join(L.lower_same_len(f.read_text(encoding="utf-8")) for f in sorted(SEEDS.glob("*.txt")))
    tables = list(_word_tables())
    assert len(tables) > 20
    found = 0
    for name, words in tables:
        got, want = _matches(L.alt(words), text), _matches(_flat(words), text)
        assert got == want, name
        found += len(want)
    assert found > 1000
