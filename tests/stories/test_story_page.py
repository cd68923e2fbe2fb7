"""The story page in the admin: why a step is missing, the reviewer's note until resubmitted, runs that
covered the story (its own and runs over every article), live as JSON, and history in words."""

from datetime import UTC

import pytest
from django.urls import reverse
from django.utils import timezone

from stories import workflow
from stories.models import StoryState
from tests.workflow_data import make_verified_story
from verification.models import Fact, VerificationRun

pytestmark = pytest.mark.django_db


def _page(client, user, story):
    client.force_login(user)
    return client.get(reverse("admin:stories_story_change", args=[story.pk])).content.decode()


def test_the_submitter_is_told_why_approve_is_missing(client, make_user):
    both = make_user("Reviewers")
    both.groups.add(*make_user("Editors").groups.all())
    story = workflow.submit(story=make_verified_story(), user=both)
    page = _page(client, both, story)
    assert ">Approve</button>" not in page
    assert (
        "<strong>Approve</strong> is not available: you submitted or edited this story since its last "
        "approval: another reviewer must approve it (four eyes)."
    ) in page
    other = _page(client, make_user("Reviewers"), story)
    assert ">Approve</button>" in other and "is not available" not in other


def test_a_guard_that_will_refuse_is_said_before_the_click(client, reviewer, editor):
    story = make_verified_story(state=StoryState.IN_REVIEW, submitted_by=editor, decided=False)
    page = _page(client, reviewer, story)
    assert ">Approve</button>" in page
    assert "<strong>Approve</strong> will be refused: 2 flagged facts are not decided yet" in page
    assert "Jobs, Ranking (office)" in page and "jobs.count" not in page


def test_the_changes_requested_note_stays_on_top_until_resubmitted(client, editor, reviewer):
    story = make_verified_story(state=StoryState.IN_REVIEW, submitted_by=editor)
    workflow.request_changes(story=story, user=reviewer, note="Say where the 400 jobs figure comes from.")
    page = _page(client, editor, story)
    assert page.index('class="changes-requested"') < page.index('id="workflow"')
    assert "Changes requested by rita" in page and "Say where the 400 jobs figure comes from." in page
    workflow.submit(story=story, user=editor)
    assert 'class="changes-requested"' not in _page(client, editor, story)


def test_runs_over_every_article_count_for_the_story(client, editor):
    story = make_verified_story()
    own = story.verification_runs.get()
    everything = VerificationRun.objects.create(
        state="done", stage="finished", progress=1.0, finished_at=timezone.now()
    )
    Fact.objects.filter(story=story).update(run=everything)
    running = VerificationRun.objects.create(state="running", stage="extracting", progress=0.4)
    client.force_login(editor)
    data = client.get(reverse("admin:stories_story_runs", args=[story.pk])).json()
    assert [r["id"] for r in data["runs"]] == [running.pk, everything.pk, own.pk]
    assert data["busy"] is True
    assert data["runs"][0]["line"] == f"Run #{running.pk} over all articles: extracting claims, 40%"
    assert data["runs"][0]["progress"] == 40
    assert data["runs"][2]["line"].startswith(f"Run #{own.pk} over this story: finished ")
    assert "Current with the sources · last verified " in data["verification"]
    page = _page(client, editor, story)
    assert 'data-busy="1"' in page and "Never verified" in page  # the hidden fallback line only
    assert f"Run #{everything.pk} over all articles: finished" in page


def test_history_and_revisions_read_in_words(client, editor, reviewer):
    story = make_verified_story(state=StoryState.DRAFT)
    workflow.submit(story=story, user=editor, note="ready")
    workflow.request_changes(story=story, user=reviewer, note="fix the jobs")
    page = _page(client, editor, story)
    assert "<td>Submitted for review</td><td>In review</td><td>ready</td>" in page
    assert "<td>Asked for changes</td><td>Changes requested</td>" in page
    for raw in ("in_review", "changes_requested", "request_changes", "+00:00"):
        assert raw not in page.split("<body")[1].replace('name="_changes_requested"', ""), raw


def test_dates_follow_the_newsroom_zone_and_format(client, editor, settings):
    from datetime import datetime

    from stories.models import StoryTransition

    settings.TIME_ZONE = "Asia/Singapore"
    story = make_verified_story()
    workflow.submit(story=story, user=editor, note="ready")
    StoryTransition.objects.filter(story=story).update(created_at=datetime(2026, 5, 21, 2, 0, tzinfo=UTC))
    type(story).objects.filter(pk=story.pk).update(updated_at=datetime(2026, 5, 21, 2, 0, tzinfo=UTC))
    page = _page(client, editor, story)
    assert "<td>21 May 2026, 10:00</td>" in page  # the audit trail, in Singapore time
    listing = client.get(reverse("admin:stories_story_changelist")).content.decode()
    assert "21 May 2026, 10:00" in listing and "a.m." not in listing and "p.m." not in listing
