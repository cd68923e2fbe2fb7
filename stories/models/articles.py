"""Source articles: the received text kept byte for byte, and the cleaned text derived from it."""

import re

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models

from stories.cleaning.model import join_text
from stories.outlet_names import resolve_outlet

# the end of a sentence: after three letters or digits, so never inside "U.S. Steel" or after "Mr."
_SENTENCE_END = re.compile(r"(?<=[^\s.]{3}[.!?]) ")
WORKING_TITLE_LENGTH = 90  # an untitled article's first sentence, as a title, cut to this many characters


class ArticleQuerySet(models.QuerySet):
    def needing_extraction(self):
        """Articles whose claims were not extracted from their current cleaned text."""
        return self.exclude(claims_text_version=models.F("text_version"))


class Article(models.Model):
    class Format(models.TextChoices):
        TEXT = "txt", "Plain text"
        HTML = "html", "HTML"
        MARKDOWN = "md", "Markdown"

    class State(models.TextChoices):
        DRAFT = "draft", "Draft"
        ARCHIVED = "archived", "Archived"

    origin = models.CharField(max_length=500, help_text="File name, path inside a zip, or URL it came from.")
    content_hash = models.CharField(max_length=64, unique=True, editable=False)
    raw_text = models.TextField(editable=False, help_text="The text exactly as received.")
    raw_format = models.CharField(max_length=4, choices=Format.choices, default=Format.TEXT, editable=False)
    state = models.CharField(max_length=10, choices=State.choices, default=State.DRAFT)

    title = models.CharField(max_length=500, blank=True)
    dek = models.TextField(blank=True, help_text="Standfirst: the summary under the title.")
    body = models.TextField(blank=True)
    publisher = models.CharField(max_length=200, blank=True)
    author = models.CharField(max_length=200, blank=True)
    published = models.DateField(null=True, blank=True)
    language = models.CharField(
        max_length=8,
        blank=True,
        help_text="The two-letter ISO 639-1 code (en, de, fr, es, …); empty when unknown.",
        validators=[
            RegexValidator(
                r"\A[a-z]{2}\Z", "a language is its two-letter ISO 639-1 code in small letters, e.g. en, de, fr or es"
            )
        ],
    )

    story = models.ForeignKey(
        "stories.Story", null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )
    # Bumped whenever dek or body change, so claims extracted from an older text are known stale.
    text_version = models.PositiveIntegerField(default=1, editable=False)
    claims_text_version = models.PositiveIntegerField(default=0, editable=False)

    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    imported_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-imported_at", "-id"]
        indexes = [
            models.Index(fields=["language"]),
            models.Index(fields=["publisher"]),
            models.Index(fields=["published"]),
        ]
        permissions = [("import_articles", "Can import articles")]

    def __str__(self) -> str:
        return self.working_title

    @property
    def working_title(self) -> str:
        """Its title; for an article the cleaner found none in, its first sentence, cut at a word (a file
        name says nothing to an editor)."""
        if self.title:
            return self.title
        lead = _SENTENCE_END.split(" ".join(self.text.split()), maxsplit=1)[0]
        if len(lead) > WORKING_TITLE_LENGTH:
            lead = lead[: WORKING_TITLE_LENGTH - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"
        return lead or "Untitled article"

    @property
    def text(self) -> str:
        """The cleaned text (dek, then body) that claims' offsets point into."""
        return join_text(self.dek, self.body)

    @property
    def source_name(self) -> str:
        """The outlet it is cited under, without the known-outlets table (stories.services.outlets adds
        it); "" when none is known: a file name is never an outlet."""
        return resolve_outlet(publisher=self.publisher, author=self.author, origin=self.origin, known={})


class ArticleBlock(models.Model):
    """One paragraph of the received text, in order, with the role the cleaner gave it."""

    class Role(models.TextChoices):
        TITLE = "title", "Title"
        DEK = "dek", "Dek"
        BODY = "body", "Body"
        REMOVED = "removed", "Removed"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="blocks")
    position = models.PositiveIntegerField()
    text = models.TextField()
    role = models.CharField(max_length=8, choices=Role.choices)
    reason = models.CharField(max_length=100, blank=True, help_text="Why the cleaner removed it.")

    class Meta:
        ordering = ["article", "position"]
        constraints = [models.UniqueConstraint(fields=["article", "position"], name="unique_block_position")]

    def __str__(self) -> str:
        return f"{self.get_role_display()}: {self.text[:60]}"
