"""The admin home is a desk of the work waiting for the signed-in user, per role, each line a count with a
link to exactly the list it counts."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from stories.models import StoryState
from tests.workflow_data import make_verified_story
from verification.models import VerificationRun

pytestmark = pytest.mark.django_db


def _desk(client, user):
    client.force_login(user)
    page = client.get("/admin/").content.decode()
    panels = {}
    for title, body in re.findall(r'<div class="module desk-panel">\s*<h2>(.*?)</h2>(.*?)</div>', page, re.S):
        panels[title] = re.findall(r'<a href="([^"]+)"><strong class="desk-count">(\d+)</strong> ([^<]*)</a>', body)
    return page, panels


def _listed(client, url):
    """How many rows the admin list behind a desk link shows."""
    page = client.get(url.replace("&amp;", "&")).content.decode()
    return len(re.findall(r'<tr[^>]*>\s*<td class="action-checkbox">', page))


def test_branding_and_a_desk_per_role(client, editor, reviewer, publisher, make_user):
    other_editor = make_user("Editors")
    make_verified_story(state=StoryState.IN_REVIEW, submitted_by=editor)
    make_verified_story(state=StoryState.IN_REVIEW, submitted_by=reviewer)  # their own: four eyes, not theirs to review
    make_verified_story(state=StoryState.CHANGES_REQUESTED, submitted_by=editor)
    make_verified_story(state=StoryState.CHANGES_REQUESTED, submitted_by=other_editor)
    make_verified_story(state=StoryState.APPROVED, submitted_by=editor)
    scheduled = make_verified_story(state=StoryState.APPROVED, submitted_by=editor)
    scheduled.publish_at = timezone.now() + timedelta(days=1)
    scheduled.save()
    make_verified_story(decided=False)  # conflicting + single-source facts pending
    VerificationRun.objects.create(state="failed", error="the worker died")

    page, desk = _desk(client, editor)
    assert "<title>" in page and "Corroborate" in page and "Django administration" not in page
    assert list(desk) == ["Changes requested of me", "Verification runs"]
    [(url, count, label)] = desk["Changes requested of me"]
    assert count == "1" and _listed(client, url) == 1
    assert ("/admin/verification/verificationrun/?state__exact=failed", "1", "run failed") in desk["Verification runs"]

    _, desk = _desk(client, reviewer)
    assert list(desk) == ["Stories waiting for my review", "Flagged facts waiting for a decision", "Verification runs"]
    [(url, count, _)] = desk["Stories waiting for my review"]
    assert count == "1" and _listed(client, url) == 1
    facts = desk["Flagged facts waiting for a decision"]
    assert facts[0][1] == "2" and facts[0][2].startswith("flagged facts undecided")
    assert _listed(client, facts[1][0]) == 2  # the story's line opens the queue on that story

    _, desk = _desk(client, publisher)
    assert list(desk) == ["Approved, waiting to be published", "Scheduled publications", "Verification runs"]
    [(url, count, _)] = desk["Approved, waiting to be published"]
    assert count == "1" and _listed(client, url) == 1
    scheduled_lines = desk["Scheduled publications"]
    assert scheduled_lines[0][1] == "1" and scheduled.title in scheduled_lines[1][2]

    _, desk = _desk(client, make_user(None))
    assert desk == {}
    assert "no newsroom role yet" in client.get("/admin/").content.decode()


def test_conflicts_first_in_the_pending_facts_panel(client, reviewer):
    calm = make_verified_story(decided=False)
    from core.models import Verdict
    from verification.models import Fact

    Fact.objects.filter(story=calm, verdict=Verdict.CONFLICTING).update(verdict=Verdict.SINGLE_SOURCE)
    urgent = make_verified_story(decided=False)
    _, desk = _desk(client, reviewer)
    lines = desk["Flagged facts waiting for a decision"][1:]
    assert [label.strip() for _, _, label in lines] == [urgent.title, calm.title]
    page = client.get("/admin/").content.decode()
    assert "1 conflicting" in page
