"""How the admin says things: dates in the newsroom's zone and format, states and actions in words.

Every date an editor reads goes through :func:`when` or :func:`day`, so it follows ``TIME_ZONE`` (Django's
current time zone) and never shows seconds, microseconds or an ISO offset.
"""
from __future__ import annotations

from datetime import date, datetime

from django.utils import formats, timezone

DAY_FORMAT = "j F Y"              # 21 May 2026
MOMENT_FORMAT = "j F Y, H:i"      # 21 May 2026, 16:13 (the newsroom's zone)


def when(moment: datetime | None, *, empty: str = "-") -> str:
    if moment is None:
        return empty
    if timezone.is_aware(moment):
        moment = timezone.localtime(moment)
    return formats.date_format(moment, MOMENT_FORMAT)


def day(value: date | datetime | None, *, empty: str = "no date") -> str:
    if value is None:
        return empty
    if isinstance(value, datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    return formats.date_format(value, DAY_FORMAT)


def state_words(state: str) -> str:
    """A story's state as people say it ("in review"), whatever the stored key."""
    from stories.models import StoryState

    try:
        return StoryState(state).label.lower()
    except ValueError:
        return state.replace("_", " ")


# What an audit-trail entry did, in words ("sent back with changes requested").
ACTION_WORDS = {
    "submit": "submitted for review", "approve": "approved", "request_changes": "asked for changes",
    "publish": "published", "schedule": "scheduled publication", "unschedule": "cancelled the schedule",
    "unpublish": "unpublished", "add_correction": "added a correction",
}


def action_words(action: str) -> str:
    return ACTION_WORDS.get(action, action.replace("_", " "))


# Where a revision of a story's text came from.
REVISION_SOURCES = {"edit": "edited", "generated": "generated draft", "conflict": "not saved (someone saved first)",
                    "revert": "restored an earlier revision"}


def revision_words(source: str) -> str:
    return REVISION_SOURCES.get(source, source.replace("_", " "))


def count_words(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"
