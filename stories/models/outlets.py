"""Known outlets: the newsroom's own table of site names, for sources whose metadata names no publisher."""

from django.db import models


class KnownOutlet(models.Model):
    """A web site and the name it is cited under ("straitstimes.com" → "The Straits Times")."""

    domain = models.CharField(
        max_length=253,
        unique=True,
        help_text="The site's host without 'www.' (e.g. straitstimes.com); its subdomains match too.",
    )
    name = models.CharField(max_length=200, help_text="The outlet's name as readers should read it.")

    class Meta:
        ordering = ["domain"]

    def __str__(self) -> str:
        return f"{self.name} ({self.domain})"

    def save(self, *args, **kwargs):
        self.domain = self.domain.strip().lower().removeprefix("www.").strip(".")
        self.name = self.name.strip()
        super().save(*args, **kwargs)
