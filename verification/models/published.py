"""The facts readers are given: each published story's facts as its live edition holds them."""

from django.db import models

from core.models import ReviewStatus, Verdict


class PublishedFact(models.Model):
    """A fact of a story's live edition, copied from the Fact when the edition is recorded.

    A published story can be edited as a new draft while its live edition stays up, and the draft's facts
    may be re-checked (re-extracted, re-decided, replaced): the public API serves these rows, so readers get
    the facts they were given with the page, whatever the desk does meanwhile, until the next edition
    replaces them. The fields are the ones the API shows of a fact; `id` is the fact's own.
    """

    id = models.BigIntegerField(primary_key=True, help_text="The fact's id.")
    story = models.ForeignKey("stories.Story", on_delete=models.CASCADE, related_name="published_facts")
    edition = models.ForeignKey("stories.StoryEdition", on_delete=models.CASCADE, related_name="published_facts")
    verdict = models.CharField(max_length=14, choices=Verdict.choices)
    flagged = models.BooleanField(default=False)
    review_status = models.CharField(max_length=14, choices=ReviewStatus.choices)
    slot = models.CharField(max_length=80)
    kind = models.CharField(max_length=12)
    subject = models.CharField(max_length=120, blank=True)
    confidence = models.FloatField(default=0.0)
    explanation = models.TextField(blank=True)
    independent_sources = models.PositiveIntegerField(default=1)
    version = models.PositiveIntegerField(default=1)
    claims = models.JSONField(default=list, help_text="The fact's claims as the API shows them.")
    created_at = models.DateTimeField(help_text="When the fact was found.")
    updated_at = models.DateTimeField(help_text="When the fact last changed before publication.")

    class Meta:
        ordering = ["story", "id"]

    def __str__(self) -> str:
        return f"{self.slot} ({self.get_verdict_display()}), as published"
