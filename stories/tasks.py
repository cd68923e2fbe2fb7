"""Celery tasks of the stories app (thin shells around services), and the base of every run's task."""
from celery import Task, shared_task
from celery.exceptions import SoftTimeLimitExceeded, TimeLimitExceeded
from django.core.exceptions import ObjectDoesNotExist
from django.db import DatabaseError

from stories.models import ImportBatch
from stories.services.batches import run_import_batch

RETRYING = {
    # A run's row may not be committed yet when a fast worker picks the task up: try again shortly.
    "autoretry_for": (DatabaseError, ObjectDoesNotExist),
    "retry_backoff": 2,
    "retry_backoff_max": 60,
    "retry_jitter": True,
    "max_retries": 4,
}


class RecordedRunTask(Task):
    """A task whose first argument is a run record: when Celery gives up, the record says why."""

    abstract = True

    run_model = None  # the BackgroundRun subclass whose id the task takes

    def on_failure(self, exc, task_id, args, kwargs, einfo):
        if not args:
            return
        if isinstance(exc, (SoftTimeLimitExceeded, TimeLimitExceeded)):
            reason = "the run took longer than its time limit; run it again"
        else:
            reason = f"{type(exc).__name__}: {exc}"
        self.run_model.record_failure(args[0], reason)


class ImportBatchTask(RecordedRunTask):
    abstract = True
    run_model = ImportBatch


@shared_task(name="stories.import_batch", base=ImportBatchTask, **RETRYING)
def import_batch(batch_id: int) -> None:
    run_import_batch(batch_id=batch_id)


@shared_task(name="stories.publish_due_stories", **RETRYING)
def publish_due_stories() -> list[int]:
    """Beat task: publish the approved stories whose scheduled time has come (same transition as the admin)."""
    from stories.workflow import publish_due_stories as publish_due

    return publish_due()
