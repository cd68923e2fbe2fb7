"""Create the Editors, Reviewers and Publishers groups with their permissions on every database.

The role table is copied here as it was when this migration was written, so later edits of stories/roles.py
never change what this migration does; a change of roles is a new migration.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

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
    "Editors": _READ_ALL
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
    ],
    "Reviewers": _READ_ALL + ["verification.review_fact", "stories.approve_story"],
    "Publishers": _READ_ALL + ["stories.publish_story", "stories.correct_story", "stories.add_correction"],
}


def create_groups(apps, schema_editor):
    # Permissions are normally created after all migrations; make sure they exist now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group, Permission = apps.get_model("auth", "Group"), apps.get_model("auth", "Permission")
    for name, codenames in GROUP_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        for dotted in codenames:
            app_label, codename = dotted.split(".")
            group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=list(GROUP_PERMISSIONS)).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("stories", "0001_initial"),
        ("verification", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
