"""A person named by surname alone: after the full name in the same article, the surname is that person; after a
title or an office ("Präsident Macron", "le juge Dupont"), it is a person holding that role; and across reports a
surname alone is the one full name of the story ending with it."""

from datetime import date

import pytest

from verification.engine.claims import Document
from verification.engine.crosscheck import cross_check
from verification.engine.extract import extract_claims


def _doc(key, text, lang):
    return Document(key=key, text=text, language=lang, published=date(2026, 5, 21))


def roles_at(text, lang):
    """(words the claim shows, person, role) of each role claim of a text."""
    cs = extract_claims(_doc("t", text, lang))
    return [(c.text, c.value["person"], c.value["role"]) for c in cs if c.kind == "role"]


@pytest.mark.parametrize(
    "text, lang, surname, person",
    [
        (
            "Geoffrey Hinton won the Nobel Prize on Tuesday. The award surprised Hinton, who was in California.",
            "en",
            "Hinton",
            "geoffrey hinton",
        ),
        (
            "Tadej Pogačar gewann am Sonntag die Etappe. Am Ende sprach Pogačar von einem schweren Tag.",
            "de",
            "Pogačar",
            "tadej pogacar",
        ),
        (
            "Le président du groupe, John Elkann, a remercié Carlos Tavares. Le comité sera présidé par Elkann.",
            "fr",
            "Elkann",
            "john elkann",
        ),
        (
            "En un comunicado, el presidente del grupo, John Elkann, agradeció la labor. "
            "La gestión recaerá en un comité presidido por Elkann.",
            "es",
            "Elkann",
            "john elkann",
        ),
    ],
)
def test_a_surname_alone_after_the_full_name_is_that_person(text, lang, surname, person):
    assert (surname, person) in {(shown, who) for shown, who, _ in roles_at(text, lang)}


def test_a_surname_two_people_of_the_article_bear_is_neither():
    text = "Gisèle Pelicot spoke on Monday. Dominique Pelicot was absent. Pelicot's lawyer said nothing."
    assert all(shown != "Pelicot" for shown, _, _ in roles_at(text, "en"))


@pytest.mark.parametrize(
    "text, lang, shown, person, role",
    [
        ("On Monday, Judge Merchan rejected the motion.", "en", "Judge Merchan", "merchan", "judge"),
        (
            "Am Montag sagte Präsident Macron in Paris, die Lage sei ernst.",
            "de",
            "Präsident Macron",
            "macron",
            "president",
        ),
        ("Lundi, le juge Dupont a rejeté la demande.", "fr", "juge Dupont", "dupont", "judge"),
        ("El lunes, la ministra Robles visitó la base.", "es", "ministra Robles", "robles", "minister"),
    ],
)
def test_a_title_and_a_surname_is_a_role_claim(text, lang, shown, person, role):
    assert (shown, person, role) in roles_at(text, lang)


@pytest.mark.parametrize(
    "text, lang, role",
    [
        ("Tadej Pogačar won on Sunday. Pogačar, the defending champion, attacked early.", "en", "defending champion"),
        ("Tadej Pogačar a gagné dimanche. Pogačar, grand favori, a attaqué tôt.", "fr", "grand favori"),
        ("Tadej Pogačar ganó el domingo. Pogačar, vigente campeón, atacó pronto.", "es", "vigente campeón"),
        ("Tadej Pogačar gewann am Sonntag. Pogačar, der Kapitän des Teams, griff früh an.", "de", "captain"),
    ],
)
def test_a_role_in_apposition_after_a_surname_is_the_full_name_s(text, lang, role):
    assert ("tadej pogacar", role) in {(who, what) for _, who, what in roles_at(text, lang)}


@pytest.mark.parametrize(
    "titled, lang",
    [
        ("Am Montag widersprach Präsident Macron den Gewerkschaften.", "de"),
        ("Lundi, le président Macron a répondu aux syndicats.", "fr"),
        ("El lunes, el presidente Macron respondió a los sindicatos.", "es"),
        ("On Monday, President Macron answered the unions.", "en"),
    ],
)
def test_a_titled_surname_is_the_story_s_full_name_across_reports(titled, lang):
    docs = [
        _doc("a", "Emmanuel Macron met the unions in Paris on Monday.", "en"),
        _doc("b", "Emmanuel Macron a rencontré les syndicats lundi à Paris.", "fr"),
        _doc("c", titled, lang),
    ]
    facts = cross_check(docs, {d.key: extract_claims(d) for d in docs})
    people = [f for f in facts if f.kind == "role" and "macron" in f.key]
    assert len(people) == 1 and people[0].sources == ["a", "b", "c"]


@pytest.mark.parametrize(
    "text, lang, word",
    [
        (
            "Die Europäische Zentralbank senkte am Donnerstag die Zinsen. Die Zentralbank erwartet mehr.",
            "de",
            "Zentralbank",
        ),
        ("Schwere Unwetter trafen am Montag die Küste. Die Unwetter richteten Schäden an.", "de", "Unwetter"),
        ("The plane crashed into the Potomac River on Wednesday. Divers searched the Potomac.", "en", "Potomac"),
    ],
)
def test_a_word_that_ends_a_name_no_person_bears_is_no_surname(text, lang, word):
    assert all(shown != word for shown, _, _ in roles_at(text, lang))
