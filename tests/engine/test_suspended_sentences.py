"""A suspended prison term ("19 mois de prison avec sursis", "an 18-month suspended sentence", "zwei Jahre auf
Bewährung", "un año de prisión suspendida") is a sentence of its own: two reports of it corroborate it, and it never
joins a term to be served nor the whole sentence of which it is a part. Checked through extract_claims / cross_check
in every language."""

import pytest

from .conftest import extracted

SUSPENDED = {
    "en": "A Paris court handed Gérard Depardieu an 18-month suspended sentence on Tuesday.",
    "de": "Ein Pariser Gericht verhängte am Dienstag eine Bewährungsstrafe von 18 Monaten gegen Gérard Depardieu.",
    "fr": "Gérard Depardieu a été condamné mardi à 18 mois de prison avec sursis par le tribunal de Paris.",
    "es": "Un tribunal de París condenó el martes a Gérard Depardieu a 18 meses de prisión suspendida.",
}
SERVED = {
    "en": "A Paris court sentenced Gérard Depardieu to 18 months in prison on Tuesday.",
    "de": "Ein Pariser Gericht verurteilte Gérard Depardieu am Dienstag zu 18 Monaten Haft.",
    "fr": "Gérard Depardieu a été condamné mardi à 18 mois de prison ferme par le tribunal de Paris.",
    "es": "Un tribunal de París condenó el martes a Gérard Depardieu a 18 meses de prisión.",
}


def _slots(text: str, lang: str) -> list[str]:
    return [c.slot for c in extracted(text, lang) if c.slot.startswith("sentence")]


@pytest.mark.parametrize("lang", sorted(SUSPENDED))
def test_a_suspended_term_is_the_suspended_sentence(lang):
    assert _slots(SUSPENDED[lang], lang) == ["sentence.suspended"]


@pytest.mark.parametrize("lang", sorted(SERVED))
def test_a_term_not_told_suspended_is_the_sentence(lang):
    assert _slots(SERVED[lang], lang) == ["sentence"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les moins lourdes, trois ans dont deux avec sursis, ont été prononcées contre deux accusés."),
        ("de", "Das Gericht verhängte vier Jahre Haft ohne Bewährung gegen den Angeklagten."),
        ("fr", "Le tribunal l'a condamné à deux ans de prison sans sursis."),
    ],
)
def test_a_whole_term_or_one_not_suspended_stays_the_sentence(lang, text):
    assert "sentence" in _slots(text, lang)
    assert "sentence.suspended" not in _slots(text, lang)


@pytest.mark.parametrize(("one", "other"), [("en", "de"), ("fr", "es"), ("de", "fr")])
def test_reports_of_a_suspended_term_in_two_languages_corroborate_it(one, other, checked):
    facts = [
        f
        for f in checked((one, SUSPENDED[one]), (other, SUSPENDED[other]), kind="measure")
        if f.slot.startswith("sentence")
    ]
    assert [(f.slot, f.verdict, len(f.sources)) for f in facts] == [("sentence.suspended", "corroborated", 2)]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_suspended_term_never_joins_a_term_to_serve(lang, checked):
    facts = [
        f
        for f in checked((lang, SUSPENDED[lang]), (lang, SERVED[lang]), kind="measure")
        if f.slot.startswith("sentence")
    ]
    assert sorted(f.slot for f in facts) == ["sentence", "sentence.suspended"]
    assert all(f.verdict == "single_source" for f in facts)
