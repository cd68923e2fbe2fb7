"""Refusals: the exceptions a service raises when it will not do what was asked, with a reason in words.

Three kinds, which the admin shows as messages and the API answers with their status
(core.api.exception_handler): :class:`ActionForbidden` (the role may never do it: 403),
:class:`ActionConflict` (the object's state forbids it now: 409) and :class:`InvalidAction` (the request is
malformed: 400).
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied


class WorkflowError(Exception):
    """A refused action; ``reason`` says why in words a person can act on."""

    status = 400
    code = "invalid"

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class ActionForbidden(WorkflowError, PermissionDenied):
    """The user's role may never do this (or four-eyes: they submitted the story themselves)."""

    status = 403
    code = "forbidden"


class ActionConflict(WorkflowError):
    """Not now: the object's state, its verification or its unresolved facts forbid it."""

    status = 409
    code = "conflict"


class VersionConflict(ActionConflict):
    """Someone saved after the version this action started from; ``current_version`` is the one saved now (the
    API answers it, so that the client can reload before it tries again)."""

    code = "version_conflict"

    def __init__(self, reason: str, *, current_version: int):
        super().__init__(reason)
        self.current_version = current_version


class InvalidAction(WorkflowError):
    """The request itself is malformed: a missing note, a date in the past, an unknown decision."""

    status = 400
    code = "invalid"
