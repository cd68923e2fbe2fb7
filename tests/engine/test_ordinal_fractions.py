"""A fraction's word that ranks a noun is an ordinal: "a fifth major title" is the fifth title, no 20 % share.

"a fifth", "un cinquième" name a share and a place in a series alike. Where the word ranks the noun after it
("a fifth successive win", "un cinquième titre") it is an ordinal; where a share is cut by it or taken of a whole
("cut by a fifth", "a fifth of the seats", "un cinquième des salariés", "ein Fünftel der Stellen", "una quinta
parte de los votos") it stays a fraction.
"""

from datetime import date

import pytest

from verification.engine.claims import Document
from verification.engine.extract import extract_claims


def claims(text, lang):
    return extract_claims(Document(key=lang, text=text, language=lang, published=date(2026, 5, 21)))


def shares(text, lang):
    return [c.value["low"] for c in claims(text, lang) if c.kind == "percent"]


def ordinals(text, lang):
    return [c.value["low"] for c in claims(text, lang) if c.slot == "ordinal"]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Alcaraz produced the finest performance of his career to claim a fifth major title."),
        ("en", "He continued his dominance over his rival with a fifth successive win."),
        ("fr", "Le joueur a remporté dimanche un cinquième titre à Paris."),
        ("es", "El club logró una quinta victoria consecutiva en casa."),
    ],
)
def test_a_fraction_word_ranking_a_noun_is_an_ordinal(lang, text):
    assert shares(text, lang) == []
    assert ordinals(text, lang) == [5.0]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The company cut its workforce by a fifth last year."),
        ("en", "A fifth of the seats went to the opposition."),
        ("de", "Das Unternehmen streicht ein Fünftel der Stellen."),
        ("fr", "Un cinquième des salariés a quitté l'entreprise."),
        ("es", "El partido obtuvo una quinta parte de los votos."),
    ],
)
def test_a_share_cut_or_taken_of_a_whole_stays_a_fraction(lang, text):
    assert shares(text, lang) == [20.0]
