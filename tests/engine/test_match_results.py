"""Match results the words around them make results: a result glued to its noun ("40:22-Sieg"), the half-time score,
a win told as prevailing ("setzte sich mit 3:0 durch"); the noun after a result counts nothing. Through
extract_claims, in every language that writes each."""

import pytest

from .conftest import extracted


def _results(text: str, lang: str) -> list[tuple]:
    return [(c.text, c.value["high"], c.value["low"]) for c in extracted(text, lang) if c.slot == "score"]


@pytest.mark.parametrize(
    ("lang", "text", "result"),
    [
        ("de", "Die Eagles sicherten sich durch einen 40:22-Sieg den Titel.", ("40:22", 40, 22)),
        ("de", "Das Team jubelte über den 1:0-Erfolg.", ("1:0", 1, 0)),
        ("de", "Chelsea setzte sich mit 3:0 gegen Paris durch.", ("3:0", 3, 0)),
        ("en", "The Eagles established a commanding 24-0 lead by halftime.", ("24-0", 24, 0)),
        ("fr", "Le PSG menait 2-0 à la mi-temps.", ("2-0", 2, 0)),
        ("es", "El Madrid iba 1-0 al descanso.", ("1-0", 1, 0)),
    ],
)
def test_a_result_the_words_around_it_make_one_is_read(lang, text, result):
    assert result in _results(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Eagles sealed a 40-22 win over the Chiefs."),
        ("de", "Die Eagles sicherten sich durch einen 40:22-Sieg den Titel."),
    ],
)
def test_the_noun_after_a_result_counts_nothing(lang, text):
    assert [c.text for c in extracted(text, lang) if c.kind == "count"] == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The 3-1-0 formation was new."),
        ("de", "Die Sitzung begann um 14:30 und endete um 18:00 Uhr."),
    ],
)
def test_figures_glued_to_another_or_a_time_are_no_result(lang, text):
    assert _results(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "result"),
    [
        ("en", "The Eagles' 40-22 against the Chiefs had 126 million viewers.", ("40-22", 40, 22)),
        ("de", "Das 40:22 der Eagles gegen die Chiefs sahen 126 Millionen.", ("40:22", 40, 22)),
        ("fr", "Le 3-0 du PSG contre l'Inter restera dans les mémoires.", ("3-0", 3, 0)),
        ("es", "El 3-0 del PSG ante el Inter quedará en la memoria.", ("3-0", 3, 0)),
    ],
)
def test_a_result_with_the_side_it_was_against_named_after_it_is_a_match_result(lang, text, result):
    assert result in _results(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The justices ruled 6-3 against the plan."),
        ("de", "Das Spiel begann gegen 18:00 Uhr."),
    ],
)
def test_a_vote_against_or_a_time_of_day_is_no_match_result(lang, text):
    assert _results(text, lang) == []
