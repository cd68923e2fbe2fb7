"""Who may do what: the permission names the roles are checked against, and the checks themselves."""

from __future__ import annotations

from core.errors import ActionForbidden

EDIT_PERMISSION = "stories.change_story"
ARTICLE_EDIT_PERMISSION = "stories.change_article"
IMPORT_PERMISSION = "stories.import_articles"
VERIFY_PERMISSION = "verification.run_verification"
REVIEW_PERMISSION = "verification.review_fact"


def has_permission(user, permission: str) -> bool:
    """An active, signed-in user whose role holds the permission."""
    return bool(user and user.is_authenticated and user.is_active and user.has_perm(permission))


def require_permission(user, permission: str, *, refusal: str) -> None:
    """Raise ActionForbidden with the refusal (in words) unless the user's role holds the permission."""
    if not has_permission(user, permission):
        raise ActionForbidden(refusal)


def acting_user(user):
    """The user a record names as who acted: a signed-in user; None for the system acting on its own (a command
    line, a task) and for an anonymous visitor."""
    return user if user is not None and user.is_authenticated else None


def require_permission_unless_system(user, permission: str, *, refusal: str) -> None:
    """require_permission for a user who acts; nothing where the system acts on its own (user None: a command
    line, a task)."""
    if user is not None:
        require_permission(user, permission, refusal=refusal)
