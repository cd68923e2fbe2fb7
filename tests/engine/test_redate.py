"""Relative dates of undated articles resolve against the story's date."""

from datetime import date

from verification.engine.claims import Document
from verification.engine.compare import ComparisonContext, resemblance, view
from verification.engine.extract import extract_claims
from verification.engine.rates import default_rates
from verification.engine.redate import redate, story_date

STORY = date(2025, 1, 28)


def extracted(text, lang, published=None):
    doc = Document(key="d", text=text, language=lang, published=published)
    return doc, extract_claims(doc)


def test_a_relative_date_of_an_undated_article_takes_the_story_date():
    doc, claims = extracted("Nvidia a été fondée l'an dernier.", "fr")
    c = next(c for c in claims if c.kind == "date")
    assert c.value["resolved"] is False
    r = redate(c, doc, STORY)
    assert (r.value["start"], r.value["end"], r.value["anchor"]) == ("2024-01-01", "2024-12-31", "story")


def test_the_date_of_a_figures_sentence_is_resolved_too_and_keeps_figures_of_other_times_apart():
    doc, claims = extracted(
        "Nvidia avait perdu en septembre de l'année dernière 279 milliards de dollars de capitalisation boursière.",
        "fr",
    )
    old = redate(next(c for c in claims if c.kind == "money"), doc, STORY)
    assert old.extra["date_context"]["start"] == "2024-09-01" and old.extra["date_context"]["anchor"] == "story"
    now_doc, now_claims = extracted("Nvidia lost $600 billion in market capitalization.", "en", STORY)
    now = next(c for c in now_claims if c.kind == "money")
    ctx = ComparisonContext(rates=default_rates(), on=STORY)
    assert resemblance("money", view(old), view(now), ctx) == 0.0


def test_dated_articles_and_absolute_dates_are_left_alone():
    doc, claims = extracted("Nvidia a été fondée l'an dernier.", "fr", published=date(2024, 6, 1))
    c = next(c for c in claims if c.kind == "date")
    assert redate(c, doc, STORY) is c
    doc, claims = extracted("Nvidia a été fondée en 1993.", "fr")
    c = next(c for c in claims if c.kind == "date")
    assert redate(c, doc, STORY) is c


def test_a_day_of_an_article_dated_only_by_its_month_takes_the_story_date():
    doc, claims = extracted("Der Start der Rakete fand am Sonntag statt.", "de", published=date(2024, 10, 1))
    c = next(c for c in claims if c.kind == "date")
    assert c.value["resolved"] is False
    r = redate(c, doc, date(2024, 10, 14))
    assert (r.value["start"], r.value["anchor"]) == ("2024-10-13", "story")


def test_the_story_date_prefers_a_publication_day_to_a_month():
    docs = [
        Document(key="a", text="x", published=date(2024, 10, 14)),
        Document(key="b", text="x", published=date(2024, 11, 1)),
        Document(key="c", text="x"),
    ]
    assert story_date(docs) == date(2024, 10, 14)
    assert story_date(docs[1:]) == date(2024, 11, 1)
    assert story_date(docs[2:]) is None
