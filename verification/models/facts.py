"""A fact: claims from one or more sources about one thing, with a verdict and its review."""

from django.conf import settings
from django.db import models

from core.limits import NOTE_MAX_LENGTH
from core.models import ReviewStatus, Verdict
from verification import verdicts


class FactQuerySet(models.QuerySet):
    def flagged(self):
        return self.filter(flagged=True)

    def undecided(self):
        """Flagged facts that wait for a reviewer's decision (verification.verdicts)."""
        return self.filter(verdicts.undecided_q())

    def public(self):
        """Facts readers see as checked (verification.verdicts)."""
        return self.filter(verdicts.public_q())


class Fact(models.Model):
    story = models.ForeignKey("stories.Story", on_delete=models.CASCADE, related_name="facts")
    key = models.CharField(max_length=200, help_text="Stable across re-runs: what the fact is about.")
    kind = models.CharField(max_length=12)
    slot = models.CharField(max_length=80, db_index=True)
    subject = models.CharField(max_length=120, blank=True)
    verdict = models.CharField(max_length=14, choices=Verdict.choices, db_index=True)
    confidence = models.FloatField(default=0.0)
    explanation = models.TextField(blank=True)
    independent_sources = models.PositiveIntegerField(default=1)
    dependent_sources = models.JSONField(default=list, blank=True, help_text="Pairs of sources that copy each other.")
    claims = models.ManyToManyField("verification.Claim", related_name="facts")
    # A fingerprint of the evidence, so a re-run knows whether a reviewer's decision still applies.
    evidence_hash = models.CharField(max_length=64, blank=True)
    flagged = models.BooleanField(default=False, db_index=True)
    review_status = models.CharField(
        max_length=14, choices=ReviewStatus.choices, default=ReviewStatus.PENDING, db_index=True
    )
    version = models.PositiveIntegerField(default=1, help_text="Bumped on every decision, to catch concurrent ones.")
    run = models.ForeignKey(
        "verification.VerificationRun", null=True, blank=True, on_delete=models.SET_NULL, related_name="facts"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = FactQuerySet.as_manager()

    class Meta:
        ordering = ["story", "-flagged", "slot", "id"]
        constraints = [models.UniqueConstraint(fields=["story", "key"], name="unique_fact_key_per_story")]
        permissions = [("review_fact", "Can decide on flagged facts")]

    def __str__(self) -> str:
        return f"{self.slot} ({self.get_verdict_display()})"


class ReviewDecision(models.Model):
    """One reviewer's decision on a fact; the fact's history is the list of these."""

    fact = models.ForeignKey(Fact, on_delete=models.CASCADE, related_name="decisions")
    decision = models.CharField(max_length=14, choices=ReviewStatus.choices)
    note = models.TextField(
        blank=True, max_length=NOTE_MAX_LENGTH, help_text="Internal: for the desk only, never shown to readers."
    )
    public_note = models.TextField(
        blank=True, max_length=NOTE_MAX_LENGTH, help_text="Shown to readers with the fact on the story page."
    )
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["fact", "-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.get_decision_display()} by {self.reviewer} on {self.created_at:%Y-%m-%d}"
