"""Editions: what readers see of a published story, rendered when it is published or corrected."""

from django.db import models


class StoryEdition(models.Model):
    """The reader page of a published story, frozen when a transition put it in front of readers.

    Approval signs off on a story as it stands: its text, its sources and the verdict on every fact.
    An edition keeps that page as approved, so nothing that changes afterwards (a source's text
    re-cleaned, its claims re-extracted, a new draft of the story edited over the live one) alters
    what readers read without a new publication or a correction; a story's editions are the record of
    what it said when. Readers' lists, feed, sitemap, search and API read the live edition (its title,
    dek, body, language, date, and its facts: verification.PublishedFact), never the story row, which may
    hold a draft. Serving the page reads one row instead of hundreds.
    """

    story = models.ForeignKey("stories.Story", on_delete=models.CASCADE, related_name="editions")
    number = models.PositiveIntegerField()
    transition = models.ForeignKey(
        "stories.StoryTransition",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The publication or correction that made it.",
    )
    title = models.CharField(max_length=300)
    dek = models.TextField(blank=True)
    body = models.TextField(blank=True, help_text="The consolidated text (Markdown) as published.")
    language = models.CharField(max_length=8, blank=True, help_text="The language it was published in.")
    summary = models.CharField(max_length=200, blank=True, help_text="The check summary line as published.")
    facts = models.JSONField(
        default=dict,
        blank=True,
        help_text="Each published fact's key: its label, verdict and values (to see what a new draft changed).",
    )
    article_html = models.TextField(help_text="The page's article, rendered and escaped.")
    # schema.org JSON-LD as served (escaped for a <script> block), except that the site's own URLs are
    # paths: the page adds the scheme and host it is served under (stories.reader.pages.story_page).
    news_article_ld = models.TextField()
    claim_reviews_ld = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["story", "-number"]
        constraints = [models.UniqueConstraint(fields=["story", "number"], name="unique_edition_number")]

    def __str__(self) -> str:
        return f"Edition {self.number} of {self.story}"


class StorySlug(models.Model):
    """A story's earlier address, answered with a permanent redirect to its current one."""

    slug = models.SlugField(max_length=120, unique=True)
    story = models.ForeignKey("stories.Story", on_delete=models.CASCADE, related_name="old_slugs")
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.slug} → {self.story.slug}"
