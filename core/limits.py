"""Limits on what people write into the desk, checked by the services (and by forms and serializers)."""

from __future__ import annotations

from core.errors import InvalidAction

# The longest note a person writes on the desk (a transition, a correction, a reviewer's note, a public
# note): a few paragraphs. Longer is a paste gone wrong, or an attack on the pages that show it.
NOTE_MAX_LENGTH = 2000


def check_note_length(note: str, *, what: str = "the note") -> None:
    """Refuse (InvalidAction) a note longer than NOTE_MAX_LENGTH characters."""
    if len(note or "") > NOTE_MAX_LENGTH:
        raise InvalidAction(f"{what} is {len(note)} characters long; at most {NOTE_MAX_LENGTH} are allowed")
