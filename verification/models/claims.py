"""A claim found in one article: what kind, about what, its normalised value and exact evidence."""

from django.db import models


class Claim(models.Model):
    article = models.ForeignKey("stories.Article", on_delete=models.CASCADE, related_name="claims")
    run = models.ForeignKey(
        "verification.VerificationRun", null=True, blank=True, on_delete=models.SET_NULL, related_name="claims"
    )
    kind = models.CharField(max_length=12, db_index=True)
    slot = models.CharField(max_length=80, db_index=True)
    subject = models.CharField(max_length=120, blank=True)
    value = models.JSONField(default=dict)
    text = models.CharField(max_length=500, help_text="The value exactly as the article writes it.")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    sentence_start = models.PositiveIntegerField()
    sentence_end = models.PositiveIntegerField()
    checkworthiness = models.FloatField(default=0.5)
    extra = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["article", "start", "id"]

    def __str__(self) -> str:
        return f"{self.kind} {self.slot}: {self.text}"

    def sentence(self, article_text: str) -> str:
        return article_text[self.sentence_start : self.sentence_end]
