"""Run bookkeeping through the services: capped redeliveries, resuming, idempotent stages."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from stories.models import Article, Story
from tests.conftest import SEEDS
from tests.workflow_data import make_verified_story
from verification.models import Claim, Fact, RunChunk, VerificationRun
from verification.services import runs


@pytest.fixture
def seeded(db):
    call_command("import_articles", str(SEEDS), "--no-progress", stdout=io.StringIO())


def test_a_chunk_whose_task_keeps_getting_lost_fails_the_run_with_its_articles(seeded, settings):
    run = VerificationRun.objects.create()
    ids = list(Article.objects.values_list("id", flat=True))
    RunChunk.objects.create(run=run, index=0, article_ids=ids, attempts=settings.VERIFICATION_MAX_DELIVERIES)
    runs.run_chunk(run_id=run.pk, index=0)
    run.refresh_from_db()
    assert run.state == "failed" and str(ids) in run.error and "lost" in run.error
    assert not Claim.objects.exists()


def test_a_chunk_delivered_twice_is_extracted_once(seeded, eager_tasks):
    run = VerificationRun.objects.create()
    ids = list(Article.objects.values_list("id", flat=True))
    RunChunk.objects.create(run=run, index=0, article_ids=ids)
    VerificationRun.objects.filter(pk=run.pk).update(stage=VerificationRun.Stage.EXTRACTING)
    runs.run_chunk(run_id=run.pk, index=0)
    first = sorted(Claim.objects.values_list("article_id", "start", "end", "slot"))
    runs.run_chunk(run_id=run.pk, index=0)
    assert sorted(Claim.objects.values_list("article_id", "start", "end", "slot")) == first
    assert RunChunk.objects.get(run=run).attempts == 1


def test_resuming_requeues_only_unfinished_runs(seeded, eager_tasks):
    finished = VerificationRun.objects.create(state="done")
    stuck = VerificationRun.objects.create()
    assert runs.resume_unfinished_runs() == 1
    stuck.refresh_from_db()
    finished.refresh_from_db()
    assert stuck.state == "done" and finished.attempts == 0


def test_the_run_list_refreshes_itself_while_a_run_is_unfinished(client, reviewer):
    run = VerificationRun.objects.create()  # queued
    client.force_login(reviewer)
    url = reverse("admin:verification_verificationrun_changelist")
    assert 'http-equiv="refresh"' in client.get(url).content.decode()
    run.mark_running()
    assert 'http-equiv="refresh"' in client.get(url).content.decode()
    run.mark_done()
    assert 'http-equiv="refresh"' not in client.get(url).content.decode()


def _merged_away_during_the_check(monkeypatch, gone):
    """The engine's cross-check, with an editor merging `gone` into another story while it runs."""
    from verification.services import checking

    real = checking.cross_check

    def merge_meanwhile(documents, claims):
        Story.objects.filter(pk=gone.pk).delete()  # as merge_stories deletes the stories it empties
        return real(documents, claims)

    monkeypatch.setattr(checking, "cross_check", merge_meanwhile)


@pytest.mark.django_db
def test_a_story_merged_away_during_a_run_over_everything_is_skipped_and_the_run_finishes(monkeypatch):
    kept, gone = make_verified_story(), make_verified_story()
    Story.objects.filter(pk__in=[kept.pk, gone.pk]).update(grouping_locked=True)
    run = VerificationRun.objects.create(stage=VerificationRun.Stage.CHECKING)
    _merged_away_during_the_check(monkeypatch, gone)
    runs.check_run(run_id=run.pk)
    run.refresh_from_db()
    assert run.state == "done" and run.counts["stories"] == 2
    assert Fact.objects.filter(story=kept).count() == 3 and not Story.objects.filter(pk=gone.pk).exists()


@pytest.mark.django_db
def test_a_run_over_a_story_merged_away_meanwhile_returns_quietly(monkeypatch):
    gone = make_verified_story()
    run = VerificationRun.objects.create(story=gone, stage=VerificationRun.Stage.CHECKING)
    _merged_away_during_the_check(monkeypatch, gone)
    runs.check_run(run_id=run.pk)  # the run went with its story: nothing left to record, nothing raised
    assert not VerificationRun.objects.filter(pk=run.pk).exists()
