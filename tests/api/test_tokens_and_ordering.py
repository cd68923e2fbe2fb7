"""The API's answer to anonymous callers of staff endpoints (401 + WWW-Authenticate), tokens users make and
revoke themselves in the admin, and ?ordering= on the list endpoints."""

import re

import pytest
from rest_framework.test import APIClient

from stories.models import StoryState
from tests.workflow_data import make_verified_story

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("endpoint", ["articles", "claims", "runs"])
def test_anonymous_callers_of_staff_endpoints_are_asked_to_authenticate(endpoint, make_user):
    make_verified_story()
    response = APIClient().get(f"/api/{endpoint}/")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"
    assert "Token" in response.json()["detail"]
    # A bad token is refused the same way; a signed-in user without the role still sees nothing there.
    bad = APIClient()
    bad.credentials(HTTP_AUTHORIZATION="Token not-a-real-token")
    assert bad.get(f"/api/{endpoint}/").status_code == 401
    nobody = APIClient()
    nobody.force_authenticate(make_user(None))
    assert nobody.get(f"/api/{endpoint}/").status_code == 404


def test_public_endpoints_still_answer_anonymous_callers():
    make_verified_story(state=StoryState.PUBLISHED)
    assert APIClient().get("/api/stories/").status_code == 200
    assert APIClient().get("/api/facts/").status_code == 200


def test_a_user_makes_uses_replaces_and_revokes_their_own_token(client, editor):
    client.force_login(editor)
    page = client.get("/admin/account/api-token/")
    assert page.status_code == 200 and "You have no API token." in page.content.decode()
    assert 'href="/admin/account/api-token/"' in client.get("/admin/").content.decode()  # linked from every page

    made = client.post("/admin/account/api-token/", {"action": "create"}).content.decode()
    key = re.search(r'id="api-token-key">([0-9a-f]{40})<', made).group(1)
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    assert api.get("/api/articles/").status_code == 200

    shown_later = client.get("/admin/account/api-token/").content.decode()
    assert key not in shown_later and f"…{key[-4:]}" in shown_later  # the key is shown once only

    replaced = client.post("/admin/account/api-token/", {"action": "create"}).content.decode()
    new_key = re.search(r'id="api-token-key">([0-9a-f]{40})<', replaced).group(1)
    assert new_key != key and api.get("/api/articles/").status_code == 401

    client.post("/admin/account/api-token/", {"action": "revoke"})
    api.credentials(HTTP_AUTHORIZATION=f"Token {new_key}")
    assert api.get("/api/articles/").status_code == 401
    assert "You have no API token." in client.get("/admin/account/api-token/").content.decode()


def test_a_user_touches_only_their_own_token(client, editor, reviewer):
    from rest_framework.authtoken.models import Token

    theirs = Token.objects.create(user=reviewer)
    client.force_login(editor)
    client.post("/admin/account/api-token/", {"action": "revoke"})
    client.post("/admin/account/api-token/", {"action": "create"})
    assert Token.objects.get(user=reviewer).key == theirs.key
    assert Token.objects.filter(user=editor).count() == 1


def _ids(client, url):
    return [row["id"] for row in client.get(url).json()["results"]]


def test_ordering_on_list_endpoints(reviewer):
    stories = [make_verified_story() for _ in range(3)]
    staff = APIClient()
    staff.force_authenticate(reviewer)
    by_id = sorted(s.pk for s in stories)
    assert _ids(staff, "/api/stories/?ordering=id") == by_id
    assert _ids(staff, "/api/stories/?ordering=-id") == by_id[::-1]
    titles = [row["title"] for row in staff.get("/api/stories/?ordering=-title").json()["results"]]
    assert titles == sorted(titles, reverse=True)

    facts = staff.get("/api/facts/?ordering=verdict,-id").json()["results"]
    assert [f["verdict"] for f in facts] == sorted(f["verdict"] for f in facts)
    articles = staff.get("/api/articles/?ordering=-publisher").json()["results"]
    assert [a["publisher"] for a in articles] == sorted((a["publisher"] for a in articles), reverse=True)
    claims = _ids(staff, "/api/claims/?ordering=-id")
    assert claims == sorted(claims, reverse=True)
    runs = _ids(staff, "/api/runs/?ordering=id")
    assert runs == sorted(runs)
    # An unknown field is ignored, not an error, and never sorts by a field that is not offered.
    assert staff.get("/api/stories/?ordering=body").status_code == 200


def test_ordering_fields_are_documented_in_the_schema():
    schema = APIClient().get("/api/schema/").content.decode()
    assert "name: ordering" in schema
    for fields in (
        "id, title, state, published_at, created_at, updated_at",
        "id, story, verdict, review_status, confidence, created_at",
        "id, state, progress, created_at, finished_at",
    ):
        assert fields in schema
