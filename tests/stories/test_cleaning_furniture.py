"""Page furniture known by its opening words or by a phrase inside it (cookie notices, paywall prompts,
follow/subscribe prompts, audio players, app promotion, writers' biographies, sponsored labels, counted
widgets, pictures credited to an agency), in the four languages, wherever it sits: above the headline,
between the article's paragraphs or after them. The article's own sentences with the same words stay.

Lines written for each class; the bodies are made up.
"""

import io

import pytest
from django.core.management import call_command

from stories.models import Article

from .cleaning_samples import BODIES, TITLES, clean

FURNITURE = {
    "en": [
        (
            "We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies.",
            "cookie notice",
        ),
        ("Follow us on Facebook, Twitter and Instagram for the latest news.", "share buttons"),
        ("Share this article on WhatsApp", "share buttons"),
        ("Already a subscriber? Log in", "subscription prompt"),
        ("Subscribe to continue reading this article.", "subscription prompt"),
        ("Story continues below advertisement", "advertisement"),
        ("News continues after this Advertisement", "advertisement"),
        ("Scroll to top", "navigation"),
        ("What do you think? Leave your comment below.", "comment widget"),
        ("Comments (12)", "comment widget"),
        ("Listen to this article", "audio player"),
        ("Download our app for breaking news alerts.", "app promotion"),
        ("Have a news tip? Email the newsroom.", "tip line"),
        ("Jane Doe is a senior reporter at the Riverton Post covering city hall.", "author bio"),
        ("Sponsored content", "navigation"),
        ("Tags: budget, harbour, council", "navigation"),
        ("This material may not be published, broadcast, rewritten or redistributed.", "copyright"),
        ("The harbour after the storm. Photo AFP", "photo caption"),
        ("Fishermen repair their nets in the harbour on Tuesday. (AP Photo/Jane Doe)", "photo caption"),
        ("(With inputs from agencies.)", "source credit"),
        ("Translated by Jane Doe", "byline"),
        ("This story is developing and will be updated.", "ticker"),
        ("(More harbour stories.)", "related reading"),
        ("Original story: Riverton approves harbour budget", "source link"),
        ("Story by Jane Doe", "byline"),
        ("View this post on Instagram", "embedded post"),
        ("Now Playing", "video player"),
        ("Gift this article", "page tools"),
        ("Click to share on X (Opens in new window)", "page tools"),
        ("Your email address will not be published. Required fields are marked *", "comment widget"),
        ("Staff Reporter", "byline"),
        ("File photo", "photo caption"),
        ("Riverton Post is on LinkedIn, on YouTube and on X at @RivertonPost", "share buttons"),
        ("The flooded quay on Tuesday morning (photo taken on March 3).", "photo caption"),
    ],
    "de": [
        (
            "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Mit der Nutzung der Website "
            "stimmen Sie der Verwendung von Cookies zu.",
            "cookie notice",
        ),
        ("Folgen Sie uns auf Facebook und Instagram.", "share buttons"),
        ("Jetzt den Newsletter abonnieren und täglich informiert sein.", "newsletter box"),
        ("Bereits Abonnent? Hier anmelden", "subscription prompt"),
        ("Weiter nach der Anzeige", "advertisement"),
        ("Jetzt kommentieren", "comment widget"),
        ("Schreibe einen Kommentar", "comment widget"),
        ("Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert", "comment widget"),
        ("Artikel vorlesen lassen", "audio player"),
        ("Laden Sie unsere App herunter", "app promotion"),
        ("Max Muster ist Redakteur im Ressort Politik.", "author bio"),
        ("Schlagworte: Haushalt, Hafen, Stadtrat", "navigation"),
        ("Gesponsert", "navigation"),
        ("Der Hafen nach dem Sturm. Foto: picture alliance/dpa", "photo caption"),
        ("Fischer flicken am Dienstag ihre Netze im Hafen. (AP Photo/Jane Doe)", "photo caption"),
        ("(Mit Material von dpa)", "source credit"),
        ("Ein Artikel von Max Muster", "byline"),
        ("Diesen Beitrag auf Instagram ansehen", "embedded post"),
        ("Video abspielen", "video player"),
        ("Artikel merken", "page tools"),
        ("Bild vergrößern", "page tools"),
        ("Drucken", "share buttons"),
        ("Lesedauer: 4 Minuten", "byline"),
        ("Symbolbild", "photo caption"),
        ("Mehr Informationen in Kürze.", "ticker"),
    ],
    "fr": [
        (
            "Nous utilisons des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous "
            "acceptez leur utilisation.",
            "cookie notice",
        ),
        ("Suivez-nous sur Facebook et Twitter", "share buttons"),
        ("Déjà abonné ? Connectez-vous", "subscription prompt"),
        ("Il vous reste 75% de cet article à lire.", "subscription prompt"),
        ("La suite après cette publicité", "advertisement"),
        ("Réagissez à cet article", "comment widget"),
        ("Laisser un commentaire", "comment widget"),
        ("Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *", "comment widget"),
        ("Écouter cet article", "audio player"),
        ("Téléchargez l'application pour suivre l'actualité.", "app promotion"),
        ("Jean Dupont est journaliste au service politique du Courrier du Port.", "author bio"),
        ("Contenu sponsorisé", "navigation"),
        ("Le port après la tempête. Photo AFP", "photo caption"),
        ("Des pêcheurs réparent leurs filets dans le port mardi. (AFP Photo/Jane Doe)", "photo caption"),
        ("Le quai inondé dans la commune de Rivebourg (photo du 2 janvier au matin).", "photo caption"),
        ("(Avec la contribution des agences)", "source credit"),
        ("Traduit par Jean Dupont", "byline"),
        ("Article rédigé par Jean Dupont", "byline"),
        ("Voir cette publication sur Instagram", "embedded post"),
        ("Regarder la vidéo", "video player"),
        ("Offrir cet article", "page tools"),
        ("Ajouter à vos sélections", "page tools"),
        ("Signaler une erreur", "page tools"),
        ("Imprimer", "share buttons"),
        ("Lecture : 3 min", "byline"),
        ("Photo d'archives", "photo caption"),
        ("Cet article sera mis à jour.", "ticker"),
    ],
    "es": [
        (
            "Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, "
            "consideramos que acepta su uso.",
            "cookie notice",
        ),
        ("Síguenos en Facebook, Twitter e Instagram", "share buttons"),
        ("¿Ya eres suscriptor? Inicia sesión", "subscription prompt"),
        ("Deja tu comentario", "comment widget"),
        ("Deja una respuesta", "comment widget"),
        (
            "Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *",
            "comment widget",
        ),
        ("Escuchar noticia", "audio player"),
        ("Descarga nuestra app", "app promotion"),
        ("Únete a nuestro canal de WhatsApp", "share buttons"),
        ("Juan Pérez es periodista de la sección de política de El Correo del Puerto.", "author bio"),
        ("Contenido patrocinado", "navigation"),
        ("Palabras clave: presupuesto, puerto, consejo", "navigation"),
        ("Síganos en X en @CorreoPuerto", "share buttons"),
        ("Traducción editada por Ana Ruiz.", "byline"),
        ("(Con información de EFE)", "source credit"),
        ("Noticia en desarrollo", "ticker"),
        ("Lectura: 3 min", "byline"),
        ("Ver esta publicación en Instagram", "embedded post"),
        ("Reproducir vídeo", "video player"),
        ("Guardar artículo", "page tools"),
        ("Copiar enlace", "share buttons"),
        ("Reportar un error", "page tools"),
        ("Redacción", "byline"),
        ("Imagen de archivo", "photo caption"),
        ("Pescadores reparan sus redes en el puerto el martes. (EFE Foto/Jane Doe)", "photo caption"),
        ("Nota original: El puerto de Riberalta reabre", "source link"),
    ],
}
CASES = [(lang, line, reason) for lang, lines in FURNITURE.items() for line, reason in lines]


def _pages(lang: str, line: str) -> dict[str, list[str]]:
    body = BODIES[lang]
    return {
        "above the headline": [line, TITLES[lang], *body],
        "between paragraphs": [TITLES[lang], *body[:2], line, *body[2:]],
        "after the article": [TITLES[lang], *body, line],
    }


@pytest.mark.parametrize("lang, line, reason", CASES)
def test_page_furniture_goes_wherever_it_sits_and_the_article_stays(lang, line, reason):
    for where, lines in _pages(lang, line).items():
        doc = clean(*lines)
        assert line not in doc.text, where
        assert all(p in doc.body for p in BODIES[lang]), where
        assert doc.title == TITLES[lang], where
    doc = clean(*_pages(lang, line)["between paragraphs"])
    assert {b.text: b.reason for b in doc.removed}[line] == reason


@pytest.mark.parametrize(
    "lang, sentence",
    [
        ("en", "Google said it would stop the use of third-party cookies in its browser by the end of the year."),
        ("en", "Tim Cook is the chief executive of Apple, which reported its results on Thursday evening."),
        ("en", "Share prices of the harbour operator rose by 4 percent after the council's decision."),
        ("en", "The mayor announced the budget on X and LinkedIn before the council had even voted on it."),
        ("en", '"Follow us on this path," the mayor told the council, which then approved the budget.'),
        ("de", "Max Muster ist Bürgermeister der Stadt Flussheim und hat den Haushalt verteidigt."),
        ("fr", "Jean Dupont est maire de Rivebourg depuis 2020 et défend le budget du port."),
        ("es", "Juan Pérez es alcalde de Riberalta desde 2020 y defendió el presupuesto del puerto."),
    ],
)
def test_the_articles_own_sentences_with_the_same_words_stay(lang, sentence):
    body = BODIES[lang]
    doc = clean(TITLES[lang], *body[:2], sentence, *body[2:])
    assert sentence in doc.body


@pytest.mark.django_db
def test_the_import_command_drops_the_furniture_and_keeps_it_as_removed_blocks_with_its_reason(tmp_path):
    furniture = [line for line, _ in FURNITURE["fr"][:4]]
    page = [furniture[0], TITLES["fr"], *BODIES["fr"][:2], furniture[2], *BODIES["fr"][2:], furniture[1], furniture[3]]
    (tmp_path / "port.txt").write_text("\n\n".join(page), encoding="utf-8")
    call_command("import_articles", str(tmp_path / "port.txt"), "--no-progress", stdout=io.StringIO())
    article = Article.objects.get()
    assert article.title == TITLES["fr"]
    assert all(p in article.body for p in BODIES["fr"])
    assert not any(line in article.body for line in furniture)
    reasons = {b.text: b.reason for b in article.blocks.filter(role="removed")}
    assert reasons[furniture[0]] == "cookie notice" and reasons[furniture[2]] == "subscription prompt"


@pytest.mark.parametrize(
    "lang, byline, author",
    [
        ("en", "Jane Doe in Riverton", "Jane Doe"),
        ("de", "Max Muster aus Flussheim", "Max Muster"),
        ("fr", "Marie Dupont à Rivebourg", "Marie Dupont"),
        ("es", "Ana Ruiz desde Riberalta", "Ana Ruiz"),
    ],
)
def test_a_writers_name_and_place_under_the_headline_is_the_byline(lang, byline, author):
    doc = clean(TITLES[lang], byline, *BODIES[lang])
    assert byline not in doc.text and doc.author == author
    assert doc.title == TITLES[lang] and all(p in doc.body for p in BODIES[lang])


def test_a_title_cased_headline_naming_a_place_stays_the_headline():
    doc = clean("Storm Damage Reported in Riverton", *BODIES["en"])
    assert doc.title == "Storm Damage Reported in Riverton" and doc.author == ""


@pytest.mark.parametrize(
    "lang, notice",
    [
        ("en", "This story is developing."),
        ("de", "Mehr Informationen in Kürze."),
        ("fr", "Cet article sera mis à jour."),
        ("es", "Noticia en desarrollo."),
    ],
)
def test_a_notice_glued_after_the_articles_last_sentence_goes_and_the_sentence_stays(lang, notice):
    body = BODIES[lang]
    doc = clean(TITLES[lang], *body[:-1], body[-1] + " " + notice)
    assert notice not in doc.text
    assert all(p in doc.body for p in body)
    assert notice in {b.text for b in doc.removed}


@pytest.mark.parametrize(
    "lang, heading",
    [("en", "We recommend"), ("de", "Unsere Empfehlungen"), ("fr", "À découvrir aussi"), ("es", "Te recomendamos")],
)
def test_a_heading_of_recommended_links_after_the_article_opens_a_section_that_goes(lang, heading):
    links = ["Harbour district floods again after heavy rain", "Ferry service resumes after the storm"]
    doc = clean(TITLES[lang], *BODIES[lang], heading, *links)
    assert all(p in doc.body for p in BODIES[lang])
    assert heading not in doc.text and not any(link in doc.text for link in links)


@pytest.mark.parametrize(
    "lang, byline, author, outlet",
    [
        ("en", "Jane Doe, Reuters", "Jane Doe", "Reuters"),
        ("de", "Max Muster, Flussheimer Bote", "Max Muster", "Flussheimer Bote"),
        ("fr", "Jean Dupont - Le Courrier du Port", "Jean Dupont", "Le Courrier du Port"),
        ("es", "Ana Ruiz | Riberalta", "Ana Ruiz", ""),
    ],
)
def test_a_writers_name_and_outlet_under_the_headline_is_the_byline(lang, byline, author, outlet):
    doc = clean(TITLES[lang], byline, *BODIES[lang])
    assert byline not in doc.text and doc.author == author and doc.publisher == outlet
    assert doc.title == TITLES[lang] and all(p in doc.body for p in BODIES[lang])


@pytest.mark.parametrize(
    "lang, cut",
    [
        ("en", "Rescuers are still searching for the missing in the harbour district near Riverton li"),
        ("de", "Retter suchen im Hafenviertel von Flussheim nach Vermissten und Verletzten i"),
        ("fr", "Les secouristes cherchent encore des disparus dans le quartier du port de Rivebourg p"),
        ("es", "Los rescatistas siguen buscando a los desaparecidos en el barrio del puerto de Riberalta bi"),
    ],
)
def test_a_last_paragraph_cut_after_a_words_first_letters_belongs_to_the_article(lang, cut):
    doc = clean(TITLES[lang], *BODIES[lang], cut)
    assert cut in doc.body


HEADLINE_LISTS = {
    "en": [
        "Storm closes the coastal road between Riverton and Harbour Town for a week; drivers are told to take the inland route until repairs end",
        "School board approves new lunch menu after months of complaints from parents; the first meals will be served when classes resume in autumn",
        "Local football club signs a young striker from the northern league on loan; the coach says he will start in the cup match next weekend",
    ],
    "de": [
        "Sturm sperrt die Küstenstraße zwischen Flussheim und Hafenstadt für eine Woche; Autofahrer sollen bis zum Ende der Reparaturen die Strecke im Landesinneren nehmen",
        "Schulbehörde genehmigt neuen Speiseplan nach monatelangen Beschwerden der Eltern; die ersten Mahlzeiten gibt es nach den Ferien im Herbst in allen Schulen der Stadt",
        "Fußballverein verpflichtet jungen Stürmer aus der Nordliga auf Leihbasis; der Trainer will ihn schon im Pokalspiel am nächsten Wochenende von Beginn an spielen lassen",
    ],
    "fr": [
        "La tempête ferme la route côtière entre Rivebourg et Port-Ville pendant une semaine ; les automobilistes doivent passer par l'intérieur jusqu'à la fin des travaux",
        "Le conseil scolaire approuve un nouveau menu après des mois de plaintes des parents ; les premiers repas seront servis à la rentrée dans toutes les écoles",
        "Le club de football local recrute un jeune attaquant venu de la ligue du nord ; l'entraîneur veut le faire jouer dès le match de coupe du week-end prochain",
    ],
    "es": [
        "La tormenta cierra la carretera costera entre Riberalta y Puertoviejo durante una semana; los conductores deben tomar la ruta del interior hasta el final de las obras",
        "El consejo escolar aprueba un nuevo menú tras meses de quejas de los padres; las primeras comidas se servirán en todas las escuelas al volver de las vacaciones",
        "El club de fútbol local ficha a un joven delantero de la liga del norte; el entrenador quiere que juegue ya en el partido de copa",
    ],
}


@pytest.mark.parametrize("where", ["above", "below"])
@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
def test_a_list_of_other_headlines_without_a_heading_goes_and_the_article_stays(lang, where):
    # long lines (each as long as a paragraph), none ending as a sentence ends, one after another: links to
    # other articles, not prose
    links = HEADLINE_LISTS[lang]
    page = [*links, TITLES[lang], *BODIES[lang]] if where == "above" else [TITLES[lang], *BODIES[lang], *links]
    doc = clean(*page)
    assert doc.title == TITLES[lang]
    assert not any(link in doc.text for link in links)
    assert all(p in doc.body for p in BODIES[lang])


CREDITS = {
    "en": "Photo: Reuters/Jane Doe",
    "de": "Foto: dpa/Jane Doe",
    "fr": "Crédit photo : Jane Doe / AFP",
    "es": "Foto: EFE/Jane Doe",
}


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
def test_the_headline_right_above_a_pictures_credit_stays_the_headline(lang):
    # the page opens with its headline, then the picture (its credit), then the article: no caption above
    doc = clean(TITLES[lang], CREDITS[lang], *BODIES[lang])
    assert doc.title == TITLES[lang]
    assert CREDITS[lang] not in doc.text
    assert all(p in doc.body for p in BODIES[lang])


@pytest.mark.parametrize(
    "lang, label, teaser",
    [
        ("en", "See also", "Ferry service resumes after the storm"),
        ("de", "Lesen Sie auch", "Fährverkehr nach dem Sturm wieder aufgenommen"),
        ("fr", "À lire aussi", "Le service de ferry reprend après la tempête"),
        ("es", "Mira también", "El servicio de ferry se reanuda tras la tormenta"),
        ("es", "Mirá también", "El servicio de ferry se reanuda tras la tormenta"),
    ],
)
def test_a_see_also_label_between_the_paragraphs_goes_with_the_teaser_headline_under_it(lang, label, teaser):
    body = BODIES[lang]
    doc = clean(TITLES[lang], *body[:2], label, teaser, *body[2:])
    assert label not in doc.text and teaser not in doc.text
    assert all(p in doc.body for p in body)


@pytest.mark.parametrize(
    "lang, heading",
    [("en", "Related articles"), ("de", "Mehr zum Thema"), ("fr", "À lire aussi"), ("es", "Noticias relacionadas")],
)
def test_the_articles_last_paragraph_after_a_related_heading_between_its_paragraphs_stays(lang, heading):
    body = BODIES[lang]
    doc = clean(TITLES[lang], *body[:-1], heading, body[-1])
    assert heading not in doc.text
    assert all(p in doc.body for p in body)


PROMOTION_BOXES = {
    "en": ["Get our morning briefing", "The day's top stories, every morning in your inbox.", "Sign up"],
    "de": ["Unser Morgen-Briefing", "Die wichtigsten Nachrichten jeden Morgen in Ihrem Postfach.", "Jetzt abonnieren"],
    "fr": ["Notre lettre du matin", "L'essentiel de l'actualité chaque matin dans votre boîte.", "Abonnez-vous"],
    "es": ["Nuestro boletín de la mañana", "Las noticias del día cada mañana en tu correo.", "Suscríbete"],
}


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
def test_a_promotions_box_between_the_articles_paragraphs_goes_with_its_button(lang):
    # the heading and the pitch of a newsletter's box go with its button, as a caption goes with its credit
    body, box = BODIES[lang], PROMOTION_BOXES[lang]
    doc = clean(TITLES[lang], body[0], *box, *body[1:])
    assert not any(line in doc.text for line in box)
    assert all(p in doc.text for p in body)


CAPTIONS = {
    "en": "Workers inspect the damaged harbour wall in Riverton on Tuesday",
    "de": "Arbeiter prüfen am Dienstag die beschädigte Hafenmauer in Flussheim",
    "fr": "Des ouvriers inspectent mardi le mur du port endommagé à Rivebourg",
    "es": "Obreros revisan el martes el muro dañado del puerto de Riberalta",
}
PICTURE_CREDITS = {
    "en": ["© Jane Doe", "(AFP)", "Getty Images", "Handout via REUTERS", "NurPhoto via Getty Images", "File picture"],
    "de": ["© dpa", "imago images/Jane Doe", "Symbolbild", "© Jane Doe/Reuters"],
    "fr": ["© AFP / Jane Doe", "Photo d'archive", "AFP"],
    "es": ["Cortesía", "Imagen de archivo", "(EFE)"],
}


@pytest.mark.parametrize("glued", [True, False])
@pytest.mark.parametrize("lang, credit", [(lang, c) for lang, cs in PICTURE_CREDITS.items() for c in cs])
def test_a_caption_goes_with_its_pictures_credit_or_label_in_the_forms_sites_write_them(lang, credit, glued):
    body = BODIES[lang]
    picture = [f"{CAPTIONS[lang]} {credit}"] if glued else [CAPTIONS[lang], credit]
    doc = clean(TITLES[lang], body[0], *picture, *body[1:])
    assert not any(line in doc.text for line in picture)
    assert all(p in doc.text for p in body)


@pytest.mark.parametrize(
    "lang, label",
    [("en", "/Photo: AP"), ("de", "/Foto: dpa"), ("fr", "/Photo : AFP"), ("es", "/Foto: EFE")],
)
def test_a_caption_closed_by_its_pictures_label_after_a_slash_goes(lang, label):
    # "... con España. /Foto: AP": the label follows the caption's last sentence after a slash, as after a space
    body = BODIES[lang]
    caption = f"{CAPTIONS[lang]}. {label}"
    doc = clean(TITLES[lang], body[0], caption, *body[1:])
    assert CAPTIONS[lang] not in doc.text
    assert all(p in doc.text for p in body)


@pytest.mark.parametrize(
    "lang, credit",
    [
        ("en", "Photo: Jane Doe/AFP"),
        ("de", "Foto: Jane Doe/dpa"),
        ("fr", "Crédit photo : Ville de Rivebourg / Jane Doe"),
        ("es", "Foto: Jane Doe / EFE"),
    ],
)
@pytest.mark.parametrize("space", ["", " "])
def test_a_pictures_credit_glued_after_the_last_sentence_of_the_prose_goes_and_the_prose_stays(lang, credit, space):
    # "... que la météo ne vienne pas tout gâcher...Crédit photo : Paris 2024 / Jane Doe": the paragraph is the
    # article's, longer than a caption runs; only its glued credit is the picture's
    prose = " ".join(BODIES[lang])
    doc = clean(TITLES[lang], prose + space + credit)
    assert prose in doc.body
    assert credit not in doc.text


@pytest.mark.parametrize(
    "sentence",
    [
        "The council will publish the full budget next week, officials told Reuters.",
        "Der Haushalt wird nächste Woche veröffentlicht, sagte ein Sprecher der dpa.",
    ],
)
def test_a_sentence_of_the_article_ending_with_an_agencys_name_stays(sentence):
    lang = "de" if "Haushalt" in sentence else "en"
    body = BODIES[lang]
    doc = clean(TITLES[lang], body[0], sentence, *body[1:])
    assert sentence in doc.text


@pytest.mark.parametrize(
    "line",
    [
        "Contact the author: jane.doe@rivertonpost.com",
        "Follow @RivertonPost",
        "Email: jane.doe@rivertonpost.com | Twitter: @janedoe",
        "#Riverton #Harbour #Budget",
        "https://rivertonpost.com/harbour-budget-2026",
    ],
)
@pytest.mark.parametrize("where", ["between", "after"])
def test_a_line_of_addresses_handles_or_hashtags_goes_wherever_it_sits(line, where):
    body = BODIES["en"]
    page = [TITLES["en"], body[0], line, *body[1:]] if where == "between" else [TITLES["en"], *body, line]
    doc = clean(*page)
    assert line not in doc.text
    assert all(p in doc.text for p in body)


@pytest.mark.parametrize(
    "sentence",
    [
        "Readers can write to the council at budget@riverton.gov until the end of the month.",
        "The full plan, with its maps and tables, is online at riverton.gov for anyone to read.",
    ],
)
def test_a_sentence_of_the_article_giving_an_address_stays(sentence):
    body = BODIES["en"]
    doc = clean(TITLES["en"], body[0], sentence, *body[1:])
    assert sentence in doc.text


def test_a_headline_opening_with_a_hashtag_stays_the_headline():
    headline = "#MeToo founder speaks out on the harbour budget"
    doc = clean(headline, *BODIES["en"])
    assert doc.title == headline


@pytest.mark.parametrize(
    "lang, note", [("en", "With agency inputs"), ("en", "This story has been updated."), ("fr", "Article mis à jour.")]
)
def test_a_note_on_the_articles_sources_or_updates_after_it_goes(lang, note):
    doc = clean(TITLES[lang], *BODIES[lang], note)
    assert note not in doc.text


@pytest.mark.parametrize("signature", ["(dpa/lnw)", "(Xinhua/VNA)", "(Special Reporter/HC)", "(AFP/dpa)"])
@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
def test_a_signature_in_brackets_glued_after_a_paragraph_goes_and_the_paragraph_stays(lang, signature):
    body = BODIES[lang]
    doc = clean(TITLES[lang], *body[:-1], f"{body[-1]} {signature}")
    assert all(p in doc.body for p in body)
    assert signature not in doc.text


@pytest.mark.parametrize(
    "lang, counter",
    [("en", "Photo 3 of 12"), ("en", "1/40"), ("de", "Bild 1 von 5"), ("fr", "Photo 1 sur 12"), ("es", "Foto 1 de 12")],
)
def test_a_gallerys_counter_goes_wherever_it_sits(lang, counter):
    body = BODIES[lang]
    doc = clean(TITLES[lang], body[0], counter, *body[1:])
    assert counter not in doc.text
    assert all(p in doc.text for p in body)


def test_a_caption_opened_by_a_gallerys_counter_goes():
    caption = "1/40 Workers inspect the damaged harbour wall on Tuesday."
    doc = clean(TITLES["en"], *BODIES["en"][:2], caption, *BODIES["en"][2:])
    assert caption not in doc.text


@pytest.mark.parametrize(
    "line", ["Seats 320 of 650", "1/3 of the money goes to the schools of the harbour district, the council said."]
)
def test_figures_of_the_article_that_look_like_a_counter_stay(line):
    doc = clean(TITLES["en"], BODIES["en"][0], line, *BODIES["en"][1:])
    assert line in doc.text


@pytest.mark.parametrize(
    "caption",
    [
        "Harbour Street on 3 June (Kasia Nowak / Agencja Gazeta. AP)",
        "Crowds on Harbour Street on 3 June (Kasia Nowak/EPA)",
    ],
)
def test_a_caption_closed_by_a_photographers_name_and_an_agency_in_brackets_goes(caption):
    doc = clean(TITLES["en"], caption, *BODIES["en"])
    assert caption not in doc.text and all(p in doc.body for p in BODIES["en"])


@pytest.mark.parametrize(
    "lang, caption",
    [
        ("en", "Rescuers on the flooded quay of Riverton on 3 June 2026. - Harbour News via AP"),
        ("de", "Helfer am überfluteten Kai von Flussheim am 3. Juni 2026 (Anna Berger/Hafenbote via dpa)"),
        ("fr", "Des sauveteurs sur le quai inondé de Rivebourg, le 3 juin 2026 (Jean Dupont via AFP)"),
        ("es", "Rescatistas en el muelle inundado de Riberalta el 3 de junio de 2026 (Ana Ruiz vía EFE)"),
    ],
)
def test_a_caption_closed_by_who_took_the_picture_and_the_agency_that_gave_it_goes(lang, caption):
    doc = clean(TITLES[lang], caption, *BODIES[lang])
    assert caption not in doc.text and all(p in doc.body for p in BODIES[lang])


@pytest.mark.parametrize(
    "lang, line",
    [
        ("en", "The mayor's video - Recorded on the quay on Tuesday - was shared with the council via AP."),
        ("de", "Das Video der Bürgermeisterin - Aufgenommen am Kai - wurde dem Rat via dpa zugespielt."),
        ("fr", "La vidéo de la maire - Tournée sur le quai mardi - a été transmise au conseil via AFP."),
        ("es", "El vídeo de la alcaldesa - Grabado en el muelle el martes - llegó al consejo vía EFE."),
    ],
)
def test_a_sentence_of_the_article_ending_with_an_agency_after_via_stays(lang, line):
    doc = clean(TITLES[lang], BODIES[lang][0], line, *BODIES[lang][1:])
    assert line in doc.body


def test_names_with_a_slash_in_brackets_closing_a_sentence_of_the_article_stay():
    line = "Seats on the council went to both lists of the harbour district (Harbour Party / Riverton First)."
    doc = clean(TITLES["en"], BODIES["en"][0], line, *BODIES["en"][1:])
    assert line in doc.body


@pytest.mark.parametrize(
    "lang, link",
    [
        ("en", "Read also: Tourists Flock To Mountain Villages As Snow Arrives Early In The North"),
        ("de", "Lesen Sie auch: Touristen strömen in die Bergdörfer"),
    ],
)
def test_a_link_to_another_article_glued_after_a_paragraphs_last_sentence_goes(lang, link):
    body = BODIES[lang]
    doc = clean(TITLES[lang], body[0], body[1] + " " + link, *body[2:])
    assert link not in doc.text and all(p in doc.text for p in body)


@pytest.mark.parametrize(
    "lang, caption, credit",
    [
        ("en", "Mayor Linda Okafor on the flooded quay", " - Jane Roe"),
        ("de", "Bürgermeisterin Anna Berger am überfluteten Kai", "Jane Roe/AP/dpa"),
        ("fr", "La maire Claire Martin sur le quai inondé.", " KEYSTONE/Copyright 2026 AP. Tous droits réservés."),
        ("es", "La alcaldesa Lucía Romero en el muelle inundado.", " EFE/Jane Roe"),
    ],
)
def test_a_caption_printed_twice_the_second_time_with_its_credit_goes_both_times(lang, caption, credit):
    body = BODIES[lang]
    doc = clean(TITLES[lang], body[0], caption, caption + credit, *body[1:])
    assert caption not in doc.text
    assert all(p in doc.body for p in body)


@pytest.mark.parametrize(
    "lang, line, sentence",
    [
        ("en", "Riverton harbour reopens", "Riverton harbour reopens. The council said so on Tuesday."),
        ("de", "Hafen von Flussheim öffnet wieder", "Hafen von Flussheim öffnet wieder. Das teilte der Stadtrat mit."),
        ("fr", "Le port de Rivebourg rouvre", "Le port de Rivebourg rouvre. Le conseil l'a annoncé mardi."),
        ("es", "El puerto de Riberalta reabre", "El puerto de Riberalta reabre. Lo anunció el consejo el martes."),
    ],
)
def test_a_line_repeated_at_the_start_of_the_next_paragraphs_sentence_stays(lang, line, sentence):
    body = BODIES[lang]
    doc = clean(TITLES[lang], body[0], line, sentence, *body[1:])
    assert sentence in doc.body


@pytest.mark.parametrize(
    "lang, heading",
    [("en", "Related"), ("de", "Ähnliche Artikel"), ("fr", "À lire aussi"), ("es", "Lecturas relacionadas")],
)
def test_a_see_also_heading_whose_links_the_dump_lost_leaves_the_prose_under_it(lang, heading):
    # the heading comes after most of the article, where a box of links runs to the page's end; the paragraph right
    # under it, the article's prose and no link, is where the article goes on (a subheading follows it)
    subheading = {"en": "What comes next", "de": "Wie es weitergeht", "fr": "La suite", "es": "Lo que viene"}[lang]
    body = BODIES[lang]
    doc = clean(TITLES[lang], body[0], body[1], heading, body[2], subheading)
    assert heading not in doc.text
    assert all(p in doc.body for p in body[:3])


@pytest.mark.parametrize(
    "lang, link",
    [
        ("en", "Read full story at The Riverton Post."),
        ("de", "Ganzen Artikel lesen bei Flussheimer Bote"),
        ("fr", "Lire l'article complet sur Le Courrier du Port."),
        ("es", "Leer noticia completa en El Correo del Puerto."),
        ("es", "Lea artículo completo en El Correo del Puerto"),
    ],
)
def test_a_link_to_the_full_text_elsewhere_closing_a_reprint_is_not_its_body(lang, link):
    # an aggregator's teaser ends with a link to the whole text on the site it came from, with or without an article
    doc = clean(TITLES[lang], *BODIES[lang], link)
    assert link not in doc.text
    assert all(p in doc.body for p in BODIES[lang])
    assert doc.publisher == ""  # the site linked to is the text's source, not the page's publisher


CUT_TEASERS = {
    "en": "Firefighters in the north of the county battled a second blaze overnight as winds picked up and the...",
    "de": "Die Feuerwehr im Norden des Landkreises kämpfte in der Nacht gegen einen zweiten Brand, als der Wind und die...",
    "fr": "Les pompiers du nord du département ont lutté cette nuit contre un second incendie alors que le vent et les...",
    "es": "Los bomberos del norte de la provincia combatieron anoche un segundo incendio mientras el viento y los...",
}
# the article's own second paragraph, cut by an aggregator after a small word
CUT_OWN_TEXT = {
    "en": "Under the plan, the harbour district will receive 12 million dollars for flood defences, while the…",
    "de": "Nach dem Plan erhält das Hafenviertel 12 Millionen Euro für den Hochwasserschutz, während das…",
    "fr": "Selon le plan, le quartier du port recevra 12 millions d'euros pour la protection contre les…",
    "es": "Según el plan, el barrio del puerto recibirá 12 millones de euros para la defensa contra las…",
}


@pytest.mark.parametrize("lang", CUT_TEASERS)
def test_a_teaser_cut_after_a_small_word_above_the_article_is_another_articles(lang):
    doc = clean(CUT_TEASERS[lang], TITLES[lang], *BODIES[lang])
    assert CUT_TEASERS[lang] not in doc.text
    assert doc.title == TITLES[lang]
    assert all(p in doc.body for p in BODIES[lang])
    # the article's own text cut so, under its first paragraph, stays
    doc = clean(TITLES[lang], BODIES[lang][0], CUT_OWN_TEXT[lang])
    assert CUT_OWN_TEXT[lang] in doc.body


# the first words of the first paragraph, cut after a word a sentence may end on
CUT_COPY_WORDS = {"en": 8, "de": 7, "fr": 8, "es": 8}


@pytest.mark.parametrize("lang", sorted(CUT_COPY_WORDS))
@pytest.mark.parametrize("ellipsis", ["...", "…"])
def test_a_line_cut_with_an_ellipsis_over_itself_printed_whole_goes(lang, ellipsis):
    # "Tribunal condenó al ex juez y al ex director de la cárcel..." over the headline printed whole; a caption so
    cut = " ".join(BODIES[lang][0].split()[: CUT_COPY_WORDS[lang]]) + ellipsis
    doc = clean(TITLES[lang], cut, *BODIES[lang])
    assert cut not in doc.text
    assert doc.title == TITLES[lang]
    assert all(p in doc.body for p in BODIES[lang])


@pytest.mark.parametrize(
    "lang, pointer",
    [
        ("en", "See more in the video above."),
        ("de", "Mehr zur Lage im Hafen erfährst du im Video am Anfang des Artikels."),
        ("fr", "Plus de détails dans la vidéo en tête de cet article."),
        ("es", "Más detalles en el vídeo sobre estas líneas."),
    ],
)
@pytest.mark.parametrize("glued", [True, False])
def test_a_pointer_to_the_pages_video_goes_and_the_article_stays(lang, pointer, glued):
    body = BODIES[lang]
    lines = [*body[:-1], f"{body[-1]} {pointer}"] if glued else [*body, pointer]
    doc = clean(TITLES[lang], *lines)
    assert pointer not in doc.text
    assert all(p in doc.body for p in body)
