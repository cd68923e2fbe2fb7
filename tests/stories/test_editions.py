"""Editions: the reader page of a published story is rendered by the transition that publishes or
corrects it, and readers get that page until the next one, whatever changes in the sources meanwhile."""

import datetime as dt
import json
import re

import pytest
from django.utils import timezone

from stories import selectors, workflow
from stories.models import SourcesFrozen, Story, StoryEdition, StoryState, StoryTransition
from stories.services.articles import set_block_role
from tests.factories import ArticleFactory, ClaimFactory, FactFactory, StoryFactory
from tests.workflow_data import make_checked_story, make_verified_story

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _cache_off(settings):
    settings.READER_CACHE_SECONDS = 0  # every request reads the edition


def _ld_blocks(html: str) -> list:
    return [
        json.loads(block) for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]


def test_publishing_records_the_first_edition_with_its_transition(client, editor, publisher):
    story = make_verified_story(state=StoryState.APPROVED, submitted_by=editor)
    workflow.publish(story=story, user=publisher)
    edition = StoryEdition.objects.get(story=story)
    assert edition.number == 1 and edition.title == story.title
    assert edition.transition == StoryTransition.objects.get(story=story, action="publish")
    page = client.get(story.get_absolute_url()).content.decode()
    assert edition.article_html in page


def test_a_correction_makes_a_new_edition_and_unpublishing_hides_them_all(client, editor, publisher):
    story = make_verified_story(state=StoryState.APPROVED, submitted_by=editor)
    workflow.publish(story=story, user=publisher)
    workflow.add_correction(story=story, user=publisher, note="The fund creates 500 jobs, not 400.")
    assert list(StoryEdition.objects.filter(story=story).values_list("number", flat=True)) == [2, 1]
    page = client.get(story.get_absolute_url()).content.decode()
    assert "The fund creates 500 jobs, not 400." in page

    workflow.unpublish(story=story, user=publisher, note="legal review")
    assert client.get(story.get_absolute_url()).status_code == 404
    assert StoryEdition.objects.filter(story=story).count() == 2  # unpublishing renders nothing

    workflow.publish(story=story, user=publisher)
    assert StoryEdition.objects.filter(story=story).count() == 3
    assert client.get(story.get_absolute_url()).status_code == 200


def test_a_scheduled_story_gets_its_edition_when_it_goes_live(editor, publisher):
    story = make_verified_story(state=StoryState.APPROVED, submitted_by=editor)
    workflow.publish(story=story, user=publisher, publish_at=timezone.now() + dt.timedelta(hours=1))
    assert not StoryEdition.objects.filter(story=story).exists()
    workflow.publish_due_stories(now=timezone.now() + dt.timedelta(hours=2))
    assert StoryEdition.objects.filter(story=story, transition__action="publish").count() == 1


def test_the_sources_of_a_published_story_are_frozen_and_its_page_stays_as_published(client, editor, publisher):
    story = make_verified_story(state=StoryState.APPROVED, submitted_by=editor)
    workflow.publish(story=story, user=publisher)
    before = client.get(story.get_absolute_url()).content.decode()
    article = story.articles.order_by("id").first()
    article.blocks.create(position=0, text="A paragraph restored later.", role="removed")
    with pytest.raises(SourcesFrozen):
        set_block_role(block=article.blocks.get(position=0), role="body")
    assert article.blocks.get(position=0).role == "removed"
    assert client.get(story.get_absolute_url()).content.decode() == before

    workflow.add_correction(story=story, user=publisher, note="Source details updated.")
    after = client.get(story.get_absolute_url()).content.decode()
    assert "Source details updated." in after and "A paragraph restored later." not in after


def test_a_page_that_cannot_be_rendered_leaves_the_story_unpublished(editor, publisher, monkeypatch):
    import stories.services.editions as editions

    story = make_verified_story(state=StoryState.APPROVED, submitted_by=editor)

    def broken(_story):
        raise RuntimeError("template missing")

    monkeypatch.setattr(editions, "story_content", broken)
    with pytest.raises(RuntimeError):
        workflow.publish(story=story, user=publisher)
    story.refresh_from_db()
    assert story.state == StoryState.APPROVED and story.published_at is None
    assert not StoryTransition.objects.filter(story=story, action="publish").exists()
    assert not StoryEdition.objects.filter(story=story).exists()


def test_structured_data_is_stored_with_paths_and_served_under_the_requests_host(client):
    story = make_checked_story(n_facts=3, n_sources=2)
    edition = StoryEdition.objects.filter(story=story).first()  # the newest
    assert '"url": "/stories/' in edition.claim_reviews_ld and "testserver" not in edition.news_article_ld

    for host in ("testserver", "localhost"):
        html = client.get(story.get_absolute_url(), HTTP_HOST=host).content.decode()
        article, reviews = _ld_blocks(html)
        page = f"http://{host}{story.get_absolute_url()}"
        assert article["url"] == article["mainEntityOfPage"] == page
        assert article["author"]["url"] == article["publisher"]["url"] == f"http://{host}/"
        assert all(r["url"].startswith(page + "#fact-") and r["author"]["url"] == f"http://{host}/" for r in reviews)
        assert f'<link rel="canonical" href="{page}">' in html


def test_quoted_text_that_looks_like_a_site_path_is_left_alone(client):
    story = StoryFactory(title="Quoting JSON")
    sentence = 'The filing read "url": "/admin/" and asked for S$300 million.'
    article = ArticleFactory(story=story, body=sentence)
    FactFactory(story=story, claims=[ClaimFactory.on(article, "S$300 million", sentence=sentence)])
    html = client.get(story.get_absolute_url()).content.decode()
    reviews = _ld_blocks(html)[1]
    assert reviews[0]["claimReviewed"] == sentence


def test_a_sources_own_address_is_kept_as_it_is_under_any_host(client):
    story = StoryFactory(title="Cited online")
    sentence = "The plant cost S$300 million."
    article = ArticleFactory(story=story, body=sentence, origin="https://news.example.org/plant")
    FactFactory(story=story, claims=[ClaimFactory.on(article, "S$300 million", sentence=sentence)])
    html = client.get(story.get_absolute_url(), HTTP_HOST="localhost").content.decode()
    article_ld, reviews = _ld_blocks(html)
    assert article_ld["isBasedOn"][0]["url"] == "https://news.example.org/plant"
    assert reviews[0]["itemReviewed"]["appearance"][0]["url"] == "https://news.example.org/plant"
    assert reviews[0]["url"].startswith("http://localhost/stories/")


@pytest.mark.parametrize("state", list(StoryState.values))
@pytest.mark.parametrize("when", ["past", "future", None])
def test_live_edition_finds_exactly_the_stories_readers_may_see(state, when):
    published_at = {
        "past": timezone.now() - dt.timedelta(minutes=5),
        "future": timezone.now() + dt.timedelta(minutes=5),
        None: None,
    }[when]
    story = StoryFactory(state=state, published_at=published_at)
    StoryEdition.objects.filter(story=story).delete()
    StoryEdition.objects.create(
        story=story, number=1, title=story.title, article_html="<article></article>", news_article_ld="{}"
    )
    newer = StoryEdition.objects.create(
        story=story, number=2, title=story.title, article_html="<article></article>", news_article_ld="{}"
    )
    visible = Story.objects.published().filter(pk=story.pk).exists()
    found = selectors.live_edition(story.slug)
    assert (found is not None) == visible
    if visible:
        assert found.pk == newer.pk
    assert selectors.live_edition(story.slug + "-other") is None


def test_the_story_admin_lists_the_editions_readers_got(client, editor, publisher):
    from django.urls import reverse

    story = make_verified_story(state=StoryState.APPROVED, submitted_by=editor)
    workflow.publish(story=story, user=publisher)
    workflow.add_correction(story=story, user=publisher, note="A date was wrong.")
    client.force_login(editor)
    page = client.get(reverse("admin:stories_story_change", args=[story.pk])).content.decode()
    assert "Edition 2:" in page and "(added a correction, " in page and "Edition 1:" in page and "(published, " in page


def test_search_finds_a_republished_story_by_its_live_edition_never_by_a_draft_over_it(
    client, editor, reviewer, publisher
):
    from stories.services.editing import save_story_text

    others = [make_verified_story(state=StoryState.APPROVED, submitted_by=editor) for _ in range(3)]
    for other in others:  # so editions' ids and stories' ids differ
        workflow.publish(story=other, user=publisher)
    story = make_verified_story(state=StoryState.APPROVED, submitted_by=editor)
    workflow.publish(story=story, user=publisher)

    def found(words: str) -> bool:
        return story.get_absolute_url() in client.get("/search/", {"q": words}).content.decode()

    for text in ("Kangaroo", "Wombat"):
        workflow.edit_live(story=story, user=editor)
        story.refresh_from_db()
        save_story_text(story=story, user=editor, expected_version=story.version, body=f"{story.body}\n\n{text} fund.")
        assert not found(text)  # a draft's words
        workflow.submit(story=story, user=editor)
        workflow.approve(story=story, user=reviewer)
        workflow.publish(story=story, user=publisher)
        assert found(text)  # the live edition's, its second and third
    assert found("Kangaroo") and found("Grab")
