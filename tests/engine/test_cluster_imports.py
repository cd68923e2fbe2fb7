"""Story clustering by import size and kind of look-alike: one article alone, two articles of one event in two
languages, counts of everything, and reports that count "since" the other event's day."""

import random
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


# two rounds of one country's vote, a week apart: the same parties, leaders and words
ROUND_ONE = {
    "en": "Voters in Varland went to the polls on 29 June 2025 in the first round of the parliamentary election; "
    "the Green Union of Tomas Elling led with 31% ahead of the Liberal Front.",
    "fr": "Les électeurs du Varland ont voté le 29 juin 2025 au premier tour des législatives ; l'Union verte de "
    "Tomas Elling arrive en tête avec 31 % devant le Front libéral.",
}
ROUND_TWO = {
    "en": "Voters in Varland went to the polls on 6 July 2025 in the second round of the parliamentary election; "
    "the Green Union of Tomas Elling won 212 seats ahead of the Liberal Front.",
    "de": "Gestern, am 6. Juli 2025, wählte Varland in der zweiten Runde der Parlamentswahl; die Grüne Union von "
    "Tomas Elling gewann 212 Sitze vor der Liberalen Front.",
}


def test_rounds_of_a_vote_a_week_apart_are_two_stories():
    """Reports of one event give days a day or two apart at most (a time zone, a night count); a week apart is
    the next round. 'Gestern, am 6. Juli 2025' gives its day even in an undated article: the day that follows
    'yesterday' names it."""
    docs, claims = _import(
        {f"one-{k}": (k, v) for k, v in ROUND_ONE.items()} | {f"two-{k}": (k, v) for k, v in ROUND_TWO.items()}
    )
    assert cluster_documents(docs, claims) == [["one-en", "one-fr"], ["two-de", "two-en"]]


# one ferry fire reported in English, French and German, and two German reports of a fire on another ferry
# elsewhere: German words are shared by the German reports whatever their event, the names and figures by the
# reports of one event whatever their language
FIRE = {
    "en": "Fire broke out on the ferry Nordlys Star between Kalvik and Sorholm, and 14 passengers were injured, "
    "captain Aren Holt said. The Baltic Line ship was towed to Kalvik with 388 people on board.",
    "fr": "Un incendie s'est déclaré à bord du ferry Nordlys Star entre Kalvik et Sorholm : 14 passagers ont été "
    "blessés, selon le capitaine Aren Holt. Le navire de la Baltic Line, avec 388 personnes à bord, a été "
    "remorqué jusqu'à Kalvik.",
    "de": "Auf der Fähre Nordlys Star ist zwischen Kalvik und Sorholm ein Feuer ausgebrochen; 14 Passagiere wurden "
    "verletzt, sagte Kapitän Aren Holt. Das Schiff der Baltic Line wurde mit 388 Menschen an Bord nach Kalvik "
    "geschleppt.",
}
OTHER_FIRE_DE = (
    "Auf der Fähre Aurora Sund ist vor Ostrava Bay ein Feuer ausgebrochen; 3 Passagiere wurden verletzt, sagte "
    "Kapitänin Liv Brenna. Das Schiff der Meridian Ferries wurde mit 120 Menschen an Bord nach Port Elsing geschleppt.",
    "Feuer auf der Fähre Aurora Sund vor Ostrava Bay: 3 Passagiere wurden verletzt, Kapitänin Liv Brenna ließ das "
    "Schiff der Meridian Ferries mit 120 Menschen an Bord nach Port Elsing schleppen.",
)


def test_a_report_joins_its_event_in_other_languages_before_another_event_in_its_own():
    docs, claims = _import(
        {f"fire-{k}": (k, v) for k, v in FIRE.items()} | {f"other-{i}": ("de", t) for i, t in enumerate(OTHER_FIRE_DE)}
    )
    assert cluster_documents(docs, claims) == [["fire-de", "fire-en", "fire-fr"], ["other-0", "other-1"]]


def test_a_title_capitalised_in_two_stories_names_no_one():
    """'Chief Financial Officer' and 'President' are written capitalised inside a sentence like names, but every
    story about a company or a country has them: they link nothing."""
    docs = [
        doc(
            "mine",
            "Copper miner Dravik said its Chief Financial Officer Ana Ruiz will leave, and its President "
            "Ole Brandt named Tessa Moor to the post at the Kalvik mine.",
            published=None,
        ),
        doc(
            "bank",
            "Lender Orsen Bank said its Chief Financial Officer Paul Weir resigned, and its President "
            "Ida Lenz will lead a review of the Sorholm branch network.",
            published=None,
        ),
    ]
    assert cluster_documents(docs, {d.key: [] for d in docs}) == [["bank"], ["mine"]]


def test_time_evidence_gives_the_same_stories_whatever_the_input_order():
    """The time rules count pairs of members: which cluster meets which first must not change the outcome."""
    texts = (
        {f"one-{k}": (k, v) for k, v in ROUND_ONE.items()}
        | {f"two-{k}": (k, v) for k, v in ROUND_TWO.items()}
        | {f"2025-{k}": (k, v) for k, v in CUT_2025.items()}
        | {f"2026-{k}": (k, v) for k, v in CUT_2026.items()}
    )
    docs, claims = _import(texts)
    expected = cluster_documents(docs, claims)
    assert ["one-en", "one-fr"] in expected and ["two-de", "two-en"] in expected
    for seed in range(4):
        shuffled = random.Random(seed).sample(docs, len(docs))
        assert cluster_documents(shuffled, dict(reversed(list(claims.items())))) == expected


# two landers of two companies reaching the same crater in the same week
LANDERS = {
    "first": {
        "en": "The Selene-2 lander of Artemis Labs touched down in Mare Crisium on 2 March 2026, the company said; "
        "flight director Iris Bohm confirmed the landing on the Moon.",
        "es": "El módulo Selene-2 de Artemis Labs se posó en Mare Crisium el 2 de marzo de 2026, informó la "
        "empresa; la directora de vuelo Iris Bohm confirmó el alunizaje.",
    },
    "second": {
        "en": "The Corvid lander of Lumen Space touched down in Mare Crisium on 6 March 2026, the company said; "
        "flight director Pavel Orr confirmed the landing on the Moon.",
        "fr": "L'atterrisseur Corvid de Lumen Space s'est posé dans Mare Crisium le 6 mars 2026, a annoncé "
        "l'entreprise ; le directeur de vol Pavel Orr a confirmé l'alunissage.",
    },
}


def test_two_missions_to_one_place_four_days_apart_are_two_stories():
    docs, claims = _import({f"{m}-{k}": (k, v) for m, by in LANDERS.items() for k, v in by.items()})
    assert cluster_documents(docs, claims) == [["first-en", "first-es"], ["second-en", "second-fr"]]


# one bank's rate cuts a year apart, each reported by pages that give no day in their lead
CUT_DATED_BY_PAGE = {
    "en": "The Halvard Central Bank cut its deposit rate by 0.25 points to 3.5%, its first cut in five years, "
    "governor Mira Kallen said in Rostal.",
    "de": "Die Halvard-Zentralbank hat ihren Einlagensatz um 0,25 Punkte auf 3,5 Prozent gesenkt, zum ersten Mal "
    "seit fünf Jahren, sagte Notenbankchefin Mira Kallen in Rostal.",
}


def test_pages_published_before_the_time_another_report_counts_since_are_another_event():
    """A report is never older than its event: pages published in June 2025 cannot report 'the eighth cut since
    June 2025', though neither the pages' leads nor the later reports give a day."""
    docs, claims = _import({f"2025-{k}": (k, v) for k, v in CUT_DATED_BY_PAGE.items()}, published=date(2025, 6, 5))
    later_docs, later_claims = _import({f"2026-{k}": (k, v) for k, v in CUT_2026.items()}, published=None)
    assert cluster_documents(docs + later_docs, claims | later_claims) == [
        ["2025-de", "2025-en"],
        ["2026-es", "2026-fr"],
    ]


# one bank's decisions on the same day of June, a year apart; two leads name the day without its year
DECISION = {
    "2024-en": (
        "en",
        "The Halvard Central Bank held its deposit rate at 3.5% on Thursday, 6 June 2024, governor "
        "Mira Kallen said in Rostal.",
    ),
    "2024-fr": (
        "fr",
        "La banque centrale de Halvard a maintenu jeudi 6 juin son taux de dépôt à 3,5 %, a annoncé "
        "la gouverneure Mira Kallen à Rostal.",
    ),
    "2025-en": (
        "en",
        "The Halvard Central Bank held its deposit rate at 3.5% on 5 June 2025, governor Mira Kallen said in Rostal.",
    ),
    "2025-es": (
        "es",
        "El banco central de Halvard mantuvo el jueves 5 de junio su tasa de depósito en el 3,5 %, "
        "anunció la gobernadora Mira Kallen en Rostal.",
    ),
}


def test_the_weekday_a_lead_names_tells_the_year_of_a_day_written_without_one():
    """'jeudi 6 juin' is 6 June 2024 (a Thursday), not a day from 5 June 2025; 'jueves 5 de junio' is 5 June 2025.
    Without the weekday both would be one day from the other year's dated report."""
    docs, claims = _import(DECISION, published=None)
    assert cluster_documents(docs, claims) == [["2024-en", "2024-fr"], ["2025-en", "2025-es"]]


def test_a_page_published_weeks_before_another_reports_event_day_is_another_event():
    docs, claims = _import(
        {
            "plan": (
                "en",
                "The Orvik rocket of Tessaly Space will make its test flight from Kalvik, flight director "
                "Iris Bohm said.",
            )
        },
        published=date(2026, 1, 10),
    )
    flown, flown_claims = _import(
        {
            "flight-en": (
                "en",
                "The Orvik rocket of Tessaly Space made its test flight from Kalvik on 20 March 2026, "
                "flight director Iris Bohm said.",
            ),
            "flight-de": (
                "de",
                "Die Orvik-Rakete von Tessaly Space absolvierte am 20. März 2026 ihren Testflug von "
                "Kalvik aus, sagte Flugdirektorin Iris Bohm.",
            ),
        },
        published=None,
    )
    assert cluster_documents(docs + flown, claims | flown_claims) == [["flight-de", "flight-en"], ["plan"]]


# floods in one valley a year apart: the same town, river and mayor; one report of the later flood gives its day
FLOOD_2025 = {
    "en": "The Varna river burst its banks in Tessaly on 14 March 2025, flooding 340 homes; mayor Ilse Marrow "
    "said 17 people died.",
    "fr": "La Varna a débordé à Tessaly le 14 mars 2025, inondant 340 maisons ; selon la maire Ilse Marrow, 17 "
    "personnes sont mortes.",
}
FLOOD_2026 = {
    "de": "Die Varna ist am 2. März 2026 in Tessaly erneut über die Ufer getreten: 85 Häuser stehen unter Wasser, "
    "Bürgermeisterin Ilse Marrow meldete 2 Verletzte am Korvath-Deich.",
    "es": "El río Varna volvió a desbordarse en Tessaly: 85 viviendas quedaron inundadas y la alcaldesa Ilse "
    "Marrow informó de 2 heridos junto al dique de Korvath.",
}


def test_a_look_alike_event_of_another_year_with_one_dated_report_is_another_story():
    """Of the later flood's two reports only one gives its day, a year after the other flood's: a story of
    several reports with one day a year off is another event (a day misread a few days off would not be)."""
    docs, claims = _import(
        {f"2025-{k}": (k, v) for k, v in FLOOD_2025.items()} | {f"2026-{k}": (k, v) for k, v in FLOOD_2026.items()},
        published=None,
    )
    assert cluster_documents(docs, claims) == [["2025-en", "2025-fr"], ["2026-de", "2026-es"]]


def test_the_bounds_of_a_period_in_a_lead_are_no_event_day():
    """'president from 26 April 2018 to 20 January 2021' gives a period, not the day of the event reported:
    its bounds do not keep the report from reports of the verdict's day."""
    lead = (
        "Ilse Marrow, governor of Tessaly from 26 April 2018 to 20 January 2021, was found guilty of fraud on 30 May "
        "2024 by a court in Kalvik, judge Aren Holt said."
    )
    others = {
        "dated": (
            "en",
            "A court in Kalvik found former governor Ilse Marrow guilty of fraud on 30 May 2024, judge Aren Holt said.",
        ),
        "de": (
            "de",
            "Ein Gericht in Kalvik hat die frühere Gouverneurin Ilse Marrow am 30. Mai 2024 des Betrugs "
            "schuldig gesprochen, sagte Richter Aren Holt.",
        ),
    }
    docs, claims = _import({"period": ("en", lead)} | others, published=None)
    assert cluster_documents(docs, claims) == [["dated", "de", "period"]]


# two events of one company, undated, each reported in English and German: a mine opened, a smelter sold
MINE = {
    "en": "Dravik Mining opened its copper mine at Ostrel, creating 275 jobs, chief executive Ana Ruiz said at the "
    "opening with minister Ole Brandt.",
    "de": "Dravik Mining hat seine Kupfermine in Ostrel eröffnet und 275 Arbeitsplätze geschaffen, sagte "
    "Konzernchefin Ana Ruiz bei der Eröffnung mit Minister Ole Brandt.",
}
SMELTER = {
    "en": "Dravik Mining agreed to sell its Vimmer smelter to Orsen Metals for $2.1 billion, finance chief Paul Weir "
    "told investors in Lunden.",
    "de": "Dravik Mining verkauft seine Hütte in Vimmer für 2,1 Milliarden Dollar an Orsen Metals, sagte "
    "Finanzchef Paul Weir vor Investoren in Lunden.",
}


def test_two_events_of_one_company_are_two_stories_whether_imported_alone_or_with_other_events():
    """Imported alone, the company and its chief are in every report and weigh nothing; imported with other
    events they are rare and would join the company's two events: each story is read again on its own."""
    company = {f"mine-{k}": (k, v) for k, v in MINE.items()} | {f"sale-{k}": (k, v) for k, v in SMELTER.items()}
    others = (
        {f"dam-{k}": (k, v) for k, v in DAM.items()}
        | {f"fire-{k}": (k, v) for k, v in FIRE.items()}
        | {f"one-{k}": (k, v) for k, v in ROUND_ONE.items()}
        | {f"two-{k}": (k, v) for k, v in ROUND_TWO.items()}
    )
    expected = [["mine-de", "mine-en"], ["sale-de", "sale-en"]]
    docs, claims = _import(company, published=None)
    assert cluster_documents(docs, claims) == expected
    docs, claims = _import(company | others, published=None)
    groups = cluster_documents(docs, claims)
    assert [g for g in groups if g[0].startswith(("mine", "sale"))] == expected


# one carmaker's wage deal told from three sides, each in three languages: the job cuts, the pay deal (a plant no
# other report names, met through the chief executive only) and the market (met through the cuts' figure only)
WAGE_DEAL = {
    "jobs-en": (
        "en",
        "Carmaker Vantor will cut 4,200 jobs at its Ostrel and Kembury plants by 2030 under the deal, "
        "chief executive Lena Dorsch said.",
    ),
    "jobs-de": (
        "de",
        "Der Autobauer Vantor streicht bis 2030 in den Werken Ostrel und Kembury 4.200 Stellen, sagte "
        "Vorstandschefin Lena Dorsch.",
    ),
    "jobs-es": (
        "es",
        "El fabricante Vantor suprimirá 4.200 empleos en sus plantas de Ostrel y Kembury hasta 2030, "
        "dijo la consejera delegada Lena Dorsch.",
    ),
    "pay-en": (
        "en",
        "Union leader Piet Marlow said the Vantor deal freezes pay until 2027 and keeps the Brask plant "
        "open after 70 hours of talks with Lena Dorsch in Haldern.",
    ),
    "pay-fr": (
        "fr",
        "Le syndicaliste Piet Marlow a indiqué que l'accord de Vantor gèle les salaires jusqu'en 2027 et "
        "maintient l'usine de Brask ouverte après 70 heures de négociations avec Lena Dorsch à Haldern.",
    ),
    "pay-de": (
        "de",
        "Gewerkschaftschef Piet Marlow sagte, die Einigung mit Vantor friere die Löhne bis 2027 ein und "
        "erhalte das Werk Brask nach 70 Stunden Verhandlungen mit Lena Dorsch in Haldern.",
    ),
    "market-en": (
        "en",
        "Vantor shares rose 3.8% in Frankfurt after the deal; analyst Ruth Okafor said the 4,200 job "
        "cuts save 1.1 billion euros a year.",
    ),
    "market-fr": (
        "fr",
        "L'action Vantor a gagné 3,8 % à Francfort après l'accord ; selon l'analyste Ruth Okafor, les "
        "4 200 suppressions d'emplois économisent 1,1 milliard d'euros par an.",
    ),
    "market-es": (
        "es",
        "Las acciones de Vantor subieron un 3,8 % en Fráncfort tras el acuerdo; la analista Ruth "
        "Okafor dijo que los 4.200 despidos ahorran 1.100 millones de euros al año.",
    ),
}
# another carmaker's job cuts the same month, in the same words
OTHER_CUTS = {
    "heltra-en": (
        "en",
        "Carmaker Heltra will cut 2,900 jobs at its Pell plant by 2029 under a deal with the union, "
        "chief executive Omar Vasq said.",
    ),
    "heltra-de": (
        "de",
        "Der Autobauer Heltra streicht bis 2029 im Werk Pell 2.900 Stellen, sagte Vorstandschef Omar "
        "Vasq nach der Einigung mit der Gewerkschaft.",
    ),
    "heltra-fr": (
        "fr",
        "Le constructeur Heltra supprimera 2 900 emplois dans son usine de Pell d'ici 2029 dans le "
        "cadre d'un accord avec le syndicat, a dit le directeur général Omar Vasq.",
    ),
}


def test_one_event_told_from_three_sides_is_one_story_imported_alone_or_with_another_event():
    """Imported alone, what every report of an event shares weighs nothing, and what two of its sides share
    (the chief executive, the cuts' figure) is 'common' in an import that is all this event: the sides would fall
    apart, though imported beside another event they are one story. An import is never the whole world: its
    rarity is counted as if a third as many reports of other events sat beside it."""
    deal = sorted(WAGE_DEAL)
    docs, claims = _import(WAGE_DEAL)
    assert cluster_documents(docs, claims) == [deal]
    docs, claims = _import(WAGE_DEAL | OTHER_CUTS)
    assert cluster_documents(docs, claims) == [sorted(OTHER_CUTS), deal]


@pytest.mark.parametrize(
    "sides",
    [("jobs-en", "pay-en", "market-en"), ("jobs-en", "pay-en", "market-fr"), ("jobs-de", "pay-de", "market-es")],
    ids="/".join,
)
@pytest.mark.parametrize("with_others", [False, True], ids=["alone", "with-other-events"])
def test_a_report_close_to_one_side_of_an_event_and_a_little_to_the_rest_joins_it(sides, with_others):
    """One report of each side: the market report meets the job cuts on their figure and the pay deal only a
    little (the carmaker, the deal). Left alone by average linkage, it joins the story it is plainly close to one
    member of, on its average over all the story's reports: its weak similarities count for what they are, not
    for nothing (dropped, the report came and went with any small change of weights in the other reports)."""
    texts = {key: WAGE_DEAL[key] for key in sides}
    others = {
        "heltra-de": OTHER_CUTS["heltra-de"],
        "round-en": ("en", ROUND_ONE["en"]),
        "smelter-en": ("en", SMELTER["en"]),
    }
    docs, claims = _import(texts | others if with_others else texts)
    assert sorted(sides) in cluster_documents(docs, claims)


# a second dam break the same month in another region, told in the same four languages and words
OTHER_DAM = {
    "en": "The Velmar dam above Ostrava gave way on Friday night, flooding 95 homes, and 6 people died, "
    "said mayor Tomas Brek. Rescuers from Kalvik searched the river banks.",
    "de": "In Ostrava ist in der Nacht zum Samstag der Velmar-Staudamm gebrochen: 95 Häuser wurden überflutet "
    "und 6 Menschen starben, sagte Bürgermeister Tomas Brek. Retter aus Kalvik suchten die Ufer ab.",
    "fr": "Le barrage de Velmar, au-dessus d'Ostrava, a cédé vendredi soir : 95 maisons ont été inondées et 6 "
    "personnes sont mortes, selon le maire Tomas Brek. Des secouristes de Kalvik ont fouillé les rives.",
    "es": "La presa de Velmar, sobre Ostrava, se rompió el viernes por la noche: 95 viviendas quedaron inundadas "
    "y 6 personas murieron, según el alcalde Tomas Brek. Rescatistas de Kalvik buscaron en las orillas.",
}


@pytest.mark.parametrize("published", [None, date(2026, 3, 12)], ids=["undated", "dated"])
def test_two_events_of_one_kind_in_one_month_in_four_languages_are_two_stories(published):
    """Reports of one event meet across en/de/fr/es on its names and figures, not on the words every report of a
    dam break uses in its language: each event is one story, imported alone or beside the other."""
    first = {f"a-{k}": (k, v) for k, v in DAM.items()}
    second = {f"b-{k}": (k, v) for k, v in OTHER_DAM.items()}
    for event in (first, second):
        docs, claims = _import(event, published=published)
        assert cluster_documents(docs, claims) == [sorted(event)]
    docs, claims = _import(first | second, published=published)
    assert cluster_documents(docs, claims) == [sorted(first), sorted(second)]
