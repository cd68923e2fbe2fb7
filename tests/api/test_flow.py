"""The whole flow over the API as the three roles with the seeds: import, verify, consolidate, review,
submit, approve, publish; then what readers get."""

import pytest
from django.core.management import call_command
from rest_framework.test import APIClient

from stories.models import Article, Story
from tests.conftest import SEEDS

pytestmark = pytest.mark.django_db


def as_user(user) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


def test_whole_flow_over_the_api(editor, reviewer, publisher, eager_tasks):
    call_command("import_articles", str(SEEDS), "--no-progress")
    # A source with no outlet cannot be cited: an editor names it in the article admin before verifying.
    for article in Article.objects.all():
        if not article.source_name:
            Article.objects.filter(pk=article.pk).update(publisher=f"Outlet {article.pk}")
    ed, rev, pub, anon = as_user(editor), as_user(reviewer), as_user(publisher), APIClient()

    run = ed.post("/api/runs/", {}, format="json")
    assert run.status_code == 201, run.content
    run = ed.get(f"/api/runs/{run.json()['id']}/").json()
    assert run["state"] == "done", run
    stories = ed.get("/api/stories/").json()["results"]
    assert len(stories) >= 2
    story = max(Story.objects.all(), key=lambda s: s.articles.count())
    sid = story.pk

    # Submitting before the text exists is refused with a reason.
    early = ed.post(f"/api/stories/{sid}/submit/")
    assert early.status_code == 409 and early.json()["reason"]

    drafted = ed.post(f"/api/stories/{sid}/consolidate/")
    assert drafted.status_code == 200 and drafted.json()["replaced"]
    assert "[[1]](#source-1)" in drafted.json()["story"]["body"]

    # An editor may not decide facts; a reviewer decides every flagged one.
    flagged = rev.get(f"/api/facts/?story={sid}&flagged=true&page_size=200").json()
    assert flagged["count"] > 0
    first = flagged["results"][0]
    assert ed.post(f"/api/facts/{first['id']}/review/", {"decision": "approve"}, format="json").status_code == 403
    facts, url = [], f"/api/facts/?story={sid}&flagged=true"
    while url:
        page = rev.get(url).json()
        facts += page["results"]
        url = page["next"]
    for fact in facts:
        decided = rev.post(
            f"/api/facts/{fact['id']}/review/",
            {"decision": "approve", "note": "checked", "version": fact["version"]},
            format="json",
        )
        assert decided.status_code == 200, decided.content

    # The settled facts are written into a fresh draft, which goes to review.
    assert ed.post(f"/api/stories/{sid}/consolidate/").json()["replaced"]
    assert ed.post(f"/api/stories/{sid}/submit/", {"note": "ready"}, format="json").status_code == 200
    assert pub.post(f"/api/stories/{sid}/publish/").status_code == 409  # not approved yet
    assert anon.get(f"/api/stories/{sid}/").status_code == 404
    assert rev.post(f"/api/stories/{sid}/approve/").status_code == 200
    assert rev.post(f"/api/stories/{sid}/publish/").status_code == 403  # reviewers cannot publish
    published = pub.post(f"/api/stories/{sid}/publish/")
    assert published.status_code == 200 and published.json()["state"] == "published"

    public = anon.get(f"/api/stories/{sid}/").json()
    assert public["state"] == "published" and public["url"].endswith(f"/stories/{story.slug}/")
    public_facts = anon.get(f"/api/facts/?story={sid}").json()
    assert public_facts["count"] == Story.objects.get(pk=sid).facts.count()
    trail = [(t["action"], t["user"]) for t in rev.get(f"/api/stories/{sid}/transitions/").json()]
    assert trail == [("submit", "edna"), ("approve", "rita"), ("publish", "paul")]
