"""The vocabulary the apps share (run states, verdicts, review statuses) and what every background run records.

Verdicts and review statuses are words of the public contract (API, export); what they mean for review and
for readers is decided in verification/verdicts.py."""

from typing import Self

from django.conf import settings
from django.db import models
from django.utils import timezone


class RunState(models.TextChoices):
    QUEUED = "queued", "Queued"
    RUNNING = "running", "Running"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"


# a run a worker has yet to finish (queued, or picked up and under way)
UNFINISHED_STATES = (RunState.QUEUED, RunState.RUNNING)


class Verdict(models.TextChoices):
    CORROBORATED = "corroborated", "Corroborated"
    CONFLICTING = "conflicting", "Conflicting"
    SINGLE_SOURCE = "single_source", "Single source"


class ReviewStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    APPROVED = "approved", "Approved"
    REJECTED = "rejected", "Rejected"
    NEEDS_SOURCING = "needs_sourcing", "Needs sourcing"


class BackgroundRun(models.Model):
    state = models.CharField(max_length=8, choices=RunState.choices, default=RunState.QUEUED, db_index=True)
    progress = models.FloatField(default=0.0, help_text="0 to 1.")
    counts = models.JSONField(default=dict, blank=True)
    error = models.TextField(blank=True, help_text="Why it failed.")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        abstract = True
        ordering = ["-created_at", "-id"]

    @property
    def is_finished(self) -> bool:
        return self.state in (RunState.DONE, RunState.FAILED)

    def mark_running(self) -> None:
        type(self).objects.filter(pk=self.pk, state=RunState.QUEUED).update(
            state=RunState.RUNNING, started_at=timezone.now()
        )
        self.refresh_from_db(fields=["state", "started_at"])

    # what mark_done stores: a kind of run that sets more when it finishes adds its fields
    done_fields = ("state", "progress", "finished_at", "counts", "error")

    def mark_done(self, *, counts: dict | None = None) -> None:
        self.state, self.progress, self.finished_at = RunState.DONE, 1.0, timezone.now()
        self.error = ""
        if counts is not None:
            self.counts = counts
        self.save(update_fields=self.done_fields)

    def mark_failed(self, reason: str) -> None:
        self.state, self.error, self.finished_at = RunState.FAILED, reason, timezone.now()
        self.save(update_fields=["state", "error", "finished_at"])

    @classmethod
    def unfinished(cls, pk: int) -> Self | None:
        """The run to work on; None where it was deleted meanwhile or has finished (a task delivered again after
        it finished)."""
        run = cls.objects.filter(pk=pk).first()
        return None if run is None or run.is_finished else run

    @classmethod
    def record_failure(cls, pk: int, reason: str) -> None:
        """Mark the run failed with the reason, unless it already finished."""
        run = cls.unfinished(pk)
        if run:
            run.mark_failed(reason)

    def set_progress(self, done: int, total: int) -> None:
        self.progress = min(1.0, done / total) if total else 1.0
        type(self).objects.filter(pk=self.pk).update(progress=self.progress)
