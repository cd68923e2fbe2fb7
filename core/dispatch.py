"""Send tasks to the broker by name once the transaction commits, turning a broker outage into one clear,
recorded error."""

from __future__ import annotations

from celery import current_app
from django.db import transaction
from kombu.exceptions import OperationalError


class BrokerUnavailable(RuntimeError):
    """The task queue cannot be reached; nothing was queued."""


def send(task_name: str, *args, run=None) -> None:
    """Queue a task once the current transaction commits (at once outside one), so a worker never looks for a
    row that is not there yet; if the broker is down, mark the run (if any) failed with the reason and raise
    BrokerUnavailable (to the caller, or out of the block that commits)."""
    transaction.on_commit(lambda: _send_now(task_name, args, run))


# A web request tells its user at once that the queue is down; a task in a worker (queuing the next step of
# a run) waits for the broker to come back, up to about five minutes, rather than fail the run it works for.
REQUEST_RETRY_POLICY = {"max_retries": 2, "interval_start": 0.2}
WORKER_RETRY_POLICY = {"max_retries": 60, "interval_start": 1, "interval_step": 1, "interval_max": 5}


def _in_worker_task() -> bool:
    from celery import current_task

    return bool(current_task and current_task.request.id and not current_task.request.is_eager)


def _send_now(task_name: str, args: tuple, run) -> None:
    policy = WORKER_RETRY_POLICY if _in_worker_task() else REQUEST_RETRY_POLICY
    try:
        # The registered task (app.tasks loads them all), not send_task, so task_always_eager is honoured.
        current_app.tasks[task_name].apply_async(args=list(args), retry=True, retry_policy=policy)
    except (OperationalError, OSError) as exc:
        reason = f"the task queue is unavailable ({exc}); nothing was queued, try again when it is back"
        if run is not None:
            run.mark_failed(reason)
        raise BrokerUnavailable(reason) from exc
