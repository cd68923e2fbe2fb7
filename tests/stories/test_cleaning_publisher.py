"""Where a page names its outlet (a note on where the article appeared, a credit for its own chart or
picture) the outlet is the publisher; the article's date is the one under its headline or in its dateline.

Lines written for each class, in the four languages; the bodies are made up.
"""

import datetime
import io

import pytest
from django.core.management import call_command

from stories.cleaning import clean_document
from stories.models import Article

from .cleaning_samples import BODIES, TITLES, clean


@pytest.mark.parametrize(
    "lang, note, outlet",
    [
        ("en", "This article first appeared in The Harbour Post.", "The Harbour Post"),
        ("en", "This article first appeared in The Voice of Riverton.", "The Voice of Riverton"),
        ("de", "Diese Nachricht wurde am 14.08.2026 im Programm Hafenfunk gesendet.", "Hafenfunk"),
        ("fr", "Cet article a paru dans Le Courrier du Port.", "Le Courrier du Port"),
        ("es", "Este artículo fue publicado originalmente en El Correo del Puerto.", "El Correo del Puerto"),
    ],
)
def test_a_note_on_where_the_article_appeared_names_the_publisher(lang, note, outlet):
    doc = clean(TITLES[lang], *BODIES[lang], note)
    assert doc.publisher == outlet
    assert note not in doc.text
    assert all(p in doc.body for p in BODIES[lang])


@pytest.mark.parametrize(
    "lang, sentence",
    [
        ("en", "This report was published in The Lancet, the mayor said, and we published in it too."),
        ("de", "Die Studie erschien im Fachblatt Nature, sagte die Bürgermeisterin am Dienstag im Rat."),
        ("fr", "L'étude a paru dans la revue Nature, a précisé la maire mardi devant le conseil municipal."),
        ("es", "El estudio fue publicado en la revista Nature, dijo la alcaldesa el martes ante el consejo."),
    ],
)
def test_a_sentence_of_the_article_about_a_publication_stays_and_names_no_publisher(lang, sentence):
    body = BODIES[lang]
    doc = clean(TITLES[lang], *body[:2], sentence, *body[2:])
    assert sentence in doc.body and doc.publisher == ""


@pytest.mark.parametrize(
    "lang, credit, outlet",
    [
        ("en", "Seats won in the harbour district by list (© Riverton Post)", "Riverton Post"),
        ("de", "Sitzverteilung im Stadtrat nach Listen. Quelle: Wahlamt | Grafik: Hafenbote", "Hafenbote"),
        ("fr", "Répartition des sièges du conseil municipal par liste (© Courrier du Port)", "Courrier du Port"),
        ("es", "Reparto de escaños del consejo por lista. Fuente: Oficina electoral | Gráfico: El Correo", "El Correo"),
    ],
)
def test_the_outlet_credited_for_its_own_chart_is_the_publisher_and_the_caption_goes(lang, credit, outlet):
    body = BODIES[lang]
    doc = clean(TITLES[lang], *body[:2], credit, *body[2:])
    assert doc.publisher == outlet
    assert credit not in doc.text


def test_an_agency_credited_for_a_picture_is_no_publisher():
    doc = clean(TITLES["en"], *BODIES["en"][:2], "The harbour at dawn (© AFP)", *BODIES["en"][2:])
    assert doc.publisher == ""


@pytest.mark.parametrize(
    "lang, lead",
    [
        ("en", "Riverton, March 3, 2026: The city council met again on Tuesday to discuss the harbour."),
        (
            "de",
            "Flussheim, 3. März 2026 – Der Stadtrat ist am Dienstag erneut zusammengekommen, um über den Hafen zu beraten.",
        ),
        ("fr", "Rivebourg, 3 mars 2026 – Le conseil municipal s'est de nouveau réuni mardi pour débattre du port."),
        (
            "es",
            "Riberalta, 3 de marzo de 2026: El consejo municipal volvió a reunirse el martes para debatir sobre el puerto.",
        ),
    ],
)
def test_the_dateline_opening_the_first_paragraph_is_the_published_date(lang, lead):
    doc = clean(TITLES[lang], lead, *BODIES[lang])
    assert doc.published == datetime.date(2026, 3, 3)
    assert lead in doc.body


@pytest.mark.parametrize(
    "lang, today, dated",
    [
        ("en", "Friday, July 10, 2026", "March 3, 2026"),
        ("de", "Freitag, 10. Juli 2026", "3. März 2026"),
        ("fr", "Vendredi 10 juillet 2026", "3 mars 2026"),
        ("es", "Viernes, 10 de julio de 2026", "3 de marzo de 2026"),
    ],
)
def test_the_date_under_the_headline_beats_the_page_headers_date(lang, today, dated):
    doc = clean(today, TITLES[lang], dated, *BODIES[lang])
    assert doc.published == datetime.date(2026, 3, 3)


@pytest.mark.parametrize("line", ["Jane Doe by Jane Doe", "Max Muster von Max Muster", "Ana Ruiz por Ana Ruiz"])
def test_a_writers_name_under_their_picture_and_in_the_byline_is_a_byline(line):
    doc = clean(TITLES["en"], line, *BODIES["en"])
    assert line not in doc.text and doc.author == line.split()[0] + " " + line.split()[1]


def test_a_page_date_field_of_a_month_gives_way_to_the_day_the_page_names():
    note = "Diese Nachricht wurde am 14.08.2026 im Programm Hafenfunk gesendet."
    doc = clean("date 2026-08 " + TITLES["de"], *BODIES["de"], note)
    assert doc.published == datetime.date(2026, 8, 14)
    doc = clean("date 2026-08-02 " + TITLES["de"], *BODIES["de"], note)
    assert doc.published == datetime.date(2026, 8, 2)


@pytest.mark.parametrize(
    "lang, signature",
    [
        ("en", "— Harbour Agency (@harbouragency) July 7, 2026"),
        ("de", "— Hafenagentur (@hafenagentur) 7. Juli 2026"),
        ("fr", "— Agence du Port (@agenceduport) 7 juillet 2026"),
        ("es", "— Agencia del Puerto (@agenciapuerto) 7 de julio de 2026"),
    ],
)
def test_the_signature_of_an_embedded_post_is_no_publisher(lang, signature):
    body = BODIES[lang]
    doc = clean(TITLES[lang], *body[:2], "The harbour flooded again this morning.", signature, *body[2:])
    assert doc.publisher == "" and signature not in doc.text
    assert [b.reason for b in doc.blocks if b.text == signature] == ["embedded post"]


@pytest.mark.parametrize(
    "lang, name, updated",
    [
        ("en", "Jane Doe", "Updated:"),
        ("de", "Max Muster", "Aktualisiert:"),
        ("fr", "Jean Dupont", "Mis à jour le 3 mars 2026"),
        ("es", "Ana Ruiz", "Actualizado: 3 de marzo de 2026"),
    ],
)
def test_a_writers_name_alone_next_to_the_update_line_is_the_byline(lang, name, updated):
    body = BODIES[lang]
    doc = clean(TITLES[lang], body[0], name, updated, *body[1:])
    assert doc.author == name
    assert name not in doc.text and updated not in doc.text
    assert all(p in doc.text for p in body)


@pytest.mark.parametrize(
    "lang, line, outlet",
    [
        ("en", "Copyright © Riverton Post 2026", "Riverton Post"),
        ("en", "© 2020-2026 Riverton Post. All rights reserved.", "Riverton Post"),
        ("de", "© Flussheimer Bote 2026 – Alle Rechte vorbehalten", "Flussheimer Bote"),
        ("fr", "Tous droits réservés © Le Courrier du Port 2026", "Le Courrier du Port"),
        ("fr", "© Le Courrier du Port - 2026", "Le Courrier du Port"),
        ("es", "Copyright © 2026, El Correo del Puerto", "El Correo del Puerto"),
    ],
)
def test_the_copyright_line_names_the_publisher_without_its_years_and_rights(lang, line, outlet):
    doc = clean(TITLES[lang], *BODIES[lang], line)
    assert doc.publisher == outlet
    assert line not in doc.text


@pytest.mark.parametrize(
    "lang, masthead, dateline, outlet",
    [
        ("en", "THE RIVERTON POST", "March 3, 2026 at 18:57", "The Riverton Post"),
        ("de", "Flussheimer Bote", "3. März 2026", "Flussheimer Bote"),
        ("fr", "LE COURRIER DU PORT", "3 mars 2026", "Le Courrier du Port"),
        ("es", "El Diario Austral", "3 de marzo de 2026", "El Diario Austral"),
    ],
)
def test_the_sites_name_above_the_pages_date_is_the_publisher(lang, masthead, dateline, outlet):
    doc = clean(masthead, dateline, *BODIES[lang])
    assert doc.publisher == outlet
    assert doc.published == datetime.date(2026, 3, 3)
    assert masthead not in doc.text and all(p in doc.body for p in BODIES[lang])


def test_the_sites_name_printed_twice_among_the_menus_is_the_publisher():
    menu = ["• Home", "• Politics", "• Business", "Coastal Ledger", "• Sports", "No Result", "View All Result"]
    doc = clean(*menu, "Coastal Ledger", "• Contact", TITLES["en"], *BODIES["en"])
    assert doc.publisher == "Coastal Ledger"
    assert doc.title == TITLES["en"] and all(p in doc.body for p in BODIES["en"])


LONGER = {
    "en": [
        "Work on the new sea wall is expected to start in the autumn and to last for at least three years, "
        "according to the planning office of the city.",
        "Residents of the old quarter welcomed the decision but said they would watch closely how the money is "
        "spent over the coming months.",
        "The budget also sets aside money for two new ferries, which are to replace boats that have been in "
        "service since the nineteen seventies.",
    ],
    "de": [
        "Die Arbeiten an der neuen Ufermauer sollen im Herbst beginnen und nach Angaben des Planungsamts "
        "mindestens drei Jahre dauern.",
        "Anwohner der Altstadt begrüßten die Entscheidung, kündigten aber an, genau zu verfolgen, wie das Geld in "
        "den kommenden Monaten ausgegeben wird.",
        "Der Haushalt sieht außerdem Mittel für zwei neue Fähren vor, die Boote aus den siebziger Jahren ersetzen "
        "sollen.",
    ],
}


@pytest.mark.parametrize("lang", LONGER)
def test_a_name_printed_twice_above_the_article_that_its_prose_uses_is_no_publisher(lang):
    # a scoreboard's team, a profile's subject: the article is about them, they did not publish it
    body = BODIES[lang] + LONGER[lang]
    doc = clean(TITLES[lang], "Linda Okafor", "Linda Okafor", *body)
    assert doc.publisher == "" and doc.title == TITLES[lang]
    assert all(p in doc.body for p in body)


def test_a_section_name_or_a_headline_above_the_article_is_no_publisher():
    assert clean("Politics", TITLES["en"], *BODIES["en"]).publisher == ""
    assert clean("Harbour Budget Approved", "March 3, 2026", *BODIES["en"]).publisher == ""


@pytest.mark.parametrize(
    "lang, headline, stamp, date",
    [
        ("de", TITLES["de"], "Stand: 03.03.2026 15:13 Uhr", datetime.date(2026, 3, 3)),
        ("en", TITLES["en"], "Updated: March 3, 2026", datetime.date(2026, 3, 3)),
        ("fr", TITLES["fr"], "Mis à jour le 03/03/2026", datetime.date(2026, 3, 3)),
        ("es", TITLES["es"], "Actualizado: 03/03/2026", datetime.date(2026, 3, 3)),
    ],
)
def test_a_date_glued_to_the_headline_is_the_published_date_not_part_of_the_title(lang, headline, stamp, date):
    doc = clean("date 2026-03", f"{headline} {stamp}", *BODIES[lang])
    assert doc.title == headline
    assert doc.published == date
    assert stamp not in doc.text and doc.publisher == ""


@pytest.mark.parametrize(
    "lang, suffix, outlet",
    [
        ("en", " | Riverton Post", "Riverton Post"),
        ("de", " - Flussheimer Bote", "Flussheimer Bote"),
        ("fr", " | Politique | Le Courrier du Port", "Le Courrier du Port"),
        ("es", " – EL DIARIO AUSTRAL", "El Diario Austral"),
        ("en", " – rivertonpost.com", "rivertonpost.com"),
        ("fr", " | www.courrierduport.fr", "courrierduport.fr"),
    ],
)
def test_the_sites_name_after_the_headline_is_the_publisher_not_part_of_the_title(lang, suffix, outlet):
    doc = clean(TITLES[lang] + suffix, *BODIES[lang])
    assert doc.title == TITLES[lang]
    assert doc.publisher == outlet


def test_a_headline_ending_with_a_dash_and_a_name_the_article_uses_keeps_its_end():
    headline = "Opposition members criticised the budget - Linda Okafor"
    doc = clean(headline, *BODIES["en"])
    assert doc.title == headline and doc.publisher == ""


@pytest.mark.parametrize("crumbs", ["Accueil » Politique » ", "Accueil > "])
def test_a_breadcrumb_before_the_headline_is_not_part_of_the_title(crumbs):
    doc = clean(crumbs + TITLES["fr"], *BODIES["fr"])
    assert doc.title == TITLES["fr"]


@pytest.mark.parametrize(
    "lang, credit, outlet",
    [
        ("en", "Riverton Post with agencies", "Riverton Post"),
        ("de", "Flussheimer Bote mit dpa und Reuters", "Flussheimer Bote"),
        ("fr", "Le Courrier du Port avec AFP", "Le Courrier du Port"),
        ("es", "El Diario Austral con agencias", "El Diario Austral"),
    ],
)
def test_the_outlet_that_wrote_with_agencies_is_the_publisher(lang, credit, outlet):
    doc = clean(TITLES[lang], credit, *BODIES[lang])
    assert doc.publisher == outlet
    assert credit not in doc.text and all(p in doc.body for p in BODIES[lang])


@pytest.mark.parametrize("line", ["The mayor met with agencies", "Redacción con agencias"])
def test_a_sentence_or_a_desk_with_agencies_names_no_publisher(line):
    assert clean(TITLES["en"], *BODIES["en"], line).publisher == ""


@pytest.mark.parametrize(
    "lang, address, outlet",
    [
        ("en", "https://www.riverton-post.example/news/2026/03/budget", "riverton-post.example"),
        ("de", "https://www.flussheimer-bote.example/lokales/haushalt", "flussheimer-bote.example"),
        ("fr", "www.courrier-du-port.example/politique/budget", "courrier-du-port.example"),
        ("es", "https://diario-austral.example/puerto/presupuesto", "diario-austral.example"),
    ],
)
def test_the_pages_own_address_above_the_article_names_the_site(lang, address, outlet):
    doc = clean(address, TITLES[lang], *BODIES[lang])
    assert doc.publisher == outlet and address not in doc.text
    assert doc.title == TITLES[lang]


@pytest.mark.parametrize("where", ["above", "below"])
def test_a_domain_alone_on_a_line_outside_the_article_names_the_site(where):
    lines = [TITLES["de"], *BODIES["de"]]
    doc = clean(*(["flussheimer-bote.example", *lines] if where == "above" else [*lines, "flussheimer-bote.example"]))
    assert doc.publisher == "flussheimer-bote.example" and doc.title == TITLES["de"]
    assert "flussheimer-bote.example" not in doc.text


@pytest.mark.parametrize("line", ["Source: AFP", "Quelle: Stadt Flussheim", "Fuente: Ayuntamiento de Riberalta"])
def test_a_source_line_naming_a_source_by_its_name_names_no_publisher(line):
    lang = {"S": "en", "Q": "de", "F": "es"}[line[0]]
    doc = clean(TITLES[lang], *BODIES[lang], line)
    assert doc.publisher == "" and line not in doc.text


@pytest.mark.parametrize(
    "lang, line, site",
    [
        ("en", "News Source: www.riverton-post.example", "riverton-post.example"),
        ("de", "Quelle: https://www.flussheimer-bote.example/politik/haushalt", "flussheimer-bote.example"),
        ("fr", "Source : courrier-du-port.example", "courrier-du-port.example"),
        ("es", "Fuente: https://correo-del-puerto.example/puerto", "correo-del-puerto.example"),
        # a word after the label's source word, an address with a long path
        (
            "en",
            "Source link : https://www.riverton-post.example/news/2026/03/12/harbour-budget-vote.html",
            "riverton-post.example",
        ),
        (
            "de",
            "Quelle Link: https://flussheimer-bote.example/politik/2026/stadtrat-haushalt-hafenviertel",
            "flussheimer-bote.example",
        ),
        (
            "fr",
            "Source originale : https://www.courrier-du-port.example/2026/03/12/conseil-budget-port",
            "courrier-du-port.example",
        ),
        (
            "es",
            "Fuente original: https://correo-del-puerto.example/2026/03/12/consejo-aprueba-presupuesto",
            "correo-del-puerto.example",
        ),
    ],
)
def test_a_source_line_giving_a_sites_address_names_the_site_the_page_reprints(lang, line, site):
    doc = clean(TITLES[lang], *BODIES[lang], line)
    assert doc.publisher == site and line not in doc.text
    assert doc.title == TITLES[lang] and all(p in doc.body for p in BODIES[lang])


@pytest.mark.parametrize(
    "lang, logo, outlet",
    [
        ("en", "Rivertonpost logo", "Rivertonpost"),
        ("de", "Logo Flussheimer Bote", "Flussheimer Bote"),
        ("fr", "Le Courrier du Port - logo", "Le Courrier du Port"),
        ("es", "Logo: El Correo del Puerto", "El Correo del Puerto"),
    ],
)
def test_the_text_of_the_sites_logo_above_the_article_names_the_publisher(lang, logo, outlet):
    doc = clean(logo, TITLES[lang], *BODIES[lang])
    assert doc.publisher == outlet and logo not in doc.text
    assert doc.title == TITLES[lang] and all(p in doc.body for p in BODIES[lang])


@pytest.mark.parametrize(
    "lang, logo, outlet",
    [
        ("en", "rivertonpost logo", "rivertonpost"),
        ("de", "hafenbote logo", "hafenbote"),
        ("fr", "logo courrierduport", "courrierduport"),
        ("es", "correopuerto logo", "correopuerto"),
    ],
)
def test_a_logo_named_in_small_letters_names_the_publisher(lang, logo, outlet):
    doc = clean(logo, TITLES[lang], *BODIES[lang])
    assert doc.publisher == outlet and logo not in doc.text


@pytest.mark.parametrize(
    "lang, logo",
    [("en", "site logo"), ("de", "Kopfzeile logo"), ("fr", "logo site"), ("es", "logo cabecera")],
)
def test_a_logo_named_by_its_place_names_no_publisher(lang, logo):
    assert clean(logo, TITLES[lang], *BODIES[lang]).publisher == ""


@pytest.mark.parametrize(
    "lang, name, outlet",
    [
        ("en", "The Harbour Post", "The Harbour Post"),
        ("de", "DER HAFENBOTE", "Der Hafenbote"),
        ("de", "hafen-tv", "hafen-tv"),
        ("fr", "Le Courrier du Port —", "Le Courrier du Port"),
        ("es", "El Correo del Puerto", "El Correo del Puerto"),
    ],
)
def test_an_outlets_name_alone_under_the_headline_names_the_publisher(lang, name, outlet):
    doc = clean(TITLES[lang], name, *BODIES[lang])
    assert doc.publisher == outlet and name not in doc.text
    assert doc.title == TITLES[lang] and all(p in doc.body for p in BODIES[lang])


def test_an_outlets_name_in_small_letters_on_the_line_under_the_headline_is_not_the_headlines_end():
    doc = clean_document("\n".join([TITLES["de"], "hafen-tv", *BODIES["de"]]), filename="a.txt")
    assert doc.title == TITLES["de"] and doc.publisher == "hafen-tv"


@pytest.mark.parametrize(
    "lang, name",
    [
        ("en", "Jane Doe"),
        ("de", "Max Mustermann"),
        ("fr", "Jean Dupont"),
        ("es", "Ana Ruiz"),
        # a heading opening with an article, a word of the language in a hyphen's compound, another language's article
        ("en", "The Latest in Brief"),
        ("de", "Das Wichtigste in Kürze"),
        ("de", "Lese-Tipp"),
        ("fr", "Le Point sur la Situation"),
        ("es", "De Película"),
    ],
)
def test_a_writers_name_or_a_heading_alone_under_the_headline_names_no_publisher(lang, name):
    assert clean(TITLES[lang], name, *BODIES[lang]).publisher == ""


@pytest.mark.parametrize(
    "lang, byline, outlet",
    [
        ("en", "By The Harbour Post", "The Harbour Post"),
        ("de", "Von Der Hafenbote", "Der Hafenbote"),
        ("fr", "Par Le Courrier du Port", "Le Courrier du Port"),
        ("es", "Por El Correo del Puerto", "El Correo del Puerto"),
    ],
)
def test_an_outlet_signing_the_byline_names_the_publisher(lang, byline, outlet):
    doc = clean(TITLES[lang], byline, *BODIES[lang])
    assert doc.publisher == outlet and byline not in doc.text


@pytest.mark.parametrize(
    "lang, byline",
    [("en", "By Jane Doe"), ("de", "Von Max Mustermann"), ("fr", "Par Jean Dupont"), ("es", "Por Ana Ruiz")],
)
def test_a_writers_byline_names_no_publisher(lang, byline):
    assert clean(TITLES[lang], byline, *BODIES[lang]).publisher == ""


def test_an_outlet_signing_a_bulleted_byline_among_the_stamp_lines_names_the_publisher():
    doc = clean(TITLES["en"], "- Posted on June 3, 2026\n- By The Harbour Post\n- 12 Views", *BODIES["en"])
    assert doc.publisher == "The Harbour Post"


@pytest.mark.parametrize(
    "lang, byline",
    [("en", "By the way"), ("de", "Von der Leyen"), ("fr", "Par le maire"), ("es", "Por la tarde")],
)
def test_a_byline_of_small_words_names_no_publisher(lang, byline):
    assert clean(TITLES[lang], byline, *BODIES[lang]).publisher == ""


@pytest.mark.parametrize(
    "lang, bio, outlet",
    [
        ("en", "Jane Doe is a senior reporter at the Riverton Post, where she covers city hall.", "Riverton Post"),
        (
            "de",
            "Max Muster ist Redakteur beim Flussheimer Boten und schreibt über die Stadtpolitik.",
            "Flussheimer Boten",
        ),
        ("fr", "Jean Dupont, rédacteur en chef d’Alternance-Port, est diplômé en journalisme.", "Alternance-Port"),
        ("es", "Ana Ruiz es redactora de El Correo del Puerto desde 2019.", "El Correo del Puerto"),
    ],
)
def test_the_outlet_the_writers_biography_names_after_the_article_is_the_publisher(lang, bio, outlet):
    doc = clean(TITLES[lang], *BODIES[lang], "Jane Doe", bio)
    assert doc.publisher == outlet and bio not in doc.text
    assert all(p in doc.body for p in BODIES[lang])


@pytest.mark.parametrize(
    "lang, sentence",
    [
        ("en", "Linda Okafor is a former reporter at the Riverton Post who now sits on the council."),
        ("es", "Linda Okafor es periodista de formación y alcaldesa de Riberalta desde 2020."),
    ],
)
def test_a_sentence_of_the_article_about_someones_job_names_no_publisher(lang, sentence):
    body = BODIES[lang]
    doc = clean(TITLES[lang], *body[:2], sentence, *body[2:])
    assert doc.publisher == "" and sentence in doc.body


@pytest.mark.parametrize(
    "lang, days",
    [("en", "4-5 March 2026"), ("de", "4.–5. März 2026"), ("fr", "4-5 mars 2026"), ("es", "4-5 de marzo de 2026")],
)
def test_the_days_of_an_event_above_the_article_are_not_the_published_date(lang, days):
    doc = clean(days, TITLES[lang], *BODIES[lang])
    assert doc.published is None
    assert all(p in doc.body for p in BODIES[lang])


@pytest.mark.parametrize(
    "lang, lead, outlet",
    [
        ("es", "Riberalta, 3 mar (EFE).- ", "EFE"),
        ("es", "RIBERALTA (EUROPA PRESS) - ", "Europa Press"),
        ("en", "RIVERTON, March 3 (Reuters) - ", "Reuters"),
        ("de", "Flussheim (dpa) - ", "dpa"),
    ],
)
def test_the_agency_of_a_wire_dateline_is_named_as_it_writes_itself(lang, lead, outlet):
    body = BODIES[lang]
    doc = clean(TITLES[lang], lead + body[0], *body[1:])
    assert doc.publisher == outlet


def test_a_party_in_brackets_before_a_hyphenated_word_is_no_wire_dateline():
    body = BODIES["de"]
    doc = clean(TITLES["de"], "Die Christlich Demokratische Union (CDU)-Fraktion stimmte zu. " + body[0], *body[1:])
    assert doc.publisher == ""


@pytest.mark.django_db
def test_the_import_command_stores_the_publisher_a_logo_or_a_source_address_names(tmp_path):
    (tmp_path / "logo.txt").write_text("\n\n".join(["Logo Flussheimer Bote", TITLES["de"], *BODIES["de"]]), "utf-8")
    reprint = [TITLES["fr"], *BODIES["fr"], "Source : courrier-du-port.example"]
    (tmp_path / "reprint.txt").write_text("\n\n".join(reprint), "utf-8")
    call_command("import_articles", str(tmp_path), "--no-progress", stdout=io.StringIO())
    publishers = {a.title: a.publisher for a in Article.objects.all()}
    assert publishers == {TITLES["de"]: "Flussheimer Bote", TITLES["fr"]: "courrier-du-port.example"}


@pytest.mark.parametrize(
    "lang, line, outlet",
    [
        ("en", "[Copyright The Riverton Post, Ltd.]", "The Riverton Post"),
        ("de", "(© Flussheimer Bote 2026)", "Flussheimer Bote"),
        ("fr", "[Copyright Le Courrier du Port]", "Le Courrier du Port"),
        ("es", "(© 2026 El Correo del Puerto)", "El Correo del Puerto"),
    ],
)
def test_a_copyright_line_in_brackets_names_the_publisher(lang, line, outlet):
    doc = clean(TITLES[lang], *BODIES[lang], line)
    assert doc.publisher == outlet and line not in doc.text
    assert [b.reason for b in doc.blocks if b.text == line] == ["copyright"]


@pytest.mark.parametrize(
    "signature, outlet",
    [
        ("Xinhua/VNA/HarbourNews", "Xinhua/VNA/HarbourNews"),
        ("apnews.com/harbourpost.com-jd", "harbourpost.com"),
    ],
)
@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
def test_the_outlet_signing_the_article_at_the_end_of_its_chain_of_sources_is_the_publisher(lang, signature, outlet):
    doc = clean(TITLES[lang], *BODIES[lang], signature)
    assert doc.publisher == outlet
    assert signature not in doc.text


@pytest.mark.parametrize("signature", ["mkg/hc", "AFP/dpa", "/oe/DP/he"])
def test_editors_initials_or_agencies_signing_the_article_name_no_publisher(signature):
    doc = clean(TITLES["en"], *BODIES["en"], signature)
    assert doc.publisher == ""
    assert signature not in doc.text


@pytest.mark.parametrize(
    "lang, line",
    [
        ("en", "HOME 25.7.2026 Updated at 17:51"),
        ("de", "News (2 / 1) 02.06.2026 17:32"),
        ("fr", "ACCUEIL 25.7.2026 Mis à jour à 17h51"),
        ("es", "INICIO 25.7.2026"),
        # a label or a weekday beside the date
        ("en", "March 12, 2026 | Updated"),
        ("de", "Fr, 12.03.2026 · 10:15 Uhr"),
        ("fr", "Mis à jour le 12/03/2026 à 17h40 • Lecture 3 min"),
        ("es", "Actualizado 12/03/2026 - 10:15 | Lectura: 3 min"),
    ],
)
def test_a_menus_word_a_counter_a_label_or_a_weekday_beside_the_pages_date_is_no_publisher(lang, line):
    doc = clean(line, TITLES[lang], *BODIES[lang])
    assert doc.publisher == ""
    assert line not in doc.text


@pytest.mark.parametrize(
    "lang, line, date",
    [
        ("en", "Publish date : 2026-03-12 14:17:35", datetime.date(2026, 3, 12)),
        ("en", "Renewed: 27/07/2026 00:38", datetime.date(2026, 7, 27)),
        ("de", "Zuletzt geändert: 12.03.2026, 10:15 Uhr", datetime.date(2026, 3, 12)),
        ("fr", "Renouveler : 12/03/2026 00:38", datetime.date(2026, 3, 12)),
        ("es", "Última revisión: 12/03/2026 - 10:15", datetime.date(2026, 3, 12)),
    ],
)
def test_words_closed_by_a_colon_before_the_pages_date_are_its_label_not_the_publisher(lang, line, date):
    doc = clean(TITLES[lang], line, *BODIES[lang])
    assert doc.publisher == "" and doc.published == date
    assert line not in doc.text and doc.title == TITLES[lang]


@pytest.mark.parametrize(
    "lang, line, outlet",
    [
        ("en", "Riverton Post | 12/03/2026 14:17", "Riverton Post"),
        ("de", "Flussheimer Bote, 12.03.2026, 10:15 Uhr", "Flussheimer Bote"),
        ("fr", "Courrier du Port - 12/03/2026 00:38", "Courrier du Port"),
        ("es", "Correo del Puerto | 12/03/2026 - 10:15", "Correo del Puerto"),
        # with its edition's code, neither a name's word nor Friday ("Africanews FR • November 28, 2025")
        ("en", "Riverton Post EN • March 12, 2026", "Riverton Post"),
        ("de", "Flussheimer Bote DE • 12. März 2026", "Flussheimer Bote"),
        ("fr", "Courrier du Port FR • 12 mars 2026", "Courrier du Port"),
        ("es", "Correo del Puerto ES • 12 de marzo de 2026", "Correo del Puerto"),
        # after the date and its time, behind a mark: a reprint's provider ("2025-07-02 17:40:00| Fast Company")
        ("en", "2026-03-12 17:40:00| Riverton Post", "Riverton Post"),
        ("de", "12.03.2026, 10:15 Uhr · Flussheimer Bote", "Flussheimer Bote"),
        ("fr", "12/03/2026 à 17h40 • Courrier du Port", "Courrier du Port"),
        ("es", "12/03/2026 - 10:15 | Correo del Puerto", "Correo del Puerto"),
    ],
)
def test_the_sites_name_on_the_pages_date_line_without_a_colon_is_the_publisher(lang, line, outlet):
    doc = clean(TITLES[lang], line, *BODIES[lang])
    assert doc.publisher == outlet and line not in doc.text


def test_the_agencies_copyright_on_a_gallerys_pictures_is_no_publisher():
    credits = ["(c) APA/dpa/Jane Doe (Jane Doe)", "(c) AP (John Roe)", "(c) AFP (JANE DOE)"]
    doc = clean(TITLES["en"], *BODIES["en"], *credits)
    assert doc.publisher == ""
    assert not any(c in doc.text for c in credits)


DATES = {"en": "June 3, 2026", "de": "03.06.2026", "fr": "3 juin 2026", "es": "3 de junio de 2026"}
NOT_MASTHEADS = {
    "en": ["Politics", "Jane Doe and John Roe", "Reviewed by John Roe", "Home > News > Local"],
    "de": ["Politik", "Hans Müller und Eva Schmidt", "Startseite > Nachrichten > Lokales"],
    "fr": ["Politique", "Jean Dupont et Marie Martin", "Accueil > Actualités > Local"],
    "es": ["Política", "María García y Juan Pérez", "Inicio > Noticias > Local"],
}


@pytest.mark.parametrize("under_the_headline", [True, False])
@pytest.mark.parametrize("lang, line", [(lang, line) for lang, lines in NOT_MASTHEADS.items() for line in lines])
def test_a_sections_label_writers_names_or_a_path_above_the_pages_date_is_no_publisher(lang, line, under_the_headline):
    page = [TITLES[lang], line, DATES[lang]] if under_the_headline else [line, DATES[lang], TITLES[lang]]
    doc = clean(*page, *BODIES[lang])
    assert doc.publisher == ""
    assert doc.title == TITLES[lang]


@pytest.mark.parametrize(
    "lang, place", [("en", "Riverton"), ("de", "Flussheim"), ("fr", "Rivebourg"), ("es", "Riberalta")]
)
def test_the_place_before_the_pages_date_that_the_article_names_is_no_publisher(lang, place):
    doc = clean(TITLES[lang], f"{place} | {DATES[lang]}", *BODIES[lang])
    assert doc.publisher == ""
    assert doc.published == datetime.date(2026, 6, 3)


@pytest.mark.parametrize("label", ["| Politics", "- LIVE", "| Video", "– Opinion"])
def test_one_word_after_the_headline_is_its_sections_label_not_the_publisher(label):
    doc = clean(f"{TITLES['en']} {label}", *BODIES["en"])
    assert doc.title == TITLES["en"]
    assert doc.publisher == ""


def test_a_row_of_links_in_the_footer_names_no_publisher():
    doc = clean(TITLES["en"], *BODIES["en"], "About us | Privacy | Terms")
    assert doc.publisher == ""


@pytest.mark.parametrize(
    "lang, sentence, outlet",
    [
        ("en", "As previously reported by Harbour Wire, the council had delayed the vote twice.", "Harbour Wire"),
        ("de", "Die Abstimmung war zweimal verschoben worden, berichtet ein Korrespondent von Hafenfunk.", "Hafenfunk"),
        ("fr", "Le vote avait été reporté deux fois, rapporte le correspondant de Radio Rivebourg.", "Radio Rivebourg"),
        (
            "es",
            "La votación se había aplazado dos veces, informa el corresponsal de Prensa del Puerto.",
            "Prensa del Puerto",
        ),
    ],
)
def test_the_outlet_the_article_names_as_its_own_reporter_is_the_publisher(lang, sentence, outlet):
    doc = clean(TITLES[lang], *BODIES[lang], sentence)
    assert doc.publisher == outlet
    assert sentence in doc.body


def test_an_outlet_the_article_cites_is_no_publisher():
    sentence = "As reported by Harbour Wire, the council had delayed the vote twice."
    doc = clean(TITLES["en"], *BODIES["en"], sentence)
    assert doc.publisher == ""


def test_a_domain_written_with_its_names_capitals_names_the_site():
    doc = clean(TITLES["en"], *BODIES["en"], "RivertonPost.example")
    assert doc.publisher == "rivertonpost.example" and "RivertonPost.example" not in doc.text


@pytest.mark.parametrize(
    "lang, line, outlet",
    [
        ("en", "Follow The Riverton Post on Facebook and X", "The Riverton Post"),
        ("en", "Get the Harbour Wire app", "Harbour Wire"),
        ("en", "Join the Harbour Wire WhatsApp channel", "Harbour Wire"),
        ("en", "More from The Harbour Wire", "The Harbour Wire"),
        ("de", "Folgen Sie Hafenfunk auf Instagram", "Hafenfunk"),
        ("de", "Mehr von Hafenfunk", "Hafenfunk"),
        ("fr", "Suivez Le Courrier du Port sur Facebook", "Le Courrier du Port"),
        ("es", "Sigue a El Correo del Puerto en X", "El Correo del Puerto"),
        ("es", "Suscríbete a El Correo del Puerto en WhatsApp", "El Correo del Puerto"),
    ],
)
def test_the_site_naming_itself_on_a_line_of_its_furniture_is_the_publisher(lang, line, outlet):
    doc = clean(TITLES[lang], *BODIES[lang], line)
    assert doc.publisher == outlet
    assert line not in doc.text and all(p in doc.body for p in BODIES[lang])


@pytest.mark.parametrize(
    "lines",
    [
        ["By Jane Doe", "Follow Jane Doe on X"],  # the writer, under her byline
        ["More from Riverton"],  # a place the article tells of
        ["Follow us on Facebook"],
        ["Get the facts"],  # no channel after the name
    ],
)
def test_a_writer_a_subject_or_no_name_on_such_a_line_names_no_publisher(lines):
    doc = clean(TITLES["en"], *BODIES["en"], *lines)
    assert doc.publisher == ""


@pytest.mark.parametrize(
    "address, site",
    [("jane.doe@riverton-post.example", "riverton-post.example"), ("jane.doe@gmail.com", "")],
)
def test_a_writers_mail_address_names_the_site_unless_anyone_may_have_it(address, site):
    doc = clean(TITLES["en"], *BODIES["en"], f"Contact the writer: {address}")
    assert doc.publisher == site and address not in doc.text


def test_a_short_headline_before_a_bar_gives_the_site_after_it():
    doc = clean("Harbour budget passes | The Riverton Post", *BODIES["en"])
    assert doc.title == "Harbour budget passes" and doc.publisher == "The Riverton Post"


@pytest.mark.parametrize(
    "lang, note, outlet",
    [
        (
            "en",
            "This article is republished from The Harbour Review under a Creative Commons license.",
            "The Harbour Review",
        ),
        ("es", "Este artículo fue republicado de El Correo del Puerto.", "El Correo del Puerto"),
    ],
)
def test_a_note_that_the_article_is_republished_names_the_outlet_and_goes(lang, note, outlet):
    doc = clean(TITLES[lang], *BODIES[lang], note)
    assert doc.publisher == outlet and note not in doc.text


@pytest.mark.parametrize(
    "lang, line, outlet",
    [
        ("en", "See more from The Harbour Wire", "The Harbour Wire"),
        ("en", "Also on Harbour Wire:", "Harbour Wire"),
        ("de", "Mehr bei Hafenfunk", "Hafenfunk"),
        ("fr", "Lire aussi sur Le Courrier du Port", "Le Courrier du Port"),
        ("es", "Lee también en El Correo del Puerto", "El Correo del Puerto"),
    ],
)
def test_a_pointer_to_more_on_a_site_names_it(lang, line, outlet):
    doc = clean(TITLES[lang], *BODIES[lang], line)
    assert doc.publisher == outlet and line not in doc.text


@pytest.mark.parametrize("line", ["Harbour Wire Staff", "Harbour Wire Newsroom", "Harbour Wire Editorial Team"])
def test_a_sites_newsroom_signing_a_line_names_the_site(line):
    doc = clean(TITLES["en"], *BODIES["en"], line)
    assert doc.publisher == "Harbour Wire" and line not in doc.text


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("Home | Valley Wire", "Valley Wire"),
        ("Valley Wire > World", "Valley Wire"),
        ("Startseite Flussheimer Bote", "Flussheimer Bote"),
        ("Menu n-tv Search", "n-tv"),
    ],
)
def test_the_sites_name_among_its_menus_words_above_the_article_names_it(line, outlet):
    doc = clean(line, TITLES["en"], *BODIES["en"])
    assert doc.publisher == outlet and doc.title == TITLES["en"]


@pytest.mark.parametrize("line", ["Home | World", "Menu Search", "Home > Riverton > Harbour"])
def test_a_menu_of_labels_or_the_articles_words_names_no_site(line):
    assert clean(line, TITLES["en"], *BODIES["en"]).publisher == ""


def test_the_browsers_title_line_names_the_site_before_the_headline_and_its_section():
    # "Site - headline - section", the page's title as a browser shows it
    line = "Valley Wire - Riverton council approves harbour budget and flood defences - World News"
    doc = clean(line, *BODIES["en"])
    assert doc.publisher == "Valley Wire" and line not in doc.text
    assert doc.title == "Riverton council approves harbour budget and flood defences"


def test_the_sites_name_before_a_bar_in_the_headline_names_the_site():
    doc = clean("Valley Wire | Riverton council approves the harbour budget", *BODIES["en"])
    assert doc.publisher == "Valley Wire" and doc.title == "Riverton council approves the harbour budget"


def test_the_last_desk_a_wire_dateline_names_is_the_publisher():
    body = BODIES["en"]
    doc = clean(TITLES["en"], "RIVERTON (ValleyNewsWest/Valley News) -- " + body[0], *body[1:])
    assert doc.publisher == "Valley News"


@pytest.mark.parametrize(
    "lang, headline, logo, stamp",
    [
        (
            "en",
            "Riverton council approves the harbour budget, ends 'two years of debate'",
            "Rivertonpost logo",
            "Last updated: Tuesday, March 12, 2026 10:28PM GMT",
        ),
        (
            "de",
            "Stadtrat beschließt Haushalt für das Hafenviertel: „Zwei Jahre Streit sind vorbei“",
            "Logo Flussheimer Bote",
            "Aktualisiert: Donnerstag, 12.03.2026, 22:28 Uhr",
        ),
        (
            "fr",
            "Le conseil de Rivebourg adopte le budget du port, « après deux ans de débat »",
            "Le Courrier du Port - logo",
            "Mis à jour le jeudi 12 mars 2026 à 22h28",
        ),
        (
            "es",
            'El consejo de Riberalta aprueba el presupuesto del puerto: "dos años de debate"',
            "Logo: El Correo del Puerto",
            "Actualizado: jueves, 12 de marzo de 2026 22:28",
        ),
    ],
)
def test_the_text_of_the_sites_logo_under_a_quoting_headline_is_no_title(lang, headline, logo, stamp):
    doc = clean(headline, logo, stamp, *BODIES[lang])
    assert doc.title == headline and logo not in doc.text
    assert doc.published == datetime.date(2026, 3, 12)


@pytest.mark.parametrize(
    "lang, masthead, section",
    [
        ("en", "RPTV", "Politics"),
        ("de", "FlussTV", "Politik"),
        ("fr", "RBFM", "Gouvernement"),
        ("es", "CorreoTV", "Política"),
    ],
)
def test_the_sites_one_word_name_heading_the_page_over_its_sections_label_is_the_publisher(lang, masthead, section):
    doc = clean(masthead, section, TITLES[lang], *BODIES[lang])
    assert doc.publisher == masthead and doc.title == TITLES[lang]
    assert masthead not in doc.text


@pytest.mark.parametrize(
    "lang, first",
    [
        ("en", "Weather"),  # a capitalised word alone is a section's label as often
        ("de", "Flussheim"),  # the place the article tells of
        ("fr", "Rivebourg"),
        ("es", "Riberalta"),
    ],
)
def test_a_capitalised_word_or_the_articles_place_heading_the_page_is_no_publisher(lang, first):
    doc = clean(first, TITLES[lang], *BODIES[lang])
    assert doc.publisher == "" and doc.title == TITLES[lang]


@pytest.mark.parametrize(
    "lang, line",
    [
        ("en", "Reuters 27.07.2026 10:28"),
        ("de", "dpa 27.07.2026 - 22:17 Uhr"),
        ("fr", "AFP 27/07/2026 à 10h59"),
        ("es", "EFE 27/07/2026 - 10:59"),
    ],
)
def test_an_agency_before_the_pages_date_is_the_texts_source_not_the_publisher(lang, line):
    doc = clean(TITLES[lang], line, *BODIES[lang])
    assert doc.publisher == "" and doc.published == datetime.date(2026, 7, 27)
    assert line not in doc.text


@pytest.mark.parametrize(
    "lang, byline, outlet",
    [
        ("en", "By RPTV", "RPTV"),
        ("de", "Von FlussTV", "FlussTV"),
        ("fr", "Par RBFM", "RBFM"),
        ("es", "Por CorreoTV", "CorreoTV"),
    ],
)
def test_a_byline_naming_an_outlet_written_as_only_a_name_is_names_the_publisher(lang, byline, outlet):
    doc = clean(TITLES[lang], byline, *BODIES[lang])
    assert doc.publisher == outlet and doc.title == TITLES[lang]
    assert byline not in doc.text and all(p in doc.body for p in BODIES[lang])


@pytest.mark.parametrize(
    "lang, credit, outlet",
    [
        ("en", "Provided by Channel 9 • June 3, 2026 10:59", "Channel 9"),
        ("de", "Bereitgestellt von Radio 21 03.06.2026 - 10:59 Uhr", "Radio 21"),
        ("fr", "Information fournie par Radio 7 • 03/06/2026 à 10:59", "Radio 7"),
        ("es", "Proporcionado por Canal 8 03/06/2026 - 10:59", "Canal 8"),
    ],
)
def test_the_provider_of_a_reprint_on_its_stamp_line_is_the_publisher(lang, credit, outlet):
    doc = clean(TITLES[lang], credit, *BODIES[lang])
    assert doc.publisher == outlet and doc.published == datetime.date(2026, 6, 3)
    assert credit not in doc.text


@pytest.mark.parametrize(
    "lang, credit, outlet",
    [
        ("en", "With Channel 9", "Channel 9"),
        ("de", "Mit Radio 21", "Radio 21"),
        ("fr", "Avec Radio 7", "Radio 7"),
        ("es", "Con Canal 8", "Canal 8"),
    ],
)
def test_an_outlet_credited_with_the_text_under_a_reprint_is_the_publisher(lang, credit, outlet):
    doc = clean(TITLES[lang], *BODIES[lang], credit)
    assert doc.publisher == outlet and credit not in doc.text


@pytest.mark.parametrize("at_the_end", [True, False])
@pytest.mark.parametrize(
    "lang, credit",
    [
        ("en", "By Jane Doe"),  # a writer
        ("en", "By admin"),  # a login
        ("en", "With AP"),  # an agency: the text's source
        ("de", "Von Max Muster"),
        ("de", "Mit dpa"),
        ("de", "Mit 21 Toten"),  # a count, not a channel's number
        ("de", "Von admin"),
        ("fr", "Par Jean Dupont"),
        ("fr", "Avec AFP"),
        ("fr", "Par admin"),
        ("es", "Por Ana Ruiz"),
        ("es", "Por redaccion"),
        ("es", "Con EFE"),
    ],
)
def test_a_credit_naming_a_writer_an_agency_or_a_count_names_no_publisher(lang, credit, at_the_end):
    page = [TITLES[lang], *BODIES[lang], credit] if at_the_end else [TITLES[lang], credit, *BODIES[lang]]
    assert clean(*page).publisher == ""


@pytest.mark.parametrize(
    "lang, sentence, outlet",
    [
        ("en", "RPTV can reveal that the council had delayed the vote twice before it approved the budget.", "RPTV"),
        (
            "de",
            "Laut HAFENBOTE-Informationen war die Abstimmung über den Haushalt zuvor zweimal verschoben worden.",
            "HAFENBOTE",
        ),
        (
            "fr",
            "Comment le conseil a-t-il adopté le budget du port ? Radio Rivebourg fait le point.",
            "Radio Rivebourg",
        ),
        ("es", "CORREOTV ha podido saber que la votación se había aplazado dos veces antes del martes.", "CORREOTV"),
    ],
)
def test_the_outlet_telling_of_its_own_reporting_before_the_words_that_say_so_is_the_publisher(lang, sentence, outlet):
    body = BODIES[lang]
    doc = clean(TITLES[lang], body[0], sentence, *body[1:])
    assert doc.publisher == outlet
    assert sentence in doc.body


@pytest.mark.parametrize(
    "lang, sentence",
    [
        ("en", "The mayor can reveal that the council had delayed the vote twice before it approved the budget."),
        ("de", "Laut Polizei-Informationen war die Abstimmung über den Haushalt zuvor zweimal verschoben worden."),
        ("fr", "Emmanuel Martin fait le point sur le budget du port devant le conseil municipal mardi soir."),
        (
            "fr",
            "Après le vote du budget du port devant le conseil municipal mardi, la maire Anne Martin fait le point.",
        ),
        ("es", "La Policía ha podido saber que la votación se había aplazado dos veces antes del martes."),
    ],
)
def test_a_body_or_a_person_telling_of_what_it_learned_is_no_publisher(lang, sentence):
    body = BODIES[lang]
    doc = clean(TITLES[lang], body[0], sentence, *body[1:])
    assert doc.publisher == "" and sentence in doc.body


@pytest.mark.parametrize(
    "lang, search, form",
    [
        ("en", "Search This Blog", "Contact Form"),
        ("de", "Diesen Blog durchsuchen", "Kontaktformular"),
        ("fr", "Rechercher dans ce blog", "Formulaire de contact"),
        ("es", "Buscar este blog", "Formulario de contacto"),
    ],
)
def test_a_blogs_widget_labels_heading_the_page_are_no_publisher(lang, search, form):
    over_the_date = clean(search, DATES[lang], TITLES[lang], *BODIES[lang])
    heading = clean(form, TITLES[lang], *BODIES[lang])
    assert over_the_date.publisher == "" and heading.publisher == ""
    assert over_the_date.title == TITLES[lang] and heading.title == TITLES[lang]
    assert search not in over_the_date.text and form not in heading.text


@pytest.mark.parametrize(
    "lang, label",
    [("en", "Physical Address"), ("de", "Postanschrift"), ("fr", "Adresse postale"), ("es", "Dirección postal")],
)
def test_a_contact_widgets_label_heading_the_page_is_no_publisher(lang, label):
    doc = clean(label, TITLES[lang], *BODIES[lang])
    assert doc.publisher == "" and doc.title == TITLES[lang] and label not in doc.text


@pytest.mark.parametrize("under_the_headline", [True, False])
@pytest.mark.parametrize(
    "lang, line, outlet",
    [
        ("en", "Harbour Wire Bureau", "Harbour Wire"),
        ("de", "Die Redaktion von Hafenfunk", "Hafenfunk"),
        ("fr", "La rédaction numérique de Radio Rivebourg", "Radio Rivebourg"),
        ("es", "La redacción de El Correo del Puerto", "El Correo del Puerto"),
    ],
)
def test_a_newsrooms_line_naming_its_outlet_is_a_byline_naming_the_publisher(lang, line, outlet, under_the_headline):
    body = BODIES[lang]
    page = [TITLES[lang], line, *body] if under_the_headline else [TITLES[lang], body[0], line, *body[1:]]
    doc = clean(*page)
    assert doc.publisher == outlet and doc.title == TITLES[lang]
    assert line not in doc.text and all(p in doc.text for p in body)


def test_a_team_of_what_the_article_tells_of_names_no_newsroom():
    doc = clean(TITLES["en"], "Riverton Team", *BODIES["en"])
    assert doc.publisher == ""


@pytest.mark.parametrize(
    "lang, sentence, again",
    [
        (
            "en",
            "HPD can reveal that the council had delayed the vote twice before it approved the budget.",
            "HPD officers said on Wednesday that the vote had been delayed twice before it passed.",
        ),
        (
            "de",
            "Laut BKA-Informationen war die Abstimmung über den Haushalt zuvor zweimal verschoben worden.",
            "Das BKA ermittelt seit dem Frühjahr wegen möglicher Unregelmäßigkeiten bei der Vergabe der Aufträge.",
        ),
        (
            "fr",
            "Comment le conseil a-t-il adopté le budget du port ? La DGSI fait le point.",
            "La DGSI enquête depuis le printemps sur de possibles irrégularités dans l'attribution des marchés.",
        ),
        (
            "es",
            "La UCO ha podido saber que la votación se había aplazado dos veces antes del martes.",
            "La UCO investiga desde la primavera posibles irregularidades en la adjudicación de los contratos.",
        ),
    ],
)
def test_a_body_the_article_names_again_telling_of_what_it_learned_is_no_publisher(lang, sentence, again):
    body = BODIES[lang]
    doc = clean(TITLES[lang], body[0], sentence, again, *body[1:])
    assert doc.publisher == "" and sentence in doc.body


@pytest.mark.parametrize(
    "lang, cited, credit",
    [
        (
            "en",
            "The Harbour Authority counted 300 damaged homes in the district after the storms, most of them near the old quay.",
            "Damaged homes by street. Graphic: Harbour Authority",
        ),
        (
            "de",
            "Das Hafenamt zählte nach den Stürmen 300 beschädigte Häuser im Viertel, die meisten davon in der Nähe des alten Kais.",
            "Beschädigte Häuser nach Straße. Grafik: Hafenamt",
        ),
        (
            "fr",
            "La Capitainerie compte 300 maisons endommagées dans le quartier après les tempêtes, la plupart près du vieux quai.",
            "Maisons endommagées par rue. Graphique : Capitainerie",
        ),
        (
            "es",
            "La Capitanía contó 300 casas dañadas en el barrio tras las tormentas, la mayoría de ellas cerca del viejo muelle.",
            "Casas dañadas por calle. Gráfico: Capitanía",
        ),
    ],
)
def test_a_chart_credited_to_a_source_the_article_cites_names_no_publisher(lang, cited, credit):
    # the chart shows the cited body's figures: its credit names the source, not the outlet's own desk
    body = BODIES[lang]
    doc = clean(TITLES[lang], *body[:2], credit, cited, *body[2:])
    assert doc.publisher == ""
    assert credit not in doc.text and cited in doc.body


@pytest.mark.parametrize(
    "lang, caption",
    [
        ("en", "Mayor Linda Okafor at the harbour on Tuesday. Photo: © Jane Roe, Reuters"),
        ("de", "Bürgermeisterin Anna Berger am Hafen am Dienstag. Foto: © Jane Roe, Reuters"),
        ("fr", "La maire Claire Martin au port mardi. Photo : © Jane Roe, Reuters"),
        ("es", "La alcaldesa Lucía Romero en el puerto el martes. Foto: © Jane Roe, Reuters"),
    ],
)
def test_a_pictures_credit_in_its_caption_above_the_article_names_no_publisher(lang, caption):
    doc = clean(caption, *BODIES[lang])
    assert doc.publisher == ""
    assert caption not in doc.text


@pytest.mark.parametrize(
    "lang, stamp",
    [
        ("en", "World News By: Newsroom June 3, 2026"),
        ("de", "Politik Von: Redaktion 3. Juni 2026"),
        ("fr", "Monde Par: Rédaction 3 juin 2026"),
        ("es", "Actualidad Por: Redacción3 de junio de 2026"),
    ],
)
def test_a_label_and_its_value_before_the_date_name_no_site_and_the_date_is_read(lang, stamp):
    doc = clean(TITLES[lang], stamp, *BODIES[lang])
    assert doc.publisher == "" and doc.published == datetime.date(2026, 6, 3)
    assert stamp not in doc.text


@pytest.mark.parametrize(
    "lang, line, outlet",
    [
        ("en", "Harbour Post © 2026", "Harbour Post"),
        ("de", "Hafenbote © 2020-2026", "Hafenbote"),
        ("fr", "Le Courrier du Port © 2026", "Le Courrier du Port"),
        ("es", "El Correo del Puerto © 2026", "El Correo del Puerto"),
    ],
)
def test_a_sites_name_with_its_copyright_mark_and_year_after_it_below_the_article_names_the_publisher(
    lang, line, outlet
):
    doc = clean(TITLES[lang], *BODIES[lang], line)
    assert doc.publisher == outlet and line not in doc.text


@pytest.mark.parametrize(
    "lang, line",
    [
        ("en", "Photo: Jane Doe © 2026"),
        ("de", "Foto: Max Mustermann © 2026"),
        ("fr", "Photo : Jean Dupont © 2026"),
        ("es", "Foto: Ana Ruiz © 2026"),
    ],
)
def test_a_pictures_credit_with_a_year_below_the_article_names_no_publisher(lang, line):
    assert clean(TITLES[lang], *BODIES[lang], line).publisher == ""


@pytest.mark.parametrize(
    "lang, sign_off, outlet",
    [
        ("en", "HARBOURTEXT", "HARBOURTEXT"),
        ("de", "HAFENTEXT vom 14.08.2026", "HAFENTEXT"),
        ("fr", "PORTINFO du 14.08.2026", "PORTINFO"),
        ("es", "PUERTOTEXTO del 14.08.2026", "PUERTOTEXTO"),
    ],
)
@pytest.mark.parametrize("glued", [True, False])
def test_the_outlets_name_signing_off_after_the_article_names_the_publisher(lang, sign_off, outlet, glued):
    body = list(BODIES[lang])
    lines = [*body[:-1], f"{body[-1]} {sign_off}"] if glued else [*body, sign_off]
    doc = clean(TITLES[lang], *lines)
    assert doc.publisher == outlet
    assert sign_off not in doc.text and body[-1] in doc.body


@pytest.mark.parametrize(
    "lang, tail",
    [
        ("en", "Amon"),  # the dump cut after a sentence's first word
        ("de", "Polizeisprecher"),
        ("fr", "Selon"),
        ("es", "Según"),
    ],
)
def test_a_capitalised_word_glued_after_the_last_sentence_names_no_publisher(lang, tail):
    body = list(BODIES[lang])
    doc = clean(TITLES[lang], *body[:-1], f"{body[-1]} {tail}")
    assert doc.publisher == ""
    assert body[-1] in doc.body


@pytest.mark.parametrize("line", ["Jane Doe", "kb", "Harbour"])
def test_a_writers_name_initials_or_a_word_alone_after_the_article_name_no_publisher(line):
    assert clean(TITLES["en"], *BODIES["en"], line).publisher == ""
