"""The editorial roles and the permissions each group holds (today's table: tests and demo accounts set groups up
from it; the data migration 0002_roles keeps its own copy, as it was then, and a change of roles needs a new one)."""

EDITORS, REVIEWERS, PUBLISHERS = "Editors", "Reviewers", "Publishers"

_READ_ALL = [
    "stories.view_article",
    "stories.view_articleblock",
    "stories.view_story",
    "stories.view_storytransition",
    "stories.view_storyrevision",
    "stories.view_correction",
    "verification.view_claim",
    "verification.view_fact",
    "verification.view_reviewdecision",
    "verification.view_verificationrun",
]

GROUP_PERMISSIONS = {
    EDITORS: _READ_ALL
    + [
        "stories.add_article",
        "stories.change_article",
        "stories.import_articles",
        "stories.change_articleblock",
        "stories.add_story",
        "stories.change_story",
        "stories.submit_story",
        "stories.view_importbatch",
        "stories.add_importbatch",
        "verification.run_verification",
        "verification.add_verificationrun",
        "stories.view_knownoutlet",
        "stories.add_knownoutlet",
        "stories.change_knownoutlet",
        "stories.delete_knownoutlet",
    ],
    REVIEWERS: _READ_ALL + ["verification.review_fact", "stories.approve_story"],
    PUBLISHERS: _READ_ALL + ["stories.publish_story", "stories.correct_story", "stories.add_correction"],
}


def ensure_role_groups(*, group_model, permission_model) -> None:
    """Create the role groups (if missing) with their permissions; the models come from the caller, so a
    migration passes its historical ones and a test setup the real ones. A permission of a model a later
    migration creates is not there yet for an early migration; that migration grants it itself."""
    for name, codenames in GROUP_PERMISSIONS.items():
        group, _ = group_model.objects.get_or_create(name=name)
        for dotted in codenames:
            app_label, codename = dotted.split(".")
            group.permissions.add(
                *permission_model.objects.filter(content_type__app_label=app_label, codename=codename)
            )
