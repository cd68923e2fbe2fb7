"""A number before "of the" and a noun ("256 of the victims", "12 des morts", "30 de los heridos") counts some of
the group the noun names: a part of it, never the group's size told otherwise."""

from datetime import date

import pytest

from verification.engine.claims import Document
from verification.engine.crosscheck import cross_check
from verification.engine.extract import extract_claims

PART_AND_WHOLE = {
    "en": ("The court said 41 of the victims were children.", "The trial heard 120 victims."),
    "fr": ("Selon le tribunal, 41 des victimes étaient des enfants.", "Le procès a entendu 120 victimes."),
    "es": ("Según el tribunal, 41 de las víctimas eran niños.", "El juicio escuchó a 120 víctimas."),
}
WHOLES = {
    "en": ("The trial heard 120 victims.", "The court heard 150 victims."),
    "fr": ("Le procès a entendu 120 victimes.", "Le tribunal a entendu 150 victimes."),
    "es": ("El juicio escuchó a 120 víctimas.", "El tribunal escuchó a 150 víctimas."),
}


def _facts(lang: str, *texts: str):
    docs = [
        Document(key=str(i), text=t, language=lang, published=date(2025, 5, 28), publisher=f"Outlet {i}")
        for i, t in enumerate(texts)
    ]
    return cross_check(docs, {d.key: extract_claims(d) for d in docs})


def _claim(lang: str, text: str, figure: str):
    doc = Document(key="0", text=text, language=lang, published=date(2025, 5, 28))
    return next(c for c in extract_claims(doc) if text[c.start : c.end].startswith(figure))


@pytest.mark.parametrize("lang", sorted(PART_AND_WHOLE))
def test_a_partitive_count_is_a_part_of_the_group(lang):
    part, whole = PART_AND_WHOLE[lang]
    assert _claim(lang, part, "41").extra.get("part")
    assert not _claim(lang, whole, "120").extra.get("part")


@pytest.mark.parametrize("lang", sorted(PART_AND_WHOLE))
def test_a_part_of_the_victims_is_no_rival_of_their_number(lang):
    facts = _facts(lang, *PART_AND_WHOLE[lang])
    assert not [f for f in facts if f.verdict == "conflicting"], [(f.key, f.verdict) for f in facts]


@pytest.mark.parametrize("lang", sorted(WHOLES))
def test_two_numbers_of_victims_told_whole_still_conflict(lang):
    facts = _facts(lang, *WHOLES[lang])
    assert [f.verdict for f in facts if len(f.sources) == 2] == ["conflicting"]


def test_a_number_of_the_group_that_a_verb_counts_is_that_count():
    # "Of the 40 passengers, 11 were injured": the number before a verb is the injured, told whole
    claim = _claim("en", "Of the 40 passengers, 11 were injured.", "11")
    assert not claim.extra.get("part")
