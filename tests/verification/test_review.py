"""Reviewers' decisions: notes, history, version check, bulk approval, and who may decide."""

import threading

import pytest
from django.db import connection

from core.errors import ActionConflict, ActionForbidden, InvalidAction
from core.models import ReviewStatus
from stories import workflow
from stories.models import StoryState
from tests.workflow_data import make_verified_story
from verification.models import Fact, ReviewDecision
from verification.services.review import DecisionConflict, bulk_approve, decide_fact


@pytest.mark.django_db
def test_decisions_are_kept_as_history(reviewer, make_user):
    story = make_verified_story(decided=False)
    fact = Fact.objects.get(story=story, key="office")
    decide_fact(fact=fact, user=reviewer, decision="needs_sourcing", note="one outlet only")
    second = make_user("Reviewers")
    decide_fact(fact=fact, user=second, decision="approve", note="confirmed by phone")
    fact.refresh_from_db()
    assert fact.review_status == ReviewStatus.APPROVED and fact.version == 3
    history = list(fact.decisions.values_list("decision", "reviewer__username", "note"))
    assert history == [
        ("approved", second.username, "confirmed by phone"),
        ("needs_sourcing", "rita", "one outlet only"),
    ]


@pytest.mark.django_db
def test_reject_needs_a_note_and_decisions_must_be_known(reviewer):
    fact = Fact.objects.get(story=make_verified_story(decided=False), key="office")
    with pytest.raises(InvalidAction, match="note is required"):
        decide_fact(fact=fact, user=reviewer, decision="reject", note=" ")
    with pytest.raises(InvalidAction, match="decision must be one of"):
        decide_fact(fact=fact, user=reviewer, decision="maybe")
    assert not ReviewDecision.objects.filter(fact=fact).exists()


@pytest.mark.django_db
def test_only_reviewers_decide(editor, publisher):
    fact = Fact.objects.get(story=make_verified_story(decided=False), key="office")
    for user in (editor, publisher):
        with pytest.raises(ActionForbidden):
            decide_fact(fact=fact, user=user, decision="approve")


@pytest.mark.django_db
def test_facts_of_an_approved_story_are_settled(editor, reviewer):
    story = make_verified_story(state=StoryState.APPROVED, submitted_by=editor)
    fact = Fact.objects.get(story=story, key="office")
    with pytest.raises(ActionConflict, match="send the story back"):
        decide_fact(fact=fact, user=reviewer, decision="reject", note="no")
    workflow.request_changes(story=story, user=reviewer, note="reopen the office fact")
    decide_fact(fact=fact, user=reviewer, decision="reject", note="no")


@pytest.mark.django_db
def test_a_decision_on_a_stale_version_is_a_conflict(reviewer, make_user):
    fact = Fact.objects.get(story=make_verified_story(decided=False), key="jobs")
    seen = fact.version
    decide_fact(fact=fact, user=reviewer, decision="approve", expected_version=seen)
    with pytest.raises(DecisionConflict, match="approved by rita") as refused:
        decide_fact(fact=fact, user=make_user("Reviewers"), decision="reject", note="no", expected_version=seen)
    assert refused.value.current_version == seen + 1
    fact.refresh_from_db()
    assert fact.review_status == ReviewStatus.APPROVED and fact.decisions.count() == 1


@pytest.mark.django_db(transaction=True)
def test_concurrent_decisions_in_two_threads(reviewer, make_user):
    other = make_user("Reviewers")
    fact = Fact.objects.get(story=make_verified_story(decided=False), key="jobs")
    seen, outcomes, barrier = fact.version, [], threading.Barrier(2)

    def decide(user, decision):
        try:
            barrier.wait()
            decide_fact(fact=fact.pk, user=user, decision=decision, note="n", expected_version=seen)
            outcomes.append("decided")
        except DecisionConflict:
            outcomes.append("conflict")
        finally:
            connection.close()

    threads = [threading.Thread(target=decide, args=a) for a in ((reviewer, "approve"), (other, "reject"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["conflict", "decided"]
    assert Fact.objects.get(pk=fact.pk).decisions.count() == 1


@pytest.mark.django_db
def test_bulk_approve_takes_the_easy_ones(reviewer):
    story = make_verified_story(decided=False, extra_single_sources=2)
    ids = list(Fact.objects.filter(story=story, flagged=True).values_list("pk", flat=True))
    result = bulk_approve(fact_ids=ids, user=reviewer)
    jobs = Fact.objects.get(story=story, key="jobs")
    assert jobs.pk in result.skipped and "conflicting" in result.skipped[jobs.pk]
    assert len(result.approved) == 3
    assert set(Fact.objects.filter(pk__in=result.approved).values_list("review_status", flat=True)) == {"approved"}
    assert ReviewDecision.objects.filter(fact_id__in=result.approved, reviewer=reviewer).count() == 3
