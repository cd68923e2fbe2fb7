"""A line's role from its shape and its place on the page, whatever its words: the lines between the headline
and the article that share no word with it (a writer's name, a time stamp, a widget's label), the caption
above a picture's credit, a caption closed by its credit however long it is. In the four languages; the
lines and bodies are made up.

Each language's lines are one record (LINES); every test runs once a language on its page (the `page` fixture).
"""

import datetime
import io
from dataclasses import dataclass

import pytest
from django.core.management import call_command

from stories.cleaning import CleanedDocument
from stories.cleaning.dates import find_date
from stories.models import Article

from .cleaning_samples import BODIES, TITLES, clean


@dataclass(frozen=True)
class Lines:
    """One language's made-up lines of page furniture and of article text, set around its sample article."""

    header: tuple[str, ...]  # under the headline: a time stamp, the writer's name without "By", a widget's label
    first_heading: str  # a heading of the article's first section, in the article's words
    caption: str  # a picture's caption above its credit
    credit: str  # the picture's credit
    source: str  # a line naming where the facts come from
    long_caption: str  # a caption as long as a paragraph, closed by its picture's credit
    dated_sentence: str  # a sentence of the article that opens with a date
    time_stamps: tuple[str, str]  # a live page's time stamps
    timed_sentence: str  # a sentence of the article with a time of day
    map_credit: str
    long_headline: str  # a headline as long as a sentence
    headline_tag: str  # the tag in brackets closing it
    tagged_caption: str  # a line closed by a picture's label


LINES = {
    "en": Lines(
        header=("2 months ago", "Tamsin Okonkwo", "Spread the word"),
        first_heading="Flood defences for the harbour district",
        caption="Linda Okafor, file picture",
        credit="Photo: Jane Doe, CC BY-SA 2.0",
        source="Source: City of Riverton",
        long_caption="The mayor of Riverton, Linda Okafor, is seen outside the council chamber on March 3, 2026 in "
        "Riverton. The council approved the budget for the harbour district after two years of debate. The vote ended "
        "a long dispute over the flood defences. (Photo by Jane Doe/Getty Images)",
        dated_sentence="March 3, 2026 marks a turning point.",
        time_stamps=("Posted at 10:45 GMT", "10:45 a.m. ET"),
        timed_sentence="The council meets again at 18:00 on Friday.",
        map_credit="Map: Jane Doe/The Riverton Post",
        long_headline="Riverton council approves the harbour budget after two years of debate over the flood defences",
        headline_tag="(Video)",
        tagged_caption="The harbour of Riverton on Tuesday morning (file photo)",
    ),
    "de": Lines(
        header=("vor 2 Monaten", "Tamsin Okonkwo", "Weitersagen erwünscht"),
        first_heading="Mehr Geld für den Hochwasserschutz",
        caption="Linda Okafor, Archivbild",
        credit="Foto: Jane Doe, CC BY-SA 2.0",
        source="Quelle: Stadt Flussheim",
        long_caption="Die Bürgermeisterin von Flussheim, Linda Okafor, vor dem Sitzungssaal am 3. März 2026 in "
        "Flussheim. Der Stadtrat hat den Haushalt für das Hafenviertel nach zwei Jahren Debatte beschlossen. Die "
        "Abstimmung beendete einen langen Streit über den Hochwasserschutz. (Foto: Jane Doe / dpa)",
        dated_sentence="Der 3. März 2026 markiert eine Wende.",
        time_stamps=("Aktualisiert um 14:32 Uhr", "14.32 Uhr"),
        timed_sentence="Der Stadtrat tagt am Freitag um 18 Uhr erneut.",
        map_credit="Karte: Jane Doe/Flussheimer Bote",
        long_headline="Stadtrat von Flussheim beschließt nach zwei Jahren Debatte den Haushalt für das Hafenviertel",
        headline_tag="(mit Video)",
        tagged_caption="Der Hafen von Flussheim am Dienstagmorgen. (Archivbild)",
    ),
    "fr": Lines(
        header=("il y a 2 mois", "Tamsin Okonkwo", "Faites passer"),
        first_heading="La protection du quartier du port",
        caption="Linda Okafor, photo d'illustration",
        credit="Photo : Jane Doe, CC BY-SA 2.0",
        source="Source : Ville de Rivebourg",
        long_caption="La maire de Rivebourg, Linda Okafor, devant la salle du conseil le 3 mars 2026 à Rivebourg. Le "
        "conseil a adopté le budget du quartier du port après deux ans de débat. Le vote a mis fin à une longue "
        "querelle sur la protection contre les crues. (Photo : Jane Doe / AFP)",
        dated_sentence="Le 3 mars 2026 marque un tournant historique.",
        time_stamps=("Mis à jour à 14h30", "14h30"),
        timed_sentence="Le conseil se réunira vendredi à 18h00.",
        map_credit="Carte : Jane Doe/Le Courrier du Port",
        long_headline="Le conseil de Rivebourg adopte le budget du port après deux ans de débat sur les crues",
        headline_tag="[Photos]",
        tagged_caption="Linda Okafor, photo d'illustration",
    ),
    "es": Lines(
        header=("hace 2 meses", "Tamsin Okonkwo", "Corre la voz"),
        first_heading="La defensa del barrio del puerto",
        caption="Linda Okafor, imagen de archivo",
        credit="Foto: Jane Doe, CC BY-SA 2.0",
        source="Fuente: Ayuntamiento de Riberalta",
        long_caption="La alcaldesa de Riberalta, Linda Okafor, ante la sala del consejo el 3 de marzo de 2026 en "
        "Riberalta. El consejo aprobó el presupuesto del barrio del puerto tras dos años de debate. La votación puso "
        "fin a una larga disputa sobre la defensa contra inundaciones. (EFE Foto/Jane Doe)",
        dated_sentence="El 3 de marzo de 2026 marca un antes y un después.",
        time_stamps=("Actualizado a las 14:30 h", "14:30"),
        timed_sentence="El consejo se reunirá el viernes a las 18:00.",
        map_credit="Mapa: Jane Doe/El Correo del Puerto",
        long_headline="El consejo de Riberalta aprueba el presupuesto del puerto tras dos años de debate sobre las "
        "inundaciones",
        headline_tag="(Video)",
        tagged_caption="El puerto de Riberalta el martes por la mañana - imagen de archivo",
    ),
}


@dataclass(frozen=True)
class Page:
    """A language's sample article under its headline, and the lines a test sets around it."""

    lines: Lines
    title: str
    body: list[str]

    @property
    def body_text(self) -> str:
        return "\n\n".join(self.body)

    def clean(self, *inserted: str, at: int) -> CleanedDocument:
        """The headline, then the article with `inserted` before its paragraph number `at`, cleaned."""
        return clean(self.title, *self.body[:at], *inserted, *self.body[at:])


@pytest.fixture(params=list(LINES))
def page(request) -> Page:
    return Page(LINES[request.param], TITLES[request.param], BODIES[request.param])


def reasons(doc: CleanedDocument, *texts: str) -> list[str]:
    """Why the cleaner removed the blocks of these texts, in page order."""
    return [b.reason for b in doc.blocks if b.text in texts]


def test_lines_under_the_headline_that_share_no_word_with_the_article_go(page):
    doc = page.clean(*page.lines.header, at=0)
    assert doc.title == page.title
    assert not any(line in doc.text for line in page.lines.header)
    assert doc.body == page.body_text


def test_a_heading_in_the_articles_words_above_its_first_paragraph_stays(page):
    doc = page.clean(page.lines.header[0], page.lines.first_heading, at=0)
    assert page.lines.first_heading in doc.body and page.lines.header[0] not in doc.text
    assert all(p in doc.body for p in page.body)


def test_the_lines_above_a_pictures_credit_are_its_caption(page):
    caption, credit = page.lines.caption, page.lines.credit
    doc = page.clean("Jane Doe", caption, credit, at=2)
    assert not any(line in doc.text for line in ("Jane Doe", caption, credit))
    assert doc.body == page.body_text
    assert set(reasons(doc, "Jane Doe", caption)) == {"photo caption"}


def test_a_heading_above_a_source_line_is_no_caption(page):
    doc = page.clean(page.lines.first_heading, page.lines.source, at=1)
    assert page.lines.first_heading in doc.body and page.lines.source not in doc.text


def test_a_caption_closed_by_its_pictures_credit_goes_however_long(page):
    doc = page.clean(page.lines.long_caption, at=2)
    assert page.lines.long_caption not in doc.text and doc.body == page.body_text
    assert reasons(doc, page.lines.long_caption) == ["photo caption"]


def test_a_paragraph_citing_its_source_in_brackets_stays(page):
    cited = page.body[1][:-1] + " (Source: Riverton City Council)."
    doc = clean(page.title, page.body[0], cited, *page.body[2:])
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
    lines = LINES["es"]
    page = [TITLES["es"], *lines.header, BODIES["es"][0], lines.caption, lines.credit, *BODIES["es"][1:]]
    (tmp_path / "puerto.txt").write_text("\n\n".join(page), encoding="utf-8")
    call_command("import_articles", str(tmp_path / "puerto.txt"), "--no-progress", stdout=io.StringIO())
    article = Article.objects.get()
    assert article.title == TITLES["es"] and article.body == "\n\n".join(BODIES["es"])
    removed = {b.text: b.reason for b in article.blocks.filter(role="removed")}
    assert removed[lines.caption] == "photo caption" and removed["hace 2 meses"] == "timestamp"


def test_a_sentence_with_a_date_between_the_articles_paragraphs_stays_and_dates_nothing(page):
    doc = page.clean(page.lines.dated_sentence, at=2)
    assert page.lines.dated_sentence in doc.body and all(p in doc.body for p in page.body)
    assert doc.published is None


def test_a_live_pages_time_stamp_goes_wherever_it_sits_and_a_sentence_with_a_time_stays(page):
    body, (first, second), timed = page.body, page.lines.time_stamps, page.lines.timed_sentence
    doc = clean(page.title, first, body[0], second, *body[1:2], timed, *body[2:])
    assert first not in doc.text and second not in doc.text
    assert timed in doc.body and all(p in doc.text for p in body)
    assert set(reasons(doc, first, second)) == {"timestamp"}


def test_a_maps_credit_goes_like_a_pictures(page):
    doc = page.clean(page.lines.map_credit, at=2)
    assert page.lines.map_credit not in doc.text and all(p in doc.body for p in page.body)
    assert reasons(doc, page.lines.map_credit) == ["photo caption"]


def test_a_long_headline_closed_by_a_tag_in_brackets_is_the_title(page):
    headline = f"{page.lines.long_headline} {page.lines.headline_tag}"
    doc = clean(headline, *page.body)
    assert doc.title == headline and doc.body == page.body_text


def test_a_line_closed_by_a_pictures_label_is_a_caption_and_so_are_the_names_above_its_credit(page):
    caption, credit = page.lines.tagged_caption, page.lines.credit
    doc = page.clean("Jane Doe", caption, credit, at=2)
    assert not any(line in doc.text for line in ("Jane Doe", caption, credit))
    assert all(p in doc.body for p in page.body)
    assert set(reasons(doc, "Jane Doe", caption)) == {"photo caption"}
    doc = page.clean(caption, at=2)
    assert caption not in doc.text and all(p in doc.body for p in page.body)


def test_a_name_under_the_lead_that_the_article_never_uses_is_the_byline(page):
    doc = page.clean("Tamsin Okonkwo", at=1)
    assert "Tamsin Okonkwo" not in doc.text and doc.author == "Tamsin Okonkwo"
    assert all(p in doc.text for p in page.body)
    # someone the article is about, named on a line of its own, stays
    doc = page.clean("Linda Okafor", at=1)
    assert "Linda Okafor" in doc.text and doc.author == ""


LEAD_SENTENCES = {
    "en": "A violent storm surge battered the harbour overnight, toppling cranes and sinking three fishing trawlers near Pier 9.",
    "de": "Eine heftige Sturmflut traf nachts den Hafen, stürzte Kräne um und versenkte drei Fischkutter nahe Pier 9.",
    "fr": "Une violente tempête a frappé la côte dans la nuit, renversant des grues et coulant trois chalutiers près du quai 9.",
    "es": "Una violenta tormenta azotó la costa durante la noche, derribó grúas y hundió tres pesqueros cerca del muelle 9.",
}


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
@pytest.mark.parametrize("headline", [True, False])
def test_the_articles_first_sentence_on_a_line_of_its_own_stays_though_it_shares_few_of_its_words(lang, headline):
    lead = LEAD_SENTENCES[lang]
    doc = clean(*([TITLES[lang]] if headline else []), lead, *BODIES[lang])
    assert lead in doc.body
    assert all(p in doc.body for p in BODIES[lang])
