"""The editorial record of a story: transitions, text revisions and corrections."""

from django.conf import settings
from django.db import models

from core.limits import NOTE_MAX_LENGTH


class StoryTransition(models.Model):
    """Audit entry: who moved a story from which state to which, when, and why."""

    story = models.ForeignKey("stories.Story", on_delete=models.CASCADE, related_name="transitions")
    action = models.CharField(max_length=30)
    from_state = models.CharField(max_length=20)
    to_state = models.CharField(max_length=20)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    note = models.TextField(blank=True, max_length=NOTE_MAX_LENGTH)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.action}: {self.from_state} → {self.to_state}"


class StoryRevision(models.Model):
    """A saved version of the consolidated text; two can be compared."""

    story = models.ForeignKey("stories.Story", on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveIntegerField()
    title = models.CharField(max_length=300)
    dek = models.TextField(blank=True)
    body = models.TextField(blank=True)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    source = models.CharField(max_length=20, default="edit", help_text="edit or generated")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["story", "-number"]
        constraints = [models.UniqueConstraint(fields=["story", "number"], name="unique_revision_number")]

    def __str__(self) -> str:
        return f"Revision {self.number} of {self.story}"


class Correction(models.Model):
    """A correction to a published story, shown to readers with its date."""

    story = models.ForeignKey("stories.Story", on_delete=models.CASCADE, related_name="corrections")
    note = models.TextField(max_length=NOTE_MAX_LENGTH)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"Correction to {self.story} on {self.created_at:%Y-%m-%d}"
