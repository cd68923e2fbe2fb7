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


# What stops a whole run rather than one source or story of it: its time is up, or the database fails it.
STOPS_A_RUN = (SoftTimeLimitExceeded, TimeLimitExceeded, DatabaseError)


class RecordedRunTask(Task):
    """A task whose first argument is a run record: when Celery gives up, the record says why."""

    abstract = True

    run_model = None  # the BackgroundRun subclass whose id the task takes

    def on_failure(self, exc, task_id, args, kwargs, einfo):
        if not args:
            return
        self.run_model.record_failure(args[0], failure_reason(exc))


def failure_reason(exc: BaseException) -> str:
    """Why a run failed, in the words an editor reads on the run's page (never an exception's class name)."""
    if isinstance(exc, (SoftTimeLimitExceeded, TimeLimitExceeded)):
        return "the run took longer than its time limit; run it again"
    if isinstance(exc, DatabaseError):
        return "the database could not be reached or refused the change, also when tried again; run it again later"
    detail = " ".join(str(exc).split())
    said = f" ({detail})" if detail else ""
    return f"an unexpected error stopped the run{said}; run it again, and tell the administrator if it fails again"
