"""A date's day or part of its year is no figure: "on July 19 affected 8.5 million computers", "el 30 de mayo de
2024", "in the first half of 2025" (no 50% share)."""

from datetime import date

import pytest

from tests.engine.conftest import cross_check_texts
from verification.engine.claims import Document
from verification.engine.extract import extract_claims

PUB = date(2024, 7, 20)


def figures(text, lang):
    claims = extract_claims(Document(key="t", text=text, language=lang, published=PUB))
    return [(c.slot, c.text) for c in claims if c.kind in ("count", "measure")], claims


@pytest.mark.parametrize(
    "text,lang,kept",
    [
        ("A global outage on July 19 affected 8.5 million computers.", "en", "8.5 million computers"),
        ("On May 30 jurors convicted Trump on 34 counts.", "en", "34 counts"),
        (
            "Le 19 juillet touchés par la panne, 8,5 millions d'ordinateurs ont cessé de fonctionner.",
            "fr",
            "8,5 millions d'ordinateurs",
        ),
        ("Donald Trump a été reconnu coupable le 30 mai 2024 par douze jurés.", "fr", "douze jurés"),
        ("Trump fue declarado culpable, el 30 de mayo de 2024, por 34 cargos.", "es", "34 cargos"),
        ("Trump wurde am 30. Mai 2024 schuldig gesprochen, sagten 12 Geschworene.", "de", "12 Geschworene"),
    ],
)
def test_the_day_of_a_date_is_no_count(text, lang, kept):
    got, claims = figures(text, lang)
    assert [t for _, t in got] == [kept], got
    assert any(c.kind == "date" for c in claims)


def test_a_count_after_a_date_with_its_own_noun_is_kept():
    got, _ = figures("El 30 de mayo 12 personas murieron en la explosión.", "es")
    assert got == [("deaths", "12 personas")]


def test_the_day_gives_no_conflict_between_reports():
    """Two reports of one outage, one dating it "July 19": the day joins no count of affected people."""
    facts = cross_check_texts(
        ("en", "A global outage on July 19 affected 8.5 million computers."),
        ("en", "The outage hit 8.5 million computers, Microsoft said; 21 affected airlines cancelled flights."),
    )
    assert not [f for f in facts if f.kind == "count" and any(c.text.startswith("19") for _, c in f.members)]


@pytest.mark.parametrize(
    "text,lang",
    [
        ("The deal is expected to close in the first half of 2025, the companies said.", "en"),
        ("Sales rose in the second half of last year.", "en"),
        ("L'accord sera finalisé dans la première moitié de 2025.", "fr"),
        ("El acuerdo se cerrará en la primera mitad de 2025.", "es"),
        ("Die Übernahme soll in der ersten Jahreshälfte 2025 abgeschlossen werden.", "de"),
    ],
)
def test_half_of_a_year_is_no_share(text, lang):
    claims = extract_claims(Document(key="t", text=text, language=lang, published=PUB))
    assert not [c.text for c in claims if c.kind == "percent"]
    assert any(c.kind == "date" for c in claims)


def test_half_of_the_staff_is_still_a_share():
    claims = extract_claims(
        Document(
            key="t", text="Half of the staff will leave in the first half of the year.", language="en", published=PUB
        )
    )
    assert [c.text for c in claims if c.kind == "percent"] == ["Half of"]


def test_a_period_s_half_confirms_no_share_of_another_report():
    """A report's 44% premium and another's deal closing "in the first half of 2025": two facts, neither confirmed."""
    facts = cross_check_texts(
        ("en", "Mars offered a premium of about 44% for Kellanova. The deal should close in the first half of 2025."),
        ("en", "Mars will buy Kellanova; the deal should close in the first half of 2025."),
    )
    shares = [f for f in facts if f.kind == "percent"]
    assert [f.verdict for f in shares] == ["single_source"], [(f.key, f.verdict) for f in shares]


@pytest.mark.parametrize(
    "month,season",
    [
        (
            ("en", "The company opened its first factory in Texas in July 2024, the chief executive said."),
            ("en", "Acme, which makes batteries, opened its first plant in the summer of 2024, according to a filing."),
        ),
        (
            ("de", "Das Unternehmen eröffnete im Juli 2024 seine erste Fabrik in Texas, sagte der Chef."),
            (
                "de",
                "Acme, ein Batteriehersteller, eröffnete im Sommer 2024 sein erstes Werk, wie aus einer Mitteilung hervorgeht.",
            ),
        ),
        (
            ("fr", "L'entreprise a ouvert sa première usine au Texas en juillet 2024, a indiqué son patron."),
            ("fr", "Acme, fabricant de batteries, a ouvert sa première usine à l'été 2024, selon un document."),
        ),
        (
            ("es", "La empresa abrió su primera fábrica en Texas en julio de 2024, dijo su director."),
            ("es", "Acme, fabricante de baterías, abrió su primera planta en el verano de 2024, según un documento."),
        ),
    ],
)
def test_a_month_agrees_with_the_season_it_is_in(month, season):
    """A season is a part of its year, its three months: July 2024 is in the summer of 2024, no other date."""
    facts = [f for f in cross_check_texts(month, season, published=date(2025, 3, 3)) if f.kind == "date"]
    assert [(f.verdict, len(f.members)) for f in facts] == [("corroborated", 2)], [(f.key, f.verdict) for f in facts]
