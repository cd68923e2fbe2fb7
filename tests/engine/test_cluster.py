"""Story clustering: across languages, not across events months apart, fixed groups respected."""

import random
from datetime import date

import pytest

from tests.engine.crosscheck_factories import claim, count, doc, money, relation
from verification.engine.claims import Document
from verification.engine.cluster import cluster_documents
from verification.engine.extract import extract_claims

LAB_EN1 = (
    "Nordwind Robotics will open an applied research laboratory in Lisbon, investing 150 million euros "
    "and hiring 320 engineers, the company said on Tuesday. The Lisbon lab is its first outside Germany "
    "and will work with the Instituto Superior Tecnico on warehouse automation."
)
LAB_EN2 = (
    "German robot maker Nordwind Robotics is putting EUR 150 million into a new Lisbon laboratory that "
    "will employ about 320 people, working with Instituto Superior Tecnico researchers on automation "
    "for warehouses. Portugal's economy minister welcomed the investment."
)
LAB_DE = (
    "Nordwind Robotics eröffnet in Lissabon ein Forschungslabor für angewandte Robotik und investiert "
    "150 Millionen Euro. Das Unternehmen will 320 Ingenieure einstellen; Partner ist das Instituto "
    "Superior Tecnico. Es ist das erste Labor außerhalb Deutschlands."
)
RESULTS_EN1 = (
    "Nordwind Robotics reported third-quarter revenue of 2.1 billion euros, up 14 percent, and raised "
    "its full-year outlook as orders from logistics customers in Germany and the United States grew. "
    "Chief executive Anna Berger said margins improved."
)
RESULTS_EN2 = (
    "Quarterly sales at Nordwind Robotics rose 14 percent to EUR 2.1 billion, the German company said, "
    "lifting its outlook for the year. Anna Berger, the chief executive, pointed to strong logistics "
    "orders in the United States."
)


def lab_claims(lang_offset=0):
    return [
        money(150e6, "EUR", "150 million euros", subject="nordwind-robotics"),
        count(320, "jobs", "320 engineers", subject="nordwind-robotics", start=40),
        relation("instituto-superior-tecnico", "Instituto Superior Tecnico", subject="nordwind-robotics", start=80),
        claim(
            "place",
            "lab.location",
            "nordwind-robotics",
            {"entity": "lisbon", "name": "Lisbon", "type": "place"},
            "Lisbon",
            start=10,
        ),
    ]


def results_claims():
    return [
        money(2.1e9, "EUR", "2.1 billion euros", slot="revenue.quarter", subject="nordwind-robotics"),
        claim(
            "percent",
            "revenue.growth",
            "nordwind-robotics",
            {"low": 14, "high": 14, "qualifier": "exact", "unit": "%"},
            "14 percent",
            start=30,
        ),
        claim(
            "role",
            "role",
            "anna-berger",
            {"person": "anna-berger", "name": "Anna Berger", "role": "ceo", "org": "nordwind-robotics"},
            "Anna Berger",
            start=60,
        ),
    ]


def corpus():
    may, sept = date(2025, 5, 6), date(2025, 10, 28)
    docs = [
        doc("lab-en1", LAB_EN1, published=may),
        doc("lab-en2", LAB_EN2, published=may),
        doc("lab-de", LAB_DE, published=date(2025, 5, 7), language="de"),
        doc("res-en1", RESULTS_EN1, published=sept),
        doc("res-en2", RESULTS_EN2, published=sept),
    ]
    claims = {
        "lab-en1": lab_claims(),
        "lab-en2": lab_claims(),
        "lab-de": lab_claims(),
        "res-en1": results_claims(),
        "res-en2": results_claims(),
    }
    return docs, claims


EXPECTED = [["lab-de", "lab-en1", "lab-en2"], ["res-en1", "res-en2"]]


def test_clusters_across_languages_and_not_across_events_months_apart():
    docs, claims = corpus()
    assert cluster_documents(docs, claims) == EXPECTED


def test_same_company_events_apart_even_without_claims():
    docs, _ = corpus()
    groups = cluster_documents(docs, {})
    assert not any({"lab-en1", "res-en1"} <= set(g) for g in groups)


def test_months_apart_never_one_story_even_with_the_same_words():
    docs = [doc("a", LAB_EN1, published=date(2025, 1, 10)), doc("b", LAB_EN1 + " Update.", published=date(2025, 6, 1))]
    assert cluster_documents(docs, {}) == [["a"], ["b"]]


def test_result_independent_of_input_order():
    docs, claims = corpus()
    for seed in range(4):
        shuffled = random.Random(seed).sample(docs, len(docs))
        assert cluster_documents(shuffled, claims) == EXPECTED


def test_fixed_groups_kept_whole_and_others_may_join():
    docs, claims = corpus()
    groups = cluster_documents(docs, claims, fixed_groups=[["lab-en1", "res-en1"]])
    assert ["lab-en1", "res-en1"] in groups or any({"lab-en1", "res-en1"} <= set(g) for g in groups)
    groups = cluster_documents(docs, claims, fixed_groups=[["lab-en1", "lab-en2"]])
    assert groups == EXPECTED


def test_two_fixed_groups_never_merge():
    docs, claims = corpus()
    groups = cluster_documents(docs, claims, fixed_groups=[["lab-en1"], ["lab-en2"]])
    assert not any({"lab-en1", "lab-en2"} <= set(g) for g in groups)
    assert sorted(k for g in groups for k in g) == sorted(d.key for d in docs)


def test_every_document_in_exactly_one_group():
    docs, claims = corpus()
    unrelated = doc(
        "other",
        "A football club in Brazil signed a new striker from Argentina for its league season.",
        published=date(2025, 5, 6),
    )
    groups = cluster_documents(docs + [unrelated], claims)
    keys = [k for g in groups for k in g]
    assert sorted(keys) == sorted([d.key for d in docs] + ["other"])
    assert ["other"] in groups


def test_empty():
    assert cluster_documents([], {}) == []


def test_seed_articles_form_the_two_annotated_stories():
    """End to end with the real extractor on the raw seed files (boilerplate and all)."""
    from pathlib import Path

    import pytest

    extract = pytest.importorskip("verification.engine.extract")
    from verification.engine.claims import Document

    seeds = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
    if len(seeds) != 5:
        pytest.skip("seed files not present")
    docs = [
        Document(key=p.name[:3], text=p.read_text(encoding="utf-8"), language="de" if p.name[:3] == "004" else "en")
        for p in seeds
    ]
    claims = {d.key: extract.extract_claims(d) for d in docs}
    assert cluster_documents(docs, claims) == [["000", "001", "002"], ["003", "004"]]


FERRY_EN = (
    "A fire broke out on the ferry Aegean Star off Heraklion on Tuesday, killing 12 people and injuring "
    "23, the Hellenic Coast Guard said. Captain Nikos Vlachos ordered the evacuation of 480 passengers."
)
FERRY_ES = (
    "Un incendio en el ferry Aegean Star frente a Heraklion dejó 12 muertos y 23 heridos, según la "
    "Guardia Costera Helénica. El capitán Nikos Vlachos ordenó evacuar a los 480 pasajeros."
)
FERRY_DE = (
    "Auf der Fähre Aegean Star vor Heraklion sind bei einem Brand zwölf Menschen ums Leben gekommen, "
    "23 wurden verletzt. Kapitän Nikos Vlachos ließ die 480 Passagiere in Sicherheit bringen, teilte die "
    "Küstenwache mit."
)
ELECTION_ES = (
    "El Partido Verde de Portugal ganó 41 escaños en las elecciones del domingo, con una participación "
    "del 62%, y su líder Marta Sousa anunció negociaciones para formar gobierno en Lisboa."
)


def test_one_event_in_three_languages_is_one_story_by_its_names():
    docs = [
        doc("en", FERRY_EN, language="en"),
        doc("es", FERRY_ES, language="es"),
        doc("de", FERRY_DE, language="de"),
        doc("other", ELECTION_ES, language="es"),
    ]
    groups = cluster_documents(docs, {d.key: [] for d in docs})
    assert ["de", "en", "es"] in groups and ["other"] in groups


def test_two_matches_of_the_same_clubs_are_two_stories():
    final = (
        "Real Madrid beat Borussia Dortmund 2-0 in the Champions League final at Wembley; Dani Carvajal and "
        "Vinicius Junior scored late as Dortmund wasted early chances."
    )
    final_es = (
        "El Real Madrid venció 2-0 al Borussia Dortmund en la final de Wembley con goles de Dani Carvajal "
        "y Vinicius Junior."
    )
    league = (
        "Vinicius Junior scored a hat-trick as Real Madrid came back to beat Borussia Dortmund 5-2 in the "
        "Champions League, with Dani Carvajal and the Dortmund defence overwhelmed."
    )
    docs = [
        doc("final", final, published=None),
        doc("final-es", final_es, language="es", published=None),
        doc("league", league, published=None),
    ]
    groups = cluster_documents(docs, {d.key: extract_claims(d) for d in docs})
    assert ["league"] in groups and ["final", "final-es"] in groups


def test_one_misread_publication_date_does_not_split_an_event():
    """Most reports of an event carry no date; one whose page date was misread (months later) still joins
    the others, and so does an article dated at the event."""
    docs = [
        doc("dated", LAB_EN1, published=date(2025, 5, 6)),
        doc("undated-en", LAB_EN2, published=None),
        doc("undated-de", LAB_DE, language="de", published=None),
        doc("misdated", LAB_EN1 + " The lab opens next year.", published=date(2025, 11, 2)),
    ]
    claims = {d.key: lab_claims() for d in docs}
    assert cluster_documents(docs, claims) == [["dated", "misdated", "undated-de", "undated-en"]]


def test_look_alike_events_months_apart_stay_apart_when_several_dates_say_so():
    """Two reports dated in May and two in October of a look-alike event: an undated report that resembles
    both does not bridge them into one story."""
    may, october = date(2025, 5, 6), date(2025, 10, 14)
    docs = [
        doc("may-1", LAB_EN1, published=may),
        doc("may-2", LAB_EN2, published=may),
        doc("oct-1", LAB_EN1 + " A second site opens.", published=october),
        doc("oct-2", LAB_EN2 + " A second site opens.", published=october),
        doc("undated", LAB_DE, language="de", published=None),
    ]
    claims = {d.key: lab_claims() for d in docs}
    groups = cluster_documents(docs, claims)
    assert not any({"may-1", "oct-1"} <= set(g) for g in groups)
    assert any({"may-1", "may-2"} <= set(g) for g in groups) and any({"oct-1", "oct-2"} <= set(g) for g in groups)


AVALANCHE_EN = (
    "An avalanche buried a group of hikers near the border between Switzerland and Italy on Saturday, and "
    "mountain rescuers from both countries searched the slopes through the night."
)
AVALANCHE_DE = (
    "Eine Lawine hat am Samstag an der Grenze zwischen der Schweiz und Italien eine Wandergruppe verschüttet; "
    "Bergretter beider Länder suchten die ganze Nacht."
)
AVALANCHE_ES = (
    "Un alud sepultó el sábado a un grupo de excursionistas en la frontera entre Suiza e Italia; los "
    "socorristas de ambos países buscaron durante toda la noche."
)
FIRE_EN = (
    "Wildfires forced thousands to flee their homes in Greece on Saturday as firefighters battled the "
    "flames in strong winds."
)
FIRE_DE = (
    "Waldbrände haben am Samstag in Griechenland Tausende Menschen in die Flucht getrieben; die Feuerwehr "
    "kämpfte bei starkem Wind gegen die Flammen."
)


def test_places_named_differently_in_each_language_are_one_name():
    """Reports that share no word but their places, each written in its own language (Schweiz, Suiza,
    Switzerland), are one story; another event in another country stays apart."""
    docs = [
        doc("avalanche-en", AVALANCHE_EN, published=None),
        doc("avalanche-de", AVALANCHE_DE, language="de", published=None),
        doc("avalanche-es", AVALANCHE_ES, language="es", published=None),
        doc("fire-en", FIRE_EN, published=None),
        doc("fire-de", FIRE_DE, language="de", published=None),
    ]
    groups = cluster_documents(docs, {d.key: [] for d in docs})
    assert groups == [["avalanche-de", "avalanche-en", "avalanche-es"], ["fire-de", "fire-en"]]


WHO_EN = (
    "The World Health Organization declared a global emergency on Wednesday over a new respiratory virus "
    "spreading in several countries, and asked governments to share samples."
)
WHO_DE = (
    "Die Weltgesundheitsorganisation hat am Mittwoch wegen eines neuen Atemwegserregers, der sich in "
    "mehreren Ländern ausbreitet, eine weltweite Notlage ausgerufen und die Regierungen um Proben gebeten."
)
WHO_FR = (
    "L'OMS a déclaré mercredi une urgence mondiale face à un nouvel agent pathogène qui se propage dans "
    "plusieurs pays et a demandé aux gouvernements de partager des échantillons."
)
IMF_EN = (
    "The International Monetary Fund cut its global growth forecast on Wednesday, warning governments "
    "about rising debt."
)
IMF_DE = (
    "Der Internationale Währungsfonds hat am Mittwoch seine Prognose für das weltweite Wachstum gesenkt "
    "und die Regierungen vor steigenden Schulden gewarnt."
)


def test_an_organisation_named_differently_in_each_language_is_one_name():
    """An international organisation's names and acronyms differ by language (World Health Organization,
    Weltgesundheitsorganisation, OMS): reports that share little else are one story; another
    organisation's decision on the same day stays apart."""
    docs = [
        doc("who-en", WHO_EN, published=None),
        doc("who-de", WHO_DE, language="de", published=None),
        doc("who-fr", WHO_FR, language="fr", published=None),
        doc("imf-en", IMF_EN, published=None),
        doc("imf-de", IMF_DE, language="de", published=None),
    ]
    groups = cluster_documents(docs, {d.key: [] for d in docs})
    assert groups == [["imf-de", "imf-en"], ["who-de", "who-en", "who-fr"]]


def test_an_acronym_counts_in_its_own_language_only():
    """The acronym CPI is the International Criminal Court in French and a price index in English."""
    from verification.engine.cluster import organisations

    assert organisations("La CPI a émis un mandat d'arrêt.", "fr") == ["icc"]
    assert organisations("The CPI rose 3% in May.", "en") == []
    assert organisations("The International Criminal Court (ICC) issued a warrant.", "en") == ["icc", "icc"]


FLIGHT_FIFTH = (
    "Orbitra launched its Skylark rocket from the Andoya spaceport on a fifth test flight, and the booster "
    "landed back on the pad, said chief engineer Lena Morvik.",
    "On its fifth test flight from Andoya, the Skylark rocket of Orbitra reached orbit and its booster came "
    "back to the pad, Lena Morvik said.",
)
FLIGHT_SIXTH = (
    "Orbitra flew its Skylark rocket on a sixth test flight, but let the booster fall into the sea, chief "
    "engineer Lena Morvik said.",
    "The sixth Skylark test flight lifted off; Orbitra dropped the booster into the sea, Lena Morvik said.",
)
SIXTH_FLIGHT_UNDATED = {
    "fr": "Lors de son sixième vol d'essai depuis Andoya, la fusée Skylark d'Orbitra a décollé, a indiqué "
    "l'ingénieure en chef Lena Morvik.",
    "de": "Beim sechsten Testflug ist die Skylark-Rakete von Orbitra in Andoya gestartet, sagte die "
    "Chefingenieurin Lena Morvik.",
    "es": "En su sexto vuelo de prueba desde Andoya, el cohete Skylark de Orbitra despegó, según la ingeniera "
    "jefe Lena Morvik.",
}


@pytest.mark.parametrize("language", sorted(SIXTH_FLIGHT_UNDATED))
def test_an_undated_report_joins_the_flight_of_the_series_it_names(language):
    """Consecutive events of a series (a rocket's fifth and sixth test flights) share their names; an undated
    report in another language joins the one whose ordinal it writes ("sixième", "sechsten", "sexto" are
    "sixth"), even when it names a place only the other flight's reports name."""
    docs = [
        doc("fifth-1", FLIGHT_FIFTH[0], published=date(2025, 10, 13)),
        doc("fifth-2", FLIGHT_FIFTH[1], published=date(2025, 10, 14)),
        doc("sixth-1", FLIGHT_SIXTH[0], published=date(2025, 11, 19)),
        doc("sixth-2", FLIGHT_SIXTH[1], published=date(2025, 11, 20)),
        doc("undated", SIXTH_FLIGHT_UNDATED[language], language=language, published=None),
    ]
    groups = cluster_documents(docs, {d.key: [] for d in docs})
    assert groups == [["fifth-1", "fifth-2"], ["sixth-1", "sixth-2", "undated"]]


FLIGHT = {
    "en": "Orbis Aerospace flew its Vela heavy rocket from the Kourou pad on {en}, and the booster landed on the "
    "recovery barge after the test flight. Chief engineer Lena Ortmann called the flight a success.",
    "de": "Orbis Aerospace hat seine Schwerlastrakete Vela {de} vom Startplatz Kourou gestartet; der Booster "
    "landete nach dem Testflug auf dem Bergungsschiff. Chefingenieurin Lena Ortmann sprach von einem Erfolg.",
    "fr": "Orbis Aerospace a lancé sa fusée lourde Vela depuis le pas de tir de Kourou {fr}, et le propulseur "
    "s'est posé sur la barge de récupération après le vol d'essai, selon l'ingénieure en chef Lena Ortmann.",
}


def _flights(days: dict[str, dict[str, str]]):
    docs = [
        Document(key=f"{event}-{lang}", text=FLIGHT[lang].format(**{lang: words}), language=lang)
        for event, by_lang in days.items()
        for lang, words in by_lang.items()
    ]
    return docs, {d.key: extract_claims(d) for d in docs}


def test_look_alike_events_on_days_weeks_apart_are_two_stories_without_publication_dates():
    docs, claims = _flights(
        {
            "march": {"en": "March 4, 2025", "de": "am 4. März 2025", "fr": "le 4 mars 2025"},
            "april": {"en": "April 15, 2025", "de": "am 15. April", "fr": "le 15 avril"},
        }
    )
    assert cluster_documents(docs, claims) == [
        ["april-de", "april-en", "april-fr"],
        ["march-de", "march-en", "march-fr"],
    ]


def test_a_small_import_of_one_event_in_three_languages_is_one_story():
    # every article shares the event's names, numbers and day: the import's own rarity gives them no weight
    docs, claims = _flights({"one": {"en": "March 4, 2025", "de": "am 4. März 2025", "fr": "le 4 mars 2025"}})
    assert cluster_documents(docs, claims) == [["one-de", "one-en", "one-fr"]]


def test_a_region_or_a_name_two_stories_mention_does_not_make_them_one_event():
    # "Asia" with no subject and a name with no role state nothing about anyone: they count as names, once
    def mentions():
        return [
            claim("place", "place", "", {"entity": "asia", "name": "Asia", "type": "place"}, "Asia", start=200),
            claim(
                "role",
                "role",
                "national ai strategy",
                {"person": "national ai strategy", "name": "National AI Strategy", "role": "", "org": ""},
                "National AI Strategy",
                start=230,
            ),
        ]

    tail = ", under the National AI Strategy for Asia."
    docs = [
        doc("lab-1", "Nordwind Robotics opens a laboratory in Lisbon with 320 engineers" + tail),
        doc("lab-2", "Nordwind Robotics is hiring 320 engineers for its new Lisbon laboratory" + tail),
        doc("bank-1", "Kestrel Bank raises its dividend to 45 cents as profit climbs" + tail),
        doc("bank-2", "Kestrel Bank lifts its dividend to 45 cents after profit rises" + tail),
    ]
    jobs, dividend = count(320, "jobs", "320 engineers", subject="nordwind-robotics"), money(0.45, "USD", "45 cents")
    claims = {"lab-1": [jobs, *mentions()], "lab-2": [jobs], "bank-1": [dividend, *mentions()], "bank-2": [dividend]}
    assert cluster_documents(docs, claims) == [["bank-1", "bank-2"], ["lab-1", "lab-2"]]


# a report of a flight in each language, its day written in {day}; {scene} opens it when given
LAUNCH = {
    "en": "{scene}Orbis Aerospace flew its Vela heavy rocket from the Kourou pad on {day}, and the booster landed on "
    "the recovery barge after the test flight. Chief engineer Lena Ortmann called the flight a success.",
    "de": "{scene}Orbis Aerospace hat seine Schwerlastrakete Vela am {day} vom Startplatz Kourou gestartet; der "
    "Booster landete nach dem Testflug auf dem Bergungsschiff. Chefingenieurin Lena Ortmann sprach von einem Erfolg.",
    "fr": "{scene}Orbis Aerospace a lancé sa fusée lourde Vela depuis le pas de tir de Kourou le {day}, et le "
    "propulseur s'est posé sur la barge de récupération après le vol d'essai, selon l'ingénieure en chef Lena Ortmann.",
    "es": "{scene}Orbis Aerospace lanzó su cohete pesado Vela desde la plataforma de Kourou el {day}, y el propulsor "
    "aterrizó en la barcaza de recuperación tras el vuelo de prueba, según la ingeniera jefe Lena Ortmann.",
}
# a lead that sets a scene and gives no day (longer than the first sentences where a report gives its event's day)
SCENE = {
    "en": "The crowd gathered on the beach long before dawn. Families had driven for hours along the coast road, "
    "children asleep in the back seats, and the cafés near the harbour had opened at three in the morning to serve "
    "coffee to the engineers' relatives and to the curious who had come from the whole region. Nobody spoke much "
    "while the floodlights swept over the tower, and the loudspeakers repeated the same safety notices again and "
    "again. Some had brought binoculars, others folding chairs and blankets against the wind from the sea. When the "
    "countdown clock showed 10 minutes on the big screen, a murmur ran along the dunes and the last latecomers ran up. ",
    "de": "Die Menge versammelte sich lange vor der Morgendämmerung am Strand. Familien waren stundenlang die "
    "Küstenstraße entlanggefahren, die Kinder schliefen auf den Rücksitzen, und die Cafés am Hafen hatten schon um "
    "drei Uhr morgens geöffnet, um den Angehörigen der Ingenieure und den Neugierigen aus der ganzen Gegend Kaffee "
    "auszuschenken. Kaum jemand sprach, während die Scheinwerfer über den Turm strichen und die Lautsprecher immer "
    "wieder dieselben Sicherheitshinweise wiederholten. Manche hatten Ferngläser mitgebracht, andere Klappstühle und "
    "Decken gegen den Wind vom Meer. Als die Uhr des Countdowns auf der großen Leinwand 10 Minuten zeigte, ging ein Raunen "
    "durch die Dünen. ",
    "fr": "La foule s'est massée sur la plage bien avant l'aube. Des familles avaient roulé des heures sur la route "
    "côtière, les enfants endormis à l'arrière, et les cafés du port avaient ouvert dès trois heures du matin pour "
    "servir du café aux proches des ingénieurs et aux curieux venus de toute la région. Personne ne parlait beaucoup "
    "pendant que les projecteurs balayaient la tour et que les haut-parleurs répétaient sans cesse les mêmes "
    "consignes de sécurité. Certains avaient apporté des jumelles, d'autres des chaises pliantes et des couvertures "
    "contre le vent du large. Quand l'horloge du compte à rebours a affiché 10 minutes sur le grand écran, une rumeur a "
    "parcouru les dunes. ",
    "es": "La multitud se reunió en la playa mucho antes del amanecer. Las familias habían conducido durante horas "
    "por la carretera de la costa, con los niños dormidos en los asientos traseros, y los cafés del puerto habían "
    "abierto a las tres de la madrugada para servir café a los familiares de los ingenieros y a los curiosos llegados "
    "de toda la región. Casi nadie hablaba mientras los focos barrían la torre y los altavoces repetían una y otra "
    "vez los mismos avisos de seguridad. Algunos habían traído prismáticos, otros sillas plegables y mantas contra el "
    "viento del mar. Cuando el reloj de la cuenta atrás marcó 10 minutos en la pantalla grande, un murmullo recorrió las "
    "dunas. ",
}
# Wednesday 10 September 2025 and Thursday 18 September 2025, written as reports write them
SEPT_10 = {
    "en": "10 September 2025",
    "de": "10. September 2025",
    "fr": "10 septembre 2025",
    "es": "10 de septiembre de 2025",
}
SEPT_18 = {
    "en": "18 September 2025",
    "de": "18. September 2025",
    "fr": "18 septembre 2025",
    "es": "18 de septiembre de 2025",
}
THURSDAY_18 = {
    "en": "Thursday, 18 September",
    "de": "Donnerstag, 18. September",
    "fr": "jeudi 18 septembre",
    "es": "jueves 18 de septiembre",
}


# a report of the second flight that names the first one's day, by its date alone, before its own
EARLIER_FIRST = {
    "en": "After the flight of 10 September, Orbis Aerospace tried again. ",
    "de": "Nach dem Flug vom 10. September versuchte es Orbis Aerospace erneut. ",
    "fr": "Après le vol du 10 septembre, Orbis Aerospace a retenté sa chance. ",
    "es": "Tras el vuelo del 10 de septiembre, Orbis Aerospace lo intentó de nuevo. ",
}


def _launches(extra: Document, *, sep10_also: str = "") -> tuple[list[Document], dict]:
    """Two flights of one rocket eight days apart, each told in the three languages other than ``extra``'s, and
    ``extra``, an undated report of one of them; ``sep10_also`` ends the reports of 10 September."""
    docs = [extra]
    for event, days, also in (("sep10", SEPT_10, sep10_also), ("sep18", SEPT_18, "")):
        docs += [
            Document(key=f"{event}-{lang}", text=LAUNCH[lang].format(scene="", day=days[lang]) + also, language=lang)
            for lang in sorted(LAUNCH)
            if lang != extra.language
        ]
    return docs, {d.key: extract_claims(d) for d in docs}


@pytest.mark.parametrize("language", sorted(LAUNCH))
def test_a_report_whose_lead_sets_a_scene_joins_the_event_of_the_day_it_names_with_its_weekday(language):
    """A report that opens on a scene gives its event's day further on, named with its weekday ("jeudi 18
    septembre"): that day tells it apart from a look-alike event of another day that shares more of its names
    (the last strike, the last round)."""
    # it names the chase plane's pilot and her airfield as the reports of the other flight do
    chase = " Ada Brandt flew the chase plane from Cayenne-Rochambeau."
    text = LAUNCH[language].format(scene=SCENE[language], day=THURSDAY_18[language]) + chase
    docs, claims = _launches(Document(key="scene", text=text, language=language), sep10_also=chase)
    others = sorted(lang for lang in LAUNCH if lang != language)
    assert cluster_documents(docs, claims) == [
        ["scene"] + [f"sep18-{lang}" for lang in others],
        [f"sep10-{lang}" for lang in others],
    ]


@pytest.mark.parametrize("language", sorted(LAUNCH))
def test_a_report_that_recalls_an_earlier_day_first_joins_the_event_of_the_day_it_names_with_its_weekday(language):
    """A report of the second flight recalls the first one's day by its date alone before its own, which it names
    with its weekday ("after the flight of 10 September ... on Thursday, 18 September"): its event is the one of
    18 September."""
    text = EARLIER_FIRST[language] + LAUNCH[language].format(scene="", day=THURSDAY_18[language])
    docs, claims = _launches(Document(key="later", text=text, language=language))
    others = sorted(lang for lang in LAUNCH if lang != language)
    assert cluster_documents(docs, claims) == [
        ["later"] + [f"sep18-{lang}" for lang in others],
        [f"sep10-{lang}" for lang in others],
    ]


# the first round of a vote, and the runoff it sets, in each language
RUNOFF_SET = {
    "en": "The runoff between Ana Varga and Petru Ionescu will be held on 8 December 2024. ",
    "de": "Die Stichwahl zwischen Ana Varga und Petru Ionescu findet am 8. Dezember 2024 statt. ",
    "fr": "Le second tour entre Ana Varga et Petru Ionescu aura lieu le 8 décembre 2024. ",
    "es": "La segunda vuelta entre Ana Varga y Petru Ionescu se celebrará el 8 de diciembre de 2024. ",
}
FIRST_ROUND = {
    "en": "Ana Varga won the first round of the presidential election on 24 November 2024 with 22.94 percent, ahead "
    "of Petru Ionescu with 19.17 percent.",
    "de": "Ana Varga hat die erste Runde der Präsidentenwahl am 24. November 2024 mit 22,94 Prozent gewonnen, vor "
    "Petru Ionescu mit 19,17 Prozent.",
    "fr": "Ana Varga a remporté le premier tour de l'élection présidentielle le 24 novembre 2024 avec 22,94 %, devant "
    "Petru Ionescu avec 19,17 %.",
    "es": "Ana Varga ganó la primera vuelta de las elecciones presidenciales el 24 de noviembre de 2024 con el 22,94 "
    "por ciento, por delante de Petru Ionescu con el 19,17 por ciento.",
}


@pytest.mark.parametrize("language", sorted(FIRST_ROUND))
def test_a_report_whose_lead_names_the_next_step_first_joins_the_event_it_reports(language):
    """A page dated in November whose lead first names the runoff of 8 December: a report is never older than its
    event, so that day is a next step, not the day of the first round it reports with the others."""
    first = [
        Document(key=f"first-{k}", text=FIRST_ROUND[k], language=k, published=date(2024, 11, 1)) for k in FIRST_ROUND
    ]
    text = RUNOFF_SET[language] + FIRST_ROUND[language].replace(" 2024", "")
    docs = [*first, Document(key="next-step-first", text=text, language=language, published=date(2024, 11, 1))]
    assert cluster_documents(docs, {d.key: extract_claims(d) for d in docs}) == [sorted(d.key for d in docs)]


# two look-alike events (two landers on the Moon days apart) and an unrelated one, each told three times
LANDERS = {
    "ghost": "The Blue Ghost lander of Firefly Aerospace touched down in Mare Crisium on the Moon on Sunday, "
    "Firefly said; the craft sent its first pictures from the surface.",
    "athena": "The Athena lander of Intuitive Machines touched down near the Moon's south pole on Thursday, "
    "Intuitive Machines said; the craft lay on its side in a crater.",
    "budget": "The city council of Porto approved its budget for next year on Monday after a long debate "
    "between the mayor and the opposition parties.",
}


def _record(text: str) -> object:
    value = {"ordinal": 1, "of_total": None, "category": "record", "scope": "history"}
    return claim("ranking", "ranking.record", "", value, "the first private landing", start=len(text) - 20)


def test_a_record_claimed_with_no_subject_does_not_make_look_alike_events_one_story():
    """ "The first commercial landing on the Moon", "a record in history": every report of either of two
    look-alike events may claim one; a record of no one, the same in every story, says nothing about which."""
    docs = [doc(f"{event}-{k}", text + " " * k) for event, text in LANDERS.items() for k in (1, 2, 3)]
    claims = {d.key: [_record(d.text)] if not d.key.startswith("budget") else [] for d in docs}
    assert cluster_documents(docs, claims) == [
        [f"athena-{k}" for k in (1, 2, 3)],
        [f"budget-{k}" for k in (1, 2, 3)],
        [f"ghost-{k}" for k in (1, 2, 3)],
    ]


# a funicular's crash and a tower block's fire on one evening, with the same tolls, in each language
CRASH_LEAD = {
    "en": "A funicular derailed in Lisbon on Wednesday evening and hit a building: 16 people died and 13 were "
    "injured, four of them seriously, two of them children.",
    "de": "In Lissabon ist am Mittwochabend eine Standseilbahn entgleist und gegen ein Gebäude geprallt: 16 Menschen "
    "starben, 13 wurden verletzt, vier davon schwer, zwei davon Kinder.",
    "fr": "Un funiculaire a déraillé mercredi soir à Lisbonne et a percuté un immeuble : 16 personnes sont mortes et "
    "13 ont été blessées, dont quatre grièvement et deux enfants.",
    "es": "Un descarrilamiento del funicular de Lisboa dejó el miércoles por la noche 16 muertos y 13 heridos, cuatro "
    "de ellos graves y dos niños, tras chocar contra un edificio.",
}
FIRE_LEAD = {
    "en": "A fire in a tower block in Tai Po, Hong Kong, on Wednesday evening left 16 people dead and 13 injured, "
    "four of them seriously, two of them children.",
    "de": "Bei einem Brand in einem Hochhaus in Tai Po in Hongkong sind am Mittwochabend 16 Menschen gestorben und 13 "
    "verletzt worden, vier davon schwer, zwei davon Kinder.",
    "fr": "Un incendie dans une tour de Tai Po, à Hong Kong, a fait mercredi soir 16 morts et 13 blessés, dont "
    "quatre grièvement et deux enfants.",
    "es": "Un incendio en una torre de viviendas de Tai Po, en Hong Kong, dejó el miércoles por la noche 16 muertos y "
    "13 heridos, cuatro de ellos graves y dos niños.",
}


def _stories(language: str, published: date | None = None, **texts: dict[str, str]) -> list[list[str]]:
    """The stories of one document per text (keyed by the argument's name), each of one language's lead."""
    docs = [
        Document(key=key, text=text[language], language=language, published=published) for key, text in texts.items()
    ]
    return cluster_documents(docs, {d.key: extract_claims(d) for d in docs})


@pytest.mark.parametrize("language", sorted(CRASH_LEAD))
def test_reports_whose_leads_name_other_kinds_of_event_are_two_stories(language):
    """A crash and a fire told with the same small tolls on the same evening: what each report's lead says happened
    (lang/<code>.py EVENT_KINDS) tells them apart where their figures and words would make them one."""
    assert _stories(language, crash=CRASH_LEAD, fire=FIRE_LEAD) == [["crash"], ["fire"]]


# a footballer's judgment, and the ruling on appeal that overturns it, in each language
JUDGMENT_LEAD = {
    "en": "Footballer Marco Lindqvist was sentenced to four and a half years in prison for sexual assault by a court "
    "in Barcelona on Thursday.",
    "de": "Der Fußballer Marco Lindqvist ist am Donnerstag von einem Gericht in Barcelona wegen sexueller Nötigung zu "
    "viereinhalb Jahren Haft verurteilt worden.",
    "fr": "Le footballeur Marco Lindqvist a été condamné à quatre ans et demi de prison pour agression sexuelle par "
    "un tribunal de Barcelone jeudi.",
    "es": "El futbolista Marco Lindqvist ha sido condenado a cuatro años y medio de prisión por agresión sexual por un "
    "tribunal de Barcelona este jueves.",
}
APPEAL_LEAD = {
    "en": "A court of appeal in Barcelona has overturned the conviction of footballer Marco Lindqvist, who had been "
    "sentenced to four and a half years in prison for sexual assault.",
    "de": "Das Berufungsgericht in Barcelona hat den Schuldspruch gegen den Fußballer Marco Lindqvist aufgehoben, der "
    "zu viereinhalb Jahren Haft verurteilt worden war.",
    "fr": "La cour d'appel de Barcelone a annulé la condamnation du footballeur Marco Lindqvist, condamné à quatre "
    "ans et demi de prison pour agression sexuelle.",
    "es": "La Sección de Apelaciones del Tribunal Superior de Barcelona ha revocado la sentencia que condenaba al "
    "futbolista Marco Lindqvist a cuatro años y medio de prisión por agresión sexual.",
}


@pytest.mark.parametrize("language", sorted(JUDGMENT_LEAD))
def test_a_ruling_on_appeal_is_another_story_than_the_judgment_it_rules_on(language):
    """The ruling's lead names the judgment it overturns, the judgment's lead no ruling: the ruling is its own event,
    however many names and figures the two share."""
    assert _stories(language, judgment=JUDGMENT_LEAD, ruling=APPEAL_LEAD) == [["judgment"], ["ruling"]]


def test_a_ruling_on_appeal_told_in_every_language_is_one_story():
    """Each report of the ruling names the judgment too, some in their leads: the ruling is what they tell, so they
    are one story."""
    docs = [Document(key=f"ruling-{k}", text=APPEAL_LEAD[k], language=k) for k in APPEAL_LEAD]
    docs += [Document(key=f"judgment-{k}", text=JUDGMENT_LEAD[k], language=k) for k in JUDGMENT_LEAD]
    assert cluster_documents(docs, {d.key: extract_claims(d) for d in docs}) == [
        [f"judgment-{k}" for k in sorted(JUDGMENT_LEAD)],
        [f"ruling-{k}" for k in sorted(APPEAL_LEAD)],
    ]


# a jury's verdict whose sentence is still to come, and the sentence handed down months later, in each language
VERDICT_LEAD = {
    "en": "A jury in Manhattan found former mayor Elias Vantorre guilty on all 12 counts of fraud in the Harbor "
    "Tower case. Vantorre, who will be sentenced in July, called the trial rigged.",
    "de": "Der frühere Bürgermeister Elias Vantorre ist in Manhattan in allen 12 Anklagepunkten des Betrugs im "
    "Harbor-Tower-Fall schuldig gesprochen worden. Das Strafmaß soll im Juli verkündet werden.",
    "fr": "L'ancien maire Elias Vantorre a été reconnu coupable des 12 chefs de fraude dans l'affaire Harbor Tower "
    "par un jury de Manhattan. Il connaîtra sa peine en juillet.",
    "es": "El exalcalde Elias Vantorre fue declarado culpable de los 12 cargos de fraude en el caso Harbor Tower "
    "por un jurado de Manhattan. Conocerá su condena en julio.",
}
SENTENCE_LEAD = {
    "en": "Former mayor Elias Vantorre was sentenced to an unconditional discharge in Manhattan for the 12 counts "
    "of fraud in the Harbor Tower case.",
    "de": "Der frühere Bürgermeister Elias Vantorre ist in Manhattan wegen der 12 Anklagepunkte des Betrugs im "
    "Harbor-Tower-Fall zu einer Haftstrafe auf Bewährung verurteilt worden.",
    "fr": "L'ancien maire Elias Vantorre a été condamné à une dispense de peine à Manhattan pour les 12 chefs de "
    "fraude dans l'affaire Harbor Tower.",
    "es": "El exalcalde Elias Vantorre fue condenado a una libertad incondicional en Manhattan por los 12 cargos de "
    "fraude en el caso Harbor Tower.",
}


@pytest.mark.parametrize("language", sorted(VERDICT_LEAD))
def test_a_verdict_whose_sentence_is_to_come_is_another_story_than_the_sentence(language):
    """The verdict's report names its sentence still to come (lang/<code>.py SENTENCE_TO_COME): it tells the verdict,
    and the sentence handed down later is another event, however many names and figures the two share."""
    assert _stories(language, sentence=SENTENCE_LEAD, verdict=VERDICT_LEAD) == [["sentence"], ["verdict"]]


# a court's judgment that convicts and sentences at once, told by its verdict, in each language
GUILTY_LEAD = {
    "en": "Footballer Marco Lindqvist was found guilty of sexual assault by a court in Barcelona on Thursday and "
    "must serve four and a half years in prison.",
    "de": "Der Fußballer Marco Lindqvist ist am Donnerstag von einem Gericht in Barcelona der sexuellen Nötigung "
    "schuldig gesprochen worden und muss viereinhalb Jahre ins Gefängnis.",
    "fr": "Le footballeur Marco Lindqvist a été reconnu coupable d'agression sexuelle par un tribunal de Barcelone "
    "jeudi et devra purger quatre ans et demi de prison.",
    "es": "El futbolista Marco Lindqvist ha sido declarado culpable de agresión sexual por un tribunal de Barcelona "
    "este jueves y deberá cumplir cuatro años y medio de prisión.",
}


@pytest.mark.parametrize("language", sorted(GUILTY_LEAD))
def test_a_judgment_told_by_its_verdict_and_by_its_sentence_is_one_story(language):
    """A court that convicts and sentences at once gives one judgment: a report of its verdict ("found guilty") and
    one of its sentence ("sentenced to four and a half years") tell one event."""
    assert _stories(language, sentence=JUDGMENT_LEAD, verdict=GUILTY_LEAD) == [["sentence", "verdict"]]


# a court's judgment told on its own day, and told by a lead that gives the offence's day, in each language
JUDGMENT_DAY_LEAD = {
    "en": "Footballer Marco Lindqvist was sentenced to four and a half years in prison for sexual assault by a court "
    "in Barcelona on 22 February 2024.",
    "de": "Der Fußballer Marco Lindqvist ist am 22. Februar 2024 von einem Gericht in Barcelona wegen sexueller "
    "Nötigung zu viereinhalb Jahren Haft verurteilt worden.",
    "fr": "Le footballeur Marco Lindqvist a été condamné à quatre ans et demi de prison pour agression sexuelle par "
    "un tribunal de Barcelone le 22 février 2024.",
    "es": "El futbolista Marco Lindqvist ha sido condenado a cuatro años y medio de prisión por agresión sexual por un "
    "tribunal de Barcelona el 22 de febrero de 2024.",
}
OFFENCE_DAY_LEAD = {
    "en": "Footballer Marco Lindqvist was sentenced to four and a half years in prison by a court in Barcelona for "
    "assaulting a woman at a nightclub on 30 December 2022.",
    "de": "Der Fußballer Marco Lindqvist ist von einem Gericht in Barcelona zu viereinhalb Jahren Haft verurteilt "
    "worden. Der Übergriff in einer Diskothek geschah am 30. Dezember 2022.",
    "fr": "Le footballeur Marco Lindqvist a été condamné à quatre ans et demi de prison par un tribunal de Barcelone. "
    "Les faits remontent au 30 décembre 2022, dans une discothèque.",
    "es": "El futbolista Marco Lindqvist ha sido condenado a cuatro años y medio de prisión por un tribunal de "
    "Barcelona. El incidente ocurrió el 30 de diciembre de 2022 en una discoteca.",
}


@pytest.mark.parametrize("language", sorted(JUDGMENT_DAY_LEAD))
def test_the_offences_day_in_a_judgments_lead_is_no_day_of_the_judgment(language):
    """A report of a judgment names the offence's day as background (lang/<code>.py OFFENCE_WORDS): the judgment
    told on its own day fourteen months later is still its event."""
    assert _stories(language, judgment=JUDGMENT_DAY_LEAD, offence=OFFENCE_DAY_LEAD) == [["judgment", "offence"]]


# an earthquake told on its day, and by a lead whose only day is an earlier quake's, in each language
QUAKE_DAY_LEAD = {
    "en": "A magnitude 6.0 earthquake struck Kunar province in eastern Afghanistan on Sunday, 31 August 2025, killing "
    "at least 800 people.",
    "de": "Ein Erdbeben der Stärke 6,0 hat am Sonntag, dem 31. August 2025, die Provinz Kunar im Osten Afghanistans "
    "erschüttert und mindestens 800 Menschen getötet.",
    "fr": "Un séisme de magnitude 6,0 a frappé dimanche 31 août 2025 la province de Kounar, dans l'est de "
    "l'Afghanistan, faisant au moins 800 morts.",
    "es": "Un terremoto de magnitud 6,0 sacudió el domingo 31 de agosto de 2025 la provincia de Kunar, en el este de "
    "Afganistán, y causó al menos 800 muertos.",
}
EARLIER_QUAKE_LEAD = {
    "en": "At least 800 people were killed when a magnitude 6.0 earthquake hit Kunar province in eastern Afghanistan. "
    "In Herat, earthquakes on 7 October 2023 killed more than 1,500 people.",
    "de": "Mindestens 800 Menschen sind bei einem Erdbeben der Stärke 6,0 in der Provinz Kunar im Osten Afghanistans "
    "ums Leben gekommen. Bei einer Erdbebenserie am 7. Oktober 2023 in Herat waren mehr als 1500 Menschen gestorben.",
    "fr": "Au moins 800 personnes ont été tuées par un séisme de magnitude 6,0 dans la province de Kounar, dans l'est "
    "de l'Afghanistan. Le 7 octobre 2023, des séismes avaient fait plus de 1 500 morts à Hérat.",
    "es": "Al menos 800 personas murieron por un terremoto de magnitud 6,0 en la provincia de Kunar, en el este de "
    "Afganistán. El 7 de octubre de 2023, una serie de terremotos causó más de 1.500 muertos en Herat.",
}


@pytest.mark.parametrize("language", sorted(QUAKE_DAY_LEAD))
def test_a_day_long_before_the_report_was_published_is_no_day_of_its_event(language):
    """Both reports were published the day after the quake; the one whose lead names only an earlier quake's day, two
    years before, recalls that quake: it tells the same event as the one naming the day."""
    stories = _stories(language, published=date(2025, 9, 1), day=QUAKE_DAY_LEAD, earlier=EARLIER_QUAKE_LEAD)
    assert stories == [["day", "earlier"]]


# a start-up's funding round of one series, and its next round of another, with the same investors and amount
FUNDING_ROUND_LEAD = {
    "en": "Munich defence start-up Veltrox has raised 450 million euros in a Series {} round led by Northwind "
    "Capital and Halvard Partners.",
    "de": "Das Münchner Rüstungs-Start-up Veltrox hat in einer Serie-{}-Finanzierungsrunde unter Führung von Northwind "
    "Capital und Halvard Partners 450 Millionen Euro eingesammelt.",
    "fr": "La start-up munichoise de défense Veltrox a levé 450 millions d'euros lors d'un tour de série {} mené par "
    "Northwind Capital et Halvard Partners.",
    "es": "La start-up de defensa muniquesa Veltrox ha captado 450 millones de euros en una ronda de financiación "
    "serie {} liderada por Northwind Capital y Halvard Partners.",
}


@pytest.mark.parametrize("language", sorted(FUNDING_ROUND_LEAD))
def test_funding_rounds_of_two_series_are_two_stories(language):
    """A start-up's Series C and its Series D a year later share their investors, and here their amount: the series
    each lead names (lang/<code>.py FUNDING_SERIES) says which round it is."""
    text = FUNDING_ROUND_LEAD[language]
    docs = [Document(key=key, text=text.format(key.upper()), language=language) for key in "cd"]
    assert cluster_documents(docs, {d.key: extract_claims(d) for d in docs}) == [["c"], ["d"]]


def test_a_funding_round_told_in_every_language_is_one_story():
    """Reports of one round in four languages, each naming its series as its language writes it, are one story."""
    docs = [Document(key=k, text=FUNDING_ROUND_LEAD[k].format("C"), language=k) for k in FUNDING_ROUND_LEAD]
    assert cluster_documents(docs, {d.key: extract_claims(d) for d in docs}) == [sorted(FUNDING_ROUND_LEAD)]


# an outbreak's toll told on two days weeks apart, in each language
OUTBREAK_TOLL = {
    "en": "The Ebola outbreak declared in Bulape, Kasai province, on {day} September 2025 has killed {dead} people, the "
    "health ministry of the Democratic Republic of Congo said.",
    "de": "Der Ebola-Ausbruch in Bulape in der Provinz Kasai hat bis zum {day}. September 2025 {dead} Menschen das "
    "Leben gekostet, teilte das Gesundheitsministerium der Demokratischen Republik Kongo mit.",
    "fr": "L'épidémie d'Ebola à Bulape, dans la province du Kasaï, a fait {dead} morts au {day} septembre 2025, selon "
    "le ministère de la Santé de la République démocratique du Congo.",
    "es": "El brote de ébola en Bulape, en la provincia de Kasai, ha causado {dead} muertos hasta el {day} de "
    "septiembre de 2025, según el Ministerio de Salud de la República Democrática del Congo.",
}


@pytest.mark.parametrize("language", sorted(OUTBREAK_TOLL))
def test_an_outbreak_told_on_days_weeks_apart_is_one_story(language):
    """An outbreak goes on for weeks, and its reports give the day of their count: reports whose leads name one
    (EVENT_KINDS, _ONGOING_KINDS) tell one event over a month's days, where other events' days lie a few apart."""
    text = OUTBREAK_TOLL[language]
    docs = [
        Document(key="early", text=text.format(day=4, dead=15), language=language),
        Document(key="later", text=text.format(day=21, dead=31), language=language),
    ]
    assert cluster_documents(docs, {d.key: extract_claims(d) for d in docs}) == [["early", "later"]]


# new cases of a disease confirmed on two days weeks apart, in each language: no word of an outbreak, its disease
DISEASE_CASES = {
    "en": "Health officials in the Democratic Republic of Congo confirmed {cases} new Ebola cases in Bulape, Kasai "
    "province, on {day} September 2025.",
    "de": "Die Gesundheitsbehörden der Demokratischen Republik Kongo haben am {day}. September 2025 {cases} neue Fälle "
    "von Ebola in Bulape in der Provinz Kasai bestätigt.",
    "fr": "Les autorités sanitaires de la République démocratique du Congo ont confirmé le {day} septembre 2025 {cases} "
    "nouveaux cas d'Ebola à Bulape, dans la province du Kasaï.",
    "es": "Las autoridades sanitarias de la República Democrática del Congo confirmaron el {day} de septiembre de 2025 "
    "{cases} nuevos casos de ébola en Bulape, en la provincia de Kasai.",
}


@pytest.mark.parametrize("language", sorted(DISEASE_CASES))
def test_cases_of_an_epidemic_disease_told_weeks_apart_are_one_story(language):
    """A lead that names an epidemic disease ("Ebola", "ébola") tells an outbreak, as one naming the outbreak does."""
    text = DISEASE_CASES[language]
    docs = [
        Document(key="early", text=text.format(day=4, cases=28), language=language),
        Document(key="later", text=text.format(day=21, cases=57), language=language),
    ]
    assert cluster_documents(docs, {d.key: extract_claims(d) for d in docs}) == [["early", "later"]]


@pytest.mark.parametrize(
    "dated, page",
    [
        # a page that gives its month only ("2025-04"): its report of late May may have been published any day of April
        ((date(2025, 5, 27), date(2025, 5, 28)), date(2025, 4, 1)),
        # a page that gives its year only, or a default date: its report of November may be of any day of the year
        ((date(2024, 11, 7), date(2024, 11, 8)), date(2024, 1, 1)),
    ],
)
def test_a_page_date_of_the_month_or_year_only_does_not_split_an_event(dated, page):
    """A page date that gives only its month or year is read as its first day: a report dated so still joins the
    reports dated at the event, that day being within a month of any day it stands for."""
    docs = [
        doc("dated-1", LAB_EN1, published=dated[0]),
        doc("dated-2", LAB_EN2, published=dated[1]),
        doc("coarse", LAB_DE, language="de", published=page),
    ]
    claims = {d.key: lab_claims() for d in docs}
    assert cluster_documents(docs, claims) == [["coarse", "dated-1", "dated-2"]]


def test_a_page_date_of_the_month_only_still_tells_events_months_apart():
    """The month a page gives is its report's: reports dated in May and one dated "2025-02" tell other events."""
    docs = [
        doc("may-27", LAB_EN1, published=date(2025, 5, 27)),
        doc("may-28", LAB_EN2, published=date(2025, 5, 28)),
        doc("february", LAB_DE, language="de", published=date(2025, 2, 1)),
    ]
    claims = {d.key: lab_claims() for d in docs}
    assert cluster_documents(docs, claims) == [["february"], ["may-27", "may-28"]]


@pytest.mark.parametrize("far", [date(2, 1, 1), date(9999, 12, 1)])
def test_a_page_date_at_the_calendars_edge_is_clustered_like_any_other(far):
    # a misread page date of year 2 or 9999 has no year before or after it to compare with
    text = "Cryptocurrency is forcing traditional finance to change time zones."
    docs = [
        Document(key=k, text=text, language="en", published=p)
        for k, p in (("a", None), ("b", date(2000, 1, 1)), ("c", far))
    ]
    groups = cluster_documents(docs, {d.key: extract_claims(d) for d in docs})
    assert sorted(k for g in groups for k in g) == ["a", "b", "c"]
