"""Send tasks to the broker by name, turning a broker outage into one clear, recorded error."""
from __future__ import annotations

from kombu.exceptions import OperationalError

from cms.celery import app


class BrokerUnavailable(RuntimeError):
    """The task queue cannot be reached; nothing was queued."""


def send(task_name: str, *args, run=None) -> None:
    """Queue a task; if the broker is down, mark the run (if any) failed with the reason and raise."""
    try:
        # A signature of a registered task honours task_always_eager, unlike send_task.
        app.signature(task_name, args=list(args)).apply_async(
            retry=True, retry_policy={"max_retries": 2, "interval_start": 0.2}
        )
    except (OperationalError, OSError) as exc:
        reason = f"the task queue is unavailable ({exc}); nothing was queued, try again when it is back"
        if run is not None:
            run.mark_failed(reason)
        raise BrokerUnavailable(reason) from exc
