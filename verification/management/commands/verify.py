import time

from django.core.management.base import BaseCommand, CommandError

from core.dispatch import BrokerUnavailable
from core.errors import WorkflowError
from stories.models import Story
from verification.models import VerificationRun
from verification.selectors import verification_summary
from verification.services.runs import start_verification


class Command(BaseCommand):
    help = "Queue claim extraction, story clustering and cross-checking on the Celery worker."

    def add_arguments(self, parser):
        scope = parser.add_mutually_exclusive_group(required=True)
        scope.add_argument("--story", type=int, metavar="ID", help="verify one story")
        scope.add_argument("--all", action="store_true", help="verify every article and regroup stories")
        parser.add_argument("--wait", action="store_true", help="block until the run is done and print counts")
        parser.add_argument(
            "--timeout", type=float, default=900, help="seconds --wait waits before giving up (default 900)"
        )

    def handle(self, *args, story=None, wait=False, timeout=900, **options):
        target = None
        if story is not None:
            target = Story.objects.filter(pk=story).first()
            if target is None:
                raise CommandError(f"no story with id {story}")
        try:
            run = start_verification(story=target)
        except (BrokerUnavailable, WorkflowError) as exc:
            raise CommandError(getattr(exc, "reason", str(exc))) from exc
        self.stdout.write(f"queued verification run {run.pk}")
        if wait:
            self._wait(run, timeout)

    def _wait(self, run: VerificationRun, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while not run.is_finished:
            if time.monotonic() > deadline:
                raise CommandError(
                    f"run {run.pk} not finished after {timeout:.0f} s (state {run.state}, "
                    f"{run.progress:.0%}); is a worker running? (celery -A cms worker)"
                )
            time.sleep(0.25)
            run.refresh_from_db()
        if run.state == "failed":
            raise CommandError(f"run {run.pk} failed: {run.error}")
        if run.left_out:  # finished, leaving out what the engine failed on
            self.stderr.write(run.left_out)
        self.stdout.write(verification_summary(story=run.story))
