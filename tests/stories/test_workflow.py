"""The workflow state machine through its services: guards, four-eyes, audit trail, scheduling."""

from datetime import timedelta

import pytest
from django.utils import timezone

from core.errors import ActionConflict, ActionForbidden, InvalidAction
from stories import workflow
from stories.models import Article, Story, StoryState, StoryTransition
from tests.workflow_data import make_article, make_verified_story
from verification.models import Fact, VerificationRun
from verification.services.review import decide_fact

pytestmark = pytest.mark.django_db


# --- submit: needs text and a finished verification that is current with the sources ------------------
def test_submit_moves_a_verified_draft_to_review(editor):
    story = make_verified_story()
    workflow.submit(story=story, user=editor, note="ready")
    story.refresh_from_db()
    assert story.state == StoryState.IN_REVIEW and story.submitted_by == editor


def test_submit_needs_a_finished_run(editor):
    story = make_verified_story()
    VerificationRun.objects.filter(story=story).update(state="running", finished_at=None)
    with pytest.raises(ActionConflict, match="no finished verification run"):
        workflow.submit(story=story, user=editor)


def test_submit_needs_claims_of_the_current_text(editor):
    story = make_verified_story()
    Article.objects.filter(story=story).update(text_version=2)
    with pytest.raises(ActionConflict, match="changed since their claims were extracted"):
        workflow.submit(story=story, user=editor)


def test_submit_refused_when_an_article_changed_after_the_run(editor):
    story = make_verified_story()
    article = story.articles.first()
    VerificationRun.objects.filter(story=story).update(finished_at=timezone.now() - timedelta(hours=1))
    article.title = "changed"
    article.save()
    with pytest.raises(ActionConflict, match="after the last verification"):
        workflow.submit(story=story, user=editor)


def test_submit_refused_when_an_article_joined_after_the_cross_check(editor):
    story = make_verified_story()
    newcomer = make_article(None, "latecomer", "Grab will invest S$250 million in Singapore.")
    from tests.workflow_data import _claim

    _claim(newcomer, "S$250 million", "money", "investment.amount", {"low": 250e6})
    # Moved by the grouping service, which does not touch updated_at: the claims tell.
    Article.objects.filter(pk=newcomer.pk).update(
        story=story, imported_at=timezone.now() - timedelta(days=1), updated_at=timezone.now() - timedelta(days=1)
    )
    with pytest.raises(ActionConflict, match="joined the story after the last cross-check"):
        workflow.submit(story=story, user=editor)


def test_submit_needs_text(editor):
    story = make_verified_story(with_body=False)
    with pytest.raises(ActionConflict, match="no text"):
        workflow.submit(story=story, user=editor)


def test_submit_is_refused_to_roles_without_it(reviewer, publisher):
    story = make_verified_story()
    for user in (reviewer, publisher):
        with pytest.raises(ActionForbidden):
            workflow.submit(story=story, user=user)


# --- approve: every flagged fact decided, no rejected fact stated, four eyes -----------------------
def test_approve_needs_every_flagged_fact_decided(editor, reviewer):
    story = make_verified_story(state=StoryState.IN_REVIEW, submitted_by=editor, decided=False)
    with pytest.raises(ActionConflict, match="2 flagged fact"):
        workflow.approve(story=story, user=reviewer)
    for fact in Fact.objects.filter(story=story, flagged=True):
        decide_fact(fact=fact, user=reviewer, decision="approve")
    workflow.approve(story=story, user=reviewer)
    assert Story.objects.get(pk=story.pk).state == StoryState.APPROVED


def test_needs_sourcing_counts_as_undecided(editor, reviewer):
    story = make_verified_story(state=StoryState.IN_REVIEW, submitted_by=editor)
    office = Fact.objects.get(story=story, key="office")
    decide_fact(fact=office, user=reviewer, decision="needs_sourcing", note="find a second source")
    with pytest.raises(ActionConflict, match=r"Ranking \(office\)"):
        workflow.approve(story=story, user=reviewer)


def test_approve_refused_while_the_text_states_a_rejected_fact(editor, reviewer):
    story = make_verified_story(state=StoryState.IN_REVIEW, submitted_by=editor)
    office = Fact.objects.get(story=story, key="office")
    decide_fact(fact=office, user=reviewer, decision="reject", note="the office count is wrong")
    assert "fourth office" in Story.objects.get(pk=story.pk).body
    with pytest.raises(ActionConflict, match="rejected"):
        workflow.approve(story=story, user=reviewer)
    # Sent back, redrafted (the rejected fact is left out), submitted again: now it can be approved.
    workflow.request_changes(story=story, user=reviewer, note="drop the office claim")
    from stories.services.consolidation import draft_consolidated_text

    result = draft_consolidated_text(story=story, user=editor)
    assert result.replaced and "fourth office" not in result.story.body
    workflow.submit(story=story, user=editor)
    workflow.approve(story=story, user=reviewer)
    assert Story.objects.get(pk=story.pk).state == StoryState.APPROVED


@pytest.mark.parametrize("superuser", [False, True])
def test_four_eyes_nobody_approves_what_they_submitted(make_user, superuser):
    both = make_user("Editors", superuser=superuser)
    both.groups.add(
        *__import__("django.contrib.auth.models", fromlist=["Group"]).Group.objects.filter(name="Reviewers")
    )
    story = make_verified_story()
    workflow.submit(story=story, user=both)
    with pytest.raises(ActionForbidden, match="four eyes"):
        workflow.approve(story=story, user=both)
    other = make_user("Reviewers")
    workflow.approve(story=story, user=other)
    assert Story.objects.get(pk=story.pk).state == StoryState.APPROVED


def test_request_changes_needs_a_note_and_makes_it_editable(editor, reviewer):
    story = make_verified_story(state=StoryState.IN_REVIEW, submitted_by=editor)
    with pytest.raises(InvalidAction, match="note is required"):
        workflow.request_changes(story=story, user=reviewer, note="  ")
    workflow.request_changes(story=story, user=reviewer, note="cite the jobs figure")
    story.refresh_from_db()
    assert story.state == StoryState.CHANGES_REQUESTED
    assert workflow.can_edit(story=story, user=editor)


# --- publish: needs approved; now, or scheduled for the beat task ---------------------------------------
def test_publish_needs_approved(editor, publisher):
    story = make_verified_story(state=StoryState.IN_REVIEW, submitted_by=editor)
    with pytest.raises(ActionConflict, match="must be approved"):
        workflow.publish(story=story, user=publisher)


def test_publish_unpublish_and_correct(editor, publisher):
    story = make_verified_story(state=StoryState.APPROVED, submitted_by=editor)
    workflow.publish(story=story, user=publisher)
    assert Story.objects.published().filter(pk=story.pk).exists()
    correction = workflow.add_correction(story=story, user=publisher, note="The fund creates 500 jobs, not 400.")
    assert correction.story_id == story.pk and correction.author == publisher
    with pytest.raises(InvalidAction):
        workflow.add_correction(story=story, user=publisher, note="")
    workflow.unpublish(story=story, user=publisher, note="legal review")
    assert not Story.objects.published().filter(pk=story.pk).exists()
    assert Story.objects.get(pk=story.pk).state == StoryState.APPROVED


def test_scheduled_publication_is_published_by_the_beat_task(editor, publisher, eager_tasks):
    story = make_verified_story(state=StoryState.APPROVED, submitted_by=editor)
    when = timezone.now() + timedelta(hours=2)
    workflow.publish(story=story, user=publisher, publish_at=when)
    story.refresh_from_db()
    assert story.state == StoryState.APPROVED and story.publish_at == when
    assert not Story.objects.published().filter(pk=story.pk).exists()
    assert workflow.publish_due_stories() == []  # not due yet
    from stories.tasks import publish_due_stories

    assert publish_due_stories.apply().get() == []
    assert workflow.publish_due_stories(now=when + timedelta(seconds=1)) == [story.pk]
    story.refresh_from_db()
    assert story.state == StoryState.PUBLISHED and story.publish_at is None
    entry = story.transitions.last()
    assert (entry.action, entry.from_state, entry.to_state, entry.user) == (
        "publish",
        "approved",
        "published",
        publisher,
    )


def test_the_beat_task_publishes_due_stories(editor, publisher, eager_tasks):
    story = make_verified_story(state=StoryState.APPROVED, submitted_by=editor)
    workflow.publish(story=story, user=publisher, publish_at=timezone.now() + timedelta(hours=1))
    Story.objects.filter(pk=story.pk).update(publish_at=timezone.now() - timedelta(seconds=1))
    from stories.tasks import publish_due_stories

    assert publish_due_stories.delay().get() == [story.pk]
    assert Story.objects.published().filter(pk=story.pk).exists()


def test_a_cancelled_schedule_is_not_published(editor, publisher):
    story = make_verified_story(state=StoryState.APPROVED, submitted_by=editor)
    when = timezone.now() + timedelta(hours=1)
    workflow.publish(story=story, user=publisher, publish_at=when)
    workflow.unschedule(story=story, user=publisher)
    assert workflow.publish_due_stories(now=when + timedelta(hours=1)) == []
    assert Story.objects.get(pk=story.pk).state == StoryState.APPROVED


@pytest.mark.parametrize("when", [timezone.now() - timedelta(minutes=5), timezone.now().replace(tzinfo=None)])
def test_publish_at_must_be_a_future_time_with_zone(editor, publisher, when):
    story = make_verified_story(state=StoryState.APPROVED, submitted_by=editor)
    with pytest.raises(InvalidAction):
        workflow.publish(story=story, user=publisher, publish_at=when)


# --- the audit trail --------------------------------------------------------------------------------
def test_every_transition_writes_an_audit_entry(editor, reviewer, publisher):
    story = make_verified_story()
    workflow.submit(story=story, user=editor, note="first draft")
    workflow.request_changes(story=story, user=reviewer, note="attribute the jobs figure")
    workflow.submit(story=story, user=editor)
    workflow.approve(story=story, user=reviewer, note="good")
    workflow.publish(story=story, user=publisher)
    workflow.add_correction(story=story, user=publisher, note="Jakarta, not Bangkok.")
    workflow.unpublish(story=story, user=publisher, note="legal review of the jobs figure")
    rows = list(
        StoryTransition.objects.filter(story=story)
        .order_by("created_at", "id")
        .values_list("action", "from_state", "to_state", "user__username", "note")
    )
    assert rows == [
        ("submit", "draft", "in_review", "edna", "first draft"),
        ("request_changes", "in_review", "changes_requested", "rita", "attribute the jobs figure"),
        ("submit", "changes_requested", "in_review", "edna", ""),
        ("approve", "in_review", "approved", "rita", "good"),
        ("publish", "approved", "published", "paul", ""),
        ("add_correction", "published", "published", "paul", "Jakarta, not Bangkok."),
        ("unpublish", "published", "approved", "paul", "legal review of the jobs figure"),
    ]
    assert all(t.created_at for t in StoryTransition.objects.filter(story=story))


def test_a_refused_transition_changes_nothing_and_writes_no_entry(editor, reviewer):
    story = make_verified_story(state=StoryState.IN_REVIEW, submitted_by=editor, decided=False)
    with pytest.raises(ActionConflict):
        workflow.approve(story=story, user=reviewer)
    assert Story.objects.get(pk=story.pk).state == StoryState.IN_REVIEW
    assert not StoryTransition.objects.filter(story=story).exists()


def test_publishing_clears_the_reader_cache(editor, publisher, django_capture_on_commit_callbacks):
    from stories.reader.cache import reader_cache_generation

    story = make_verified_story(state=StoryState.APPROVED, submitted_by=editor)
    before = reader_cache_generation()
    with django_capture_on_commit_callbacks(execute=True):
        workflow.publish(story=story, user=publisher)
    assert reader_cache_generation() == before + 1
