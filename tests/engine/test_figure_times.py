"""The time a figure refers to: the date its sentence names for it, not a date of something else it names."""

from datetime import date

import pytest

from verification.engine.claims import Document
from verification.engine.extract import extract_claims

PUB = date(2025, 1, 27)


def _times(text, lang, slot):
    claims = extract_claims(Document(key=lang, text=text, language=lang, published=PUB))
    return [(c.extra.get("date_context") or {}).get("start") for c in claims if c.slot == slot]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Spain won the title for a record fourth time, after 1964, 2008 and 2012."),
        ("de", "Spanien holte zum vierten Mal den Titel, nach 1964, 2008 und 2012."),
        ("fr", "L'Espagne a remporté son quatrième titre, après 1964, 2008 et 2012."),
        ("es", "España conquistó su cuarto título, tras los de 1964, 2008 y 2012."),
    ],
)
def test_a_series_of_dates_is_no_figure_time(lang, text):
    """The years of earlier titles say when those were won, not when the fourth was."""
    assert _times(text, lang, "ordinal") == [None]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The model, launched on January 10, cost less than $6 million to train."),
        ("de", "Das Modell, das am 10. Januar vorgestellt wurde, kostete weniger als 6 Millionen Dollar."),
        ("fr", "Le modèle, lancé le 10 janvier, a coûté moins de 6 millions de dollars."),
        ("es", "El modelo, lanzado el 10 de enero, costó menos de 6 millones de dólares."),
    ],
)
def test_a_date_set_off_by_commas_is_the_clause_s_not_the_figure_s(lang, text):
    assert _times(text, lang, "cost") == [None]


@pytest.mark.parametrize(
    "text,slot,day",
    [
        ("In 2023, the company cost less than $6 million to run.", "cost", "2023-01-01"),
        ("The company raised $6 million on January 10, its founder said.", "funding_round.amount", "2025-01-10"),
    ],
)
def test_a_figure_s_own_date_stays(text, slot, day):
    assert _times(text, "en", slot) == [day]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Researchers wrote in a paper last month that the model cost less than $6 million to train."),
        ("de", "Die Firma teilte am 10. Januar mit, dass das Modell weniger als 6 Millionen Dollar kostete."),
        ("fr", "Les chercheurs ont annoncé le 10 janvier que le modèle a coûté moins de 6 millions de dollars."),
        ("es", "La empresa dijo el 10 de enero que el modelo costó menos de 6 millones de dólares."),
    ],
)
def test_the_date_a_figure_was_reported_on_is_not_its_time(lang, text):
    """ "wrote last month that ... cost": last month is when it was said; the cost is the one other reports give."""
    assert _times(text, lang, "cost") == [None]


def test_a_date_in_what_is_reported_stays():
    assert _times("The company said that it raised $6 million in 2023.", "en", "funding_round.amount") == ["2023-01-01"]
