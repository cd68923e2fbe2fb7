"""An import of uploaded files that runs on the worker, with a line per file."""

from django.db import models

from core.models import BackgroundRun


class ImportBatch(BackgroundRun):
    """Files uploaded in the admin, kept until the worker has imported them."""

    upload_dir = models.CharField(max_length=500, editable=False, help_text="Where the uploaded files wait.")
    report = models.JSONField(default=list, blank=True, help_text="One line per file: name, outcome, reason.")

    class Meta(BackgroundRun.Meta):
        verbose_name_plural = "import batches"

    def __str__(self) -> str:
        return f"Import #{self.pk} ({self.state})"
