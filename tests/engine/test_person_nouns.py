"""People counted by who they are: a trade, a role in a court, a sport, politics, a church or a firm, a side
or a group ("2,500 stewards", "rund siebzig Komplizen", "douze assistants", "16 expertos") are people, not
things of an unknown kind, in every language; a predicate beside them says what happened to them."""

import pytest

from .conftest import counted, cross_check_texts, holding_all


@pytest.mark.parametrize(
    ("lang", "text", "evidence", "value"),
    [
        ("en", "More than 2,500 stewards were in place at the stadium.", "More than 2,500 stewards", 2500),
        ("en", "She arrived with her two lawyers.", "two lawyers", 2),
        ("en", "Six players will share the award.", "Six players", 6),
        ("de", "Die fünf Richter sahen die Schuld als erwiesen an.", "fünf Richter", 5),
        ("de", "Der Papst sprach vor 100.000 jubelnden Gläubigen.", "100.000 jubelnden Gläubigen", 100_000),
        ("de", "Die Partei stellte 200 Kandidaten auf.", "200 Kandidaten", 200),
        ("fr", "Les 15 membres du comité ont voté.", "15 membres", 15),
        ("fr", "Des milliers de fidèles étaient massés sur la place.", "milliers de fidèles", 2000),
        ("fr", "Deux candidats du centre sont restés en lice.", "Deux candidats", 2),
        ("es", "El director se reunió con 16 expertos del comité.", "16 expertos", 16),
        ("es", "Los 22 jugadores saltaron al campo.", "22 jugadores", 22),
        ("es", "Sus tres hijos la acompañaron en la vista.", "tres hijos", 3),
        # a part of the people named: "of the", or an "of" that is an article
        ("en", "Among the victims, 12 of the adults have not yet been named.", "12 of the adults", 12),
        ("de", "Unter den Opfern sind 12 der Erwachsenen noch nicht benannt.", "12 der Erwachsenen", 12),
        ("fr", "Parmi les victimes, 12 des adultes n'ont pas encore été nommés.", "12 des adultes", 12),
        ("es", "Entre las víctimas, 12 de los adultos aún no tienen nombre.", "12 de los adultos", 12),
    ],
)
def test_people_named_by_their_role_are_people_in_every_language(lang, text, evidence, value):
    found = counted(text, lang)
    assert ("people.count", evidence, value) in found
    assert not [c for c in found if c[0] == "things"]


@pytest.mark.parametrize(
    ("lang", "text", "evidence", "value", "slot"),
    [
        ("en", "Eight accomplices were convicted of embezzlement.", "Eight accomplices", 8, "convicted"),
        ("de", "Pelicot und rund siebzig Komplizen wurden angeklagt.", "rund siebzig Komplizen", 70, "defendants"),
        ("fr", "Le Pen et douze assistants de son parti ont été condamnés.", "douze assistants", 12, "convicted"),
        ("es", "Otros ocho eurodiputados han sido condenados.", "ocho eurodiputados", 8, "convicted"),
    ],
)
def test_what_happened_to_people_named_by_their_role_is_their_concept(lang, text, evidence, value, slot):
    assert (slot, evidence, value) in counted(text, lang)


@pytest.mark.parametrize(
    ("text", "evidence", "value", "slot"),
    [
        # German closes a noun's kind into it: the person noun it ends with names the people
        ("Die fünf Berufsrichter sahen die Schuld als erwiesen an.", "fünf Berufsrichter", 5, "people.count"),
        ("Zudem wurden 12 Parteiangestellte zu Geldstrafen verurteilt.", "12 Parteiangestellte", 12, "convicted"),
        ("Drei SPD-Politiker stimmten dagegen.", "Drei SPD-Politiker", 3, "people.count"),
    ],
)
def test_a_german_compound_ending_in_a_person_noun_names_people(text, evidence, value, slot):
    assert (slot, evidence, value) in counted(text, "de")


@pytest.mark.parametrize(
    ("text", "evidence", "value", "slot"),
    [
        # German names women by their own noun ("Zuschauerinnen und Zuschauer"): it counts what the man's noun does;
        # French and Spanish lemmatise the woman's noun as the man's, English has one noun for both
        (
            "Die Feier verfolgten etwa 320.000 Zuschauerinnen und Zuschauer.",
            "etwa 320.000 Zuschauerinnen",
            320_000,
            "attendance",
        ),
        ("Am Stadtlauf nahmen 750 Teilnehmerinnen teil.", "750 Teilnehmerinnen", 750, "participants"),
        (
            "Die Polizei zählte 2.000 Demonstrantinnen und Demonstranten.",
            "2.000 Demonstrantinnen",
            2000,
            "people.count",
        ),
    ],
)
def test_a_german_womans_noun_counts_what_the_mans_does(text, evidence, value, slot):
    assert (slot, evidence, value) in counted(text, "de")


def test_an_english_singular_noun_after_a_number_modifies_the_next_one_and_counts_no_people():
    assert not [c for c in counted("The 27 member states agreed on Monday.", "en") if c[0] == "people.count"]


def test_a_count_of_people_no_word_qualifies_joins_the_one_fact_other_reports_name(checked):
    facts = checked(
        ("en", "Voters elected the 630 members of the Bundestag on Sunday."),
        ("de", "Der Bundestag hat 630 Sitze."),
        ("es", "El Bundestag tiene 630 escaños."),
        kind="count",
    )
    joined = [f for f in facts if any(c.text == "630 members" for _, c in f.members)]
    assert [sorted(c.text for _, c in f.members) for f in joined] == [["630 Sitze", "630 escaños", "630 members"]]
    assert joined[0].verdict == "corroborated"


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # French and Spanish put adjectives after the noun: a noun of people there only describes the counted one
        ("es", "Se cerraron tres colegios católicos en la ciudad.", 3),
        ("es", "Hay 12 estudios científicos sobre el tema.", 12),
        ("fr", "Quatre médias catholiques ont publié la lettre.", 4),
        ("fr", "La banque a abaissé ses trois taux directeurs.", 3),
        ("fr", "Deux écoles religieuses et trois systèmes experts ont fermé.", 2),
        ("es", "El gobierno aprobó tres reformas fiscales.", 3),
        ("es", "Cerraron dos centros médicos y cinco empresas familiares.", 2),
        # a compound whose last part is a person noun only alone ("Haushalte") names no people
        ("de", "Zwei Staatshaushalte wurden beschlossen.", 2),
    ],
)
def test_a_person_noun_that_describes_another_noun_counts_no_people(lang, text, value):
    assert not [c for c in counted(text, lang) if c[0] == "people.count" and c[2] == value]


@pytest.mark.parametrize(
    ("lang", "text", "evidence", "value"),
    [
        (
            "fr",
            "Le pape s'adresse à plus de 1,4 milliard de catholiques.",
            "plus de 1,4 milliard de catholiques",
            1.4e9,
        ),
        ("es", "Miles de fieles llenaron la plaza.", "Miles de fieles", 2000),
    ],
)
def test_a_person_noun_that_is_also_an_adjective_counts_people_right_after_the_number(lang, text, evidence, value):
    assert ("people.count", evidence, value) in counted(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "evidence"),
    [
        ("en", "Le Pen and 24 other members of her party stood trial.", "24 other members"),
        ("en", "The mayor met 12 other party officials on Friday.", "12 other party officials"),
        ("fr", "Le Pen et 24 autres membres du parti étaient jugés.", "24 autres"),
        ("es", "Le Pen y otros 24 miembros del partido fueron juzgados.", "24 miembros"),
        ("de", "Le Pen und 24 weitere Mitglieder der Partei standen vor Gericht.", "24 weitere"),
    ],
)
def test_people_counted_as_others_of_their_role_are_people(lang, text, evidence):
    """English 'other' before the noun is no person noun of its own (its singular modifies the noun after it, as
    'member' does in '27 member states'): the people counted are the noun that follows. French, Spanish and German
    say 'others' ('autres', 'otros', 'weitere'), which count people themselves."""
    value = float(evidence.split()[0])
    assert ("people.count", evidence, value) in counted(text, lang)


def test_a_part_of_the_people_named_is_no_other_reports_toll():
    facts = cross_check_texts(
        ("en", "After the storm, officials said 9 of the children are still unidentified."),
        ("de", "Der Sturm hat mindestens neun Menschen getötet."),
    )
    assert not holding_all(facts, "9 of the children", "mindestens neun Menschen")
