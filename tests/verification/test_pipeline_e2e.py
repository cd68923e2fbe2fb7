"""The whole pipeline through real worker processes: import, extract, cluster, cross-check, export."""

import io
import json

import pytest
from django.core.management import call_command

from stories.models import Article, Story
from tests.conftest import SEEDS, wait_for
from verification.models import Claim, Fact, VerificationRun

pytestmark = pytest.mark.e2e


def verify_all_and_wait(timeout=240) -> str:
    out = io.StringIO()
    call_command("verify", "--all", "--wait", "--timeout", str(timeout), stdout=out)
    return out.getvalue()


def test_seeds_are_verified_by_a_real_worker(worker):
    call_command("import_articles", str(SEEDS), "--no-progress", stdout=io.StringIO())
    worker()
    out = verify_all_and_wait()
    run = VerificationRun.objects.get()
    assert run.state == "done" and run.progress == 1.0
    assert f"Verified {Article.objects.count()} articles in {Story.objects.count()} stories" in out
    assert run.counts["stories"] == Story.objects.count() >= 1
    assert Claim.objects.exists() and Fact.objects.exists()
    assert all(a.claims_text_version == a.text_version for a in Article.objects.all())
    assert not Article.objects.filter(story__isnull=True).exists()

    export = io.StringIO()
    call_command("export_verification", stdout=export)
    data = json.loads(export.getvalue())
    assert data["format"] == 1 and len(data["articles"]) == 5
    for claim in data["claims"]:
        text = next(a["text"] for a in data["articles"] if a["id"] == claim["article"])
        assert text[claim["start"] : claim["end"]] == claim["text"]
    assert {f["verdict"] for f in data["facts"]} <= {"corroborated", "conflicting", "single_source"}


def test_verify_twice_gives_the_same_facts(worker):
    call_command("import_articles", str(SEEDS), "--no-progress", stdout=io.StringIO())
    worker()
    verify_all_and_wait()
    first = sorted(Fact.objects.values_list("story_id", "key", "verdict"))
    first_ids = set(Fact.objects.values_list("id", flat=True))
    verify_all_and_wait()
    assert sorted(Fact.objects.values_list("story_id", "key", "verdict")) == first
    assert set(Fact.objects.values_list("id", flat=True)) == first_ids  # updated in place, not recreated


def _snapshot():
    facts = sorted(
        (tuple(sorted(f.story.articles.values_list("origin", flat=True))), f.key, f.verdict, f.claims.count())
        for f in Fact.objects.select_related("story")
    )
    claims = sorted(Claim.objects.values_list("article__origin", "start", "end", "slot"))
    return facts, claims


def test_a_run_survives_its_worker_being_killed(worker, tmp_path):
    """SIGKILL mid-run, start a new worker: the run finishes with the facts of an undisturbed run."""
    from verification.engine.synthetic import write_articles

    write_articles(tmp_path, 60, cluster_size=20)
    call_command("import_articles", str(tmp_path), "--no-progress", stdout=io.StringIO())
    small_chunks = {"VERIFICATION_CHUNK_SIZE": "2"}
    first = worker(concurrency=1, env=small_chunks)
    verify_all_and_wait()
    undisturbed = _snapshot()

    # Same work again from scratch: claims gone, articles marked as needing extraction.
    Claim.objects.all().delete()
    Article.objects.update(claims_text_version=0)
    call_command("verify", "--all", stdout=io.StringIO())
    run = VerificationRun.objects.latest("id")
    wait_for(lambda: run.chunks.filter(done=True).exists(), timeout=60, what="the first chunk")
    first.kill()
    run.refresh_from_db()
    assert not run.is_finished, "the run finished before the kill; the test needs more work per run"
    assert run.chunks.filter(done=False).exists()

    worker(concurrency=1, env=small_chunks)
    wait_for(lambda: VerificationRun.objects.get(pk=run.pk).is_finished, timeout=180, what="the resumed run")
    run.refresh_from_db()
    assert run.state == "done", run.error
    assert run.attempts >= 2
    assert _snapshot() == undisturbed
