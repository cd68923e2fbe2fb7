"""A mention the story reads as what another report names (engine/story_names.py) is stored with its article's
claims, once however often the story is checked, and tells clustering nothing."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.models import ReviewStatus
from stories.models import StoryState
from tests.factories import ArticleFactory, StoryFactory
from verification.models import Claim, Fact, ReviewDecision
from verification.services.checking import REOPENED_NOTE, cross_check_story
from verification.services.extraction import extract_article_claims
from verification.services.review import decide_fact

pytestmark = pytest.mark.django_db


def test_a_mention_the_story_reads_is_stored_once_with_its_article():
    story = StoryFactory(state=StoryState.DRAFT)
    named = ArticleFactory(story=story, publisher="one", body="The results were published in the journal Nature.")
    left_out = ArticleFactory(story=story, publisher="two", body="The team described the chip on the pages of Nature.")
    for article in (named, left_out):
        extract_article_claims(article_id=article.pk)
    assert not Claim.objects.filter(article=left_out, text="Nature").exists()

    for _ in range(2):
        cross_check_story(story=story)
        read = Claim.objects.filter(article=left_out, text="Nature")
        assert read.count() == 1
        journal = Fact.objects.get(story=story, claims=read.get())
        assert journal.kind == "relation" and journal.verdict == "corroborated"
        assert set(journal.claims.values_list("article_id", flat=True)) == {named.pk, left_out.pk}


def test_the_mentions_a_story_reads_are_stored_in_one_insert():
    story = StoryFactory(state=StoryState.DRAFT)
    ArticleFactory(story=story, publisher="one", body="The results were published in the journal Nature.")
    left_out = [
        ArticleFactory(story=story, publisher=publisher, body="The team described the chip on the pages of Nature.")
        for publisher in ("two", "three", "four")
    ]
    for article in story.articles.all():
        extract_article_claims(article_id=article.pk)

    with CaptureQueriesContext(connection) as queries:
        cross_check_story(story=story)
    inserts = [q for q in queries if q["sql"].startswith('INSERT INTO "verification_claim"')]
    assert len(inserts) == 1
    assert Claim.objects.filter(article__in=left_out, text="Nature").count() == len(left_out)


def test_a_decision_on_a_fact_the_story_reads_stands_when_the_story_is_checked_again(reviewer):
    """The claim the story made is stored afresh on each check: the same evidence, so no decision re-opens."""
    story = StoryFactory(state=StoryState.DRAFT)
    ArticleFactory(story=story, publisher="one", body="The results were published in the journal Nature.")
    left_out = ArticleFactory(story=story, publisher="two", body="The team described the chip on the pages of Nature.")
    for article in story.articles.all():
        extract_article_claims(article_id=article.pk)
    cross_check_story(story=story)
    journal = Fact.objects.get(story=story, claims__article=left_out, claims__text="Nature")
    decide_fact(fact=journal, user=reviewer, decision="approve", note="checked the journal")

    cross_check_story(story=story)
    journal.refresh_from_db()
    assert journal.review_status == ReviewStatus.APPROVED
    assert journal.claims.filter(article=left_out, text="Nature").count() == 1
    assert not ReviewDecision.objects.filter(fact=journal, note=REOPENED_NOTE).exists()
