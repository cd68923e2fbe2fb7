"""Lines written in capitals: a sentence of the article stays in the body wherever it sits, a headline in
capitals is the title, and a widget's labels in capitals still go. In the four languages; the bodies are
made up."""

import io

import pytest
from django.core.management import call_command

from stories.models import Article

from .cleaning_samples import BODIES, TITLES, clean

CAPITAL_SENTENCES = {
    "en": ["NO ONE WAS HURT.", "THE COUNCIL MEETS AGAIN IN APRIL."],
    "de": ["NIEMAND WURDE VERLETZT.", "DER STADTRAT TAGT IM APRIL ERNEUT."],
    "fr": ["PERSONNE N'A ÉTÉ BLESSÉ.", "LE CONSEIL SE RÉUNIRA EN AVRIL."],
    "es": ["NADIE RESULTÓ HERIDO.", "EL CONSEJO SE REUNIRÁ EN ABRIL."],
}


@pytest.mark.parametrize("lang", BODIES)
@pytest.mark.parametrize("where", ["between paragraphs", "last"])
def test_a_sentence_written_in_capitals_stays_in_the_body(lang, where):
    body = BODIES[lang]
    for sentence in CAPITAL_SENTENCES[lang]:
        lines = [*body[:2], sentence, *body[2:]] if where == "between paragraphs" else [*body, sentence]
        doc = clean(TITLES[lang], *lines)
        assert sentence in doc.body, sentence
        assert doc.title == TITLES[lang] and all(p in doc.body for p in body)


@pytest.mark.parametrize("lang", BODIES)
def test_a_headline_written_in_capitals_is_the_title(lang):
    headline = TITLES[lang].upper()
    doc = clean(headline, *BODIES[lang])
    assert doc.title == headline
    assert headline not in doc.text and doc.body == "\n\n".join(BODIES[lang])


@pytest.mark.parametrize(
    "lang, labels",
    [
        ("en", "FT LIVE HT a.e.t."),
        ("de", "SPIELENDE LIVE HZ."),
        ("fr", "TERMINÉ LIVE MT a.p."),
        ("es", "FINAL EN VIVO DESC."),
    ],
)
def test_a_widgets_labels_in_capitals_still_go(lang, labels):
    body = BODIES[lang]
    doc = clean(TITLES[lang], *body[:2], labels, *body[2:])
    assert labels not in doc.text and all(p in doc.body for p in body)


@pytest.mark.django_db
def test_the_import_command_keeps_a_sentence_in_capitals_and_takes_a_headline_in_capitals(tmp_path):
    headline, sentence = TITLES["de"].upper(), CAPITAL_SENTENCES["de"][0]
    page = [headline, *BODIES["de"][:2], sentence, *BODIES["de"][2:]]
    (tmp_path / "hafen.txt").write_text("\n\n".join(page), encoding="utf-8")
    call_command("import_articles", str(tmp_path / "hafen.txt"), "--no-progress", stdout=io.StringIO())
    article = Article.objects.get()
    assert article.title == headline
    assert sentence in article.body and all(p in article.body for p in BODIES["de"])
