"""Which facts wait for a reviewer: every conflicting fact, and the single-source facts the story's text
states; the flags follow the text through the cross-check, the consolidated draft and every edit."""

import pytest
from django.core.management import call_command

from core.models import ReviewStatus, Verdict
from stories import workflow
from stories.models import Story
from stories.services.consolidation import draft_consolidated_text
from stories.services.editing import save_story_text
from tests.conftest import SEEDS
from tests.workflow_data import make_verified_story
from verification.models import Fact, VerificationRun
from verification.services.review import decide_fact

pytestmark = pytest.mark.django_db


def _flagged(story) -> dict[str, str]:
    return dict(Fact.objects.filter(story=story, flagged=True).values_list("key", "verdict"))


def test_the_cross_check_flags_conflicts_and_only_the_single_source_facts_the_text_states(editor, eager_tasks):
    call_command("import_articles", str(SEEDS), "--no-progress")
    call_command("verify", "--all", "--wait")
    story = max(Story.objects.all(), key=lambda s: s.articles.count())
    story.articles.filter(publisher="").update(publisher="Wire Desk")  # the editor names the outlet no page gave
    conflicting = set(Fact.objects.filter(story=story, verdict=Verdict.CONFLICTING).values_list("key", flat=True))
    single = Fact.objects.filter(story=story, verdict=Verdict.SINGLE_SOURCE)
    assert conflicting and single.count() > 5
    assert set(_flagged(story)) - conflicting <= set(single.values_list("key", flat=True))
    before_text = len(_flagged(story))

    draft_consolidated_text(story=story, user=editor)  # attributes every single-source fact it keeps
    after_text = _flagged(story)
    assert conflicting <= set(after_text) and len(after_text) > before_text
    assert any(verdict == Verdict.SINGLE_SOURCE for verdict in after_text.values())
    run = VerificationRun.objects.filter(state="done").latest("finished_at")
    assert run.counts["flagged"] == Fact.objects.filter(flagged=True).count() - (len(after_text) - before_text)


def test_an_edit_that_drops_a_single_source_fact_takes_it_off_the_queue_and_keeps_its_decision(editor, reviewer):
    story = make_verified_story(decided=False)
    office = Fact.objects.get(story=story, key="office")
    assert office.flagged and "fourth office" in story.body
    decide_fact(fact=office, user=reviewer, decision="approve", note="confirmed with the company")

    without = "\n".join(line for line in story.body.splitlines() if "fourth office" not in line)
    story = save_story_text(story=story, user=editor, expected_version=story.version, body=without)
    office.refresh_from_db()
    assert not office.flagged and office.review_status == ReviewStatus.APPROVED

    story = save_story_text(
        story=story, user=editor, expected_version=story.version, body=without + "\n\nIt opened its fourth office [3]."
    )
    office.refresh_from_db()
    assert office.flagged and office.review_status == ReviewStatus.APPROVED


def test_approval_waits_only_for_the_facts_the_text_states(editor, reviewer):
    story = make_verified_story(decided=False)  # conflicting jobs and single-source office both pending
    jobs = Fact.objects.get(story=story, key="jobs")
    without_office = "\n".join(line for line in story.body.splitlines() if "fourth office" not in line)
    story = save_story_text(story=story, user=editor, expected_version=story.version, body=without_office)
    decide_fact(fact=jobs, user=reviewer, decision="approve", note="500, per the filing")
    workflow.submit(story=story, user=editor)
    workflow.approve(story=story, user=reviewer)
    assert Story.objects.get(pk=story.pk).state == "approved"
