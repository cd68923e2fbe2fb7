"""Editions: what readers see of a published story, rendered when it is published or corrected."""
from django.db import models


class StoryEdition(models.Model):
    """The reader page of a published story, frozen when a transition put it in front of readers.

    Approval signs off on a story as it stands: its text, its sources and the verdict on every fact.
    An edition keeps that page as approved, so nothing that changes afterwards (a source's text
    re-cleaned, its claims re-extracted, an article's metadata edited) alters what readers read
    without a new publication or a correction; a story's editions are the record of what it said
    when. Serving the page reads one row instead of rebuilding it from hundreds.
    """

    story = models.ForeignKey("stories.Story", on_delete=models.CASCADE, related_name="editions")
    number = models.PositiveIntegerField()
    transition = models.ForeignKey("stories.StoryTransition", null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+", help_text="The publication or correction that made it.")
    title = models.CharField(max_length=300)
    dek = models.TextField(blank=True)
    article_html = models.TextField(help_text="The page's article, rendered and escaped.")
    # schema.org JSON-LD as served (escaped for a <script> block), except that the site's own URLs are
    # paths: the page adds the scheme and host it is served under (stories.reader.presenters.story_page).
    news_article_ld = models.TextField()
    claim_reviews_ld = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["story", "-number"]
        constraints = [models.UniqueConstraint(fields=["story", "number"], name="unique_edition_number")]

    def __str__(self) -> str:
        return f"Edition {self.number} of {self.story}"
