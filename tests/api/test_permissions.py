"""The permission matrix over the API: role × story state × action, every cell asserted against the policy
table (tests/policy.py): 403 when the role may never do it, 409 when the story's state forbids it now, 404 for
anonymous users on anything unpublished; otherwise the action succeeds. The admin is held to the same table in
tests/stories/test_workflow_admin.py.
"""

import pytest
from rest_framework.test import APIClient

from stories.models import StoryTransition
from tests.policy import ROLES, RULES, STATES, expected_status
from tests.workflow_data import make_verified_story
from verification.models import Fact


def perform(client, story, action):
    if action == "review-fact":
        fact = Fact.objects.get(story=story, key="office")
        return client.post(f"/api/facts/{fact.pk}/review/", {"decision": "needs_sourcing", "note": "n"}, format="json")
    if action == "edit":
        return client.patch(f"/api/stories/{story.pk}/", {"version": story.version, "body": "new text"}, format="json")
    return client.post(f"/api/stories/{story.pk}/{action}/", {"note": "a note"}, format="json")


@pytest.mark.django_db
@pytest.mark.parametrize("action", list(RULES))
@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("role", ROLES)
def test_permission_matrix(make_user, role, state, action):
    submitter = make_user("Editors")
    story = make_verified_story(state=state, submitted_by=submitter)
    client = APIClient()
    if role:
        client.force_authenticate(make_user(role))
    response = perform(client, story, action)
    expected = expected_status(role, state, action)
    assert response.status_code == expected, response.content
    if expected >= 400 and expected != 404:
        assert response.json()["reason"]
    transitions = StoryTransition.objects.filter(story=story).count()
    if action in ("consolidate", "review-fact", "edit") or expected != 200 and expected != 201:
        assert transitions == 0
    else:
        assert transitions == 1


@pytest.mark.django_db
def test_superusers_may_do_everything_but_approve_their_own(make_user):
    boss = make_user(superuser=True)
    story = make_verified_story()
    client = APIClient()
    client.force_authenticate(boss)
    assert client.post(f"/api/stories/{story.pk}/submit/").status_code == 200
    refused = client.post(f"/api/stories/{story.pk}/approve/")
    assert refused.status_code == 403 and "four eyes" in refused.json()["reason"]
    other = APIClient()
    other.force_authenticate(make_user(superuser=True))
    assert other.post(f"/api/stories/{story.pk}/approve/").status_code == 200
    assert client.post(f"/api/stories/{story.pk}/publish/").status_code == 200
