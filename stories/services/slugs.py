"""A story's address follows its title when it is published; the addresses readers had keep working.

A story published under a new title (its title differs from the last edition readers got) gets a slug
from that title at publication, never while it is being edited, so a preview or a link shared from the
desk does not move under anyone; a first publication keeps the slug the desk gave. Each earlier slug is
kept as a StorySlug, answered with a permanent redirect to the current address.
"""

from __future__ import annotations

from django.utils.text import slugify

from core.slugs import unique_slug
from stories.models import Story, StoryEdition, StorySlug


def _follows(slug: str, title: str) -> bool:
    """Whether the slug was made from this title (perhaps with a number added to make it unique)."""
    base = slugify(title)[:100] or "story"
    return slug == base or (slug.startswith(base + "-") and slug[len(base) + 1 :].isdigit())


def follow_title(*, story: Story) -> bool:
    """Give a retitled story the slug of its title (saved by the caller); True when it changed."""
    last = StoryEdition.objects.filter(story=story).order_by("-number").values_list("title", flat=True).first()
    if last is None or last == story.title or _follows(story.slug, story.title):
        return False
    old, new = story.slug, unique_slug(Story, story.title, exclude_id=story.pk, fallback="story")
    if StorySlug.objects.filter(slug=new).exclude(story=story).exists():  # another story's old address
        new = unique_slug(Story, f"{story.title} {story.pk}", exclude_id=story.pk, fallback="story")
    StorySlug.objects.filter(slug=new, story=story).delete()  # retitled back: the address is current again
    StorySlug.objects.get_or_create(slug=old, defaults={"story": story})
    story.slug = new
    return True
