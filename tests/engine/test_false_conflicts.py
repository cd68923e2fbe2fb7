"""Figures that only look different: one report's words allow the other's figure, so the fact is no conflict."""

from datetime import date

import pytest

from verification.engine.claims import Document
from verification.engine.crosscheck import cross_check
from verification.engine.extract import extract_claims


def verdict(*texts: tuple[str, str]) -> str:
    """The verdict on the one fact the reports ``texts`` ((text, language) each) state together."""
    docs = [
        Document(key=str(i), text=t, language=lang, published=date(2025, 6, 2), publisher=f"Outlet {i}")
        for i, (t, lang) in enumerate(texts)
    ]
    facts = [f for f in cross_check(docs, {d.key: extract_claims(d) for d in docs}) if len(f.sources) == len(docs)]
    assert len(facts) == 1, [(f.key, f.verdict) for f in facts]
    return facts[0].verdict


SCALED_AND_DIGITS = {
    "en": ("Nawrocki won {} votes in the run-off.", "10.2 million"),
    "de": ("Nawrocki erhielt in der Stichwahl {} Stimmen.", "10,2 Millionen"),
    "fr": ("Nawrocki a obtenu {} voix au second tour.", "10,2 millions de"),
    "es": ("Nawrocki obtuvo {} votos en la segunda vuelta.", "10,2 millones de"),
}
GROUPING = {"en": ",", "de": ".", "fr": " ", "es": "."}


def _reports(lang: str, exact: int) -> tuple[tuple[str, str], tuple[str, str]]:
    sentence, scaled = SCALED_AND_DIGITS[lang]
    digits = f"{exact:,}".replace(",", GROUPING[lang])
    return (sentence.format(scaled), lang), (sentence.format(digits), lang)


@pytest.mark.parametrize("lang", sorted(SCALED_AND_DIGITS))
def test_a_figure_written_with_a_scale_word_may_be_cut_rather_than_rounded(lang):
    # "10.2 million votes" for 10,281,455: outlets cut a figure in millions as often as they round it
    assert verdict(*_reports(lang, 10_281_455)) == "corroborated"


@pytest.mark.parametrize("lang", sorted(SCALED_AND_DIGITS))
def test_a_figure_cut_to_its_scale_still_differs_from_one_past_its_next_step(lang):
    assert verdict(*_reports(lang, 10_310_000)) == "conflicting"  # 10.3 million is a step further
    assert verdict(*_reports(lang, 10_120_000)) == "conflicting"  # a cut figure is never above what it cuts


@pytest.mark.parametrize(
    "lang,a,b",
    [
        ("en", "The BSW won 4.97% of the vote.", "The BSW won 4.9% of the vote."),
        ("de", "Das BSW kam auf 4,97 Prozent der Stimmen.", "Das BSW kam auf 4,9 Prozent der Stimmen."),
    ],
)
def test_a_figure_in_digits_keeps_its_rounding(lang, a, b):
    # 4.97% does not round to 4.9%: only a scale word lets a report cut its figure
    assert verdict((a, lang), (b, lang)) == "conflicting"
