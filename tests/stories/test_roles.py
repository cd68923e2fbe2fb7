"""The role groups every database gets from the data migration hold exactly today's role table, so a change
of roles.py without a new migration is caught here."""

import pytest
from django.contrib.auth.models import Group

from stories.roles import GROUP_PERMISSIONS


@pytest.mark.django_db
@pytest.mark.parametrize("role", sorted(GROUP_PERMISSIONS))
def test_the_migrated_role_groups_hold_the_role_table(role):
    group = Group.objects.get(name=role)
    held = {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.select_related("content_type")}
    assert held == set(GROUP_PERMISSIONS[role])
