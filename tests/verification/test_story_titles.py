"""A story grouped from articles the cleaner found no title in is named by its lead sentence, never a file name."""

import io

import pytest
from django.core.management import call_command

from stories.models import Article, Story
from verification.services.clustering import assign_stories
from verification.services.extraction import extract_article_claims

pytestmark = pytest.mark.django_db

LEAD = (
    "A medical transport jet with six people aboard crashed into a neighbourhood of the city shortly after "
    "takeoff on Friday evening, the operator said"
)


def test_an_untitled_articles_story_is_named_by_its_lead_sentence(tmp_path, client, admin_user):
    text = f"{LEAD}. The mayor said 11 homes burned. Rescue teams searched the site through the night.\n"
    path = tmp_path / "d1e9eea534fb1953.txt"
    path.write_text(text, encoding="utf-8")
    call_command("import_articles", str(path), "--no-progress", stdout=io.StringIO())
    article = Article.objects.get()
    assert article.title == ""  # the cleaner found none: the case at hand
    extract_article_claims(article_id=article.pk)
    assign_stories()

    story = Story.objects.get()
    assert story.title == article.working_title
    assert story.title.startswith("A medical transport jet with six people") and story.title.endswith("…")
    assert len(story.title) <= 90 and "txt" not in story.title and "d1e9" not in story.title

    client.force_login(admin_user)
    listing = client.get("/admin/stories/article/").content.decode()
    assert "d1e9eea534fb1953" not in listing.split("<tbody>")[1].split("</tbody>")[0]


def test_a_short_lead_sentence_is_the_title_whole():
    article = Article(body="Mr. Smith met U.S. Steel in St. Louis. They talked.")
    assert article.working_title == "Mr. Smith met U.S. Steel in St. Louis."
    assert Article(body="").working_title == "Untitled article"
