"""Reads of the stories app: what a user may see, and a story's editorial record."""
from __future__ import annotations

from django.db.models import QuerySet

from stories.models import Article, Story, StoryRevision, StoryTransition


def _sees_all(user, permission: str) -> bool:
    return bool(user and user.is_authenticated and user.is_active and user.has_perm(permission))


def visible_stories(*, user) -> QuerySet[Story]:
    """Staff whose role may view stories see every story; everyone else only published ones."""
    if _sees_all(user, "stories.view_story"):
        return Story.objects.all()
    return Story.objects.published()


def visible_articles(*, user) -> QuerySet[Article]:
    """Source articles are editorial material: staff only (readers get them on the story page)."""
    if _sees_all(user, "stories.view_article"):
        return Article.objects.all()
    return Article.objects.none()


def story_transitions(*, story: Story) -> QuerySet[StoryTransition]:
    """The audit trail, oldest first, with who did it."""
    return StoryTransition.objects.filter(story=story).select_related("user").order_by("created_at", "id")


def story_revisions(*, story: Story) -> QuerySet[StoryRevision]:
    """Saved versions of the text, newest first."""
    return StoryRevision.objects.filter(story=story).select_related("author").order_by("-number")
