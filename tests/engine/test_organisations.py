"""Organisations, products and vehicles a story names: what each is to the story, read from its own name or the
words beside it in every language, one fact per thing across reports whatever form of its name each gives, and
never a person or a place."""

from datetime import date

import pytest

from tests.engine.conftest import cross_check_texts
from tests.engine.crosscheck_factories import claim
from verification.engine.claims import Document
from verification.engine.cluster import cluster_documents
from verification.engine.concepts import concept_label
from verification.engine.extract import extract_claims


def named(text: str, lang: str) -> dict[str, str]:
    """The organisations, products and vehicles a text names: name as written -> concept."""
    claims = extract_claims(Document(key="t", text=text, language=lang, published=date(2026, 3, 3)))
    return {c.value["name"]: c.slot for c in claims if c.kind == "relation" and not c.subject}


@pytest.mark.parametrize(
    "lang, text, name, concept",
    [
        # the words beside the name: a noun before, after or in apposition, a lead
        ("en", "The plane, a Learjet 55, disappeared from radar.", "Learjet 55", "aircraft"),
        ("en", "It collided with a Sikorsky H-60 helicopter over the river.", "Sikorsky H-60", "aircraft"),
        ("es", "Un helicóptero militar Black Hawk con tres tripulantes chocó con el avión.", "Black Hawk", "aircraft"),
        ("en", "The flight was operated by Envoy, a regional carrier.", "Envoy", "operator"),
        ("de", "Die Ergebnisse wurden in der Fachzeitschrift Nature veröffentlicht.", "Nature", "publication"),
        ("en", "Speaking to French TV channel TF1, she denied it.", "TF1", "broadcaster"),
        (
            "es",
            "El fallo afecta al sistema operativo Windows 10. Millones de equipos quedaron bloqueados.",
            "Windows 10",
            "product",
        ),
        # the name's own head word, whichever language it is in
        ("fr", "Un avion de la compagnie PSA Airlines a percuté un hélicoptère.", "PSA Airlines", "operator"),
        (
            "es",
            "Lo declaró culpable un jurado de la Corte Federal del Distrito.",
            "Corte Federal del Distrito",
            "court",
        ),
        ("de", "Ihre Tochtergesellschaft PSA Airlines führte den Flug durch.", "PSA Airlines", "operator"),
        # its shape: an acronym
        (
            "es",
            "La Junta Nacional de Seguridad en el Transporte (NTSB) ya investiga lo sucedido.",
            "NTSB",
            "organisation",
        ),
    ],
)
def test_a_named_thing_is_what_its_name_or_the_words_beside_it_say(lang, text, name, concept):
    assert named(text, lang).get(name) == concept


def test_a_thing_is_no_person_and_its_model_number_no_figure():
    text = "Un helicóptero militar Black Hawk chocó con un avión. El error afectó al sistema operativo Windows 10."
    claims = extract_claims(Document(key="t", text=text, language="es"))
    assert not [c for c in claims if c.kind == "role"]  # no "Role: Black Hawk"
    assert not [c for c in claims if c.kind == "count"]  # "10." is Windows', no rank in a series


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The party leader Keir Starmer won a landslide."),  # a person after a title, no party
        ("en", "Trump met Biden. The Biden administration said nothing."),  # a person's surname
        ("de", "Aktuelle Supercomputer bräuchten dafür Milliarden Jahre."),  # German capitalised common words
        ("en", "The plane crashed into the Potomac River on Wednesday."),  # a place by its noun
        ("fr", "Dans le Haut-Rhin et les Hautes-Pyrénées, le parti arrive en tête."),  # regions ISO 3166-2 names
        # a heading's common words in capitals
        ("en", "WHAT HAPPENED NEXT\nThe minister resigned on Tuesday."),
        ("de", "Das Ziel der Partei ist es, die Fünf-Prozent-Hürde zu nehmen. Die Fünf-Prozent sind weit."),
        # compounds of common words and number words
        ("de", "Die Zwei-Prozent-Marke bleibt das Ziel. Tech-Aktien fielen am Montag."),
        ("fr", "La Haute-Vienne et le Nord-Ouest du pays ont voté pour le parti."),
        # a people's adjective no place's name makes, its language's name, before an organisation's noun (English
        # capitalises it; German, French and Spanish write it in lowercase)
        ("en", "A French court has convicted the party leader of embezzlement."),
        ("en", "Power returned, but the Dutch network withstood the voltage surges."),
        # an organisation's word alone, the head of a longer name cut or the noun that names one again
        ("en", "The deal followed a review by the Committee on Foreign Investment in the United States."),
        ("fr", "Selon l’Agence de gestion des incendies et des désastres, le bilan s’alourdit."),
        ("es", "El nuevo director general del Grupo será nombrado en junio."),
    ],
)
def test_people_places_and_common_words_are_no_organisations(lang, text):
    assert named(text, lang) == {}


def test_a_figure_after_a_name_stays_a_figure():
    claims = extract_claims(
        Document(key="t", text="Le Parti socialiste obtient 64 sièges et le Parti communiste 9 sièges.", language="fr")
    )
    assert any(c.kind == "count" and c.text == "9 sièges" for c in claims)


def test_one_thing_is_one_fact_across_reports_whatever_form_of_its_name_each_gives():
    facts = cross_check_texts(
        ("en", "The jet was operated by PSA Airlines, a regional carrier. The NTSB is investigating."),
        ("fr", "Selon la FAA, l'avion, un Bombardier exploité par PSA, effectuait son approche."),
        (
            "de",
            "Die Tochtergesellschaft PSA Airlines führte den Flug durch. Die National Transportation Safety Board ermittelt.",
        ),
    )
    operators = [f for f in facts if f.kind == "relation" and f.slot == "operator"]
    assert len(operators) == 1
    assert sorted(k for k, _ in operators[0].members) == ["0en", "1fr", "2de"]
    assert operators[0].verdict == "corroborated"
    # the acronym and the full name: one agency, as the full name says
    board = [f for f in facts if f.kind == "relation" and "NTSB" in {c.text for _, c in f.members}]
    assert len(board) == 1 and board[0].sources == ["0en", "2de"] and board[0].slot == "agency"


def test_two_model_numbers_are_two_things():
    facts = cross_check_texts(
        ("en", "The Starship vehicle, Ship 30, flew a suborbital mission."),
        ("en", "Starship (Ship 29) lifted off from the launch pad."),
    )
    ships = [f for f in facts if f.kind == "relation" and f.slot == "vehicle" and "Ship" in f.members[0][1].text]
    assert len(ships) == 1 and ships[0].verdict == "single_source"  # the second report's Ship 29 is no Ship 30


@pytest.mark.parametrize(
    "lang, label", [("en", "Operator"), ("de", "Betreiber"), ("fr", "Exploitant"), ("es", "Operador")]
)
def test_reviewers_read_what_a_thing_is_in_words(lang, label):
    assert concept_label("operator", lang) == label


def test_a_named_acronym_or_a_compound_of_a_name_stays_named():
    found = named("Die US-Raumfahrtbehörde NASA und die Labour-Partei gaben am Montag nichts bekannt.", "de")
    assert {"NASA", "Labour-Partei"} <= set(found)


def organisation(name: str, *, start: int) -> object:
    """An organisation a report names, as detect/organisations.py claims it: a relation with no subject."""
    value = {"entity": name.lower(), "name": name, "type": "org", "relation": "organisation"}
    return claim("relation", "organisation", "", value, name, start=start)


def test_clustering_ignores_the_things_reports_name():
    """Two reports of other events that name the same companies stay two stories: the names are no evidence of one
    event (their words count already)."""
    texts = {
        "flood": "Floods cut off three villages in the north after two days of rain, the mayor said.",
        "vote": "The council voted to close the old library and sell its land to pay for a new school.",
    }
    docs = [Document(key=k, text=t, language="en", published=date(2026, 3, 3)) for k, t in texts.items()]
    names = ["Acme Airlines", "Zentro Bank", "Kolvo Motors", "Norrin Group", "Pellam Foods", "Ruvex Media"]
    claims = {k: [organisation(n, start=i) for i, n in enumerate(names)] for k in texts}
    assert cluster_documents(docs, claims) == [["flood"], ["vote"]]


def misencoded(text: str) -> str:
    """The text as a page read in the wrong code page shows it (UTF-8 bytes read as Windows-1250)."""
    return text.encode("utf-8").decode("cp1250", errors="replace")


@pytest.mark.parametrize(
    "lang, text",
    [
        # words read in the wrong encoding: an accented letter's bytes make a capital inside a word
        ("es", misencoded("Según la Comisión Nacional Electoral, la participación fue alta.")),
        ("fr", misencoded("Selon la Commission électorale, la participation était élevée.")),
        (
            "de",
            misencoded(
                "Die Wahlbeteiligung lag laut der Wahlkommission über dem Durchschnitt; Überraschung blieb aus."
            ),
        ),
        ("en", misencoded("The Électoral commission said the turnout was “high”.")),
        ("es", "La diferencia, un 1,78 %, es mĂnima y supone el segundo golpe."),  # a byte of it lost
        # a dateline in capitals: two words a dash joins, or the place before the date
        ("en", "KANAZAWA--The death toll from the earthquake rose to 48 on Tuesday."),
        ("en", "KANAZAWA, Jan. 7: A powerful earthquake struck the coast."),
        ("es", "KANAZAWA, 7 de enero: Un fuerte terremoto sacudió la costa."),
        ("fr", "KANAZAWA, 7 janvier : Un violent séisme a frappé la côte."),
        ("de", "KANAZAWA, 7. Januar: Ein schweres Erdbeben erschütterte die Küste."),
        # a compound of a common noun, alone or before the name it describes, in a language capitalising nouns
        ("de", "Courtois pariert einen Füllkrug-Flugkopfball. Dann köpft Carvajal einen Kroos-Eckball ins Tor."),
        ("de", "Der Anwalt des ehemaligen US-Präsidenten Donald Trump tobte nach dem Urteil."),
        ("de", "Der Start fand im US-Bundesstaat Texas statt, sagte der Weltraum-Blogger Tim Dodd."),
    ],
)
def test_misread_words_datelines_and_descriptions_are_no_organisations(lang, text):
    assert named(text, lang) == {}


def test_a_name_after_a_compound_of_an_organisation_noun_stays_named():
    assert "Premium Aerotec" in named("Die Airbus-Tochter Premium Aerotec meldete am Montag Gewinne.", "de")


@pytest.mark.parametrize(
    "lang, text, person",
    [
        (
            "en",
            "Jean-Luc Mélenchon, the leader of the largest party, called on the prime minister to resign.",
            "jean luc melenchon",
        ),
        (
            "es",
            "El líder del Nuevo Frente Popular, Jean-Luc Mélenchon, ha emplazado al presidente.",
            "jean luc melenchon",
        ),
        ("fr", "Marie-Claire Dupont a quitté la réunion avant le vote.", "marie claire dupont"),
        ("en", "The winger set up Jamie Bynoe-Gittens for the opening goal.", "jamie bynoe gittens"),
    ],
)
def test_a_hyphenated_given_name_or_surname_is_a_person_not_an_organisation(lang, text, person):
    claims = extract_claims(Document(key="t", text=text, language=lang))
    assert named(text, lang) == {}
    assert person in {c.value.get("person") for c in claims if c.kind == "role"}


@pytest.mark.parametrize(
    "lang, text, name",
    [
        # a hyphenated word beside a place is a club's or a company's name, no person's
        ("en", "Paris Saint-Germain, a French club, won the final.", "Paris Saint-Germain"),
        # German capitalises its nouns: a hyphenated word before a name is a compound that says what it is
        ("de", "Der Tesla-Chef Elon Musk kündigte das Unternehmen Tesla-Werke an.", None),
    ],
)
def test_a_hyphenated_word_of_a_place_or_a_german_compound_stays_no_person(lang, text, name):
    claims = extract_claims(Document(key="t", text=text, language=lang))
    people = {c.value.get("person") for c in claims if c.kind == "role"}
    assert "paris saint germain" not in people and "tesla chef elon musk" not in people
    if name:
        assert name in named(text, lang)


@pytest.mark.parametrize(
    "lang, text, name",
    [
        # a verb or a conjunction between the noun and the name: the noun is not what the name is
        ("en", "Following the request, the court sentenced Dominique Pelicot to twenty years.", "Dominique Pelicot"),
        ("en", "Differing views with the board prompts Carlos Tavares to leave.", "Carlos Tavares"),
        ("de", "Im Fokus standen Chiphersteller und Softwarekonzerne aus den USA.", "Softwarekonzerne"),
        ("de", "Letzte Woche kündigte das Unternehmen auch Pläne zur Schließung an.", "Pläne"),
        # a person after "of" owns the thing the noun names
        ("es", "Por primera vez la empresa de Elon Musk logró capturar el propulsor.", "Elon Musk"),
        ("fr", "Le groupe de Bernard Arnault a publié ses résultats.", "Bernard Arnault"),
        ("de", "Die Partei von Jordan Bardella lag vorne.", "Jordan Bardella"),
    ],
)
def test_a_noun_names_no_person_or_word_that_a_verb_or_of_keeps_apart_from_it(lang, text, name):
    assert name not in named(text, lang)


@pytest.mark.parametrize(
    "lang, text, name, concept",
    [
        ("fr", "Un avion de la compagnie aérienne Ryanair a été retardé.", "Ryanair", "company"),
        ("es", "El software de CrowdStrike bloqueó millones de equipos.", "CrowdStrike", "product"),
        ("en", "The Vaucluse Criminal Court in Avignon sentenced him.", "Vaucluse Criminal Court", "court"),
    ],
)
def test_an_adjective_or_of_before_an_organisation_keeps_the_noun_beside_it(lang, text, name, concept):
    assert named(text, lang).get(name) == concept


@pytest.mark.parametrize(
    "text, person",
    [
        ("Der französische Kardinal-Protodiakon Dominique Mamberti verkündete die Wahl.", "dominique mamberti"),
        ("Die Worte an ihren Ex-Gatten Dominique Pelicot waren deutlich.", "dominique pelicot"),
        ("Die Pläne von Tesla-Chef Elon Musk umfassen bemannte Flüge.", "elon musk"),
    ],
)
def test_a_german_compound_before_a_name_says_what_the_person_is(text, person):
    claims = extract_claims(Document(key="t", text=text, language="de"))
    assert person in {c.value.get("person") for c in claims if c.kind == "role"}
    assert not any("-" in name for name in named(text, "de"))
