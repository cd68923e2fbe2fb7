"""The headline among the lines above an article: section labels, lists, captions and teasers are not it.

Lines written for each class, in the four languages; the bodies are made up.
"""

import datetime

import pytest

from stories.cleaning import clean_document

from .cleaning_samples import BODIES, TITLES, clean


@pytest.mark.parametrize(
    "lang, label, headline",
    [
        ("en", "In: Local politics.", "Riverton council approves the harbour budget"),
        ("de", "In: Lokalpolitik.", "Flussheimer Stadtrat beschließt den Hafenhaushalt"),
        ("fr", "Dans : Politique locale.", "Le conseil de Rivebourg adopte le budget du port"),
        ("es", "En: Política local.", "El consejo de Riberalta aprueba el presupuesto del puerto"),
    ],
)
def test_a_section_label_with_a_colon_is_not_the_title(lang, label, headline):
    doc = clean(label, headline, *BODIES[lang])
    assert doc.title == headline
    assert label not in doc.text


@pytest.mark.parametrize(
    "lang, box",
    [
        ("en", ["Riverton 2", "• J Okafor (12th minute)", "• L Meyer (80th minute)", "Harbour Town 1"]),
        ("de", ["Flussheim 2", "• J Okafor (12. Minute)", "• L Meyer (80. Minute)", "Hafenstadt 1"]),
        ("fr", ["Rivebourg 2", "• J Okafor (12e minute)", "• L Meyer (80e minute)", "Port-Ville 1"]),
        ("es", ["Riberalta 2", "• J Okafor (minuto 12)", "• L Meyer (minuto 80)", "Puertoviejo 1"]),
    ],
)
def test_an_item_of_a_list_is_not_the_title(lang, box):
    doc = clean(*box, *BODIES[lang])
    assert not doc.title.startswith(("J Okafor", "L Meyer"))
    assert all(p in doc.body for p in BODIES[lang])


@pytest.mark.parametrize(
    "lang, caption, headline",
    [
        (
            "en",
            "Council members, the mayor and residents: they all want a say on the harbour.",
            "Harbour budget passes – flood defences come first",
        ),
        (
            "de",
            "Rat, Bürgermeisterin und Anwohner: Sie alle wollen beim Hafen mitreden.",
            "Hafenhaushalt beschlossen – der Hochwasserschutz kommt zuerst",
        ),
        (
            "fr",
            "Élus, maire et habitants : ils veulent tous leur mot à dire sur le port.",
            "Budget du port adopté – les digues d'abord",
        ),
        (
            "es",
            "Concejales, alcaldesa y vecinos: todos quieren opinar sobre el puerto.",
            "Aprobado el presupuesto del puerto – primero las defensas",
        ),
    ],
)
def test_a_caption_or_teaser_above_the_headline_is_neither_title_nor_body(lang, caption, headline):
    doc = clean(caption, headline, *BODIES[lang])
    assert doc.title == headline
    assert caption not in doc.text
    assert all(p in doc.body for p in BODIES[lang])


@pytest.mark.parametrize(
    "lang, headline, standfirst",
    [
        (
            "en",
            "Harbour budget: what changes for the residents?",
            "The council of Riverton passes its budget after two years of debate",
        ),
        (
            "de",
            "Hafenviertel: Was ändert sich für die Bewohner?",
            "Der Stadtrat von Flussheim beschließt nach zwei Jahren Debatte den Haushalt",
        ),
        (
            "fr",
            "Budget du port : quelles conséquences pour les habitants ?",
            "Le conseil de Rivebourg adopte son budget après deux ans de débat",
        ),
        (
            "es",
            "Presupuesto del puerto: ¿qué cambia para los vecinos?",
            "El consejo de Riberalta aprueba su presupuesto tras dos años de debate",
        ),
    ],
)
def test_a_headline_asking_a_question_is_the_title_and_its_standfirst_stays(lang, headline, standfirst):
    doc = clean(headline, "3 minutes" + standfirst, *BODIES[lang])
    assert doc.title == headline
    assert standfirst in doc.text and "3 minutes" not in doc.text
    assert all(p in doc.body for p in BODIES[lang])


@pytest.mark.parametrize(
    "lang, heading",
    [
        ("en", "News Summary:"),
        ("de", "Das Wichtigste in Kürze:"),
        ("fr", "Ce qu'il faut retenir :"),
        ("es", "Lo más importante:"),
    ],
)
def test_a_line_introducing_key_points_is_not_the_title(lang, heading):
    body = BODIES[lang]
    points = ["- " + body[0].split(",")[0] + ".", "- " + body[1].split(",")[0] + "."]
    doc = clean(heading, *points, *body)
    assert doc.title == ""
    assert all(p in doc.text for p in body)


@pytest.mark.parametrize(
    "lang, labels, venue",
    [
        ("en", "FT LIVE HT a.e.t.", "Harbour Stadium Riverton 41,200."),
        ("de", "SPIELENDE n.V. LIVE HZ", "Hafenstadion FlussheimZuschauer41.200."),
        ("fr", "TERMINÉ LIVE MT a.p.", "Stade Rivebourg 41 200 spectateurs."),
        ("es", "FINAL EN VIVO DESC. pró.", "Estadio Puerto 41.200 espectadores."),
    ],
)
def test_a_widgets_labels_and_a_venue_line_are_not_the_title(lang, labels, venue):
    body = BODIES[lang]
    doc = clean(labels, venue, *body)
    assert doc.title == ""
    assert labels not in doc.text
    assert all(p in doc.text for p in body)


@pytest.mark.parametrize(
    "lang, label, date",
    [
        ("en", "Harbour Blog", "Tuesday, July 23, 2026"),
        ("de", "Hafenviertel Blog", "Dienstag, 23. Juli 2026"),
        ("fr", "Blog du port", "mardi 23 juillet 2026"),
        ("es", "Blog del puerto", "martes, 23 de julio de 2026"),
    ],
)
def test_a_line_sharing_one_word_with_the_article_is_not_its_title(lang, label, date):
    # one word in common is chance; the headline below the date names two things the article tells of
    doc = clean(label, date, TITLES[lang], *BODIES[lang])
    assert doc.title == TITLES[lang]
    assert label not in doc.text


def test_a_label_naming_a_site_above_the_headline_is_not_the_title():
    # "Watch Valley News" shares a name with the article; the headline below it tells of the article
    body = [*BODIES["en"], "Valley News reported that the council will meet again in June to approve the harbour plan."]
    doc = clean("Watch Valley News", "Riverton Council Approves Harbour Budget And Flood Defences", *body)
    assert doc.title == "Riverton Council Approves Harbour Budget And Flood Defences"


# a teaser of two or three sentences above the headline, the lead opening with its dateline under it
TEASERS = {
    "en": "The harbour district gets its flood defences. The council argued for two years. Residents are relieved "
    "after the storms of last winter.",
    "de": "Das Hafenviertel bekommt seinen Hochwasserschutz. Zwei Jahre lang hat der Stadtrat gestritten. Die "
    "Bewohner sind nach den Stürmen des letzten Winters erleichtert.",
    "fr": "Le quartier du port aura sa protection contre les crues. Le conseil a débattu pendant deux ans. Les "
    "habitants sont soulagés après les tempêtes de l'hiver dernier.",
    "es": "El barrio del puerto tendrá su defensa contra inundaciones. El consejo debatió durante dos años. Los "
    "vecinos respiran tras las tormentas del invierno pasado.",
}
DATELINES = {"en": "RIVERTON (AP) — ", "de": "Flussheim - ", "fr": "Rivebourg – ", "es": "Riberalta.- "}


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
def test_the_headline_under_a_teaser_above_a_datelined_lead_is_the_title(lang):
    body = BODIES[lang]
    lead = DATELINES[lang] + body[0]
    doc = clean(TEASERS[lang], TITLES[lang], lead, *body[1:])
    assert doc.title == TITLES[lang]
    assert TITLES[lang] not in doc.text
    assert body[0] in doc.text and all(p in doc.body for p in body[1:])


@pytest.mark.parametrize(
    "lang, subheading",
    [
        ("en", "Flood defences first"),
        ("de", "Hochwasserschutz für das Hafenviertel zuerst"),
        ("fr", "La protection du quartier du port d'abord"),
        ("es", "Primero la defensa del barrio del puerto"),
    ],
)
def test_a_subheading_under_the_lead_is_not_the_title(lang, subheading):
    # the lead opens the page with no dateline: the short line under it heads the next paragraphs
    body = BODIES[lang]
    doc = clean(body[0], subheading, *body[1:])
    assert doc.title == ""
    assert all(p in doc.body for p in body)


# long headlines in two parts: a topic, a colon or a bar, then what happened
TWO_PART_HEADLINES = {
    "en": "Harbour storm in Riverton: the council closes the quays and evacuates the old district as the river keeps "
    "rising overnight",
    "de": "Sturm am Hafen von Flussheim: Der Stadtrat sperrt die Kais und räumt das alte Viertel, weil der Fluss in der "
    "Nacht weiter steigt",
    "fr": "Tempête sur le port de Rivebourg : le conseil ferme les quais et évacue le vieux quartier alors que la rivière "
    "monte encore",
    "es": "Última hora del temporal en Riberalta | El consejo cierra los muelles y desaloja el barrio viejo mientras el "
    "río sigue creciendo",
}


@pytest.mark.parametrize(
    "lang, headline",
    [
        (
            "en",
            "Riverton approves the harbour budget: 'We have waited two long years for this day in the district', "
            "says the mayor",
        ),
        (
            "de",
            "Flussheim beschließt den Haushalt: „Wir haben zwei lange Jahre auf diesen Tag im Hafenviertel gewartet“, "
            "sagt die Bürgermeisterin",
        ),
        (
            "fr",
            "Rivebourg adopte le budget du port : « Nous avons attendu deux longues années ce jour pour le quartier », "
            "estime la maire",
        ),
        (
            "es",
            'Riberalta aprueba el presupuesto del puerto: "Hemos esperado dos largos años este día para el barrio", '
            "afirma la alcaldesa",
        ),
        *TWO_PART_HEADLINES.items(),
        ("en", "Riverton approves a 48 million budget for the harbour district. Here's what to know."),
        ("de", "Flussheim beschließt 48 Millionen für das Hafenviertel. Was wir wissen."),
        ("fr", "Rivebourg adopte un budget de 48 millions pour le port. Ce que l'on sait."),
        ("es", "Riberalta aprueba 48 millones para el barrio del puerto. Lo que se sabe."),
    ],
)
def test_a_headline_reading_as_prose_at_the_top_of_the_page_is_the_title(lang, headline):
    # one quoting someone, one in two parts joined by a colon or a bar, an explainer's closed by its tail
    doc = clean(headline, *BODIES[lang])
    assert doc.title == headline.rstrip(" .") and headline not in doc.body
    assert all(p in doc.body for p in BODIES[lang])


@pytest.mark.parametrize(
    "lang, lead",
    [
        (
            "en",
            "The mayor of Riverton said on Tuesday that 'we have waited two long years for this day' in the district.",
        ),
        (
            "de",
            "Die Bürgermeisterin sagte am Dienstag, man habe „zwei lange Jahre auf diesen Tag gewartet“, im Hafenviertel.",
        ),
        (
            "fr",
            "La maire de Rivebourg a déclaré mardi que « nous avons attendu deux longues années ce jour » pour le port.",
        ),
        (
            "es",
            'La alcaldesa de Riberalta dijo el martes que "hemos esperado dos largos años este día" para el puerto.',
        ),
        (
            "en",
            "RIVERTON: The council closed the quays on Tuesday and evacuated the old district as the river kept rising "
            "through the night.",
        ),
        (
            "de",
            "FLUSSHEIM: Der Stadtrat hat am Dienstag die Kais gesperrt und das alte Viertel geräumt, weil der Fluss in "
            "der Nacht weiter stieg.",
        ),
        (
            "fr",
            "RIVEBOURG : Le conseil a fermé mardi les quais et évacué le vieux quartier alors que la rivière montait "
            "encore dans la nuit.",
        ),
        (
            "es",
            "RIBERALTA: El consejo cerró el martes los muelles y desalojó el barrio viejo mientras el río seguía "
            "creciendo durante la noche.",
        ),
        (
            "en",
            "The council of Riverton approved on Tuesday a budget of 48 million dollars for the harbour district after "
            "two years of debate in the town hall. Here is what we know.",
        ),
        (
            "de",
            "Nach zwei Jahren Streit im Rathaus gab Flussheim am Dienstag das Geld für den Hochwasserschutz am Hafen "
            "frei, insgesamt 48 Millionen Euro für Deiche und Pumpen. Was wir wissen.",
        ),
        (
            "fr",
            "Le conseil de Rivebourg a adopté mardi un budget de 48 millions d'euros pour le quartier du port après deux "
            "ans de débat à la mairie. Ce que l'on sait.",
        ),
        (
            "es",
            "El consejo de Riberalta aprobó el martes un presupuesto de 48 millones de euros para el barrio del puerto "
            "tras dos años de debate en el ayuntamiento. Lo que se sabe.",
        ),
    ],
)
def test_a_lead_with_its_full_stop_stays_in_the_body(lang, lead):
    # one quoting someone, one opening with its place and a colon, one closed by an explainer's words
    doc = clean(lead, *BODIES[lang])
    assert lead in doc.body and doc.title != lead.rstrip(" .")


@pytest.mark.parametrize(
    "lang, stamp, date",
    [
        ("en", "posted by the harbour desk 27.07.2026 at 10:28", datetime.date(2026, 7, 27)),
        ("de", "dpa 27.07.2026 - 22:17 Uhr", datetime.date(2026, 7, 27)),
        ("fr", "information fournie par RBFM 27/07/2026 à 10:59", datetime.date(2026, 7, 27)),
        ("es", "actualizado el 27/07/2026 - 10:59", datetime.date(2026, 7, 27)),
    ],
)
def test_a_stamp_line_in_small_letters_under_the_headline_is_not_the_headlines_end(lang, stamp, date):
    doc = clean_document(TITLES[lang] + "\n" + stamp + "\n\n" + "\n\n".join(BODIES[lang]), filename="a.txt")
    assert doc.title == TITLES[lang] and doc.published == date
    assert stamp not in doc.text and all(p in doc.body for p in BODIES[lang])


@pytest.mark.parametrize(
    "lang, first, rest",
    [
        ("en", "The harbour board of Riverton met on Tuesday and", "voted on 27.07.2026 for the new flood defences."),
        ("de", "Der Hafenrat von Flussheim traf sich am Dienstag und", "stimmte am 27.07.2026 für den neuen Deich."),
        (
            "fr",
            "Le conseil du port de Rivebourg s'est réuni mardi et",
            "a voté le 27/07/2026 pour les nouvelles digues.",
        ),
        (
            "es",
            "La junta del puerto de Riberalta se reunió el martes y",
            "votó el 27/07/2026 a favor de los nuevos diques.",
        ),
    ],
)
def test_a_line_continuing_a_sentence_with_a_date_but_no_time_joins_it(lang, first, rest):
    body = BODIES[lang]
    doc = clean_document("\n\n".join([TITLES[lang], body[0], first + "\n" + rest, *body[1:]]), filename="a.txt")
    assert f"{first} {rest}" in doc.body


@pytest.mark.parametrize(
    "lang, path",
    [
        ("en", "Home World News"),
        ("de", "Startseite Politik Lokales"),
        ("fr", "Accueil A la une"),
        ("es", "Inicio Política Local"),
    ],
)
def test_the_headline_printed_again_under_its_path_glued_without_marks_is_the_title(lang, path):
    glued = f"{path} {TITLES[lang]}"
    doc = clean(glued, TITLES[lang], *BODIES[lang])
    assert doc.title == TITLES[lang]
    assert glued not in doc.text and all(p in doc.body for p in BODIES[lang])


@pytest.mark.parametrize(
    "lang, path",
    [
        ("en", "HomePeople"),
        ("de", "StartseitePolitik"),
        ("fr", "AccueilSociété"),
        ("es", "InicioDestacado"),
    ],
)
@pytest.mark.parametrize("printed_again", [True, False])
def test_a_headline_with_its_path_glued_without_marks_or_spaces_is_the_title(lang, path, printed_again):
    # "HomePeopleTornado Destruction Leaves 25 Dead in Midwest" over the headline printed again, or alone
    glued = path + TITLES[lang]
    doc = clean(glued, *([TITLES[lang]] if printed_again else []), *BODIES[lang])
    assert doc.title == TITLES[lang]
    assert path not in doc.text and path not in doc.publisher
    assert all(p in doc.body for p in BODIES[lang])


@pytest.mark.parametrize(
    "lang, name",
    [("en", "YouTube"), ("de", "NewsGuard"), ("fr", "NewsFinale"), ("es", "TikTok")],
)
def test_a_headline_opening_with_a_name_glued_from_two_words_keeps_it(lang, name):
    headline = f"{name} {TITLES[lang]}"
    doc = clean(headline, *BODIES[lang])
    assert doc.title == headline


# a headline sharing two words with the article, over a caption naming many more of its people and places
HEADLINES_OVER_CAPTIONS = {
    "en": (
        "Harbour budget vote divides the town",
        "Mayor Linda Okafor with the city council of Riverton after the harbour district budget debate",
    ),
    "de": (
        "Haushalt für das Hafenviertel spaltet die Stadt",
        "Bürgermeisterin Linda Okafor und der Stadtrat von Flussheim nach der Debatte über den Haushalt",
    ),
    "fr": (
        "Le budget du port divise toute la ville",
        "La maire Linda Okafor et le conseil municipal de Rivebourg après le débat sur le budget du port",
    ),
    "es": (
        "El presupuesto del puerto divide a toda la ciudad",
        "La alcaldesa Linda Okafor y el consejo municipal de Riberalta tras el debate sobre el presupuesto",
    ),
}


@pytest.mark.parametrize("lang", HEADLINES_OVER_CAPTIONS)
def test_a_headline_keeps_its_place_over_a_caption_sharing_more_words_with_the_article(lang):
    # a label of a few words ("Watch CBS News") gives way to a line telling more of the article; a headline does not
    headline, caption = HEADLINES_OVER_CAPTIONS[lang]
    doc = clean(headline, caption, *BODIES[lang])
    assert doc.title == headline


def test_words_before_a_headline_printed_again_that_open_with_no_menu_word_stay_in_the_title():
    headline = f"Storm warning lifted as {TITLES['en']}"
    doc = clean(headline, TITLES["en"], *BODIES["en"])
    assert doc.title == headline


@pytest.mark.parametrize(
    "lang, skip_link",
    [
        ("en", "Skip to main content"),
        ("de", "Zum Inhalt springen"),
        ("fr", "Aller au contenu principal"),
        ("es", "Omitir para ir al contenido principal"),
    ],
)
def test_a_skip_link_at_the_top_of_the_page_is_neither_title_nor_body(lang, skip_link):
    # the page's link past its menus to the article ("Omitir para ir al contenido principal" heading a Página/12 page
    # was read as its headline)
    doc = clean(skip_link, TITLES[lang], *BODIES[lang])
    assert doc.title == TITLES[lang]
    assert skip_link not in doc.text


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
def test_a_share_widgets_label_heading_a_page_without_headline_is_not_its_title(lang):
    # the label a sharing plugin prints in English on pages of every language ("Spread the love" heading a French
    # page that shows no headline was read as its title)
    doc = clean("Spread the love", *BODIES[lang])
    assert doc.title != "Spread the love"
    assert "Spread the love" not in doc.text
    assert all(paragraph in doc.text for paragraph in BODIES[lang])


@pytest.mark.parametrize(
    "lang, headline",
    [
        ("en", "Storms across the northern region: live updates"),
        ("de", "Unwetter im ganzen Norden im Liveticker"),
        ("fr", "Tempêtes dans tout le nord du pays, en direct"),
        ("es", "Temporales en todo el norte del país, en vivo"),
    ],
)
def test_a_live_pages_headline_is_the_title_over_the_heading_of_its_latest_entry(lang, headline):
    # the entry under the live page's headline tells of the latest hours, and its heading shares more of its words
    doc = clean(headline, TITLES[lang], *BODIES[lang])
    assert doc.title == headline
    assert all(p in doc.body for p in BODIES[lang])


@pytest.mark.parametrize(
    "lang, label",
    [("en", "Minute by minute"), ("de", "Minute für Minute"), ("fr", "Minute par minute"), ("es", "Minuto a minuto")],
)
def test_a_live_pages_label_over_its_headline_is_not_the_title(lang, label):
    headline = TWO_PART_HEADLINES[lang]
    doc = clean(label, headline, *BODIES[lang])
    assert doc.title == headline and label not in doc.body


# a topic's label over the headline: "Cyclone Chido" over "Mayotte : un couvre-feu va être instauré ..."
TOPIC_LABELS = {
    "en": ("Harbour budget", "Riverton's council backs flood defences after a long night of debate"),
    "de": ("Haushalt Flussheim", "Flussheimer Rat setzt nach langer Debatte auf den Hochwasserschutz"),
    "fr": ("Budget du port", "Rivebourg : le conseil mise sur les digues après un long débat"),
    "es": ("Presupuesto del puerto", "Riberalta: el consejo apuesta por los diques tras un largo debate"),
}


@pytest.mark.parametrize("lang", sorted(TOPIC_LABELS))
def test_the_headline_under_a_topics_label_is_the_title(lang):
    label, headline = TOPIC_LABELS[lang]
    doc = clean(label, headline, *BODIES[lang])
    assert doc.title == headline
    assert label not in doc.text and label not in doc.publisher
    assert all(p in doc.body for p in BODIES[lang])
    # a short headline over a standfirst with its full stop keeps its place
    doc = clean(label, headline + ".", *BODIES[lang])
    assert doc.title == label


# a lead's first line cut off after its dateline: "KABUL, Afghanistan — A catastrophic 6.0-magnitude earthquake in
# eastern" over "Afghanistan has killed 1,411 people ..."
CUT_LEADS = {
    "en": (
        "RIVERTON, Harbour County — A 48-million-dollar budget for the",
        "harbour district was approved on Tuesday by the city council after a debate of more than six hours.",
    ),
    "de": (
        "FLUSSHEIM (dpa) — Ein Haushalt von 48 Millionen Euro für das",
        "Hafenviertel ist am Dienstag nach einer mehr als sechsstündigen Debatte vom Stadtrat mit knapper Mehrheit "
        "beschlossen worden, wie die Stadt mitteilte.",
    ),
    "fr": (
        "RIVEBOURG, Charente — Un budget de 48 millions d'euros pour le",
        "quartier du port a été adopté mardi par le conseil municipal après un débat de plus de six heures.",
    ),
    "es": (
        "RIBERALTA, Costa Norte — Un presupuesto de 48 millones de euros para el",
        "barrio del puerto fue aprobado el martes por el consejo municipal tras un debate de más de seis horas.",
    ),
}


@pytest.mark.parametrize("lang", sorted(CUT_LEADS))
def test_a_leads_first_line_cut_after_its_dateline_is_no_title(lang):
    first, rest = CUT_LEADS[lang]
    doc = clean_document(f"{first}\n\n{rest}\n\n" + "\n\n".join(BODIES[lang]), filename="a.txt")
    assert doc.title == ""
    assert first in doc.text and all(p in doc.body for p in BODIES[lang])


@pytest.mark.parametrize(
    "headline", ["Angleterre - Espagne : 1-1 (3-1 aux tirs au but)", "DIE NEUSTEN ENTWICKLUNGEN – Krise im Hafen"]
)
def test_a_headline_opening_with_names_and_a_dash_is_the_title(headline):
    doc = clean(headline, *BODIES["fr" if headline.startswith("Angleterre") else "de"])
    assert doc.title == headline


PROVIDER_DATELINES = {
    "en": "Harbour Post • June 3, 2026",
    "de": "Hafenbote • 3. Juni 2026",
    "fr": "Le Courrier du Port • 3 juin 2026",
    "es": "El Correo del Puerto • 3 de junio de 2026",
}


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
@pytest.mark.parametrize("rest", [True, False])
def test_a_headline_under_the_articles_teaser_over_its_providers_line_is_the_title(lang, rest):
    body = BODIES[lang]
    doc = clean(body[0], TITLES[lang], PROVIDER_DATELINES[lang], *(body[1:] if rest else []))
    assert doc.title == TITLES[lang]
