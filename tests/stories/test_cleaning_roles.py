"""A line's role from its shape and its place on the page, whatever its words: the lines between the headline
and the article that share no word with it (a writer's name, a time stamp, a widget's label), the caption
above a picture's credit, a caption closed by its credit however long it is. In the four languages; the
lines and bodies are made up.
"""

import datetime
import io

import pytest
from django.core.management import call_command

from stories.cleaning.dates import find_date
from stories.models import Article

from .cleaning_samples import BODIES, TITLES, clean

# under the headline: a time stamp, the writer's name without "By", a sharing widget's label
HEADER_LINES = {
    "en": ["2 months ago", "Tamsin Okonkwo", "Spread the word"],
    "de": ["vor 2 Monaten", "Tamsin Okonkwo", "Weitersagen erwünscht"],
    "fr": ["il y a 2 mois", "Tamsin Okonkwo", "Faites passer"],
    "es": ["hace 2 meses", "Tamsin Okonkwo", "Corre la voz"],
}
# a heading of the article's first section, in the article's words
FIRST_HEADINGS = {
    "en": "Flood defences for the harbour district",
    "de": "Mehr Geld für den Hochwasserschutz",
    "fr": "La protection du quartier du port",
    "es": "La defensa del barrio del puerto",
}


@pytest.mark.parametrize("lang", BODIES)
def test_lines_under_the_headline_that_share_no_word_with_the_article_go(lang):
    body = BODIES[lang]
    doc = clean(TITLES[lang], *HEADER_LINES[lang], *body)
    assert doc.title == TITLES[lang]
    assert not any(line in doc.text for line in HEADER_LINES[lang])
    assert doc.body == "\n\n".join(body)


@pytest.mark.parametrize("lang", BODIES)
def test_a_heading_in_the_articles_words_above_its_first_paragraph_stays(lang):
    body = BODIES[lang]
    doc = clean(TITLES[lang], *HEADER_LINES[lang][:1], FIRST_HEADINGS[lang], *body)
    assert FIRST_HEADINGS[lang] in doc.body and HEADER_LINES[lang][0] not in doc.text
    assert all(p in doc.body for p in body)


CAPTIONS = {
    "en": ("Linda Okafor, file picture", "Photo: Jane Doe, CC BY-SA 2.0"),
    "de": ("Linda Okafor, Archivbild", "Foto: Jane Doe, CC BY-SA 2.0"),
    "fr": ("Linda Okafor, photo d'illustration", "Photo : Jane Doe, CC BY-SA 2.0"),
    "es": ("Linda Okafor, imagen de archivo", "Foto: Jane Doe, CC BY-SA 2.0"),
}


@pytest.mark.parametrize("lang", BODIES)
def test_the_lines_above_a_pictures_credit_are_its_caption(lang):
    body = BODIES[lang]
    caption, credit = CAPTIONS[lang]
    doc = clean(TITLES[lang], *body[:2], "Jane Doe", caption, credit, *body[2:])
    assert not any(line in doc.text for line in ("Jane Doe", caption, credit))
    assert doc.body == "\n\n".join(body)
    assert {b.reason for b in doc.blocks if b.text in ("Jane Doe", caption)} == {"photo caption"}


@pytest.mark.parametrize("lang", BODIES)
def test_a_heading_above_a_source_line_is_no_caption(lang):
    body = BODIES[lang]
    heading = FIRST_HEADINGS[lang]
    source = {"en": "Source: City of Riverton", "de": "Quelle: Stadt Flussheim", "fr": "Source : Ville de Rivebourg"}
    source["es"] = "Fuente: Ayuntamiento de Riberalta"
    doc = clean(TITLES[lang], body[0], heading, source[lang], *body[1:])
    assert heading in doc.body and source[lang] not in doc.text


LONG_CAPTIONS = {
    "en": "The mayor of Riverton, Linda Okafor, is seen outside the council chamber on March 3, 2026 in Riverton. "
    "The council approved the budget for the harbour district after two years of debate. The vote ended a long "
    "dispute over the flood defences. (Photo by Jane Doe/Getty Images)",
    "de": "Die Bürgermeisterin von Flussheim, Linda Okafor, vor dem Sitzungssaal am 3. März 2026 in Flussheim. Der "
    "Stadtrat hat den Haushalt für das Hafenviertel nach zwei Jahren Debatte beschlossen. Die Abstimmung beendete "
    "einen langen Streit über den Hochwasserschutz. (Foto: Jane Doe / dpa)",
    "fr": "La maire de Rivebourg, Linda Okafor, devant la salle du conseil le 3 mars 2026 à Rivebourg. Le conseil a "
    "adopté le budget du quartier du port après deux ans de débat. Le vote a mis fin à une longue querelle sur la "
    "protection contre les crues. (Photo : Jane Doe / AFP)",
    "es": "La alcaldesa de Riberalta, Linda Okafor, ante la sala del consejo el 3 de marzo de 2026 en Riberalta. El "
    "consejo aprobó el presupuesto del barrio del puerto tras dos años de debate. La votación puso fin a una larga "
    "disputa sobre la defensa contra inundaciones. (EFE Foto/Jane Doe)",
}


@pytest.mark.parametrize("lang", BODIES)
def test_a_caption_closed_by_its_pictures_credit_goes_however_long(lang):
    body = BODIES[lang]
    doc = clean(TITLES[lang], *body[:2], LONG_CAPTIONS[lang], *body[2:])
    assert LONG_CAPTIONS[lang] not in doc.text and doc.body == "\n\n".join(body)
    assert [b.reason for b in doc.blocks if b.text == LONG_CAPTIONS[lang]] == ["photo caption"]


@pytest.mark.parametrize("lang", BODIES)
def test_a_paragraph_citing_its_source_in_brackets_stays(lang):
    body = BODIES[lang]
    cited = body[1][:-1] + " (Source: Riverton City Council)."
    doc = clean(TITLES[lang], body[0], cited, *body[2:])
    assert cited in doc.body


@pytest.mark.parametrize(
    "line, date",
    [
        ("Published May 31,2025", datetime.date(2025, 5, 31)),
        ("Publié le 31 mai,2025", datetime.date(2025, 5, 31)),
    ],
)
def test_a_date_without_a_space_after_its_comma_is_read(line, date):
    assert find_date(line)[0] == date
    doc = clean(TITLES["en"], line, *BODIES["en"])
    assert doc.published == date and line not in doc.text


@pytest.mark.django_db
def test_the_import_command_drops_the_lines_under_the_headline_and_the_caption(tmp_path):
    caption, credit = CAPTIONS["es"]
    page = [TITLES["es"], *HEADER_LINES["es"], BODIES["es"][0], caption, credit, *BODIES["es"][1:]]
    (tmp_path / "puerto.txt").write_text("\n\n".join(page), encoding="utf-8")
    call_command("import_articles", str(tmp_path / "puerto.txt"), "--no-progress", stdout=io.StringIO())
    article = Article.objects.get()
    assert article.title == TITLES["es"] and article.body == "\n\n".join(BODIES["es"])
    reasons = {b.text: b.reason for b in article.blocks.filter(role="removed")}
    assert reasons[caption] == "photo caption" and reasons["hace 2 meses"] == "timestamp"


DATED_SENTENCES = {
    "en": "March 3, 2026 marks a turning point.",
    "de": "Der 3. März 2026 markiert eine Wende.",
    "fr": "Le 3 mars 2026 marque un tournant historique.",
    "es": "El 3 de marzo de 2026 marca un antes y un después.",
}


@pytest.mark.parametrize("lang", BODIES)
def test_a_sentence_with_a_date_between_the_articles_paragraphs_stays_and_dates_nothing(lang):
    body = BODIES[lang]
    doc = clean(TITLES[lang], *body[:2], DATED_SENTENCES[lang], *body[2:])
    assert DATED_SENTENCES[lang] in doc.body and all(p in doc.body for p in body)
    assert doc.published is None


TIME_STAMPS = {
    "en": ["Posted at 10:45 GMT", "10:45 a.m. ET"],
    "de": ["Aktualisiert um 14:32 Uhr", "14.32 Uhr"],
    "fr": ["Mis à jour à 14h30", "14h30"],
    "es": ["Actualizado a las 14:30 h", "14:30"],
}
SENTENCES_WITH_A_TIME = {
    "en": "The council meets again at 18:00 on Friday.",
    "de": "Der Stadtrat tagt am Freitag um 18 Uhr erneut.",
    "fr": "Le conseil se réunira vendredi à 18h00.",
    "es": "El consejo se reunirá el viernes a las 18:00.",
}


@pytest.mark.parametrize("lang", BODIES)
def test_a_live_pages_time_stamp_goes_wherever_it_sits_and_a_sentence_with_a_time_stays(lang):
    body = BODIES[lang]
    first, second = TIME_STAMPS[lang]
    doc = clean(TITLES[lang], first, body[0], second, *body[1:2], SENTENCES_WITH_A_TIME[lang], *body[2:])
    assert first not in doc.text and second not in doc.text
    assert SENTENCES_WITH_A_TIME[lang] in doc.body and all(p in doc.text for p in body)
    assert {b.reason for b in doc.blocks if b.text in (first, second)} == {"timestamp"}


MAP_CREDITS = {
    "en": "Map: Jane Doe/The Riverton Post",
    "de": "Karte: Jane Doe/Flussheimer Bote",
    "fr": "Carte : Jane Doe/Le Courrier du Port",
    "es": "Mapa: Jane Doe/El Correo del Puerto",
}


@pytest.mark.parametrize("lang", BODIES)
def test_a_maps_credit_goes_like_a_pictures(lang):
    body = BODIES[lang]
    doc = clean(TITLES[lang], *body[:2], MAP_CREDITS[lang], *body[2:])
    assert MAP_CREDITS[lang] not in doc.text and all(p in doc.body for p in body)
    assert [b.reason for b in doc.blocks if b.text == MAP_CREDITS[lang]] == ["photo caption"]


@pytest.mark.parametrize("lang, tag", [("en", "(Video)"), ("de", "(mit Video)"), ("fr", "[Photos]"), ("es", "(Video)")])
def test_a_long_headline_closed_by_a_tag_in_brackets_is_the_title(lang, tag):
    headline = {
        "en": "Riverton council approves the harbour budget after two years of debate over the flood defences",
        "de": "Stadtrat von Flussheim beschließt nach zwei Jahren Debatte den Haushalt für das Hafenviertel",
        "fr": "Le conseil de Rivebourg adopte le budget du port après deux ans de débat sur les crues",
        "es": "El consejo de Riberalta aprueba el presupuesto del puerto tras dos años de debate sobre las inundaciones",
    }[lang]
    doc = clean(f"{headline} {tag}", *BODIES[lang])
    assert doc.title == f"{headline} {tag}" and doc.body == "\n\n".join(BODIES[lang])


TAGGED_CAPTIONS = {
    "en": "The harbour of Riverton on Tuesday morning (file photo)",
    "de": "Der Hafen von Flussheim am Dienstagmorgen. (Archivbild)",
    "fr": "Linda Okafor, photo d'illustration",
    "es": "El puerto de Riberalta el martes por la mañana - imagen de archivo",
}


@pytest.mark.parametrize("lang", BODIES)
def test_a_line_closed_by_a_pictures_label_is_a_caption_and_so_are_the_names_above_its_credit(lang):
    body = BODIES[lang]
    caption, credit = TAGGED_CAPTIONS[lang], CAPTIONS[lang][1]
    doc = clean(TITLES[lang], *body[:2], "Jane Doe", caption, credit, *body[2:])
    assert not any(line in doc.text for line in ("Jane Doe", caption, credit))
    assert all(p in doc.body for p in body)
    assert {b.reason for b in doc.blocks if b.text in ("Jane Doe", caption)} == {"photo caption"}
    doc = clean(TITLES[lang], *body[:2], caption, *body[2:])
    assert caption not in doc.text and all(p in doc.body for p in body)


@pytest.mark.parametrize("lang", BODIES)
def test_a_name_under_the_lead_that_the_article_never_uses_is_the_byline(lang):
    body = BODIES[lang]
    doc = clean(TITLES[lang], body[0], "Tamsin Okonkwo", *body[1:])
    assert "Tamsin Okonkwo" not in doc.text and doc.author == "Tamsin Okonkwo"
    assert all(p in doc.text for p in body)
    # someone the article is about, named on a line of its own, stays
    doc = clean(TITLES[lang], body[0], "Linda Okafor", *body[1:])
    assert "Linda Okafor" in doc.text and doc.author == ""
