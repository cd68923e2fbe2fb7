"""Anonymous API answers come from the readers' page cache, and every change readers must see reaches them at
once: a publish, an unpublish, a correction, a review decision once published. Staff answers are never cached."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from core.models import ReviewStatus
from stories import workflow
from stories.models import Story, StoryState
from stories.services.editing import save_story_text
from tests.workflow_data import make_verified_story, publish_story
from verification.models import Fact
from verification.services.review import decide_fact

pytestmark = pytest.mark.django_db

CACHE = "X-Reader-Cache"


def _published(editor, reviewer, publisher) -> Story:
    return publish_story(make_verified_story(), editor=editor, reviewer=reviewer, publisher=publisher)


def test_a_repeated_anonymous_answer_is_the_cached_one_and_runs_only_the_generation_query(editor, reviewer, publisher):
    story = _published(editor, reviewer, publisher)
    anon = APIClient()
    for url in ("/api/stories/", f"/api/stories/{story.pk}/", "/api/facts/", f"/api/facts/?story={story.pk}"):
        first = anon.get(url)
        assert first.status_code == 200 and first[CACHE] == "miss", url
        with CaptureQueriesContext(connection) as queries:
            again = anon.get(url)
        assert again[CACHE] == "hit" and again.json() == first.json(), url
        assert again["Content-Type"] == "application/json" and "Accept" in again["Vary"], url
        assert len(queries.captured_queries) == 1, url  # the cache generation


def test_publishing_shows_at_once(editor, reviewer, publisher):
    anon = APIClient()
    assert anon.get("/api/stories/").json()["count"] == 0
    story = make_verified_story(state=StoryState.APPROVED, submitted_by=editor)
    assert anon.get(f"/api/stories/{story.pk}/").status_code == 404
    assert anon.get("/api/stories/")[CACHE] == "hit"

    response = APIClient()
    response.force_authenticate(publisher)
    assert response.post(f"/api/stories/{story.pk}/publish/", {}, format="json").status_code == 200
    listed = anon.get("/api/stories/")
    assert listed[CACHE] == "miss" and [s["id"] for s in listed.json()["results"]] == [story.pk]
    assert anon.get(f"/api/stories/{story.pk}/").status_code == 200
    assert {f["story"] for f in anon.get("/api/facts/").json()["results"]} == {story.pk}


def test_unpublishing_and_a_correction_show_at_once(editor, reviewer, publisher):
    story = _published(editor, reviewer, publisher)
    anon = APIClient()
    detail = f"/api/stories/{story.pk}/"
    assert anon.get(detail).json()["corrections"] == []
    assert anon.get(detail)[CACHE] == "hit"

    workflow.add_correction(story=story, user=publisher, note="The amount was in Singapore dollars.")
    assert [c["note"] for c in anon.get(detail).json()["corrections"]] == ["The amount was in Singapore dollars."]

    anon.get("/api/facts/")
    workflow.unpublish(story=story, user=publisher, note="Legal review.")
    assert anon.get(detail).status_code == 404
    assert anon.get("/api/stories/").json()["count"] == 0
    assert anon.get("/api/facts/").json()["count"] == 0


def test_a_review_decision_reaches_readers_with_the_publication_that_carries_it(editor, reviewer, publisher):
    story = _published(editor, reviewer, publisher)
    anon = APIClient()
    fact = Fact.objects.get(story=story, key="office")
    url = f"/api/facts/{fact.pk}/"
    assert anon.get(url).json()["review_status"] == ReviewStatus.APPROVED

    workflow.edit_live(story=story, user=editor)  # a new draft over the live story: readers keep the edition
    decide_fact(fact=fact.pk, user=reviewer, decision="needs_sourcing", note="Call the company.")
    assert anon.get(url)[CACHE] == "hit" and anon.get(url).json()["review_status"] == ReviewStatus.APPROVED

    decide_fact(fact=fact.pk, user=reviewer, decision="approve", public_note="Confirmed by the company.")
    story.refresh_from_db()
    save_story_text(story=story, user=editor, expected_version=story.version, title="Grab's new office")
    publish_story(story, editor=editor, reviewer=reviewer, publisher=publisher)
    published = anon.get(url)
    assert published[CACHE] == "miss" and published.json()["version"] == Fact.objects.get(pk=fact.pk).version
    assert anon.get(f"/api/stories/{story.pk}/").json()["title"] == "Grab's new office"


def test_staff_answers_are_never_cached(editor, reviewer, publisher):
    story = _published(editor, reviewer, publisher)
    draft = make_verified_story()
    staff = APIClient()
    staff.force_authenticate(reviewer)
    for url in ("/api/stories/", f"/api/stories/{draft.pk}/", "/api/facts/"):
        assert CACHE not in staff.get(url), url
        assert CACHE not in staff.get(url), url
    anon = APIClient()
    anon.get("/api/stories/")
    assert {s["id"] for s in staff.get("/api/stories/").json()["results"]} == {draft.pk, story.pk}
    assert "preview_url" in staff.get(f"/api/stories/{story.pk}/").json()


def test_only_json_answers_to_known_parameters_are_cached(editor, reviewer, publisher):
    story = _published(editor, reviewer, publisher)
    anon = APIClient()
    for url in (
        f"/api/stories/?slug={story.slug}",
        "/api/stories/?ordering=-title&page=1",
        "/api/facts/?verdict=corroborated",
    ):
        assert anon.get(url)[CACHE] == "miss", url
        assert anon.get(url)[CACHE] == "hit", url
    assert anon.get("/api/stories/?slug=other").json()["count"] == 0  # another value, another key
    for url in ("/api/stories/?utm_source=feed", "/api/stories/?ordering=title&unknown=1"):
        assert CACHE not in anon.get(url), url
    browsable = anon.get("/api/stories/", HTTP_ACCEPT="text/html")
    assert browsable["Content-Type"].startswith("text/html") and CACHE not in browsable
    assert anon.get("/api/stories/?page=99").status_code == 404
    assert CACHE not in anon.get("/api/stories/?page=99")  # only 200 answers are stored


def test_the_throttle_counts_cached_answers(settings, monkeypatch, editor, reviewer, publisher):
    from rest_framework.throttling import AnonRateThrottle

    _published(editor, reviewer, publisher)
    monkeypatch.setattr(AnonRateThrottle, "rate", "3/minute", raising=False)
    anon = APIClient(REMOTE_ADDR="10.20.30.40")
    statuses = [anon.get("/api/stories/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
