"""The level a change left is a figure of before: "fell from $3.5 trillion to $2.9 trillion", "passant de 4 % à
3,75 %", "schrumpfte von 3,5 Billionen auf 2,9 Billionen", "bajó del 4 % al 3,75 %"."""

from datetime import date

import pytest

from tests.engine.conftest import cross_check_texts
from verification.engine.claims import Document
from verification.engine.extract import extract_claims

PUB = date(2025, 1, 28)


def stages(text, lang):
    claims = extract_claims(Document(key="t", text=text, language=lang, published=PUB))
    return {c.text: c.extra.get("stage") for c in claims if c.kind in ("money", "percent", "measure")}


@pytest.mark.parametrize(
    "text,lang,left,reached",
    [
        (
            "Nvidia's market value fell from $3.5 trillion to $2.9 trillion on Monday.",
            "en",
            "$3.5 trillion",
            "$2.9 trillion",
        ),
        ("The ECB lowered its deposit rate from 4% to 3.75%.", "en", "4%", "3.75%"),
        ("La BCE a baissé ses taux directeurs de 0,25 point, passant ainsi de 4 % à 3,75 %.", "fr", "4 %", "3,75 %"),
        (
            "Die Marktkapitalisierung von Nvidia schrumpfte von 3,5 Billionen auf 2,9 Billionen Dollar.",
            "de",
            "3,5 Billionen",
            "2,9 Billionen Dollar",
        ),
        ("Die EZB senkte den Einlagenzins von 4 Prozent auf 3,75 Prozent.", "de", "4 Prozent", "3,75 Prozent"),
        ("El BCE bajó el tipo de depósito del 4 % al 3,75 %.", "es", "4 %", "3,75 %"),
        (
            "La capitalización de Nvidia cayó de 3,5 billones a 2,9 billones de dólares.",
            "es",
            "3,5 billones",
            "2,9 billones de dólares",
        ),
    ],
)
def test_the_level_a_change_left_is_of_before(text, lang, left, reached):
    got = stages(text, lang)
    assert got[left] == "previous", got
    assert got[reached] is None, got


@pytest.mark.parametrize(
    "text,lang",
    [
        ("L'action de Nvidia a dégringolé de 16,97 % à 118,42 dollars.", "fr"),  # the change, then the price reached
        ("Their bonuses range from 3% to 20% of the salary.", "en"),  # a range: no change told
        ("The death toll from the 7.7 magnitude earthquake reached 1,700.", "en"),  # "from" with no level reached
    ],
)
def test_no_level_left_without_a_change_from_one_level_to_another(text, lang):
    assert "previous" not in stages(text, lang).values()


def test_a_level_left_confirms_no_other_report_s_current_value():
    """A report's value of before (3.5 trillion) is not the 3.456 trillion another gives of now (that one
    contradicts the 2.9 trillion it fell to)."""
    facts = cross_check_texts(
        ("de", "Die Marktkapitalisierung von Nvidia schrumpfte von 3,5 Billionen auf 2,9 Billionen Dollar."),
        ("fr", "La capitalisation de Nvidia atteint désormais 3.456 milliards de dollars."),
    )
    before = [f for f in facts if any(c.text == "3,5 Billionen" for _, c in f.members)]
    assert [(f.key, f.verdict, len(f.members)) for f in before] == [
        ("money:market_value:nvidia[stage=previous]", "single_source", 1)
    ]


def test_a_rate_left_is_not_another_rate_of_now():
    """ "de 4 % à 3,75 %" beside another report's 4.25% refinancing rate: no rate of 4% confirmed by 4.25%."""
    facts = cross_check_texts(
        ("fr", "La BCE a baissé ses taux directeurs de 0,25 point, passant ainsi de 4 % à 3,75 %."),
        ("en", "The ECB's main refinancing rate now stands at 4.25%, its deposit rate at 3.75%."),
    )
    by_text = {tuple(sorted(c.text for _, c in f.members)): f.verdict for f in facts if f.kind == "percent"}
    assert by_text[("4 %",)] == "single_source"
    assert by_text[("3,75 %", "3.75%")] == "corroborated"


def counts_of(text, lang):
    claims = extract_claims(Document(key="t", text=text, language=lang, published=PUB))
    return {c.text: c for c in claims if c.kind == "count"}


@pytest.mark.parametrize(
    "text,lang,now,before,earlier",
    [
        (
            "The tournament sold 657,291 tickets in Switzerland, up from 574,875 in England.",
            "en",
            657291,
            "574,875",
            574875,
        ),
        ("Das Werk zählt nun 1.200 Stellen, nach zuvor 900.", "de", 1200, "900", 900),
        ("Le site compte 1 200 salariés, contre 900 il y a un an.", "fr", 1200, "900", 900),
        ("La empresa tiene 15.000 empleados, frente a los 12.000 de 2023.", "es", 15000, "12.000", 12000),
    ],
)
def test_a_number_compared_after_a_count_and_its_comma_is_its_earlier_level(text, lang, now, before, earlier):
    found = counts_of(text, lang)
    current = next(c for c in found.values() if c.value["low"] == now)
    level = found[before]
    assert (level.slot, level.value["low"], level.extra["stage"]) == (current.slot, earlier, "previous")
    assert "stage" not in current.extra


def test_a_tally_without_a_comma_tells_no_earlier_level():
    assert not [c for c in counts_of("La motion a obtenu 312 voix contre 150.", "fr").values() if c.extra.get("stage")]
