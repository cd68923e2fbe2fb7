"""Editions of published stories: rendered by the transitions that change what readers see.

A GET never writes: a story published without the workflow (loaded as data, or from before editions)
gets its edition from the `record_editions` command, not from its first reader.
"""

from __future__ import annotations

from django.db.models import Max

from core.checking import fact_checking
from stories.models import Story, StoryEdition, StoryTransition
from stories.reader.pages import story_content
from stories.selectors import reader_fact_snapshot


def record_edition(*, story: Story, transition: StoryTransition | None = None) -> StoryEdition:
    """Render the story's reader page as it stands and store it as the story's next edition, with the
    facts the public API serves of it.

    Called by the workflow inside the transaction that publishes or corrects the story (its row
    locked), so a page that cannot be rendered leaves the story unpublished.
    """
    content = story_content(story)
    number = (StoryEdition.objects.filter(story=story).aggregate(last=Max("number"))["last"] or 0) + 1
    edition = StoryEdition.objects.create(
        story=story,
        number=number,
        transition=transition,
        language=story.language,
        facts=reader_fact_snapshot(story_id=story.pk),
        **content,
    )
    fact_checking().record_published_facts(edition)
    return edition


def live_edition_of(story: Story) -> StoryEdition | None:
    return StoryEdition.objects.filter(story=story).order_by("-number").first()


def record_missing_editions() -> list[int]:
    """Give every live story without an edition its first one (the `record_editions` command)."""
    made = []
    for story in Story.objects.filter(live=True, editions__isnull=True).order_by("id"):
        record_edition(story=story)
        made.append(story.pk)
    return made


def published_fact_changes(*, story: Story) -> list[str]:
    """What a new draft changes in the facts readers were given: one line per fact whose value or verdict
    differs from the live edition's (a fact dropped or added counts too); [] when nothing is live."""
    edition = live_edition_of(story)
    if edition is None or not story.live:
        return []
    before, now = edition.facts or {}, reader_fact_snapshot(story_id=story.pk)
    changes = []
    for key in sorted(set(before) | set(now)):
        old, new = before.get(key), now.get(key)
        if old == new:
            continue
        if old is None:
            changes.append(f"{new['label']}: added ({new['verdict']}: {', '.join(new['values'])})")
        elif new is None:
            changes.append(f"{old['label']}: no longer stated (was {', '.join(old['values'])})")
        else:
            if old["values"] != new["values"]:
                changes.append(f"{new['label']}: {', '.join(old['values'])} → {', '.join(new['values'])}")
            if old["verdict"] != new["verdict"]:
                changes.append(f"{new['label']}: {old['verdict']} → {new['verdict']}")
    return changes
