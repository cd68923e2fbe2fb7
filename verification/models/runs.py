"""A verification run: extraction, clustering and cross-checking, recorded for the admin."""

from django.db import models

from core.models import BackgroundRun


class VerificationRun(BackgroundRun):
    class Stage(models.TextChoices):
        PLANNING = "planning", "Planning"
        EXTRACTING = "extracting", "Extracting claims"
        CHECKING = "checking", "Cross-checking"
        FINISHED = "finished", "Finished"

    story = models.ForeignKey(
        "stories.Story",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="verification_runs",
        help_text="Empty for a run over every article.",
    )
    stage = models.CharField(max_length=12, choices=Stage.choices, default=Stage.PLANNING)
    engine_version = models.CharField(max_length=40, blank=True)
    attempts = models.PositiveIntegerField(default=0, help_text="How often a worker picked the run up.")
    left_out = models.TextField(blank=True, help_text="What it left out, though it finished (what it could not read).")

    class Meta(BackgroundRun.Meta):
        permissions = [("run_verification", "Can start verification runs")]

    def __str__(self) -> str:
        scope = f"story {self.story_id}" if self.story_id else "all articles"
        return f"Verification #{self.pk} of {scope} ({self.state})"

    done_fields = (*BackgroundRun.done_fields, "left_out")

    def mark_done(self, *, counts: dict | None = None, left_out: str = "") -> None:
        """Finished; ``left_out`` says what it left out ("" where nothing)."""
        self.left_out = left_out
        super().mark_done(counts=counts)


class RunChunk(models.Model):
    """A slice of a run's extraction work; a run moves on when all its chunks are done."""

    run = models.ForeignKey(VerificationRun, on_delete=models.CASCADE, related_name="chunks")
    index = models.PositiveIntegerField()
    article_ids = models.JSONField()
    done = models.BooleanField(default=False)
    attempts = models.PositiveIntegerField(default=0, help_text="Deliveries so far; capped against poison tasks.")

    class Meta:
        ordering = ["run", "index"]
        constraints = [models.UniqueConstraint(fields=["run", "index"], name="unique_run_chunk")]

    def __str__(self) -> str:
        return f"Part {self.index + 1} of run #{self.run_id}"
