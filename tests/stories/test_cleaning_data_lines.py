"""Lines that carry an article's facts in figures and names (goals, results, venues, lists of figures)
stay in the body; menus, lists of links and credits do not.

Lines written for each class, in the four languages; the bodies are made up.
"""

import pytest

from .cleaning_samples import BODIES, TITLES, clean


@pytest.mark.parametrize(
    "lang, box",
    [
        ("en", ["Riverton 2", "• L Okafor (12th minute)", "• L Okafor (80th minute)", "Harbour Town 1"]),
        ("de", ["Flussheim 2", "• L Okafor (12. Minute)", "• L Okafor (80. Minute)", "Hafenstadt 1"]),
        ("fr", ["Rivebourg 2", "• L Okafor (12e minute)", "• L Okafor (80e minute)", "Port-Ville 1"]),
        ("es", ["Riberalta 2", "• L Okafor (minuto 12)", "• L Okafor (minuto 80)", "Puertoviejo 1"]),
    ],
)
def test_a_box_of_scores_and_scorers_above_the_article_stays(lang, box):
    doc = clean(TITLES[lang], *box, *BODIES[lang])
    assert doc.title == TITLES[lang]
    assert all(line in doc.body for line in box + BODIES[lang])


@pytest.mark.parametrize(
    "lang, line",
    [
        ("en", "Goals: Okafor (12'), Okafor (80')"),
        ("de", "Tore: Okafor (12.), Okafor (80.)"),
        ("fr", "Buts : Okafor (12e), Okafor (80e)"),
        ("es", "Goles: Okafor (12'), Okafor (80')"),
    ],
)
def test_a_goals_line_under_the_headline_stays(lang, line):
    doc = clean(TITLES[lang], line, *BODIES[lang])
    assert line in doc.body and doc.title == TITLES[lang]


@pytest.mark.parametrize(
    "lang, table, credit",
    [
        (
            "en",
            "Seats won | Total: 41 Harbour List 41.2% +3.1 Civic List 28.5% -2.0 Greens 12.3% +1.4",
            "Source: City electoral office | Graphic: Riverton Post",
        ),
        (
            "de",
            "Sitze | Gesamt: 41 Hafenliste 41,2% +3,1 Bürgerliste 28,5% -2,0 Grüne 12,3% +1,4",
            "Quelle: Wahlamt der Stadt | Grafik: Flussheimer Bote",
        ),
        (
            "fr",
            "Sièges | Total : 41 Liste du Port 41,2% +3,1 Liste Citoyenne 28,5% -2,0 Verts 12,3% +1,4",
            "Source : Bureau électoral | Infographie : Le Courrier",
        ),
        (
            "es",
            "Escaños | Total: 41 Lista del Puerto 41,2% +3,1 Lista Cívica 28,5% -2,0 Verdes 12,3% +1,4",
            "Fuente: Oficina electoral | Gráfico: El Correo",
        ),
    ],
)
def test_a_results_table_keeps_its_figures_and_loses_its_credits(lang, table, credit):
    body = BODIES[lang]
    doc = clean(TITLES[lang], *body[:2], f"{table} {credit}", *body[2:])
    assert table in doc.body
    assert credit not in doc.text
    assert all(p in doc.body for p in body)


@pytest.mark.parametrize(
    "lang, intro, items",
    [
        ("en", "The impact:", ["• Schools: two buildings renovated.", "• Transport: new buses for the harbour."]),
        ("de", "Die Folgen:", ["• Schulen: zwei Gebäude saniert.", "• Verkehr: neue Busse für den Hafen."]),
        ("fr", "Les conséquences :", ["• Écoles : deux bâtiments rénovés.", "• Transports : de nouveaux bus."]),
        ("es", "Las consecuencias:", ["• Escuelas: dos edificios renovados.", "• Transporte: nuevos autobuses."]),
    ],
)
def test_a_list_the_article_introduces_after_its_last_paragraph_stays(lang, intro, items):
    doc = clean(TITLES[lang], *BODIES[lang], intro, *items)
    assert doc.body.endswith("\n\n".join([intro, *items]))


@pytest.mark.parametrize(
    "lang, intro",
    [
        ("en", "Votes per candidate:"),
        ("de", "Stimmen je Kandidatin:"),
        ("fr", "Voix par candidat :"),
        ("es", "Votos por candidata:"),
    ],
)
def test_lines_of_figures_the_article_introduces_stay(lang, intro):
    rows = ["Linda Okafor - 5,210", "Paul Meyer - 3,980"]
    doc = clean(TITLES[lang], *BODIES[lang], intro, *rows)
    assert doc.body.endswith("\n\n".join([intro, *rows]))


@pytest.mark.parametrize(
    "lang, links",
    [
        ("en", ["Weather 24/7", "Storm Season Forecast Shows Record Rainfall for 2026", "Top 10 Beaches 2026"]),
        ("de", ["Wetter 24/7", "Sturmsaison 2026: Rekordregen an der Nordküste", "Die 10 besten Strände 2026"]),
        ("fr", ["Météo 24/7", "Saison des tempêtes 2026 : pluies record", "Les 10 Plus Belles Plages 2026"]),
        ("es", ["Tiempo 24/7", "Temporada de tormentas 2026: lluvias récord", "Las 10 Mejores Playas 2026"]),
    ],
)
def test_links_with_figures_that_name_nothing_of_the_article_go(lang, links):
    doc = clean(*links, TITLES[lang], *BODIES[lang])
    assert not any(link in doc.text for link in links)


@pytest.mark.parametrize(
    "lang, cut",
    [
        ("en", "Together the Harbour/Civic coalition holds a majority of"),
        ("de", "Die Koalition aus CDU/CSU und SPD hat im Stadtrat eine Mehrheit von"),
        ("fr", "La CDU/CSU et le SPD disposent à"),
        ("es", "La coalición PSOE/Sumar tiene en el consejo una mayoría de"),
    ],
)
def test_a_last_paragraph_naming_parties_with_a_slash_is_no_photo_credit(lang, cut):
    doc = clean(TITLES[lang], *BODIES[lang], cut)
    assert doc.body.endswith(cut)


@pytest.mark.parametrize(
    "lang, promo, heading, more",
    [
        (
            "en",
            ">> Get our exclusive analyses of local politics every week",
            "What comes next for the library",
            "Work on the reading rooms of the harbour library starts in spring, and the architects expect about "
            "eighteen months before readers can come back.",
        ),
        (
            "de",
            ">> Erhalten Sie jede Woche unsere exklusiven Analysen zur Lokalpolitik",
            "Wie es mit der Bibliothek weitergeht",
            "Die Arbeiten an den Lesesälen der alten Hafenbibliothek beginnen im Frühjahr, und die Architekten "
            "rechnen mit etwa achtzehn Monaten, bis die Leser zurückkehren.",
        ),
        (
            "fr",
            ">> Accédez chaque semaine à nos analyses exclusives de la politique locale",
            "La suite pour la bibliothèque",
            "Les travaux des salles de lecture de la bibliothèque du port commencent au printemps, et les "
            "architectes prévoient environ dix-huit mois avant le retour des lecteurs.",
        ),
        (
            "es",
            ">> Acceda cada semana a nuestros análisis exclusivos de la política local",
            "Lo que viene para la biblioteca",
            "Las obras de las salas de lectura de la biblioteca del puerto comenzarán en primavera, y los "
            "arquitectos calculan unos dieciocho meses antes de que vuelvan los lectores.",
        ),
    ],
)
def test_an_article_interrupted_by_a_promotion_goes_on_after_it_and_the_promotion_goes(lang, promo, heading, more):
    doc = clean(TITLES[lang], *BODIES[lang], promo, heading, more)
    assert doc.body.endswith(heading + "\n\n" + more)
    assert promo not in doc.text


@pytest.mark.parametrize(
    "lang, fragment",
    [
        ("en", "Okafor's harbour distr"),
        ("de", "Hafenviertels gefordert hatt"),
        ("fr", "Budget municipal, quartier portu"),
        ("es", "Presupuesto municipal, barrio portu"),
    ],
)
def test_a_last_paragraph_cut_after_a_few_words_of_the_article_stays(lang, fragment):
    doc = clean(TITLES[lang], *BODIES[lang], fragment)
    assert doc.body.endswith(fragment)


@pytest.mark.parametrize(
    "lang, line", [("en", "Back to top"), ("de", "Nach oben"), ("fr", "Haut de page"), ("es", "Volver arriba")]
)
def test_a_last_line_that_shares_nothing_with_the_article_goes(lang, line):
    doc = clean(TITLES[lang], *BODIES[lang], line)
    assert line not in doc.text


@pytest.mark.parametrize(
    "lang, box",
    [
        (
            "en",
            "Read next 'We were not heard': residents of the north shore speak out Storm season forecast shows "
            "record rainfall for the northern coast What the three parties promise voters before the vote",
        ),
        (
            "de",
            "Lesen sie auch »Wir wurden nicht gehört«: Anwohner der Nordküste melden sich zu Wort Sturmsaison "
            "bringt Rekordregen an die Nordküste Was die drei Parteien den Wählern vor der Wahl versprechen",
        ),
        (
            "fr",
            "À lire aussi « On ne nous a pas écoutés » : les habitants du littoral nord prennent la parole La "
            "saison des tempêtes apporte des pluies record Ce que promettent les trois partis avant le vote",
        ),
        (
            "es",
            "Lee también «No nos escucharon»: los vecinos de la costa norte alzan la voz La temporada de "
            "tormentas trae lluvias récord Lo que prometen los tres partidos a los votantes antes de la votación",
        ),
    ],
)
def test_a_box_of_links_on_one_long_line_inside_the_article_goes(lang, box):
    body = BODIES[lang]
    doc = clean(TITLES[lang], *body[:2], box, *body[2:])
    assert box not in doc.text
    assert all(p in doc.text for p in body)


@pytest.mark.parametrize(
    "lang, sources",
    [
        ("en", "Source: Riverton Post, Harbour Radio."),
        ("de", "Quelle: Flussheimer Bote, Hafenfunk."),
        ("fr", "Source : Le Courrier, Radio Port."),
        ("es", "Fuente: El Correo, Radio Puerto."),
    ],
)
def test_the_sources_glued_to_the_last_sentence_go_and_the_sentence_stays(lang, sources):
    body = BODIES[lang]
    doc = clean(TITLES[lang], *body[:-1], body[-1] + sources)
    assert doc.body.endswith(body[-1])
    assert sources not in doc.text
