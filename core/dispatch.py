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


def _send_now(task_name: str, args: tuple, run) -> None:
    try:
        # The registered task (app.tasks loads them all), not send_task, so task_always_eager is honoured.
        current_app.tasks[task_name].apply_async(
            args=list(args),
            retry=True, retry_policy={"max_retries": 2, "interval_start": 0.2}
        )
    except (OperationalError, OSError) as exc:
        reason = f"the task queue is unavailable ({exc}); nothing was queued, try again when it is back"
        if run is not None:
            run.mark_failed(reason)
        raise BrokerUnavailable(reason) from exc
