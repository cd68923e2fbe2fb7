"""Stories past the draft stage are frozen: clustering, extraction and cross-checking leave them as they are.

Articles about the event of an approved or published story go to a new draft story that follows it up.
"""

import io

import pytest
from django.core.management import CommandError, call_command
from django.db.models import Count
from rest_framework.test import APIClient

from core.errors import ActionConflict
from stories.models import Article, Story, StoryState
from tests.conftest import SEEDS
from tests.workflow_data import make_verified_story
from verification.models import Fact, VerificationRun
from verification.services.checking import cross_check_story
from verification.services.clustering import assign_stories
from verification.services.extraction import extract_article_claims
from verification.services.runs import start_verification

pytestmark = [pytest.mark.django_db, pytest.mark.db_backend]  # locks and transactions: run on PostgreSQL too


@pytest.fixture
def clustered(db):
    call_command("import_articles", str(SEEDS), "--no-progress", stdout=io.StringIO())
    for pk in Article.objects.values_list("pk", flat=True):
        extract_article_claims(article_id=pk)
    assign_stories()
    story = Story.objects.annotate(n=Count("articles")).filter(n__gte=2).order_by("-n", "id").first()
    assert story is not None, "the seeds make at least one story of several sources"
    return story


@pytest.mark.parametrize("state", [StoryState.IN_REVIEW, StoryState.APPROVED, StoryState.PUBLISHED])
def test_an_article_arriving_for_a_story_past_draft_goes_to_a_follow_up_draft(clustered, state):
    story = clustered
    late = story.articles.order_by("-id").first()
    sources = set(story.articles.exclude(pk=late.pk).values_list("pk", flat=True))
    Article.objects.filter(pk=late.pk).update(story=None)  # as if it had just been imported
    Story.objects.filter(pk=story.pk).update(state=state)

    assign_stories()

    late.refresh_from_db()
    assert set(story.articles.values_list("pk", flat=True)) == sources
    follow_up = late.story
    assert follow_up.state == StoryState.DRAFT
    assert follow_up.follow_up_of == story
    # the next clustering keeps it there, in the same follow-up
    assign_stories()
    late.refresh_from_db()
    assert late.story == follow_up
    assert set(story.articles.values_list("pk", flat=True)) == sources


def test_a_draft_story_still_takes_the_articles_of_its_event(clustered):
    story = clustered
    late = story.articles.order_by("-id").first()
    Article.objects.filter(pk=late.pk).update(story=None)
    assign_stories()
    late.refresh_from_db()
    assert late.story == story and story.follow_up_of is None


def facts_of(story):
    return sorted(
        Fact.objects.filter(story=story).values_list("key", "verdict", "flagged", "review_status", "evidence_hash")
    )


@pytest.mark.parametrize("state", [StoryState.APPROVED, StoryState.PUBLISHED])
def test_checking_again_leaves_a_story_past_draft_and_its_facts_as_they_are(state):
    story = make_verified_story(state=state)
    before = facts_of(story)
    decisions = sorted(
        Fact.objects.filter(story=story, decisions__isnull=False).values_list("decisions__id", flat=True)
    )
    claims = sorted(story.articles.filter(claims__isnull=False).values_list("claims__id", flat=True))
    Article.objects.filter(story=story).update(text_version=2)  # as if the text had changed meanwhile

    for article in story.articles.all():
        extract_article_claims(article_id=article.pk)
    cross_check_story(story=story)

    assert facts_of(story) == before
    assert (
        sorted(Fact.objects.filter(story=story, decisions__isnull=False).values_list("decisions__id", flat=True))
        == decisions
    )
    assert sorted(story.articles.filter(claims__isnull=False).values_list("claims__id", flat=True)) == claims


def test_verifying_a_story_past_draft_is_refused_with_a_reason(editor):
    story = make_verified_story(state=StoryState.APPROVED)
    with pytest.raises(ActionConflict, match="frozen.*new draft"):
        start_verification(story=story, user=editor)
    with pytest.raises(CommandError, match="frozen.*new draft"):
        call_command("verify", "--story", str(story.pk), stdout=io.StringIO())
    client = APIClient()
    client.force_authenticate(editor)
    refused = client.post("/api/runs/", {"story": story.pk}, format="json")
    assert refused.status_code == 409 and "new draft" in refused.json()["reason"]
    assert not VerificationRun.objects.filter(story=story, state="queued").exists()


def test_the_editor_sees_which_story_a_follow_up_follows(client, editor):
    earlier = make_verified_story(state=StoryState.PUBLISHED)
    follow_up = Story.objects.create(title="Grab opens a second fund", slug="grab-second", follow_up_of=earlier)
    client.force_login(editor)
    listing = client.get("/admin/stories/story/").content.decode()
    assert f'Follow-up to <a href="/admin/stories/story/{earlier.pk}/change/">{earlier.title}</a>' in listing
    page = client.get(f"/admin/stories/story/{follow_up.pk}/change/").content.decode()
    assert "Follow-up to" in page and earlier.title in page and "(published)" in page
