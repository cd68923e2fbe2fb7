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

    # what the API and the published copies give of a claim (verification.api.serializers.ClaimSerializer,
    # verification.services.publication): the run, sentence offsets and engine extras stay inside
    PUBLIC_FIELDS = ("id", "article", "kind", "slot", "subject", "text", "start", "end", "value", "checkworthiness")

    class Meta:
        ordering = ["article", "start", "id"]

    def __str__(self) -> str:
        return f"{self.kind} {self.slot}: {self.text}"

    def public_data(self) -> dict:
        """The claim's PUBLIC_FIELDS as the API gives them (a related object as its id)."""
        return {name: getattr(self, self._meta.get_field(name).attname) for name in self.PUBLIC_FIELDS}

    def sentence(self, article_text: str) -> str:
        return article_text[self.sentence_start : self.sentence_end]
