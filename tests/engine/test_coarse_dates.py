"""One date told coarser by one report than by another: a month or a part of one beside a day inside it."""

from datetime import date

import pytest

from tests.engine.conftest import holding_all

PUBLISHED = date(2025, 2, 20)


def _date_facts(checked, *articles):
    return checked(*articles, published=PUBLISHED, kind="date")


@pytest.mark.parametrize(
    "coarse",
    [
        ("en", "The alleged assault took place in December 2022 in a Barcelona nightclub.", "December 2022"),
        (
            "de",
            "Der mutmaßliche Übergriff fand im Dezember 2022 in einem Nachtclub in Barcelona statt.",
            "Dezember 2022",
        ),
        ("fr", "L'agression présumée a eu lieu en décembre 2022 dans une discothèque de Barcelone.", "décembre 2022"),
        (
            "es",
            "La presunta agresión tuvo lugar en diciembre de 2022 en una discoteca de Barcelona.",
            "diciembre de 2022",
        ),
    ],
)
def test_a_month_supports_the_day_another_report_gives_inside_it(checked, coarse):
    lang, text, words = coarse
    facts = _date_facts(
        checked,
        ("es", "La agresión ocurrió el 30 de diciembre de 2022 en la discoteca Sutton de Barcelona."),
        (lang, text),
    )
    (fact,) = holding_all(facts, "30 de diciembre de 2022", words)
    assert fact.verdict == "corroborated"


def test_a_month_two_facts_fall_in_supports_neither(checked):
    facts = _date_facts(
        checked,
        ("es", "Sancho mató a Arrieta el 2 de agosto de 2023. La policía lo detuvo el 5 de agosto de 2023."),
        ("fr", "Le meurtre a eu lieu en août 2023 sur l'île de Koh Phangan."),
    )
    assert not holding_all(facts, "août 2023", "2 de agosto de 2023")
    assert not holding_all(facts, "août 2023", "5 de agosto de 2023")


def test_a_month_whose_report_gives_a_day_of_it_too_stays_apart(checked):
    facts = _date_facts(
        checked,
        ("es", "La agresión ocurrió el 30 de diciembre de 2022 en una discoteca de Barcelona."),
        ("en", "He was in Barcelona in December 2022. The assault took place on December 31, 2022."),
    )
    assert not holding_all(facts, "30 de diciembre de 2022", "December 2022")


@pytest.mark.parametrize(
    "fine,coarse,words",
    [
        (
            ("es", "El récord anterior se batió el 12 de febrero de 2025 en Budapest."),
            ("en", "The previous record was set earlier this month in Budapest."),
            "earlier this month",
        ),
        (
            ("es", "La producción quedó paralizada el 5 de noviembre de 2025."),
            ("en", "Production at the plant stays halted until November, the company said."),
            "until November",
        ),
        (
            ("es", "La producción quedó paralizada el 5 de noviembre de 2025."),
            ("de", "Die Produktion im Werk ruht bis November, teilte das Unternehmen mit."),
            "bis November",
        ),
        (
            ("fr", "L'armée a pris le pouvoir lors du coup d'État militaire de février 2021."),
            ("en", "The army seized power in a military coup in 2021."),
            "in 2021",
        ),
    ],
)
def test_a_month_counted_from_its_report_a_bound_or_a_year_supports_no_date(checked, fine, coarse, words):
    facts = _date_facts(checked, fine, coarse)
    assert not [f for f in facts if words in {c.text for _, c in f.members} and len({d for d, _ in f.members}) > 1]


@pytest.mark.parametrize(
    "part",
    [
        ("de", "Das Urteil war für Anfang März erwartet worden. Heute hat das Gericht entschieden.", "Anfang März"),
        ("en", "The ruling had been expected in early March. The court decided today.", "early March"),
        ("fr", "La décision était attendue début mars. Le tribunal a tranché aujourd'hui.", "début mars"),
        ("es", "La sentencia se esperaba a principios de marzo. El tribunal decidió hoy.", "a principios de marzo"),
    ],
)
def test_a_part_of_a_month_whose_report_gives_a_day_too_is_no_telling_of_that_day(checked, part):
    lang, text, words = part
    facts = checked(
        ("en", "The court ruled on Monday, March 4, 2024, against the company.", date(2024, 3, 5)),
        (lang, text, date(2024, 3, 4)),
        published=PUBLISHED,
        kind="date",
    )
    assert [f for f in facts if words in {c.text for _, c in f.members}]
    assert not holding_all(facts, "Monday, March 4, 2024", words)
