"""Bad input answers 400 everywhere, never 500: control characters, deep JSON, over-long notes.
Every HTML response carries a Content-Security-Policy, error pages included."""

import pytest
from django.test import Client
from django.urls import path
from rest_framework.test import APIClient

from stories.models import Correction, StoryState
from tests.workflow_data import make_verified_story

pytestmark = pytest.mark.django_db


# --- control characters (#9) -------------------------------------------------------------------------
@pytest.mark.parametrize("url", ["/search/?q=%00", "/search/?q=a%01b", "/?page=%7F", "/api/stories/?slug=%00"])
def test_control_characters_in_a_query_string_are_refused_for_anyone(client, url):
    response = client.get(url)
    assert response.status_code == 400
    assert "control character" in response.content.decode()


@pytest.mark.parametrize("query", ["publisher=%00", "state=%00", "q=%00"])
def test_control_characters_in_admin_list_filters_are_refused(client, editor, query):
    client.force_login(editor)
    assert client.get(f"/admin/stories/article/?{query}").status_code == 400


def test_control_characters_in_a_posted_form_are_refused(client, editor):
    story = make_verified_story()
    client.force_login(editor)
    response = client.post(f"/admin/stories/story/{story.pk}/workflow/submit/", {"note": "fine\x00"})
    assert response.status_code == 400
    story.refresh_from_db()
    assert story.state == StoryState.DRAFT


def test_control_characters_in_a_json_body_are_refused(editor):
    story = make_verified_story()
    client = APIClient()
    client.force_authenticate(editor)
    response = client.post(f"/api/stories/{story.pk}/submit/", {"note": "fine\u0000"}, format="json")
    assert response.status_code == 400
    story.refresh_from_db()
    assert story.state == StoryState.DRAFT


def test_tabs_and_new_lines_are_ordinary_text(client):
    assert client.get("/search/?q=a%09b%0Ac").status_code == 200


# --- JSON nesting (#10) ----------------------------------------------------------------------------------
@pytest.mark.parametrize("depth", [100000, 64])
def test_deeply_nested_json_is_a_400(editor, depth):
    story = make_verified_story()
    client = APIClient()
    client.force_authenticate(editor)
    body = "[" * depth + "]" * depth
    response = client.post(f"/api/stories/{story.pk}/submit/", body, content_type="application/json")
    assert response.status_code == 400
    assert "nested" in response.content.decode()


# --- lengths (#16) ---------------------------------------------------------------------------------------
def test_an_over_long_correction_is_refused(publisher):
    story = make_verified_story(state=StoryState.PUBLISHED)
    client = APIClient()
    client.force_authenticate(publisher)
    response = client.post(f"/api/stories/{story.pk}/corrections/", {"note": "x" * 2_000_000}, format="json")
    assert response.status_code == 400
    assert not Correction.objects.exists()


def test_an_over_long_decision_note_is_refused(reviewer):
    from verification.models import Fact

    story = make_verified_story(state=StoryState.IN_REVIEW, decided=False)
    fact = Fact.objects.filter(story=story, flagged=True).first()
    client = APIClient()
    client.force_authenticate(reviewer)
    for field in ("note", "public_note"):
        response = client.post(
            f"/api/facts/{fact.pk}/review/", {"decision": "approve", field: "y" * 100_000}, format="json"
        )
        assert response.status_code == 400, field
    fact.refresh_from_db()
    assert not fact.decisions.exists()


def test_the_services_refuse_over_long_notes_too(publisher, reviewer):
    from core.errors import InvalidAction
    from stories import workflow
    from verification.models import Fact
    from verification.services.review import decide_fact

    story = make_verified_story(state=StoryState.PUBLISHED)
    with pytest.raises(InvalidAction, match="at most"):
        workflow.add_correction(story=story, user=publisher, note="x" * 100_000)
    draft = make_verified_story(state=StoryState.IN_REVIEW, decided=False)
    with pytest.raises(InvalidAction, match="at most"):
        decide_fact(
            fact=Fact.objects.filter(story=draft, flagged=True).first(),
            user=reviewer,
            decision="approve",
            public_note="y" * 100_000,
        )


# --- Content-Security-Policy on every HTML response (#17) ------------------------------------------------
def broken_view(request):
    raise RuntimeError("boom")


urlpatterns = [path("broken/", broken_view)]


def test_every_html_response_has_a_content_security_policy(client, editor, settings):
    assert "Content-Security-Policy" in client.get("/no-such-page/here/")
    assert "Content-Security-Policy" in client.get("/admin/login/")
    client.force_login(editor)
    assert "Content-Security-Policy" in client.get("/admin/")
    assert "Content-Security-Policy" in client.get("/admin/no-such-page/")
    assert "script-src 'self'" in client.get("/api/docs/")["Content-Security-Policy"]


def test_a_server_error_page_has_a_content_security_policy(settings):
    settings.ROOT_URLCONF = __name__
    settings.DEBUG = False
    response = Client(raise_request_exception=False).get("/broken/")
    assert response.status_code == 500
    assert "default-src" in response["Content-Security-Policy"]
