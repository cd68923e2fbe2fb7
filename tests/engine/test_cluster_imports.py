"""Story clustering by import size and kind of look-alike: one article alone, two articles of one event in two
languages, counts of everything, and reports that count "since" the other event's day."""

from datetime import date
from itertools import combinations

import pytest

from tests.engine.crosscheck_factories import count, doc
from verification.engine.cluster import cluster_documents
from verification.engine.extract import extract_claims

# one event (a dam giving way in an invented town) told in four languages, undated
DAM = {
    "en": "The Korvath dam above Tessaly gave way on Tuesday night, flooding 340 homes, and 17 people died, "
    "said regional governor Ilse Marrow. Rescuers from Brenmoor searched the river banks.",
    "de": "In Tessaly ist in der Nacht zum Mittwoch der Korvath-Staudamm gebrochen: 340 Häuser wurden überflutet "
    "und 17 Menschen starben, sagte Gouverneurin Ilse Marrow. Retter aus Brenmoor suchten die Ufer ab.",
    "fr": "Le barrage de Korvath, au-dessus de Tessaly, a cédé mardi soir : 340 maisons ont été inondées et 17 "
    "personnes sont mortes, selon la gouverneure Ilse Marrow. Des secouristes de Brenmoor ont fouillé les rives.",
    "es": "La presa de Korvath, sobre Tessaly, se rompió el martes por la noche: 340 viviendas quedaron inundadas "
    "y 17 personas murieron, según la gobernadora Ilse Marrow. Rescatistas de Brenmoor buscaron en las orillas.",
}


def _import(texts: dict[str, tuple[str, str]], published=None):
    docs = [doc(key, text, language=lang, published=published) for key, (lang, text) in texts.items()]
    return docs, {d.key: extract_claims(d) for d in docs}


def test_one_article_alone_is_one_story():
    docs, claims = _import({"only": ("fr", DAM["fr"])})
    assert cluster_documents(docs, claims) == [["only"]]


@pytest.mark.parametrize("pair", list(combinations(sorted(DAM), 2)), ids="-".join)
def test_two_articles_of_one_event_in_two_languages_are_one_story(pair):
    """An import of two articles: everything they share is in every document of the import, which says
    nothing about how rare it is; their shared names and figures still make them one story."""
    docs, claims = _import({lang: (lang, DAM[lang]) for lang in pair})
    assert cluster_documents(docs, claims) == [sorted(pair)]


def test_a_small_count_two_articles_both_state_links_nothing():
    """'two people' in one story and 'two matches' in another are counts of everything: the bare value is no
    anchor (the count with its subject still is)."""
    docs = [
        doc("storm", "A storm hit the coast of Norland and tore roofs off houses in the port.", published=None),
        doc("cup", "Vessa United reached the cup final after a win over Dunmore in the semi-final.", published=None),
    ]
    claims = {
        "storm": [count(2, "people", "two people", slot="deaths", subject="")],
        "cup": [count(2, "matches", "two matches", slot="wins", subject="vessa-united")],
    }
    assert cluster_documents(docs, claims) == [["cup"], ["storm"]]


# a central bank's rate cut, and its next cut a year later: the same bank, rate and words
CUT_2025 = {
    "en": "The Halvard Central Bank cut its deposit rate by 0.25 points to 3.5% on 5 June 2025, the first cut "
    "since September 2019, governor Mira Kallen said in Rostal.",
    "de": "Die Halvard-Zentralbank hat am 5. Juni 2025 ihren Einlagensatz um 0,25 Punkte auf 3,5 Prozent gesenkt, "
    "zum ersten Mal seit September 2019, sagte Notenbankchefin Mira Kallen in Rostal.",
}
CUT_2026 = {
    "fr": "La banque centrale de Halvard a abaissé son taux de dépôt de 0,25 point à 2 %, sa huitième baisse "
    "depuis juin 2025, a annoncé la gouverneure Mira Kallen à Rostal.",
    "es": "El banco central de Halvard recortó su tasa de depósito en 0,25 puntos hasta el 2 %, su octavo recorte "
    "desde junio de 2025, anunció la gobernadora Mira Kallen en Rostal.",
}


def test_reports_counting_since_the_other_events_month_are_another_event():
    """'the eighth cut since June 2025' cannot report the cut of 5 June 2025: its event came later, though
    neither report of the later cut gives its day and both share the bank, its governor and its words."""
    docs, claims = _import(
        {f"2025-{k}": (k, v) for k, v in CUT_2025.items()} | {f"2026-{k}": (k, v) for k, v in CUT_2026.items()}
    )
    assert cluster_documents(docs, claims) == [["2025-de", "2025-en"], ["2026-es", "2026-fr"]]


@pytest.mark.parametrize("later", sorted(CUT_2026))
def test_an_import_of_a_report_and_a_report_counting_since_its_month_is_two_stories(later):
    docs, claims = _import({"2025": ("en", CUT_2025["en"]), "2026": (later, CUT_2026[later])})
    assert cluster_documents(docs, claims) == [["2025"], ["2026"]]


def test_reports_counting_since_an_older_time_join_the_event():
    """A 'since' that lies before the event's day ('the first cut since September 2019') says nothing against it."""
    docs, claims = _import({k: (k, v) for k, v in CUT_2025.items()}, published=date(2025, 6, 5))
    assert cluster_documents(docs, claims) == [["de", "en"]]
