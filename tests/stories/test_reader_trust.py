"""What readers may trust (issue 12), over HTTP: internal notes stay internal, outlets instead of files, one
sources list, preview for staff only, draft over live, time zones, unpublish with a reason, slug redirects."""
import pytest
from rest_framework.test import APIClient

from stories import workflow
from stories.models import Story, StoryState
from tests.workflow_data import make_story
from verification.models import Fact, ReviewDecision
from verification.services.review import bulk_approve

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _own_cache(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                                   "LOCATION": f"trust-{id(settings)}"}}
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


def _api(user=None) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


def publish_story(story: Story, *, editor, reviewer, publisher) -> Story:
    """Take a draft made by tests.workflow_data through submit, approve and publish."""
    workflow.submit(story=story, user=editor)
    workflow.approve(story=story, user=reviewer)
    workflow.publish(story=story, user=publisher)
    story.refresh_from_db()
    return story


# --- 1. notes ------------------------------------------------------------------------------------------

def test_internal_note_never_reaches_readers_and_public_note_does(client, editor, reviewer, publisher):
    story = make_story(decided=False)
    jobs = Fact.objects.get(story=story, key="jobs")
    office = Fact.objects.get(story=story, key="office")
    answer = _api(reviewer).post(f"/api/facts/{jobs.pk}/review/", {
        "decision": "approve", "note": "INTERNAL called the press office, cut the rest",
        "public_note": "The company confirmed 500 jobs to us."}, format="json")
    assert answer.status_code == 200, answer.content
    assert answer.json()["decisions"][0]["public_note"] == "The company confirmed 500 jobs to us."
    result = bulk_approve(fact_ids=[office.pk], user=reviewer)
    assert result.approved == [office.pk]
    assert ReviewDecision.objects.get(fact=office).public_note == ""

    publish_story(story, editor=editor, reviewer=reviewer, publisher=publisher)
    page = client.get(story.get_absolute_url()).content.decode()
    assert "The company confirmed 500 jobs to us." in page
    assert "INTERNAL" not in page and "bulk approval" not in page
    feed = client.get("/feed/").content.decode()
    assert "INTERNAL" not in feed and "bulk approval" not in feed
    for url in (f"/api/stories/{story.pk}/", f"/api/facts/?story={story.pk}"):
        body = _api().get(url).content.decode()
        assert "INTERNAL" not in body and "bulk approval" not in body, url
