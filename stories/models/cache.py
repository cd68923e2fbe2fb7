"""The reader cache's generation: one number in the database, bumped by every change readers must see."""

from django.db import models


class ReaderCacheGeneration(models.Model):
    """A single row (pk 1). Reader cache keys carry its number, so bumping it, in the same transaction as a
    publish, takedown or correction, retires every cached page at once, whether or not the cache is up."""

    number = models.BigIntegerField()

    class Meta:
        verbose_name = "reader cache generation"

    def __str__(self) -> str:
        return f"reader cache generation {self.number}"
