"""What a run's page says when Celery gives up on its task: words, never an exception's class name."""

import pytest
from celery.exceptions import SoftTimeLimitExceeded
from django.db import OperationalError

from tests.factories import VerificationRunFactory
from verification.tasks import VerificationRunTask

pytestmark = pytest.mark.django_db


def give_up(run, exc):
    VerificationRunTask().on_failure(exc, "task-id", (run.pk,), {}, None)
    run.refresh_from_db()
    return run


@pytest.mark.parametrize(
    ("exc", "said"),
    [
        (SoftTimeLimitExceeded(), "the run took longer than its time limit; run it again"),
        (OperationalError("could not connect to server"), "the database could not be reached"),
        (ValueError("no text to check"), "an unexpected error stopped the run (no text to check)"),
        (RuntimeError(), "an unexpected error stopped the run; run it again"),
    ],
)
def test_a_failed_run_says_why_in_words(exc, said):
    run = give_up(VerificationRunFactory(state="running", finished_at=None), exc)
    assert run.state == "failed"
    assert run.error.startswith(said)
    assert type(exc).__name__ not in run.error


def test_a_finished_run_keeps_its_outcome():
    run = give_up(VerificationRunFactory(), RuntimeError("late"))
    assert run.state == "done" and run.error == ""
