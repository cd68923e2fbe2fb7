"""A name one report of a story reads as an organisation or a place is one in every report of it."""

import pytest

from tests.engine.conftest import cross_check_texts

OPERATED = {
    "en": "The plane was operated by the airline Air India.",
    "de": "Der Flug wurde von der Fluggesellschaft Air India durchgeführt.",
    "fr": "Le vol était opéré par la compagnie aérienne Air India.",
    "es": "El vuelo era operado por la aerolínea Air India.",
}
SAID = {
    "en": "Air India said on Friday that the crew had died.",
    "de": "Am Freitag teilte Air India mit, die Crew sei tot.",
    "fr": "Vendredi, Air India a indiqué que l'équipage était mort.",
    "es": "Air India informó el viernes de que la tripulación había muerto.",
}
PUBLISHED = {
    "en": "The results were published in the journal Nature.",
    "de": "Die Ergebnisse wurden in der Fachzeitschrift Nature veröffentlicht.",
    "fr": "Les résultats ont été publiés dans la revue Nature.",
    "es": "Los resultados se publicaron en la revista Nature.",
}
PAGES = {
    "en": "The team described the chip on the pages of Nature on Monday.",
    "de": "Das Team beschrieb den Chip am Montag auf den Seiten von Nature.",
    "fr": "L'équipe a décrit la puce lundi dans les pages de Nature.",
    "es": "El equipo describió el chip el lunes en las páginas de Nature.",
}


def named(facts, name: str) -> list:
    return [f for f in facts if any(c.text == name for _, c in f.members)]


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
@pytest.mark.parametrize(
    "reads, names, name",
    [
        (OPERATED, SAID, "Air India"),  # the other report took it for a person
        (PUBLISHED, PAGES, "Nature"),  # the other report left it out
    ],
)
def test_a_name_one_report_reads_as_an_organisation_is_one_in_every_report(lang, reads, names, name):
    things = named(cross_check_texts((lang, reads[lang]), (lang, names[lang])), name)
    assert len(things) == 1
    assert things[0].kind == "relation" and things[0].verdict == "corroborated"
    assert things[0].sources == [f"0{lang}", f"1{lang}"]


HYPHENATED = {
    "en": "The car was built by the carmaker Fiat-Chrysler.",
    "de": "Der Flug wurde von der Fluggesellschaft Air-India durchgeführt.",
    "fr": "La voiture a été construite par le constructeur Fiat-Chrysler.",
    "es": "El coche fue fabricado por el fabricante Fiat-Chrysler.",
}
SPACED = {
    "en": "Fiat Chrysler said on Friday that the cars were safe.",
    "de": SAID["de"],
    "fr": "Vendredi, Fiat Chrysler a indiqué que les voitures étaient sûres.",
    "es": "Fiat Chrysler informó el viernes de que los coches eran seguros.",
}


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
def test_a_name_written_another_way_is_the_thing_another_report_reads(lang):
    """ "Fiat Chrysler" / "Fiat-Chrysler", "París Saint Germain" / "Paris Saint-Germain": one name, one key."""
    facts = cross_check_texts((lang, HYPHENATED[lang]), (lang, SPACED[lang]))
    things = [f for f in facts if f.kind == "relation"]
    assert len(things) == 1 and things[0].sources == [f"0{lang}", f"1{lang}"]
    assert not [f for f in facts if f.kind == "role"]


def test_a_name_no_report_reads_as_a_thing_stays_what_its_report_reads():
    facts = cross_check_texts(("en", OPERATED["en"]), ("en", "Campbell Wilson said on Friday that the crew had died."))
    assert [f.kind for f in named(facts, "Campbell Wilson")] == ["role"]


def test_a_person_a_report_gives_a_role_stays_a_person_whatever_another_reads():
    facts = cross_check_texts(
        ("fr", "Keir Starmer prend la place de Rishi Sunak."),
        ("en", "Prime Minister Rishi Sunak conceded defeat."),
        ("en", "Rishi Sunak conceded on Friday."),
    )
    assert {f.kind for f in named(facts, "Rishi Sunak")} == {"role"}


def test_a_dateline_is_where_a_story_was_filed_from_not_what_it_names():
    facts = cross_check_texts(
        ("en", "The ministry met in Valletta on Monday."),
        ("en", "Valletta (AFP) — The ministry met on Monday."),
    )
    assert [f.sources for f in named(facts, "Valletta")] == [["0en"]]


@pytest.mark.parametrize(
    "text",
    [
        "The CDU won 28.6 percent of the vote.",  # a figure's actor
        "Following the opening of the CDU Berlin office in 2024, it grew.",  # what an office and a date are of
    ],
)
def test_a_name_the_claims_of_its_sentence_are_about_stays_theirs(text):
    facts = cross_check_texts(("en", "The CDU met in Berlin on Monday."), ("en", text))
    assert [f.sources for f in named(facts, "CDU")] == [["0en"]]
