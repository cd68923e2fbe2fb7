"""A count of cases or deaths told with a status (confirmed, probable, suspected) is a count of its noun with that
status: "47 confirmed" beside "64 cases" counts cases, and an outbreak's confirmed, probable and suspected counts are
three facts, each joined across languages; a confirmed count its sentence sets against no other status or whole is the
plain count. Checked through extract_claims / cross_check in every language."""

import pytest

from verification.engine.concepts import concept_label

from .conftest import cross_check_texts, extracted

EN_LIST = "The total has risen to 57 cases, comprising 47 confirmed and 10 probable cases."
FR_LIST = "On compte 64 cas, dont 53 confirmés et 11 probables, et 42 décès (31 confirmés)."
ES_LIST = "Se notificaron 64 casos (53 confirmados y 11 probables), incluyendo 42 fallecimientos."
# sentences and (figure, the concept it counts, its status; None where it has none)
READINGS = [
    ("en", EN_LIST, "47", "cases", "confirmed"),
    ("en", EN_LIST, "10", "cases", "probable"),
    ("en", "Officials reported 28 suspected cases and 15 deaths.", "28", "cases", "suspected"),
    ("en", "Officials reported 28 suspected cases and 15 deaths.", "15", "deaths", None),
    ("en", "There are 47 confirmed and 10 probable cases.", "47", "cases", "confirmed"),
    ("en", "The number of confirmed cases rose to 36 on Monday.", "36", "cases", None),
    ("en", "At least seven people were confirmed dead on Tuesday.", "seven", "deaths", None),
    ("en", "Rwanda reported 36 confirmed cases.", "36", "cases", None),
    ("de", "Bislang wurden 51 bestätigte und 4 wahrscheinliche Ebola-Fälle gemeldet.", "51", "cases", "confirmed"),
    ("de", "Bislang wurden 51 bestätigte Ebola-Fälle mit 33 Todesfällen gemeldet.", "51", "cases", None),
    ("de", "Insgesamt habe es 28 Verdachtsfälle gegeben.", "28", "cases", "suspected"),
    ("de", "Die Zahl der bestätigten Fälle stieg auf 36.", "36", "cases", None),
    ("fr", FR_LIST, "53", "cases", "confirmed"),
    ("fr", FR_LIST, "11", "cases", "probable"),
    ("fr", FR_LIST, "31", "deaths", "confirmed"),
    ("fr", "L'OMS a recensé plus de 17.000 cas présumés.", "17.000", "cases", "suspected"),
    (
        "fr",
        "Le bilan atteint 58 contaminations, dont 20 confirmées, et 20 décès.",
        "20 confirm",
        "cases",
        "confirmed",
    ),
    ("es", ES_LIST, "53", "cases", "confirmed"),
    ("es", ES_LIST, "42", "deaths", None),
    ("es", "El número de casos confirmados asciende a 81.", "81", "cases", None),
    ("es", "El número de casos confirmados asciende a 81 y el de probables a 11.", "81", "cases", "confirmed"),
]


@pytest.mark.parametrize(("lang", "text", "figure", "concept", "status"), READINGS)
def test_a_count_takes_the_status_and_the_noun_its_sentence_gives_it(lang, text, figure, concept, status):
    counts = [c for c in extracted(text, lang) if c.kind == "count" and figure in c.text]
    assert counts, f"no count read at {figure!r}"
    assert {(c.slot, c.extra.get("status")) for c in counts} == {(concept, status)}


# a status word of no count of cases or deaths leaves the count as it was
@pytest.mark.parametrize(
    ("lang", "text", "figure", "concept"),
    [
        ("en", "Police arrested 5 suspected militants on Sunday.", "5", "suspects"),
        ("fr", "Trois suspects ont été arrêtés dimanche.", "Trois", "suspects"),
    ],
)
def test_a_status_word_of_no_outbreak_count_changes_nothing(lang, text, figure, concept):
    counts = [c for c in extracted(text, lang) if c.kind == "count" and figure in c.text]
    assert {(c.slot, c.extra.get("status")) for c in counts} == {(concept, None)}


# (confirmed and probable cases, the same with other confirmed cases, the label words of the confirmed count): each told
# as the health ministry's count, so that the figures are one actor's
OUTBREAK = {
    "en": (
        "According to the health ministry, the outbreak has reached 53 confirmed and 11 probable cases.",
        "According to the health ministry, the outbreak has reached 47 confirmed and 11 probable cases.",
        "confirmed",
    ),
    "de": (
        "Nach Angaben des Gesundheitsministeriums gibt es 53 bestätigte und 11 wahrscheinliche Fälle.",
        "Nach Angaben des Gesundheitsministeriums gibt es 47 bestätigte und 11 wahrscheinliche Fälle.",
        "bestätigt",
    ),
    "fr": (
        "L'épidémie compte 64 cas, dont 53 confirmés et 11 probables, selon le ministère de la Santé.",
        "L'épidémie compte 58 cas, dont 47 confirmés et 11 probables, selon le ministère de la Santé.",
        "confirmés",
    ),
    "es": (
        "El brote suma 64 casos (53 confirmados y 11 probables), según el Ministerio de Salud.",
        "El brote suma 58 casos (47 confirmados y 11 probables), según el Ministerio de Salud.",
        "confirmados",
    ),
}


def _counts(*articles):
    return [f for f in cross_check_texts(*articles) if f.kind == "count"]


def _by_status(facts):
    return {f.slot.rpartition(".")[2]: f for f in facts}


@pytest.mark.parametrize("lang", sorted(OUTBREAK))
def test_the_confirmed_and_the_probable_cases_are_two_facts_and_differing_confirmed_cases_conflict(lang):
    first, second, label = OUTBREAK[lang]
    statuses = _by_status(_counts((lang, first), (lang, second)))
    assert (statuses["confirmed"].verdict, len(statuses["confirmed"].members)) == ("conflicting", 2)
    assert statuses["probable"].verdict != "conflicting" and len(statuses["probable"].members) == 2
    assert label in concept_label(statuses["confirmed"].slot, lang)


def test_the_confirmed_cases_join_across_languages():
    facts = _counts(*((lang, OUTBREAK[lang][0]) for lang in ("en", "fr", "es")))
    assert (_by_status(facts)["confirmed"].verdict, len(_by_status(facts)["confirmed"].members)) == ("corroborated", 3)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "As of Sunday, the total number of reported cases has increased to 57."),
        ("de", "Die Zahl der gemeldeten Fälle stieg bis Sonntag auf 57."),
        ("fr", "Le nombre total de cas signalés est passé à 57 dimanche."),
        ("es", "El número total de casos notificados ascendió a 57 el domingo."),
    ],
)
def test_a_number_of_a_noun_told_with_a_word_before_it_counts_that_noun(lang, text):
    (count,) = [c for c in extracted(text, lang) if c.kind == "count"]
    assert (count.text, count.slot) == ("57", "cases")
