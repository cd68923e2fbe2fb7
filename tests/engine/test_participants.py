"""Who took part in an event, named by what they did there: athletes and competitors at games, in every language,
are the event's participants (one concept, whose counts two reports can dispute), not people of no concept
compared only for agreement; a player's assists are assists, not things."""

import pytest

from .conftest import counted


@pytest.mark.parametrize(
    ("lang", "text", "evidence", "value"),
    [
        ("en", "An estimated 10,500 athletes will compete in Paris.", "An estimated 10,500 athletes", 10_500),
        ("de", "Insgesamt 6800 Athletinnen und Athleten treten an.", "6800 Athletinnen", 6800),
        ("fr", "Quelque 10.500 athlètes participeront aux Jeux.", "Quelque 10.500 athlètes", 10_500),
        ("es", "Participarán 8.500 deportistas de todo el mundo.", "8.500 deportistas", 8500),
    ],
)
def test_people_who_take_part_are_participants_in_every_language(lang, text, evidence, value):
    found = counted(text, lang)
    assert ("participants", evidence, value) in found
    assert not [c for c in found if c[0] == "people.count"]


@pytest.mark.parametrize(
    ("lang", "text", "evidence"),
    [
        ("en", "He provided 15 assists in the league last season.", "15 assists"),
        ("de", "In der Liga gab er 15 Torvorlagen.", "15 Torvorlagen"),
        ("fr", "Il a délivré 15 passes décisives en championnat.", "15 passes décisives"),
        ("es", "Dio 15 asistencias en la liga.", "15 asistencias"),
    ],
)
def test_assists_are_assists_in_every_language(lang, text, evidence):
    assert ("assists", evidence, 15) in counted(text, lang)
