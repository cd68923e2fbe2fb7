"""Which articles make up a story: editors' decisions, kept by clustering from then on, and the one rule
every path follows (clustering, the admin, the API): only a story in the draft stage takes new articles.

Articles that arrive for the event of a story already past the draft stage go to a draft story that
follows it up (``Story.follow_up_of``), where they are verified and reviewed on their own.
"""

from __future__ import annotations

from django.db import transaction

from core.permissions import ARTICLE_EDIT_PERMISSION, EDIT_PERMISSION, require_permission_unless_system
from core.slugs import unique_slug
from stories.models import Article, Story


class GroupingError(ValueError):
    """The change would alter a story that is past the draft stage."""


def _check_editable(stories) -> None:
    frozen = [s for s in stories if not s.in_draft_stage]
    if frozen:
        names = ", ".join(f"{s.title!r} ({s.get_state_display()})" for s in frozen)
        raise GroupingError(f"only draft stories can be regrouped: {names}")


def _check_role(user, permission: str) -> None:
    """ActionForbidden unless the user's role holds the permission (None: the system's own grouping)."""
    require_permission_unless_system(user, permission, refusal="your role may not regroup articles and stories")


def check_move(*, articles, story: Story | None) -> None:
    """Refuse (GroupingError) moving articles into or out of a story past the draft stage."""
    _check_editable(([story] if story is not None else []) + [a.story for a in articles if a.story_id])


def confirm_grouping(*, stories, user=None) -> int:
    """Accept the suggested grouping of these stories as it is."""
    _check_role(user, EDIT_PERMISSION)
    return Story.objects.filter(pk__in=[s.pk for s in stories]).update(grouping_locked=True)


def move_articles(*, articles, story: Story, user=None) -> None:
    """Move articles to a story; both the story they leave and the one they join keep the choice."""
    _check_role(user, ARTICLE_EDIT_PERMISSION)
    check_move(articles=articles, story=story)
    with transaction.atomic():
        left = {a.story_id for a in articles if a.story_id and a.story_id != story.pk}
        Article.objects.filter(pk__in=[a.pk for a in articles]).update(story=story)
        Story.objects.filter(pk__in=left | {story.pk}).update(grouping_locked=True)


def split_into_new_story(*, articles, user=None) -> Story:
    """Take articles out of their stories into a new story of their own."""
    _check_role(user, ARTICLE_EDIT_PERMISSION)
    articles = list(articles)
    lead = next((a for a in articles if a.title), articles[0] if articles else None)  # else its first sentence
    title = (lead.working_title if lead else "New story")[:300]
    with transaction.atomic():
        story = Story.objects.create(title=title, slug=unique_slug(Story, title, fallback="story"))
        move_articles(articles=articles, story=story, user=user)
    return story


def merge_stories(*, stories, user=None) -> Story:
    """Merge stories into the oldest of them; the others, left empty, are deleted."""
    _check_role(user, EDIT_PERMISSION)
    stories = sorted(stories, key=lambda s: s.pk)
    _check_editable(stories)
    target, others = stories[0], stories[1:]
    with transaction.atomic():
        Article.objects.filter(story__in=others).update(story=target)
        Story.objects.filter(pk__in=[s.pk for s in others]).delete()
        Story.objects.filter(pk=target.pk).update(grouping_locked=True)
    return target
