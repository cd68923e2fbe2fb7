"""What the words beside a name's comma say: a noun phrase saying what the person is ("Dominique Pelicot,
septuagénaire", "l'administrateur de la NASA, Bill Nelson") is a role; the rest of a clause ("Oyarzábal, que había
ingresado", "vorausgesagt worden, Keir Starmer") is none, and leaves room for what the words before the name say."""

from datetime import date

import pytest

from verification.engine.claims import Document
from verification.engine.extract import extract_claims


def roles(text, lang):
    cs = extract_claims(Document(key="t", text=text, language=lang, published=date(2026, 5, 21)))
    return {(c.value["person"], c.value["role"]) for c in cs if c.kind == "role"}


@pytest.mark.parametrize(
    "text, lang, person",
    [
        # a clause after the comma: a relative pronoun opens it
        ("Mikel Oyarzábal, que había ingresado en el complemento, marcó el gol.", "es", "mikel oyarzabal"),
        ("Dominique Pelicot, qui écope de vingt ans, reste silencieux.", "fr", "dominique pelicot"),
        ("Friedrich Merz, who won the vote, spoke on Sunday.", "en", "friedrich merz"),
        # German writes its nouns capitalised: lowercase words alone are no noun phrase
        ("In Umfragen war der Sieg vorausgesagt worden, Keir Starmer lag vorn.", "de", "keir starmer"),
        ("Im Finale legte quer, Achraf Hakimi traf.", "de", "achraf hakimi"),
    ],
)
def test_the_rest_of_a_clause_beside_a_name_is_no_role(text, lang, person):
    assert roles(text, lang) == {(person, "")}


@pytest.mark.parametrize(
    "text, lang, person, role",
    [
        ("Dominique Pelicot, septuagénaire, a été condamné.", "fr", "dominique pelicot", "septuagénaire"),
        ("Thorsten Gröger, negociador del sindicato, habló el lunes.", "es", "thorsten groger", "negociador"),
        # a clause after the name leaves the words before it to say what the person is
        (
            "Le septuagénaire, Dominique Pelicot, qui écope de vingt ans, se tait.",
            "fr",
            "dominique pelicot",
            "septuagénaire",
        ),
    ],
)
def test_a_noun_phrase_beside_a_name_is_its_role(text, lang, person, role):
    assert (person, role) in roles(text, lang)
