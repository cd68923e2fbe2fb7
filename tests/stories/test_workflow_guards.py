"""Workflow guards from the outside probe: four eyes against every author since the last approval,
one correction per click, and draft ids that API filters do not reveal."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from rest_framework.test import APIClient

from core.errors import ActionConflict, ActionForbidden
from stories import workflow
from stories.models import Correction, StoryState
from stories.services.editing import save_story_text
from tests.workflow_data import make_verified_story

pytestmark = [pytest.mark.django_db, pytest.mark.db_backend]  # locks and transactions: run on PostgreSQL too


# --- four eyes (#12) -------------------------------------------------------------------------------------
def test_nobody_approves_a_text_they_edited_since_the_last_approval(make_user, editor):
    both = make_user("Editors")
    both.groups.add(Group.objects.get(name="Reviewers"))
    other_reviewer = make_user("Reviewers")
    story = make_verified_story()
    workflow.submit(story=story, user=editor)
    workflow.request_changes(story=story, user=other_reviewer, note="tighten the lead")
    story.refresh_from_db()
    save_story_text(story=story, user=both, expected_version=story.version, body=story.body + "\n\nMore.")
    workflow.submit(story=story, user=editor)  # someone else re-submits
    with pytest.raises(ActionForbidden, match="four eyes"):
        workflow.approve(story=story, user=both)
    workflow.approve(story=story, user=other_reviewer)
    assert workflow.Story.objects.get(pk=story.pk).state == StoryState.APPROVED


def test_an_earlier_submitter_may_not_approve_either(make_user, editor):
    both = make_user("Editors")
    both.groups.add(Group.objects.get(name="Reviewers"))
    story = make_verified_story()
    workflow.submit(story=story, user=both)
    workflow.request_changes(story=story, user=make_user("Reviewers"), note="sources")
    workflow.submit(story=story, user=editor)
    with pytest.raises(ActionForbidden, match="four eyes"):
        workflow.approve(story=story, user=both)


def test_edits_before_the_last_approval_do_not_count(make_user, editor):
    both = make_user("Editors")
    both.groups.add(Group.objects.get(name="Reviewers"))
    story = make_verified_story()
    story.refresh_from_db()
    save_story_text(story=story, user=both, expected_version=story.version, body=story.body + " Edited.")
    workflow.submit(story=story, user=editor)
    workflow.approve(story=story, user=make_user("Reviewers"))
    workflow.request_changes(story=story, user=make_user("Reviewers"), note="one more look")
    workflow.submit(story=story, user=editor)
    workflow.approve(story=story, user=both)
    assert workflow.Story.objects.get(pk=story.pk).state == StoryState.APPROVED


# --- idempotent corrections (#11) ------------------------------------------------------------------------
def test_the_same_correction_twice_within_a_minute_is_made_once(publisher):
    story = make_verified_story(state=StoryState.PUBLISHED)
    client = APIClient()
    client.force_authenticate(publisher)
    first = client.post(f"/api/stories/{story.pk}/corrections/", {"note": "The fund is S$300m."}, format="json")
    again = client.post(f"/api/stories/{story.pk}/corrections/", {"note": " The fund is S$300m. "}, format="json")
    assert first.status_code == 201 and again.status_code == 409
    assert "already" in again.json()["reason"]
    assert Correction.objects.filter(story=story).count() == 1
    other = client.post(f"/api/stories/{story.pk}/corrections/", {"note": "Another fix."}, format="json")
    assert other.status_code == 201


def test_the_same_correction_a_minute_later_is_a_new_one(publisher):
    story = make_verified_story(state=StoryState.PUBLISHED)
    workflow.add_correction(story=story, user=publisher, note="Fixed the date.")
    Correction.objects.update(created_at=workflow.timezone.now() - timedelta(minutes=2))
    workflow.add_correction(story=story, user=publisher, note="Fixed the date.")
    assert Correction.objects.filter(story=story).count() == 2
    with pytest.raises(ActionConflict):
        workflow.add_correction(story=story, user=publisher, note="Fixed the date.")


# --- draft ids not revealed by filters (#14) -------------------------------------------------------------
def test_a_fact_filter_on_a_draft_answers_as_for_a_missing_story():
    draft = make_verified_story()
    published = make_verified_story(state=StoryState.PUBLISHED)
    client = APIClient()
    missing = client.get("/api/facts/?story=999999")
    hidden = client.get(f"/api/facts/?story={draft.pk}")
    assert (hidden.status_code, hidden.json()) == (missing.status_code, missing.json())
    shown = client.get(f"/api/facts/?story={published.pk}")
    assert shown.status_code == 200 and shown.json()["count"] == 3


@pytest.mark.django_db(transaction=True)
def test_three_identical_parallel_corrections_make_one(make_user):
    import threading

    from django.db import connection

    publisher = make_user("Publishers")
    story = make_verified_story(state=StoryState.PUBLISHED)
    statuses, start = [], threading.Barrier(3)

    def post():
        client = APIClient()
        client.force_authenticate(publisher)
        start.wait()
        try:
            statuses.append(
                client.post(
                    f"/api/stories/{story.pk}/corrections/", {"note": "Fixed the date."}, format="json"
                ).status_code
            )
        finally:
            connection.close()

    threads = [threading.Thread(target=post) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(statuses) == [201, 409, 409]
    assert Correction.objects.filter(story=story).count() == 1
