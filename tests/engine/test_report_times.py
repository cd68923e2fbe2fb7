"""Where the reports' days leave open which figure is newer, the explanation says what their words tell: the report
that gives a toll as risen to its highest figure ("the toll has risen to 65", "selon un dernier bilan"), or the report
that gives the final count beside one that gives a provisional count ("vorläufiges Endergebnis", "resultados
definitivos")."""

from datetime import date

import pytest

TUESDAY = date(2024, 1, 2)
EARLY = ("en", "The earthquake killed 48 people, officials said.", TUESDAY)


def _conflict(facts):
    conflicts = [f for f in facts if f.verdict == "conflicting"]
    assert len(conflicts) == 1, [(f.key, f.verdict, [c.text for _, c in f.members]) for f in facts]
    return conflicts[0]


@pytest.mark.parametrize(
    "language, later",
    [
        ("en", "The death toll from the earthquake has risen to 65, officials said."),
        ("de", "Die Zahl der Toten nach dem Erdbeben ist auf 65 gestiegen, teilten die Behörden mit."),
        ("fr", "Selon un dernier bilan, le séisme a fait 65 morts."),
        ("es", "Según el último balance, el terremoto dejó 65 muertos."),
    ],
)
def test_the_report_telling_its_toll_as_risen_to_the_highest_figure_is_named_newest(checked, language, later):
    fact = _conflict(checked(EARLY, (language, later, TUESDAY), slot="deaths"))
    assert "Outlet 1 tells its figure as the newest count" in fact.explanation, fact.explanation


def test_a_toll_told_as_risen_to_less_than_another_report_gives_is_named_newest_by_nothing(checked):
    fact = _conflict(
        checked(
            ("en", "The earthquake killed 65 people, officials said.", TUESDAY),
            ("fr", "Selon un dernier bilan, le séisme a fait 48 morts.", TUESDAY),
            slot="deaths",
        )
    )
    assert "newest count" not in fact.explanation, fact.explanation


@pytest.mark.parametrize(
    "provisional, final",
    [
        (
            ("de", "Laut dem vorläufigen Ergebnis kommt die FPÖ auf 58 Mandate."),
            ("en", "According to the final results, the FPÖ won 57 seats."),
        ),
        (
            ("fr", "Selon les résultats provisoires, le FPÖ obtient 58 sièges."),
            ("es", "Según los resultados definitivos, el FPÖ obtiene 57 escaños."),
        ),
    ],
)
def test_a_provisional_count_beside_the_final_one_is_named_so(checked, provisional, final):
    fact = _conflict(checked((*provisional, TUESDAY), (*final, TUESDAY), slot="seats"))
    assert "Outlet 1 gives the final count, 57 seats, and Outlet 0 a provisional one" in fact.explanation, (
        fact.explanation
    )
