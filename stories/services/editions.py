"""Editions of published stories: rendered by the transitions that change what readers see."""
from __future__ import annotations

from django.db import IntegrityError, transaction
from django.db.models import Max

from stories import selectors
from stories.models import Story, StoryEdition, StoryTransition


def record_edition(*, story: Story, transition: StoryTransition | None = None) -> StoryEdition:
    """Render the story's reader page as it stands and store it as the story's next edition.

    Called by the workflow inside the transaction that publishes or corrects the story (its row
    locked), so a page that cannot be rendered leaves the story unpublished.
    """
    from stories.reader.presenters import edition_content

    content = edition_content(story)
    number = (StoryEdition.objects.filter(story=story).aggregate(last=Max("number"))["last"] or 0) + 1
    return StoryEdition.objects.create(story=story, number=number, transition=transition, **content)


def live_edition(*, slug: str) -> StoryEdition:
    """The edition readers see of the published story with this slug.

    A story published without the workflow (loaded as data, or published before editions existed)
    gets its first edition on its first view. Raises Story.DoesNotExist for anything not public.
    """
    edition = selectors.live_edition(slug)
    if edition is not None:
        return edition
    story = Story.objects.published().get(slug=slug)
    try:
        with transaction.atomic():
            locked = Story.objects.select_for_update().get(pk=story.pk)
            if not StoryEdition.objects.filter(story=locked).exists():
                record_edition(story=locked)
    except IntegrityError:  # another request made it first
        pass
    edition = selectors.live_edition(slug)
    if edition is None:  # unpublished meanwhile
        raise Story.DoesNotExist(f"story {slug!r} is not published")
    return edition
