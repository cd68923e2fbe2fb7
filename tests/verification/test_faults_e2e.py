"""Faults: a broker that is down, a task past its time limit, a wait with no worker. Nothing hangs or is lost."""

import io
import os
import subprocess
import sys

import pytest
from django.core.management import CommandError, call_command

from stories.models import Article
from tests.conftest import ROOT, SEEDS, _database_url, wait_for
from verification.models import VerificationRun

pytestmark = pytest.mark.e2e


def import_seeds():
    call_command("import_articles", str(SEEDS), "--no-progress", stdout=io.StringIO())


def test_wait_without_a_worker_gives_up_with_a_reason(transactional_db):
    import_seeds()
    with pytest.raises(CommandError, match="not finished after 2 s.*is a worker running"):
        call_command("verify", "--all", "--wait", "--timeout", "2", stdout=io.StringIO())


def test_broker_down_is_a_clear_error_and_the_run_is_marked_failed(transactional_db):
    import_seeds()
    env = {**os.environ, "DATABASE_URL": _database_url(), "CELERY_BROKER_URL": "redis://127.0.0.1:9/0"}
    done = subprocess.run(
        [sys.executable, "manage.py", "verify", "--all"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 1
    assert "task queue is unavailable" in done.stderr and done.stderr.strip().count("\n") == 0
    run = VerificationRun.objects.get()
    assert run.state == "failed" and "task queue is unavailable" in run.error


def test_a_run_past_its_time_limit_fails_with_the_reason_and_can_run_again(worker, tmp_path):
    paragraphs = [
        " ".join(
            f"The unit {n}-{k} said it will invest {n + k} million dollars and hire more than {k + 7} "
            f"engineers in {2000 + k}."
            for k in range(20)
        )
        for n in range(150)
    ]
    (tmp_path / "huge.txt").write_text("A very long report\n\n" + "\n\n".join(paragraphs))
    call_command("import_articles", str(tmp_path), "--no-progress", stdout=io.StringIO())
    slow = worker(concurrency=1, env={"CELERY_TASK_SOFT_TIME_LIMIT": "1", "CELERY_TASK_TIME_LIMIT": "5"})
    call_command("verify", "--all", stdout=io.StringIO())
    run = VerificationRun.objects.get()
    wait_for(lambda: VerificationRun.objects.get(pk=run.pk).is_finished, timeout=90, what="the run to fail")
    run.refresh_from_db()
    assert run.state == "failed" and "time limit" in run.error
    slow.stop()

    worker(concurrency=1)
    out = io.StringIO()
    call_command("verify", "--all", "--wait", "--timeout", "300", stdout=out)
    assert "Verified 1 article in 1 story" in out.getvalue()
    assert Article.objects.get().claims.exists()
