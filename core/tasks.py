"""The base of every task that works for a run record, and the retry policy tasks share."""
from celery import Task
from celery.exceptions import SoftTimeLimitExceeded, TimeLimitExceeded
from django.core.exceptions import ObjectDoesNotExist
from django.db import DatabaseError

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
