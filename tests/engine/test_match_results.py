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


SET_LISTS = [
    ("en", "Holt beat Quist 4-6, 6-7 (4-7), 6-4, 7-6 (7-3), 7-6 (10-2) in the final."),
    ("en", "Holt outlasted Quist 4-6 6-7(4) 6-4 7-6(3) 7-6(10-2) in the final on Sunday."),
    ("de", "Holt besiegte im Finale Quist mit 4:6, 6:7 (4:7), 6:4, 7:6 (7:3), 7:6 (10:2)."),
    ("fr", "Holt s'est imposée 4-6, 6-7 (4/7), 6-4, 7-6 (7/3), 7-6 (10/2) face à Quist en finale."),
    ("fr", "Holt a battu Quist en cinq sets (4-6, 6-7, 6-4, 7-6, 7-6) en finale."),
    ("es", "Holt venció en la final a Quist por 4-6, 6-7 (4), 6-4, 7-6 (3) y 7(10)-6(2)."),
    ("de", "Holt rang Quist mit 4:6, 6:7 (4:7), 6:4, 7:6 (7:3), 7:6 (10:2) nieder."),  # no word of a match: none needed
]
SETS = [[4, 6], [6, 7], [6, 4], [7, 6], [7, 6]]


@pytest.mark.parametrize(("lang", "text"), SET_LISTS)
def test_a_match_told_set_by_set_is_one_result(lang, text):
    claims = [c for c in extracted(text, lang) if c.kind == "score"]
    assert [(c.slot, c.value["sets"], c.value["high"], c.value["low"]) for c in claims] == [("score.sets", SETS, 3, 2)]


@pytest.mark.parametrize(("lang", "other"), [(0, 2), (1, 5), (3, 4), (4, 0)])
def test_sets_told_with_and_without_tie_breaks_agree(checked, lang, other):
    facts = checked(SET_LISTS[lang], SET_LISTS[other], kind="score")
    assert [(f.verdict, len(f.members)) for f in facts] == [("corroborated", 2)]


def test_another_set_conflicts(checked):
    facts = checked(SET_LISTS[0], ("de", "Holt besiegte im Finale Quist mit 4:6, 6:7 (4:7), 6:4, 7:5, 7:6 (10:2)."))
    assert [f.verdict for f in facts if f.kind == "score"] == ["conflicting"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "City drew 1-1, 3-1 in the return leg was not enough."),
        ("de", "Ihre Zwischenzeiten waren 45:25, 1:02 und 1:14 Stunden."),
        ("fr", "Il menait 5-3, 0-40 dans le quatrième set."),
    ],
)
def test_scores_in_a_row_that_are_no_sets_are_no_set_list(lang, text):
    assert not [c for c in extracted(text, lang) if c.slot == "score.sets"]
