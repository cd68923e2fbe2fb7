"""The editorial permission policy, as one table the permission tests are driven by: for every workflow
action, the role that may do it and the story states from which it succeeds (for the tests' stories: verified,
flagged facts decided, submitted by another editor, none scheduled).

What a request then gets is exact (expected_status): 404 for anyone who may not see the story (anonymous
readers and staff without a role, on anything unpublished), 403 for a role that may never do it, 409 when the
story's state forbids it now, else 200 (201 for a correction). The API matrix (tests/api/test_permissions.py),
the admin matrix (tests/stories/test_workflow_admin.py) and the access table (tests/test_access.py) all read it.
"""

from stories.models import StoryState

ROLES = ["Editors", "Reviewers", "Publishers", None]  # None: anonymous, or staff without a role
STATES = [
    StoryState.DRAFT,
    StoryState.IN_REVIEW,
    StoryState.CHANGES_REQUESTED,
    StoryState.APPROVED,
    StoryState.PUBLISHED,
]
EDITABLE = {StoryState.DRAFT, StoryState.CHANGES_REQUESTED}

# action (as the API names it): (the role allowed, the states it succeeds from)
RULES = {
    "consolidate": ("Editors", EDITABLE),
    "submit": ("Editors", EDITABLE),
    "approve": ("Reviewers", {StoryState.IN_REVIEW}),
    "request-changes": ("Reviewers", {StoryState.IN_REVIEW, StoryState.APPROVED}),
    "publish": ("Publishers", {StoryState.APPROVED}),
    "unschedule": ("Publishers", set()),  # from approved, once scheduled: no test story is
    "unpublish": ("Publishers", {StoryState.PUBLISHED}),
    "edit-live": ("Editors", {StoryState.PUBLISHED}),
    "corrections": ("Publishers", {StoryState.PUBLISHED}),
    "review-fact": ("Reviewers", EDITABLE | {StoryState.IN_REVIEW}),
    "edit": ("Editors", EDITABLE),
}
# the actions posted to a story's own address (/api/stories/<id>/<action>/)
STORY_ACTIONS = [action for action in RULES if action not in ("review-fact", "edit")]


def expected_status(role: str | None, state: str, action: str) -> int:
    allowed_role, allowed_states = RULES[action]
    if role is None and state != StoryState.PUBLISHED:
        return 404
    if role != allowed_role:
        return 403
    if state not in allowed_states:
        return 409
    return 201 if action == "corrections" else 200
