"""How the admin says a story's states, actions and revisions in words (dates: core.words)."""

from __future__ import annotations

from stories.models import StoryState


def state_words(state: str) -> str:
    """A story's state as people say it ("in review"), whatever the stored key."""
    try:
        return StoryState(state).label.lower()
    except ValueError:
        return state.replace("_", " ")


# What an audit-trail entry did, in words ("sent back with changes requested").
ACTION_WORDS = {
    "submit": "submitted for review",
    "approve": "approved",
    "request_changes": "asked for changes",
    "publish": "published",
    "schedule": "scheduled publication",
    "unschedule": "cancelled the schedule",
    "unpublish": "unpublished",
    "add_correction": "added a correction",
}


def action_words(action: str) -> str:
    return ACTION_WORDS.get(action, action.replace("_", " "))


# Where a revision of a story's text came from.
REVISION_SOURCES = {
    "edit": "edited",
    "generated": "generated draft",
    "conflict": "not saved (someone saved first)",
    "revert": "restored an earlier revision",
}


def revision_words(source: str) -> str:
    return REVISION_SOURCES.get(source, source.replace("_", " "))
