"""A person's name ends where the name ends: a middle initial is part of it ("John A. Donnelly"); a name does
not run on into what follows it: "of" + an institution ("Juan Merchan del Tribunal Supremo"), a party "of" a
person ("Reform UK de Nigel Farage"), a German genitive before a noun ("Nigel Farages Reformpartei"). Names
whose particle is their own ("Charles de Gaulle", "Ursula von der Leyen") stay whole, at a sentence's start too
("Henri de Castries, ..."), where a common noun before "de" ("Ventes de Renault") is no given name."""

from datetime import date

import pytest

from verification.engine.claims import Document
from verification.engine.extract import extract_claims


def persons(text, lang):
    cs = extract_claims(Document(key="t", text=text, language=lang, published=date(2026, 5, 21)))
    return {c.value["person"] for c in cs if c.kind == "role"}


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The ruling came from John A. Donnelly on Monday.", "en"),
        ("Das Urteil sprach John A. Donnelly am Montag.", "de"),
        ("La décision vient de John A. Donnelly lundi.", "fr"),
        ("La decisión fue de John A. Donnelly el lunes.", "es"),
    ],
)
def test_a_middle_initial_is_part_of_the_name(text, lang):
    assert "john a donnelly" in persons(text, lang)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The sentence came from Juan Merchan of the Supreme Court on Monday.", "en"),
        ("Das Urteil sprach Juan Merchan von Manhattan Supreme Court am Montag.", "de"),
        ("La peine a été prononcée par Juan Merchan de la Cour Suprême lundi.", "fr"),
        ("La sentencia fue dictada por Juan Merchan del Tribunal Supremo de Nueva York.", "es"),
    ],
)
def test_a_name_ends_before_of_and_an_institution(text, lang):
    assert "juan merchan" in persons(text, lang)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Votes went to Reform UK of Nigel Farage this year.", "en"),
        ("Viele Stimmen gingen an Nigel Farages Reformpartei in diesem Jahr.", "de"),
        ("Les voix sont allées au parti Reform UK de Nigel Farage cette année.", "fr"),
        ("Los votos fueron para Reform UK de Nigel Farage este año.", "es"),
    ],
)
def test_a_person_after_their_party_or_in_the_genitive_is_named_alone(text, lang):
    assert "nigel farage" in persons(text, lang)


@pytest.mark.parametrize(
    "text, lang, person",
    [
        ("The archive holds letters by Charles de Gaulle from 1940.", "en", "charles de gaulle"),
        ("Die Rede hielt Ursula von der Leyen am Montag in Brüssel.", "de", "ursula von der leyen"),
        ("Les lettres de Charles de Gaulle sont exposées à Paris.", "fr", "charles de gaulle"),
        ("El discurso de Ursula von der Leyen fue breve.", "es", "ursula von der leyen"),
    ],
)
def test_a_name_whose_particle_is_its_own_stays_whole(text, lang, person):
    assert person in persons(text, lang)


@pytest.mark.parametrize(
    "text, lang, person",
    [
        ("Henri de Castries, the board's senior director, said the group was sound.", "en", "henri de castries"),
        ("Henri de Castries, administrateur du groupe, a salué son travail.", "fr", "henri de castries"),
        ("Luis de la Fuente dirigió al equipo en la final de Berlín.", "es", "luis de la fuente"),
        ("Vincent van Gogh painted it in Arles.", "en", "vincent van gogh"),
    ],
)
def test_a_name_with_its_particle_opening_a_sentence_stays_whole(text, lang, person):
    assert person in persons(text, lang)


@pytest.mark.parametrize(
    "text, lang, company",
    [
        ("Ventes de Renault en hausse au premier trimestre.", "fr", "renault"),
        ("Acciones de Telefónica subieron un 3 % el lunes.", "es", "telefonica"),
    ],
)
def test_a_common_noun_opening_a_sentence_is_no_given_name(text, lang, company):
    assert not any(person.endswith(company) and " " in person for person in persons(text, lang))


@pytest.mark.parametrize(
    "text, noun",
    [
        (
            "Marcel Sabitzer spielte stark. In der 42. Minute traf Sabitzers Distanzschuss nur den Pfosten.",
            "distanzschuss",
        ),
        ("Donald Trump wurde schuldig gesprochen. Trumps Anwälte kündigten am Freitag Berufung an.", "anwalte"),
        ("Désiré Doue traf zweimal. Doues Schuss in der 20. Minute entschied das Spiel.", "schuss"),
    ],
)
def test_a_german_name_in_the_genitive_before_its_noun_is_no_person_with_that_noun(text, noun):
    assert not any(noun in person for person in persons(text, "de"))


@pytest.mark.parametrize(
    "text, lang, person",
    [
        ("The leader of the Labour Party Keir Starmer will be prime minister.", "en", "keir starmer"),
        ("Der Chef der Grünen Robert Habeck sagte am Montag, er sei zufrieden.", "de", "robert habeck"),
        (
            "En milieu de journée, le leader des Travaillistes Keir Starmer a été désigné Premier ministre.",
            "fr",
            "keir starmer",
        ),
        ("El líder del Partido Laborista Keir Starmer será primer ministro.", "es", "keir starmer"),
    ],
)
def test_a_person_named_right_after_a_party_is_a_person_not_the_party(text, lang, person):
    """ "le leader des Travaillistes Keir Starmer": the party's name ends where its leader's begins."""
    cs = extract_claims(Document(key="t", text=text, language=lang, published=date(2026, 5, 21)))
    assert person in {c.value["person"] for c in cs if c.kind == "role"}
    assert not [c for c in cs if c.kind == "relation" and person.split()[-1] in c.value["entity"]]
