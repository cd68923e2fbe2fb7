"""A story: articles about one event, and the consolidated text written from them."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from core.errors import ActionConflict
from core.permissions import has_permission
from core.slugs import unique_slug


class StoryState(models.TextChoices):
    DRAFT = "draft", "Draft"
    IN_REVIEW = "in_review", "In review"
    CHANGES_REQUESTED = "changes_requested", "Changes requested"
    APPROVED = "approved", "Approved"
    PUBLISHED = "published", "Published"


# Where editors may change the text and the grouping; later states are frozen until sent back.
EDITABLE_STATES = (StoryState.DRAFT, StoryState.CHANGES_REQUESTED)


class SourcesFrozen(ActionConflict):
    """The sources (and so the facts) of a story past the draft stage cannot change."""

    code = "sources_frozen"


class StoryQuerySet(models.QuerySet):
    def published(self):
        """What readers may see: live (published, perhaps with a new draft over it), not dated later."""
        return self.filter(live=True, published_at__lte=timezone.now())

    def visible_to(self, user):
        """Staff whose role may view stories see every story; everyone else only published ones."""
        return self if has_permission(user, "stories.view_story") else self.published()


class Story(models.Model):
    title = models.CharField(max_length=300)
    slug = models.SlugField(max_length=120, unique=True)
    dek = models.TextField(blank=True)
    body = models.TextField(blank=True, help_text="Consolidated text in Markdown, with numbered citations.")
    language = models.CharField(
        max_length=8,
        blank=True,
        help_text="The language the story is written in (ISO 639-1: en, de, fr, es); left empty, the draft takes "
        "the one most of its sources share.",
    )
    generated_body = models.TextField(
        blank=True, editable=False, help_text="The last generated draft, to show what an editor changed."
    )
    state = models.CharField(max_length=20, choices=StoryState.choices, default=StoryState.DRAFT, db_index=True)
    grouping_locked = models.BooleanField(
        default=False, help_text="An editor confirmed which articles belong here; clustering keeps it."
    )
    follow_up_of = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="follow_ups",
        verbose_name="follow-up to",
        help_text="The story past the draft stage whose event this one follows up: articles that arrive for a "
        "story already in review, approved or published are grouped here instead.",
    )
    version = models.PositiveIntegerField(default=1, help_text="Bumped on every save, to catch concurrent edits.")
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    live = models.BooleanField(
        default=False,
        db_index=True,
        help_text="Readers see its last edition: published, and perhaps edited as a new draft meanwhile.",
    )
    published_at = models.DateTimeField(null=True, blank=True, db_index=True)
    publish_at = models.DateTimeField(
        null=True, blank=True, db_index=True, help_text="Scheduled publication: the beat task publishes it then."
    )
    pending_correction = models.TextField(
        blank=True, editable=False, help_text="The correction a scheduled publication will add for readers."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = StoryQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "stories"
        permissions = [
            ("submit_story", "Can submit a story for review"),
            ("approve_story", "Can approve a story or send it back"),
            ("publish_story", "Can publish, schedule and unpublish a story"),
            ("correct_story", "Can add a correction to a published story"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("story-detail", kwargs={"slug": self.slug})

    @property
    def in_draft_stage(self) -> bool:
        """Only a story in the draft stage takes new articles and changes to its sources (see EDITABLE_STATES)."""
        return self.state in EDITABLE_STATES

    def check_sources_open(self) -> None:
        """Refuse (SourcesFrozen) a change to the sources, claims or facts of a story past the draft stage."""
        if self.in_draft_stage:
            return
        if self.state == StoryState.PUBLISHED:
            way = "edit the story as a new draft (“Edit as a new draft”); readers keep the published edition"
        else:
            way = (
                "have the story sent back for changes (once published: edit it as a new draft); "
                "the change then goes through review again"
            )
        raise SourcesFrozen(
            f"the story “{self.title}” is {self.get_state_display().lower()}, so its sources and facts are "
            f"frozen: to change them, {way}"
        )

    def open_for_newcomers(self, *, title: str) -> "Story":
        """The story new articles about this story's event may join: itself while in the draft stage, else its
        draft follow-up (the one already open, or a new one titled ``title``)."""
        if self.in_draft_stage:
            return self
        follow_up = Story.objects.filter(follow_up_of=self, state__in=EDITABLE_STATES).order_by("id").first()
        if follow_up is None:
            title = title[:300] or f"Follow-up: {self.title}"[:300]
            follow_up = Story.objects.create(
                title=title, slug=unique_slug(Story, title, fallback="story"), follow_up_of=self
            )
        return follow_up
