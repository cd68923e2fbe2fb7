"""The REST API: visibility, fields, filters, refusals with reasons, version checks, schema and auth."""

from datetime import timedelta

import pytest
from django.utils import timezone
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from stories.models import StoryState
from tests.workflow_data import make_verified_story
from verification.models import Fact

pytestmark = pytest.mark.django_db


def client_for(user=None) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


def test_anonymous_users_see_published_stories_and_their_facts_only(editor):
    published = make_verified_story(state=StoryState.PUBLISHED, submitted_by=editor)
    draft = make_verified_story()
    anon = client_for()
    listed = anon.get("/api/stories/").json()
    assert [s["id"] for s in listed["results"]] == [published.pk]
    story = anon.get(f"/api/stories/{published.pk}/").json()
    assert {"id", "slug", "title", "state", "url"} <= set(story)
    assert story["url"].endswith(f"/stories/{published.slug}/")
    assert anon.get(f"/api/stories/{draft.pk}/").status_code == 404
    facts = anon.get("/api/facts/").json()["results"]
    assert {f["story"] for f in facts} == {published.pk}
    assert {"id", "story", "verdict", "flagged", "review_status"} <= set(facts[0])
    assert "decisions" not in facts[0]
    draft_fact = Fact.objects.filter(story=draft).first()
    assert anon.get(f"/api/facts/{draft_fact.pk}/").status_code == 404
    for endpoint in ("articles", "claims", "runs"):
        assert anon.get(f"/api/{endpoint}/").status_code == 401


def test_readers_get_a_published_facts_claims_in_the_shape_staff_get_them(editor, reviewer):
    published = make_verified_story(state=StoryState.PUBLISHED, submitted_by=editor)
    reader_facts = client_for().get(f"/api/facts/?story={published.pk}").json()["results"]
    assert reader_facts and any(f["claims"] for f in reader_facts)
    for fact in reader_facts:
        staff_fact = client_for(reviewer).get(f"/api/facts/{fact['id']}/").json()
        assert fact["claims"] == staff_fact["claims"]
        for claim in fact["claims"]:
            assert claim == client_for(reviewer).get(f"/api/claims/{claim['id']}/").json()


def test_scheduled_stories_are_not_public(editor, publisher):
    story = make_verified_story(state=StoryState.APPROVED, submitted_by=editor)
    when = (timezone.now() + timedelta(hours=3)).isoformat()
    response = client_for(publisher).post(f"/api/stories/{story.pk}/publish/", {"publish_at": when}, format="json")
    assert response.status_code == 200, response.content
    assert response.json()["state"] == "approved" and response.json()["publish_at"]
    assert client_for().get(f"/api/stories/{story.pk}/").status_code == 404


def test_staff_see_everything_with_filters(editor, reviewer):
    draft = make_verified_story()
    make_verified_story(state=StoryState.IN_REVIEW, submitted_by=editor)
    staff = client_for(reviewer)
    assert staff.get("/api/stories/").json()["count"] == 2
    assert [s["id"] for s in staff.get("/api/stories/?state=draft").json()["results"]] == [draft.pk]
    flagged = staff.get(f"/api/facts/?story={draft.pk}&flagged=true").json()["results"]
    assert {f["verdict"] for f in flagged} == {"conflicting", "single_source"}
    assert staff.get(f"/api/facts/?story={draft.pk}&verdict=corroborated").json()["count"] == 1
    assert staff.get(f"/api/facts/?story={draft.pk}&review_status=approved").json()["count"] == 2
    assert "decisions" in flagged[0]
    assert staff.get("/api/articles/?publisher=marsbit").json()["count"] == 2
    assert staff.get("/api/articles/?language=de").json()["count"] == 0
    today = timezone.now().date().isoformat()
    assert staff.get(f"/api/articles/?published_after={today}").json()["count"] == 6
    assert staff.get(f"/api/claims/?story={draft.pk}").json()["count"] == 5
    runs = staff.get(f"/api/runs/?story={draft.pk}").json()["results"]
    assert {"id", "state", "progress"} <= set(runs[0]) and runs[0]["state"] == "done"


def test_refusals_carry_a_reason_and_the_right_status(editor, reviewer, publisher):
    story = make_verified_story(state=StoryState.IN_REVIEW, submitted_by=editor, decided=False)
    refused = client_for(reviewer).post(f"/api/stories/{story.pk}/approve/")
    assert refused.status_code == 409 and "not decided" in refused.json()["reason"]
    assert refused.json()["code"] == "conflict"
    forbidden = client_for(editor).post(f"/api/stories/{story.pk}/publish/")
    assert forbidden.status_code == 403 and forbidden.json()["reason"]
    fact = Fact.objects.get(story=story, key="office")
    bad = client_for(reviewer).post(f"/api/facts/{fact.pk}/review/", {"decision": "reject"}, format="json")
    assert bad.status_code == 400 and "note is required" in bad.json()["reason"]
    bad = client_for(reviewer).post(f"/api/facts/{fact.pk}/review/", {"decision": "perhaps"}, format="json")
    assert bad.status_code == 400 and "decision" in bad.json()["reason"]
    changes = client_for(reviewer).post(f"/api/stories/{story.pk}/request-changes/", {}, format="json")
    assert changes.status_code == 400 and "note" in changes.json()["reason"]
    approved = make_verified_story(state=StoryState.APPROVED, submitted_by=editor)
    bad = client_for(publisher).post(f"/api/stories/{approved.pk}/publish/", {"publish_at": "soon"}, format="json")
    assert bad.status_code == 400 and "publish_at" in bad.json()["reason"]
    past = (timezone.now() - timedelta(days=1)).isoformat()
    bad = client_for(publisher).post(f"/api/stories/{approved.pk}/publish/", {"publish_at": past}, format="json")
    assert bad.status_code == 400 and "future" in bad.json()["reason"]


def test_concurrent_edits_over_the_api(editor, make_user):
    story = make_verified_story()
    first, second = client_for(editor), client_for(make_user("Editors"))
    version = first.get(f"/api/stories/{story.pk}/").json()["version"]
    ok = first.patch(f"/api/stories/{story.pk}/", {"version": version, "body": "first"}, format="json")
    assert ok.status_code == 200 and ok.json()["version"] == version + 1
    late = second.patch(f"/api/stories/{story.pk}/", {"version": version, "body": "second"}, format="json")
    assert late.status_code == 409 and late.json()["current_version"] == version + 1
    assert "was not saved" in late.json()["reason"]
    assert first.get(f"/api/stories/{story.pk}/").json()["body"] == "first"
    revisions = first.get(f"/api/stories/{story.pk}/revisions/").json()
    assert [r["body"] for r in revisions] == ["first"]
    missing = first.patch(f"/api/stories/{story.pk}/", {"body": "no version"}, format="json")
    assert missing.status_code == 400


def test_a_malformed_filter_is_refused_with_a_reason_like_a_malformed_body(reviewer):
    for client in (client_for(), client_for(reviewer)):
        bad = client.get("/api/facts/?verdict=maybe&story=first")
        assert bad.status_code == 400
        assert bad.json() == {
            "reason": "malformed request: story: Enter a number.; verdict: Select a valid choice. maybe is not one "
            "of the available choices.",
            "code": "invalid",
        }
        when = client.get("/api/stories/?published_after=yesterday").json()
        assert when == {"reason": "malformed request: published_after: Enter a valid date/time.", "code": "invalid"}


def test_concurrent_decisions_over_the_api(reviewer, make_user):
    fact = Fact.objects.get(story=make_verified_story(decided=False), key="jobs")
    one, two = client_for(reviewer), client_for(make_user("Reviewers"))
    version = one.get(f"/api/facts/{fact.pk}/").json()["version"]
    assert (
        one.post(
            f"/api/facts/{fact.pk}/review/", {"decision": "approve", "version": version}, format="json"
        ).status_code
        == 200
    )
    late = two.post(f"/api/facts/{fact.pk}/review/", {"decision": "needs_sourcing", "version": version}, format="json")
    assert late.status_code == 409 and late.json()["code"] == "version_conflict"
    body = one.get(f"/api/facts/{fact.pk}/").json()
    assert body["review_status"] == "approved" and [d["reviewer"] for d in body["decisions"]] == ["rita"]


def test_bulk_approve_over_the_api(reviewer, editor):
    story = make_verified_story(decided=False)
    ids = list(Fact.objects.filter(story=story, flagged=True).values_list("pk", flat=True))
    result = client_for(reviewer).post("/api/facts/bulk-approve/", {"ids": ids}, format="json").json()
    assert len(result["approved"]) == 1 and len(result["skipped"]) == 1
    assert client_for(editor).post("/api/facts/bulk-approve/", {"ids": ids}, format="json").status_code == 403


def test_audit_trail_over_the_api(editor, reviewer):
    story = make_verified_story()
    client_for(editor).post(f"/api/stories/{story.pk}/submit/", {"note": "please"}, format="json")
    trail = client_for(reviewer).get(f"/api/stories/{story.pk}/transitions/").json()
    assert [(t["action"], t["from_state"], t["to_state"], t["user"], t["note"]) for t in trail] == [
        ("submit", "draft", "in_review", "edna", "please")
    ]
    assert client_for().get(f"/api/stories/{story.pk}/transitions/").status_code == 404


def test_token_authentication(editor):
    story = make_verified_story()
    token = Token.objects.create(user=editor)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    assert client.get(f"/api/stories/{story.pk}/").status_code == 200
    assert client.post(f"/api/stories/{story.pk}/consolidate/").status_code == 200


def test_session_authentication_needs_csrf(editor):
    story = make_verified_story()
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(editor)
    assert client.get(f"/api/stories/{story.pk}/").status_code == 200
    assert client.post(f"/api/stories/{story.pk}/consolidate/").status_code == 403


def test_schema_and_docs():
    schema = client_for().get("/api/schema/")
    assert schema.status_code == 200
    text = schema.content.decode()
    for path in (
        "/api/stories/{id}/submit/",
        "/api/stories/{id}/request-changes/",
        "/api/facts/{id}/review/",
        "/api/runs/",
        "/api/articles/",
        "/api/claims/",
    ):
        assert path in text
    assert client_for().get("/api/docs/").status_code == 200


def test_anonymous_clients_are_throttled(settings, monkeypatch, editor):
    import random

    from rest_framework.throttling import AnonRateThrottle

    assert "core.throttles.AnonThrottle" in settings.REST_FRAMEWORK["DEFAULT_THROTTLE_CLASSES"]
    monkeypatch.setattr(AnonRateThrottle, "rate", "3/minute", raising=False)
    address = ".".join(["10"] + [str(random.randint(1, 254)) for _ in range(3)])
    anon = APIClient(REMOTE_ADDR=address)
    statuses = [anon.get("/api/stories/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    staff = APIClient(REMOTE_ADDR=address)
    staff.force_authenticate(editor)
    assert staff.get("/api/stories/").status_code == 200  # signed-in users have their own, generous limit


def test_starting_a_run_needs_the_role(reviewer):
    story = make_verified_story()
    refused = client_for(reviewer).post("/api/runs/", {"story": story.pk}, format="json")
    assert refused.status_code == 403 and refused.json()["reason"]
