"""Celery tasks: thin shells that call a service; the run record tells what happened.

All acknowledge late (settings), retry with back-off on transient database errors, and mark their run
failed with a reason when they give up or pass their time limit.
"""

from celery import shared_task
from celery.signals import worker_ready

from core.tasks import RETRYING, RecordedRunTask
from verification.models import VerificationRun
from verification.services import runs


class VerificationRunTask(RecordedRunTask):
    abstract = True
    run_model = VerificationRun


@shared_task(name="verification.run_verification", base=VerificationRunTask, **RETRYING)
def run_verification(run_id: int) -> None:
    runs.plan_run(run_id=run_id)


@shared_task(name="verification.extract_chunk", base=VerificationRunTask, **RETRYING)
def extract_chunk(run_id: int, index: int) -> None:
    runs.run_chunk(run_id=run_id, index=index)


@shared_task(name="verification.check_run", base=VerificationRunTask, **RETRYING)
def check_run(run_id: int) -> None:
    runs.check_run(run_id=run_id)


@shared_task(name="verification.extract_articles", **RETRYING)
def extract_articles(article_ids: list[int]) -> None:
    runs.extract_articles(article_ids=article_ids)


@worker_ready.connect
def resume_runs_on_start(**_):
    """A restarted worker picks up runs its predecessor left unfinished."""
    runs.resume_unfinished_runs()
