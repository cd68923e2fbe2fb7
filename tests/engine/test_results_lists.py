"""Lists of results: each figure of a list ("AD 29.5 %, PS 28.7 %", "the AD (76), PS (74) and Chega (46)") is the
figure of the party, team or candidate written next to it, whoever the sentence is about, in every language."""

from datetime import date

import pytest

from tests.engine.conftest import cross_check_texts
from verification.engine.claims import Document
from verification.engine.extract import extract_claims
from verification.engine.story_names import acronyms_across_reports


def figures(text: str, lang: str, kind: str) -> list[tuple[str, str, float]]:
    claims = extract_claims(Document(key=lang, text=text, language=lang, published=date(2024, 3, 11)))
    return [(c.slot, c.subject, c.value["low"]) for c in claims if c.kind == kind]


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "The IL would get eight seats. The parties with the most deputies are the AD (76), PS (74) and Chega (46).",
        ),
        ("de", "Die IL erhält acht Sitze. Die meisten Abgeordneten stellen die AD (76), die PS (74) und Chega (46)."),
        ("fr", "L'IL obtient huit sièges. Les partis les mieux dotés sont l'AD (76), le PS (74) et Chega (46)."),
        ("es", "La IL obtiene ocho escaños. Los partidos con más diputados son la AD (76), el PS (74) y Chega (46)."),
    ],
)
def test_counts_in_brackets_after_parties_are_their_results_not_ages(lang, text):
    counts = figures(text, lang, "count")
    assert ("seats", "ad", 76.0) in counts
    assert ("seats", "ps", 74.0) in counts
    assert ("seats", "chega", 46.0) in counts
    assert not [c for c in counts if c[0] == "age"]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Donald Trump (78) and Joe Biden (81) met in the Oval Office."),
        ("de", "Donald Trump (78) und Joe Biden (81) trafen sich im Weißen Haus."),
        ("fr", "Donald Trump (78) et Joe Biden (81) se sont rencontrés."),
        ("es", "Donald Trump (78) y Joe Biden (81) se reunieron."),
    ],
)
def test_numbers_in_brackets_after_people_stay_their_ages(lang, text):
    ages = [c for c in figures(text, lang, "count") if c[0] == "age"]
    assert ages == [("age", "donald trump", 78.0), ("age", "joe biden", 81.0)]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The third force is Chega with 18.1%, well ahead of Livre (5.1%) and PAN (1.9%)."),
        ("de", "Dritte Kraft ist Chega mit 18,1 Prozent, weit vor Livre (5,1%) und PAN (1,9%)."),
        ("fr", "La troisième force est Chega avec 18,1 %, loin devant Livre (5,1 %) et le PAN (1,9 %)."),
        ("es", "La tercera fuerza es Chega con un 18,1%, muy por delante de Livre (5,1%) y PAN (1,9%)."),
    ],
)
def test_a_share_opening_a_bracket_after_a_name_is_that_names(lang, text):
    shares = {value: subject for _, subject, value in figures(text, lang, "percent")}
    assert shares[1.9] == "pan"
    assert shares[5.1] == "livre"


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The third force is Chega (Enough) with 18.1% of the vote and 48 seats."),
        ("de", "Dritte Kraft ist Chega („Genug“) mit 18,1 Prozent der Stimmen und 48 Sitzen."),
        ("fr", "La troisième force est le parti Chega («Assez») avec 18,1 % des voix et 48 sièges."),
        ("es", "La tercera fuerza política es Chega (Basta) con un 18,1 % de los votos y 48 escaños."),
    ],
)
def test_a_name_in_brackets_after_a_name_is_the_same_actor(lang, text):
    subjects = {c[1] for c in figures(text, lang, "percent") + figures(text, lang, "count")}
    assert subjects - {""} == {"chega"}


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Nawrocki, backed by the conservative Law and Justice (PiS), won 10,606,682 votes."),
        (
            "de",
            "Nawrocki, unterstützt von der konservativen Recht und Gerechtigkeit (PiS), erhielt 10.606.682 Stimmen.",
        ),
        ("fr", "Nawrocki, soutenu par le parti conservateur Droit et Justice (PiS), a obtenu 10 606 682 voix."),
        ("es", "Nawrocki, apoyado por el ultraconservador Ley y Justicia (PiS), ha logrado 10.606.682 votos."),
    ],
)
def test_an_acronym_in_brackets_after_a_name_stays_the_actor(lang, text):
    assert [subject for _, subject, _ in figures(text, lang, "count")] == ["pis"]


@pytest.mark.parametrize(
    "lang, text, party",
    [
        ("en", "The AD won 29.5% of the vote, followed by the Socialist Party with 23.4% of the vote.", "socialist"),
        ("de", "Die AD kam auf 29,5 Prozent der Stimmen, gefolgt von der PS mit 23,4 Prozent der Stimmen.", "ps"),
        ("fr", "L'AD a obtenu 29,5 % des voix, suivie du Parti socialiste avec 23,4 % des voix.", "socialist"),
        ("es", "La AD logró el 29,5 % de los votos, seguida del PS, que obtuvo el 23,4 % de los votos.", "ps"),
        ("en", "Chega reached 22.6% and is close behind the opposition at 23.4% for the PS.", "ps"),
        ("de", "Chega erreichte 22,6 Prozent, knapp hinter 23,4 Prozent für die PS.", "ps"),
        ("fr", "Chega atteint 22,6 % des voix et talonne l'opposition à 23,4 % pour le PS.", "ps"),
        ("es", "Chega alcanzó el 22,6 % de los votos, cerca del 23,4 % para el PS.", "ps"),
    ],
)
def test_a_share_is_the_partys_written_after_followed_by_or_after_it_with_for(lang, text, party):
    shares = {value: subject for _, subject, value in figures(text, lang, "percent")}
    assert shares[23.4] == party


SPELLED_OUT = {
    "en": "The Alliance for Democracy won 79 seats in parliament, the Socialist Party 77 seats.",
    "de": "Die Allianz für Demokratie gewann 79 Sitze im Parlament, die Sozialistische Partei 77 Sitze.",
    "fr": "L'Alliance démocratique a remporté 79 sièges au parlement, le Parti socialiste 77 sièges.",
    "es": "La Alianza Democrática obtuvo 79 escaños en el parlamento, el Partido Socialista 77 escaños.",
}
ACRONYM = {"en": "AFD", "de": "AFD", "fr": "AD", "es": "AD"}


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
def test_a_name_spelled_out_and_its_acronym_in_another_report_are_one_actor_under_the_acronym(lang):
    other = ("en", f"The {ACRONYM[lang]} won 79 seats.")
    facts = [f for f in cross_check_texts((lang, SPELLED_OUT[lang]), other) if f.slot == "seats"]
    won = [f for f in facts if {c.value["low"] for _, c in f.members} == {79.0}]
    assert len(won) == 1 and len(won[0].sources) == 2
    assert won[0].subject == ACRONYM[lang].lower()


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The results confirm a victory for the AD (29.5% and 79 seats), while the PS has 28.7% and 77 seats."),
        ("de", "Das Ergebnis bestätigt den Sieg der AD (29,5% und 79 Sitze), die PS hat 28,7% und 77 Sitze."),
        ("fr", "Les résultats confirment la victoire de l'AD (29,5 % et 79 sièges), le PS a 28,7 % et 77 sièges."),
        ("es", "Los resultados confirman una victoria de la AD (29,49% y 79 escaños), el PS tiene 28,7% y 77 escaños."),
    ],
)
def test_a_percentage_no_word_names_beside_seats_is_a_vote_share(lang, text):
    slots = {slot for slot, _, _ in figures(text, lang, "percent")}
    assert slots == {"vote_share.percent"}


TRANSLATED = {
    "en": ("The Democratic Alliance (AD) won 79 seats.", "The Democratic Alliance took 79 seats."),
    "de": ("Die Demokratische Allianz (AD) gewann 79 Sitze.", "Die Demokratische Allianz holte 79 Sitze."),
}


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_translated_name_one_report_writes_its_acronym_after_is_the_acronyms_actor(lang):
    texts = (*TRANSLATED[lang], "The AD won 79 seats.")
    docs = {f"{i}": Document(key=f"{i}", text=text, language=lang) for i, text in enumerate(texts)}
    read = acronyms_across_reports(docs, {key: extract_claims(doc) for key, doc in docs.items()})
    assert {c.subject for c in read["1"] if c.kind == "count"} == {"ad"}
