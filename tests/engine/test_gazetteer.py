"""The gazetteer knows every country in en/de/fr/es (CLDR names), first-level regions (ISO 3166-2) and the cities
time zones are named after (CLDR): a US state, a German Land, a French région, a Spanish comunidad, Bucharest are
places; a country's or a city's German/French/Spanish name is the same place as its English name; a name that is a
common word or a person's name is no place."""

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from verification.engine.claims import Document
from verification.engine.crosscheck import cross_check
from verification.engine.entities import place_key
from verification.engine.extract import extract_claims

PUB = date(2026, 3, 3)


def places(text, lang):
    cs = extract_claims(Document(key="t", text=text, language=lang, published=PUB))
    return {c.value["entity"] for c in cs if c.kind == "place" and c.slot == "place"}


@pytest.mark.parametrize(
    "text, lang, key",
    [
        ("The tornado destroyed homes in Kansas on Tuesday.", "en", "kansas"),
        ("Das Unwetter zerstörte am Dienstag Häuser in Niedersachsen.", "de", "niedersachsen"),
        ("La tempête a détruit des maisons en Occitanie mardi.", "fr", "occitanie"),
        ("La tormenta destruyó casas en Extremadura el martes.", "es", "extremadura"),
    ],
)
def test_a_first_level_region_is_a_place(text, lang, key):
    assert key in places(text, lang)


@pytest.mark.parametrize(
    "name, key",
    [
        ("Kasachstan", "kazakhstan"),
        ("Kazakhstan", "kazakhstan"),
        ("Kazajistán", "kazakhstan"),
        ("Mosambik", "mozambique"),
        ("Mozambique", "mozambique"),
        ("Vereinigtes Königreich", "uk"),  # the hand list's keys stay
        ("Deutschland", "germany"),
    ],
)
def test_every_country_has_one_key_in_every_language(name, key):
    assert place_key(name) == key


def test_a_country_named_in_german_french_and_spanish_is_one_corroborated_place():
    texts = {
        "1": ("en", "The earthquake struck homes in Mozambique on Tuesday."),
        "2": ("de", "Das Erdbeben traf am Dienstag Häuser in Mosambik."),
        "3": ("fr", "Le séisme a frappé des maisons au Mozambique mardi."),
        "4": ("es", "El terremoto afectó casas en Mozambique el martes."),
    }
    docs = [Document(key=k, text=t, language=lang, published=PUB) for k, (lang, t) in texts.items()]
    facts = cross_check(docs, {d.key: extract_claims(d) for d in docs})
    (place,) = [f for f in facts if f.kind == "place" and f.slot == "place"]
    assert place.verdict == "corroborated" and place.sources == ["1", "2", "3", "4"]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The mayor of Bucharest won the runoff on Sunday.", "en"),
        ("Der Oberbürgermeister von Bukarest gewann die Stichwahl am Sonntag.", "de"),
        ("Le maire de Bucarest a remporté le second tour dimanche.", "fr"),
        ("El alcalde de Bucarest ganó la segunda vuelta el domingo.", "es"),
    ],
)
def test_a_city_a_time_zone_is_named_after_is_one_place_in_every_language(text, lang):
    assert "bucharest" in places(text, lang)


@pytest.mark.parametrize(
    "word",
    [
        "Nice",
        "Mayo",
        "Bar",
        "Victoria",
        "Jersey",
        "Georgia",
        "Jordan",
        "Centre",
        "Norte",
        "Island",
        "Dominique",
        "Stanley",
        "Darwin",
        "Knox",
        "Resolute",
    ],
)
def test_a_common_word_or_a_persons_name_is_no_gazetteer_place(word):
    assert place_key(word) is None


@pytest.mark.parametrize(
    "text, lang",
    [
        ("It was a nice day, said Jordan Smith.", "en"),
        ("Victoria Lopez met him at the bar in Jersey City.", "en"),
        ("Das Treffen fand im Norden statt, sagte Victoria Weber.", "de"),
        ("Il a fait une nice surprise au centre, a dit Jordan.", "fr"),
        ("El mayo pasado, dijo Victoria, la reunión fue en el centro.", "es"),
    ],
)
def test_common_words_do_not_become_places(text, lang):
    assert not places(text, lang) & {"nice", "mayo", "bar", "victoria", "jersey", "georgia", "jordan", "centre"}


def test_importing_the_engine_leaves_the_country_and_region_tables_for_their_first_use():
    """A web process or a management command imports the engine without running it: the libraries' countries and
    regions are merged when a place is first looked up, not at import."""
    code = (
        "import sys; import verification.engine.extract, verification.engine.cluster; "
        "from verification.engine import gazetteer; "
        "assert 'pycountry' not in sys.modules and gazetteer.places.cache_info().currsize == 0; "
        "from verification.engine.entities import place_key; "
        "assert place_key('Kasachstan') == 'kazakhstan' and 'pycountry' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[2])
