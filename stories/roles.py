"""The editorial roles and the permissions each group holds. Read by the data migration."""

EDITORS, REVIEWERS, PUBLISHERS = "Editors", "Reviewers", "Publishers"

_READ_ALL = [
    "stories.view_article", "stories.view_articleblock", "stories.view_story", "stories.view_storytransition",
    "stories.view_storyrevision", "stories.view_correction", "verification.view_claim", "verification.view_fact",
    "verification.view_reviewdecision", "verification.view_verificationrun",
]

GROUP_PERMISSIONS = {
    EDITORS: _READ_ALL + [
        "stories.add_article", "stories.change_article", "stories.import_articles", "stories.change_articleblock",
        "stories.add_story", "stories.change_story", "stories.submit_story", "stories.view_importbatch",
        "stories.add_importbatch", "verification.run_verification", "verification.add_verificationrun",
    ],
    REVIEWERS: _READ_ALL + ["verification.review_fact", "stories.approve_story"],
    PUBLISHERS: _READ_ALL + ["stories.publish_story", "stories.correct_story", "stories.add_correction"],
}
