"""An ordinal carries the series it ranks (SERIES_NOUNS, FRAME_NOUNS): "second title" and "second tournament" are two
facts; a victory told as the nth title, win or time is one, and a bare "second" may be any series'."""

import pytest

from tests.engine.conftest import cross_check_texts, extracted
from verification.engine.detect.ordinals import SERIES

RANKED = [
    ("en", "Carlos Alcaraz won his fifth Grand Slam title on Sunday.", "titles"),
    ("en", "The president began his third term on Monday.", "terms"),
    ("en", "Alcaraz claimed a fifth successive win over Sinner.", "titles"),
    ("fr", "Carlos Alcaraz a remporté son cinquième titre du Grand Chelem.", "titles"),
    ("fr", "Le président entame son troisième mandat lundi.", "terms"),
    ("fr", "Alcaraz a signé son cinquième succès d'affilée face à Sinner.", "titles"),
    ("de", "Carlos Alcaraz holte seinen fünften Grand-Slam-Titel.", "titles"),
    ("de", "Der Präsident beginnt am Montag seine dritte Amtszeit.", "terms"),
    ("es", "Carlos Alcaraz logró su quinto título de Grand Slam.", "titles"),
    ("es", "El presidente inicia su tercer mandato el lunes.", "terms"),
    ("es", "Alcaraz firmó su quinto triunfo consecutivo ante Sinner.", "titles"),
]


@pytest.mark.parametrize("lang,text,series", RANKED)
def test_an_ordinal_carries_the_concept_it_ranks(lang, text, series):
    ordinals = [c for c in extracted(text, lang) if c.slot == "ordinal"]
    assert [c.extra.get(SERIES) for c in ordinals] == [series]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "She was the second to arrive at the scene."),
        ("fr", "Le groupe arrive en deuxième position."),
        ("de", "Sie war die zweite in der Reihe."),
        ("es", "Fue la segunda en llegar al lugar."),
    ],
)
def test_an_ordinal_that_names_no_noun_ranks_no_concept(lang, text):
    assert not any(c.extra.get(SERIES) for c in extracted(text, lang) if c.slot == "ordinal")


TWO_SERIES = {
    "en": ("Alcaraz won his second title in Paris.", "Alcaraz played his second tournament since returning."),
    "fr": ("Alcaraz a remporté son deuxième titre à Paris.", "Alcaraz dispute son deuxième tournoi depuis son retour."),
    "de": ("Alcaraz holte in Paris seinen zweiten Titel.", "Alcaraz spielt sein zweites Turnier seit seiner Rückkehr."),
    "es": ("Alcaraz ganó su segundo título en París.", "Alcaraz disputa su segundo torneo desde su regreso."),
}
# one victory told as a title, a win and a time
ONE_SERIES = {
    "en": (
        "Madrid won its 15th title in Paris.",
        "It was Madrid's 15th win in the final.",
        "Madrid won for the 15th time.",
    ),
    "fr": (
        "Madrid a remporté son 15e titre à Paris.",
        "C'est la 15e victoire de Madrid.",
        "Madrid gagne pour la 15e fois.",
    ),
    "de": ("Madrid holte in Paris den 15. Titel.", "Es war der 15. Sieg für Madrid.", "Madrid gewann zum 15. Mal."),
    "es": (
        "El Madrid ganó su 15.º título en París.",
        "Fue la 15.ª victoria del Madrid.",
        "El Madrid ganó por 15.ª vez.",
    ),
}


def _ordinal_facts(*articles):
    return [f for f in cross_check_texts(*articles) if f.slot.partition(".")[0] == "ordinal"]


@pytest.mark.parametrize("lang", sorted(TWO_SERIES))
def test_ordinals_of_two_series_are_two_facts(lang):
    title, tournament = TWO_SERIES[lang]
    facts = _ordinal_facts((lang, title), (lang, tournament))
    assert sorted(len(f.sources) for f in facts) == [1, 1]


@pytest.mark.parametrize("lang", sorted(ONE_SERIES))
def test_ordinals_of_one_series_are_one_fact(lang):
    facts = _ordinal_facts(*((lang, text) for text in ONE_SERIES[lang]))
    assert [(len(f.sources), f.verdict) for f in facts] == [(3, "corroborated")]
