"""Two different figures one sentence gives in one unit are two figures (two subjects, two times), never one
statement of the article; a figure converted in the same sentence stays one. Checked through extract_claims /
cross_check."""

import pytest

from verification.engine.claims import Document
from verification.engine.crosscheck import cross_check
from verification.engine.extract import extract_claims

TWO_FIGURES = {
    "en": (
        "A total of 10.6 million Poles voted for Nawrocki, while over 10.2 million voted for Trzaskowski.",
        "In all, 10.6 million Poles voted for Nawrocki and more than 10.2 million voted for Trzaskowski.",
        ("10.6 million", "10.2 million"),
    ),
    "es": (
        "Nawrocki obtuvo 10,6 millones de votos, mientras que más de 10,2 millones de votos fueron para Trzaskowski.",
        "En total, Nawrocki logró 10,6 millones de votos y Trzaskowski más de 10,2 millones de votos.",
        ("10,6 millones", "10,2 millones"),
    ),
    "de": (
        "Nawrocki erhielt 10,6 Millionen Stimmen, Trzaskowski kam auf mehr als 10,2 Millionen Stimmen.",
        "Auf Nawrocki entfielen 10,6 Millionen Stimmen, auf Trzaskowski über 10,2 Millionen Stimmen.",
        ("10,6 Millionen", "10,2 Millionen"),
    ),
}


def _facts(texts, language):
    docs = [Document(key=k, text=t, language=language) for k, t in texts.items()]
    return cross_check(docs, {d.key: extract_claims(d) for d in docs})


@pytest.mark.parametrize("language", sorted(TWO_FIGURES))
def test_two_figures_of_one_sentence_are_two_facts(language):
    first, second, (big, small) = TWO_FIGURES[language]
    facts = _facts({"a": first, "b": second}, language)
    holding = [f for f in facts if any(big in c.text or small in c.text for _, c in f.members)]
    for f in holding:
        texts = [c.text for _, c in f.members]
        assert not (any(big in t for t in texts) and any(small in t for t in texts)), texts
    assert sorted(len(f.members) for f in holding) == [2, 2]
    assert all(f.verdict == "corroborated" for f in holding)


def test_a_figure_converted_in_its_sentence_stays_one_statement():
    facts = _facts(
        {
            "a": "The storm dropped 200 mm (7.9 inches) of rain on the city.",
            "b": "The storm dropped 200 mm of rain on the city.",
        },
        "en",
    )
    rain = [f for f in facts if any("200 mm" in c.text for _, c in f.members)]
    assert len(rain) == 1 and {c.text for _, c in rain[0].members} >= {"200 mm", "7.9 inches"}
