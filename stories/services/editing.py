"""Editors' saves of a story's text, with an optimistic version check, and revisions to compare.

Every save names the version it started from. Under the story's row lock the service compares it with the
current one: if someone saved in between, the second save is refused with :class:`EditConflict` (nothing is
overwritten, and the refused text is still in the editor's hands to re-apply). Every accepted save bumps
``Story.version`` and writes a :class:`StoryRevision`.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Max

from core.checking import story_text_changed
from core.errors import InvalidAction, VersionConflict
from core.permissions import acting_user
from stories.models import Story, StoryRevision
from stories.workflow import check_edit, current_story


class EditConflict(VersionConflict):
    """Someone saved the story after the version this save started from. A class of its own because callers handle
    this refusal apart from the others a save may meet: the story admin keeps the refused text as a revision."""


def record_revision(*, story: Story, user, source: str = "edit") -> StoryRevision:
    """Snapshot the story's current text as its next revision (call under the story's row lock)."""
    number = (StoryRevision.objects.filter(story=story).aggregate(n=Max("number"))["n"] or 0) + 1
    return StoryRevision.objects.create(
        story=story,
        number=number,
        title=story.title,
        dek=story.dek,
        body=story.body,
        author=acting_user(user),
        source=source,
    )


def check_version(*, story: Story, expected_version: int | None) -> None:
    """Refuse (EditConflict) an edit that started from an older version than the story's saved one."""
    if expected_version is None:
        raise InvalidAction("the version the edit started from is required")
    if story.version != expected_version:
        last = story.revisions.select_related("author").order_by("-number").first()
        who = f" by {last.author}" if last and last.author else ""
        raise EditConflict(
            f"the story was saved{who} after you opened it (your version {expected_version}, now "
            f"{story.version}); your text was not saved: reload, compare and apply your changes again",
            current_version=story.version,
        )


def save_story_text(
    *,
    story: Story | int,
    user,
    expected_version: int,
    title: str | None = None,
    dek: str | None = None,
    body: str | None = None,
    revision_source: str = "edit",
) -> Story:
    """Save title, dek and body (those given) if nobody saved since ``expected_version``."""
    if title is not None and not title.strip():
        raise InvalidAction("the title cannot be empty")
    with transaction.atomic():
        locked = current_story(story, lock=True)
        check_edit(story=locked, user=user)
        check_version(story=locked, expected_version=expected_version)
        new = {
            "title": title if title is not None else locked.title,
            "dek": dek if dek is not None else locked.dek,
            "body": body if body is not None else locked.body,
        }
        if all(getattr(locked, k) == v for k, v in new.items()):
            return locked
        for key, value in new.items():
            setattr(locked, key, value)
        locked.version += 1
        locked.save(update_fields=["title", "dek", "body", "version", "updated_at"])
        record_revision(story=locked, user=user, source=revision_source)
        story_text_changed.send(sender=Story, story=locked)  # the facts the text states wait for a reviewer
    return locked


def revert_to_revision(*, story: Story | int, number: int, user, expected_version: int) -> Story:
    """Make an earlier revision's title, dek and body the story's text again, as a new revision (nothing
    is lost: the text it replaces stays a revision too). Same checks as any save."""
    story_id = story if isinstance(story, int) else story.pk
    revision = StoryRevision.objects.filter(story_id=story_id, number=number).first()
    if revision is None:
        raise InvalidAction(f"there is no revision {number} of this story")
    return save_story_text(
        story=story_id,
        user=user,
        expected_version=expected_version,
        title=revision.title,
        dek=revision.dek,
        body=revision.body,
        revision_source="revert",
    )


def text_diff(old: str, new: str, *, old_name: str = "before", new_name: str = "after") -> list[str]:
    """A unified diff of two texts, line by line (no trailing newlines)."""
    return list(
        difflib.unified_diff(
            (old or "").splitlines(),
            (new or "").splitlines(),
            fromfile=old_name,
            tofile=new_name,
            lineterm="",
        )
    )


@dataclass
class RevisionComparison:
    old: StoryRevision
    new: StoryRevision
    title: list[str]
    dek: list[str]
    body: list[str]

    @property
    def unchanged(self) -> bool:
        return not (self.title or self.dek or self.body)


def compare_revisions(*, story: Story, old_number: int, new_number: int) -> RevisionComparison:
    """The differences between two revisions of one story, field by field."""
    revisions = {
        r.number: r
        for r in StoryRevision.objects.filter(story=story, number__in=[old_number, new_number]).select_related("author")
    }
    missing = [n for n in (old_number, new_number) if n not in revisions]
    if missing:
        raise InvalidAction(f"no revision {missing[0]} of this story")
    old, new = revisions[old_number], revisions[new_number]
    names = (f"revision {old.number}", f"revision {new.number}")
    return RevisionComparison(
        old=old,
        new=new,
        title=text_diff(old.title, new.title, old_name=names[0], new_name=names[1]),
        dek=text_diff(old.dek, new.dek, old_name=names[0], new_name=names[1]),
        body=text_diff(old.body, new.body, old_name=names[0], new_name=names[1]),
    )
