"""Editions of published stories: rendered by the transitions that change what readers see.

A GET never writes: a story published without the workflow (loaded as data, or from before editions)
gets its edition from the `record_editions` command, not from its first reader.
"""

from __future__ import annotations

import html
import re

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
    fact_checking().public.record_published_facts(edition)
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


# The check summary line as every edition's article has printed it (templates/reader/_story_article.html).
_PRINTED_SUMMARY = re.compile(r'<p class="check-summary"><a href="#how-checked">(.*?)</a></p>', re.S)


def published_summary(edition: StoryEdition) -> str:
    """The check summary an edition was published with, read from its own page (or from its facts, for an
    edition with no page line); "" when neither says."""
    printed = _PRINTED_SUMMARY.search(edition.article_html or "")
    if printed:
        return " ".join(html.unescape(printed.group(1)).split())
    if not edition.facts:
        return ""
    return fact_checking().public.summary(fact["verdict"] for fact in edition.facts.values())


def complete_edition_summaries() -> tuple[int, list[int]]:
    """Store the check summary of every edition published before editions kept it (the home page lists it);
    how many were filled, and the ids of those whose summary cannot be told (the `record_editions` command)."""
    filled, unknown = 0, []
    for edition in (
        StoryEdition.objects.filter(summary="").only("id", "article_html", "facts").order_by("id").iterator()
    ):
        summary = published_summary(edition)[: StoryEdition._meta.get_field("summary").max_length]
        if not summary:
            unknown.append(edition.pk)
            continue
        StoryEdition.objects.filter(pk=edition.pk, summary="").update(summary=summary)
        filled += 1
    return filled, unknown


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
