"""Run bookkeeping through the services: capped redeliveries, resuming, idempotent stages."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from rest_framework.test import APIClient

from stories.models import Article, Story
from tests.conftest import SEEDS
from tests.workflow_data import make_verified_story
from verification.models import Claim, Fact, RunChunk, VerificationRun
from verification.selectors import run_line
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


def _engine_fails_on(monkeypatch, module, broken_keys: set[str]):
    """The engine's function in `module`, raising as a bug would on the documents of the given articles."""
    name = "cross_check" if module.__name__.endswith("checking") else "extract_claims"
    real = getattr(module, name)

    def failing(documents, *args):
        keys = {d.key for d in (documents if isinstance(documents, list) else [documents])}
        if keys & broken_keys:
            raise KeyError(("doc", "subject"))
        return real(documents, *args)

    monkeypatch.setattr(module, name, failing)


def _article_keys(story: Story) -> set[str]:
    return {str(pk) for pk in story.articles.values_list("pk", flat=True)}


@pytest.mark.django_db
def test_a_story_the_engine_fails_on_keeps_its_facts_and_the_others_are_checked(monkeypatch):
    from verification.services import checking

    kept, broken = make_verified_story(), make_verified_story()
    Story.objects.filter(pk__in=[kept.pk, broken.pk]).update(grouping_locked=True)
    before = sorted(Fact.objects.filter(story=broken).values_list("key", "verdict", "review_status"))
    Fact.objects.filter(story=kept).delete()
    run = VerificationRun.objects.create(stage=VerificationRun.Stage.CHECKING)
    _engine_fails_on(monkeypatch, checking, _article_keys(broken))
    runs.check_run(run_id=run.pk)
    run.refresh_from_db()
    assert run.state == "done" and run.counts["stories_not_checked"] == 1
    assert Fact.objects.filter(story=kept).exists()  # checked anew
    assert sorted(Fact.objects.filter(story=broken).values_list("key", "verdict", "review_status")) == before
    assert f"The claim engine could not check 1 story (“{broken.title}”): its facts are as they were." in run.left_out
    assert "KeyError" not in run.left_out and "subject" not in run.left_out
    assert run.error == ""  # it did not fail


@pytest.mark.django_db
def test_a_run_over_the_one_story_the_engine_fails_on_fails_in_words(monkeypatch):
    from verification.services import checking

    broken = make_verified_story()
    before = Fact.objects.filter(story=broken).count()
    run = VerificationRun.objects.create(story=broken, stage=VerificationRun.Stage.CHECKING)
    _engine_fails_on(monkeypatch, checking, _article_keys(broken))
    runs.check_run(run_id=run.pk)
    run.refresh_from_db()
    assert run.state == "failed"
    assert run.error.startswith(f"The claim engine could not check 1 story (“{broken.title}”): its facts are as")
    assert Fact.objects.filter(story=broken).count() == before


def test_an_article_the_engine_fails_on_keeps_its_claims_and_the_run_goes_on(seeded, eager_tasks, monkeypatch):
    from verification.services import extraction

    call_command("verify", "--all", stdout=io.StringIO())  # every article read once
    broken = Article.objects.order_by("id").first()
    kept_claims = sorted(Claim.objects.filter(article=broken).values_list("start", "end", "slot"))
    Article.objects.filter(pk=broken.pk).update(text_version=broken.text_version + 1)  # as an edit does
    Article.objects.exclude(pk=broken.pk).update(claims_text_version=0)
    _engine_fails_on(monkeypatch, extraction, {str(broken.pk)})
    err = io.StringIO()
    call_command("verify", "--all", "--wait", stdout=io.StringIO(), stderr=err)
    run = VerificationRun.objects.order_by("-id").first()
    assert run.state == "done" and run.counts["articles_not_read"] == 1
    assert run.counts["articles_extracted"] == Article.objects.count()
    assert sorted(Claim.objects.filter(article=broken).values_list("start", "end", "slot")) == kept_claims
    assert not Article.objects.exclude(pk=broken.pk).needing_extraction().exists()
    said = f"The claim engine could not read 1 article (“{broken.title}”): it keeps its earlier claims."
    assert run.left_out.startswith(said) and said in err.getvalue() and run.error == ""


def test_what_a_finished_run_left_out_is_shown_on_its_admin_page(client, reviewer):
    note = "The claim engine could not read 1 article (“Ferry fire”): it keeps its earlier claims."
    run = VerificationRun.objects.create()
    run.mark_done(counts={"articles_extracted": 5, "articles_not_read": 1}, left_out=note)
    client.force_login(reviewer)
    page = client.get(reverse("admin:verification_verificationrun_change", args=[run.pk])).content.decode()
    assert "5 articles read" in page and "1 article not read" in page
    assert "Ferry fire" in page and "articles_not_read" not in page


def test_a_finished_run_says_what_it_left_out_apart_from_why_a_run_fails(reviewer):
    note = "The claim engine could not read 1 article (“Ferry fire”): it keeps its earlier claims."
    run = VerificationRun.objects.create()
    run.mark_done(counts={"articles_extracted": 5, "articles_not_read": 1}, left_out=note)
    run.refresh_from_db()
    assert run.state == "done" and run.left_out == note and run.error == ""
    assert run_line(run).endswith(f". {note}")
    api = APIClient()
    api.force_authenticate(reviewer)
    shown = api.get(f"/api/runs/{run.pk}/").json()
    assert shown["left_out"] == note and shown["error"] == ""
