"""The base of every task that works for a run record, and the retry policy tasks share."""

from celery import Task
from celery.exceptions import SoftTimeLimitExceeded, TimeLimitExceeded
from django.db import DatabaseError

RETRYING = {
    # A database that is briefly unavailable or locked: try again shortly. (Tasks are queued on commit, so
    # their rows exist; a task whose object is gone returns quietly.)
    "autoretry_for": (DatabaseError,),
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
