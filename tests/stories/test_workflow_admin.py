"""The workflow in the admin: the same rules as the API (matrix), editing conflicts, the whole flow with the
seeds as the three roles, the review page, and constant query counts."""

import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from core.models import ReviewStatus, Verdict
from stories.models import Article, Story, StoryState, StoryTransition
from tests.conftest import SEEDS
from tests.policy import STATES, expected_status
from tests.workflow_data import _claim, make_article, make_verified_story
from verification.models import Fact

pytestmark = pytest.mark.django_db

ADMIN_ACTIONS = {
    "consolidate": "consolidate",
    "submit": "submit",
    "approve": "approve",
    "request-changes": "request_changes",
    "publish": "publish",
    "unpublish": "unpublish",
    "corrections": "add_correction",
    "edit-live": "edit_live",
}


def logged_in(client, user):
    client.force_login(user)
    return client


def messages_of(response) -> list[str]:
    return [str(m) for m in response.context["messages"]] if response.context else []


@pytest.mark.parametrize("action", list(ADMIN_ACTIONS) + ["review-fact"])
@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("role", ["Editors", "Reviewers", "Publishers"])
def test_admin_permission_matrix_matches_the_api(client, make_user, role, state, action):
    story = make_verified_story(state=state, submitted_by=make_user("Editors"))
    logged_in(client, make_user(role))
    before = (Story.objects.get(pk=story.pk).version, Fact.objects.get(story=story, key="office").version)
    if action == "review-fact":
        fact = Fact.objects.get(story=story, key="office")
        response = client.post(
            reverse("admin:verification_fact_decide", args=[fact.pk]),
            {"decision": "needs_sourcing", "note": "n"},
            follow=True,
        )
    else:
        response = client.post(
            reverse("admin:stories_story_workflow", args=[story.pk, ADMIN_ACTIONS[action]]),
            {"note": "a note"},
            follow=True,
        )
    assert response.status_code == 200
    expected = expected_status(role, state, action)
    shown = " ".join(messages_of(response))
    after = (Story.objects.get(pk=story.pk).version, Fact.objects.get(story=story, key="office").version)
    transitions = StoryTransition.objects.filter(story=story).count()
    if expected in (200, 201):
        assert "Refused" not in shown and "Not recorded" not in shown, shown
        changed = after != before or transitions == 1
        assert changed
    else:
        assert "Refused" in shown or "Not recorded" in shown, shown
        assert after == before and transitions == 0
        word = {403: "may not|four eyes", 409: "must be|settled|only a draft"}[expected]
        assert re.search(word, shown), shown


@pytest.mark.parametrize(
    "role, visible, hidden",
    [
        (
            "Editors",
            ["workflow_submit", "verify_stories", "consolidate_stories"],
            ["workflow_approve", "workflow_publish"],
        ),
        ("Reviewers", ["workflow_approve"], ["workflow_submit", "workflow_publish", "verify_stories"]),
        # unpublishing needs a reason: one story at a time, from its page, never a changelist action
        ("Publishers", ["workflow_publish"], ["workflow_submit", "workflow_approve", "workflow_unpublish"]),
    ],
)
def test_changelist_actions_per_role(client, make_user, role, visible, hidden):
    make_verified_story()
    logged_in(client, make_user(role))
    response = client.get(reverse("admin:stories_story_changelist"))
    names = {choice[0] for choice in response.context["action_form"].fields["action"].choices}
    assert set(visible) <= names and not set(hidden) & names


def test_changelist_action_runs_the_same_transition(client, make_user, editor):
    story = make_verified_story(state=StoryState.IN_REVIEW, submitted_by=editor, decided=False)
    logged_in(client, make_user("Reviewers"))
    response = client.post(
        reverse("admin:stories_story_changelist"),
        {"action": "workflow_approve", "_selected_action": [story.pk]},
        follow=True,
    )
    assert any("not decided" in m for m in messages_of(response))
    assert Story.objects.get(pk=story.pk).state == StoryState.IN_REVIEW


def test_buttons_shown_per_role(client, editor, reviewer, publisher):
    story = make_verified_story(state=StoryState.APPROVED, submitted_by=editor)
    url = reverse("admin:stories_story_change", args=[story.pk])
    page = logged_in(client, publisher).get(url).content.decode()
    assert "Publish now" in page and "Schedule" in page and "Submit for review" not in page
    page = logged_in(client, reviewer).get(url).content.decode()
    assert "Request changes" in page and "Publish now" not in page


def change_form_data(client, url) -> dict:
    """What the change page's form would post as it is: the story's fields and the inlines' hidden rows."""
    response = client.get(url)
    form = response.context["adminform"].form
    data = {
        name: ("" if value is None else value) for name, value in ((name, form[name].value()) for name in form.fields)
    }
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        management = formset.management_form
        data.update({f"{formset.prefix}-{k}": management[k].value() for k in management.fields})
        for row in formset.forms:
            data.update(
                {row.add_prefix(name): row[name].value() for name in row.fields if row[name].value() is not None}
            )
    return data


def test_two_editors_saving_one_story(client, editor, make_user):
    story = make_verified_story()
    url = reverse("admin:stories_story_change", args=[story.pk])
    other = make_user("Editors")
    edna_form = change_form_data(logged_in(client, editor), url)
    other_form = change_form_data(logged_in(client, other), url)  # both opened version 1
    first = logged_in(client, editor).post(url, {**edna_form, "body": "Edna's version"})
    assert first.status_code == 302, first.context["adminform"].form.errors if first.context else first
    second = logged_in(client, other).post(url, {**other_form, "body": "The other version"})
    assert second.status_code == 200
    assert "Someone saved this story after you opened it" in second.content.decode()
    assert "The other version" in second.content.decode()  # still in the form, nothing lost
    story.refresh_from_db()
    assert story.body == "Edna's version" and story.revisions.count() == 1


def test_revisions_compare_page(client, editor):
    story = make_verified_story()
    url = reverse("admin:stories_story_change", args=[story.pk])
    logged_in(client, editor)
    for body in ["one <b>", "two <b>"]:
        assert client.post(url, {**change_form_data(client, url), "body": body}).status_code == 302
    page = client.get(reverse("admin:stories_story_compare", args=[story.pk]), {"old": 1, "new": 2})
    text = page.content.decode()
    assert '<td class="diff-changed-old"><del>one</del> &lt;b&gt;</td>' in text
    assert '<td class="diff-changed-new"><ins>two</ins> &lt;b&gt;</td>' in text

    # Restore the first revision: the text comes back as a new revision, the replaced one is kept.
    story.refresh_from_db()
    restore = reverse("admin:stories_story_restore", args=[story.pk, 1])
    done = client.post(restore, {"version": story.version}, follow=True)
    assert "Restored revision 1" in done.content.decode()
    story.refresh_from_db()
    assert story.body == "one <b>"
    assert list(story.revisions.values_list("number", "source", "body")) == [
        (3, "revert", "one <b>"),
        (2, "edit", "two <b>"),
        (1, "edit", "one <b>"),
    ]
    stale = client.post(restore, {"version": story.version - 1}, follow=True)
    assert "Not restored: the story was saved" in stale.content.decode()


def test_review_page_escapes_and_highlights(client, reviewer, editor):
    story = make_verified_story(decided=False)
    article = make_article(story, "evil<script>", "<script>alert(1)</script> Grab hired 70 engineers onerror=x.")
    claim = _claim(article, "70 engineers", "count", "hires.count", {"low": 70})
    fact = Fact.objects.create(
        story=story,
        key="hires",
        kind="count",
        slot="hires.count",
        verdict="single_source",
        flagged=True,
        explanation="<img src=x onerror=alert(1)>",
    )
    fact.claims.set([claim])
    page = logged_in(client, reviewer).get(reverse("admin:verification_fact_change", args=[fact.pk]))
    text = page.content.decode()
    assert "<script>alert(1)</script>" not in text and "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert '<mark class="value">70 engineers</mark>' in text
    assert "&lt;img src=x onerror=alert(1)&gt;" in text
    assert 'value="approve"' in text
    # Editors see the evidence but cannot decide.
    page = logged_in(client, editor).get(reverse("admin:verification_fact_change", args=[fact.pk]))
    assert page.status_code == 200 and 'value="approve"' not in page.content.decode()


def test_review_queue_filters_and_counts(client, reviewer):
    first, second = make_verified_story(decided=False), make_verified_story()
    logged_in(client, reviewer)
    url = reverse("admin:verification_fact_changelist")
    response = client.get(url)
    assert response.context["cl"].result_count == 2  # undecided flagged facts by default, across both stories
    counts = dict(response.context["queue_counts"])
    assert counts == {"shown": 2, "conflicting": 1, "single source": 1, "pending": 2}
    everything = {"decision": "all"}
    assert client.get(url, everything).context["cl"].result_count == 4  # flagged facts only
    for query, expected in [
        ({"story__id__exact": first.pk}, 2),
        ({"verdict": "conflicting"}, 2),
        ({"concept": "Ranking (office)"}, 2),
        ({"decision": "approved"}, 2),
        ({"age": "day"}, 4),
        ({"age": "older"}, 0),
    ]:
        response = client.get(url, {**everything, **query})
        assert response.context["cl"].result_count == expected, query
    counts = dict(client.get(url, {"decision": "all", "story__id__exact": second.pk}).context["queue_counts"])
    assert counts == {"shown": 2, "conflicting": 1, "single source": 1, "approved": 2}


def test_bulk_approve_in_the_admin(client, reviewer, editor):
    story = make_verified_story(decided=False)
    ids = list(Fact.objects.filter(story=story, flagged=True).values_list("pk", flat=True))
    url = reverse("admin:verification_fact_changelist")
    logged_in(client, editor).post(url, {"action": "approve_selected", "_selected_action": ids})
    assert not Fact.objects.filter(pk__in=ids, review_status="approved").exists()  # editors have no such action
    logged_in(client, reviewer).post(url, {"action": "approve_selected", "_selected_action": ids})
    assert set(Fact.objects.filter(pk__in=ids).values_list("verdict", "review_status")) == {
        ("single_source", "approved"),
        ("conflicting", "pending"),
    }


def test_a_stale_decision_in_the_admin_is_refused(client, reviewer, make_user):
    fact = Fact.objects.get(story=make_verified_story(decided=False), key="jobs")
    url = reverse("admin:verification_fact_decide", args=[fact.pk])
    logged_in(client, reviewer).post(url, {"decision": "approve", "version": fact.version})
    response = logged_in(client, make_user("Reviewers")).post(
        url, {"decision": "reject", "note": "no", "version": fact.version}, follow=True
    )
    assert any("someone decided this fact" in m for m in messages_of(response))
    assert Fact.objects.get(pk=fact.pk).review_status == ReviewStatus.APPROVED


# --- constant query counts ---------------------------------------------------------------------------
def _queries(client, url, params=None) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params or {})
    assert response.status_code == 200
    return len(captured)


def test_story_changelist_queries_are_constant(client, editor):
    logged_in(client, editor)
    url = reverse("admin:stories_story_changelist")
    make_verified_story()
    small = _queries(client, url)
    for _ in range(6):
        make_verified_story(state=StoryState.IN_REVIEW, submitted_by=editor)
    assert _queries(client, url) == small


def test_review_queue_queries_are_constant(client, reviewer):
    logged_in(client, reviewer)
    url = reverse("admin:verification_fact_changelist")
    make_verified_story(decided=False)
    small = _queries(client, url)
    for _ in range(5):
        make_verified_story(decided=False, extra_single_sources=3)
    assert _queries(client, url) == small


def test_review_page_queries_are_constant(client, reviewer):
    logged_in(client, reviewer)
    story = make_verified_story(decided=False)

    def fact_with_sources(n):
        claims = []
        for i in range(n):
            article = make_article(story, f"outlet-{n}-{i}", f"Grab hired {n * 10 + i} engineers this year.")
            claims.append(_claim(article, f"{n * 10 + i} engineers", "count", "hires.count", {"low": n * 10 + i}))
        fact = Fact.objects.create(
            story=story,
            key=f"hires-{n}",
            kind="count",
            slot="hires.count",
            verdict=Verdict.CONFLICTING,
            flagged=True,
            explanation="differ",
        )
        fact.claims.set(claims)
        return fact

    small, large = fact_with_sources(2), fact_with_sources(9)
    from verification.services.review import decide_fact

    for fact in (small, large):
        for decision in ("needs_sourcing", "approve", "needs_sourcing"):
            decide_fact(fact=fact, user=reviewer, decision=decision, note="n")
    assert _queries(client, reverse("admin:verification_fact_change", args=[small.pk])) == _queries(
        client, reverse("admin:verification_fact_change", args=[large.pk])
    )


def test_api_lists_queries_are_constant(client, reviewer):
    from rest_framework.test import APIClient

    api = APIClient()
    api.force_authenticate(reviewer)
    make_verified_story(decided=False)

    def count(url):
        with CaptureQueriesContext(connection) as captured:
            assert api.get(url).status_code == 200
        return len(captured)

    urls = ("/api/stories/", "/api/facts/", "/api/articles/", "/api/claims/")
    [count(url) for url in urls]  # warm the user's permission cache
    small = {url: count(url) for url in urls}
    for _ in range(4):
        make_verified_story(decided=False, extra_single_sources=2)
    assert {url: count(url) for url in small} == small


# --- the whole flow through the admin, with the seeds --------------------------------------------------
def test_whole_flow_through_the_admin(client, editor, reviewer, publisher, eager_tasks):
    call_command("import_articles", str(SEEDS), "--no-progress")
    for article in Article.objects.all():  # a source with no outlet cannot be cited: the editor names it
        if not article.source_name:
            Article.objects.filter(pk=article.pk).update(publisher=f"Outlet {article.pk}")
    call_command("verify", "--all", "--wait")  # the first run groups the articles into stories
    story = max(Story.objects.all(), key=lambda s: s.articles.count())
    change = reverse("admin:stories_story_change", args=[story.pk])

    def act(user, action, **data):
        return logged_in(client, user).post(
            reverse("admin:stories_story_workflow", args=[story.pk, action]), data, follow=True
        )

    # Editor: verify the story again from the changelist, draft the text, try to submit too early.
    logged_in(client, editor).post(
        reverse("admin:stories_story_changelist"), {"action": "verify_stories", "_selected_action": [story.pk]}
    )
    assert story.verification_runs.filter(state="done").exists()
    assert any("drafted" in m for m in messages_of(act(editor, "consolidate")))
    story.refresh_from_db()
    assert "[[1]](#source-1)" in story.body
    editor_page = logged_in(client, editor).get(change).content.decode()
    assert "Draft consolidated text" in editor_page and "Current with the sources" in editor_page

    # Reviewer: works through the queue on the review pages (editors may not decide).
    queue = logged_in(client, reviewer).get(
        reverse("admin:verification_fact_changelist"), {"story__id__exact": story.pk}
    )
    flagged = list(queue.context["cl"].queryset)
    assert flagged
    refused = logged_in(client, editor).post(
        reverse("admin:verification_fact_decide", args=[flagged[0].pk]), {"decision": "approve"}, follow=True
    )
    assert any("may not decide" in m for m in messages_of(refused))
    for fact in flagged:
        page = logged_in(client, reviewer).get(reverse("admin:verification_fact_change", args=[fact.pk]))
        assert '<mark class="value">' in page.content.decode()
        client.post(
            reverse("admin:verification_fact_decide", args=[fact.pk]),
            {"decision": "approve", "note": "checked", "version": page.context["fact"].version},
        )
    assert not Fact.objects.filter(story=story).undecided().exists()

    # Editor: redraft with the settled facts and submit; the reviewer approves; the publisher publishes.
    act(editor, "consolidate")
    assert any("Submitted for review" in m for m in messages_of(act(editor, "submit", note="ready")))
    assert any("may not" in m for m in messages_of(act(reviewer, "publish")))
    assert any("Approved" in m for m in messages_of(act(reviewer, "approve")))
    assert any("Published" in m for m in messages_of(act(publisher, "publish")))
    story.refresh_from_db()
    assert story.state == StoryState.PUBLISHED and Story.objects.published().filter(pk=story.pk).exists()
    history = logged_in(client, publisher).get(change).content.decode()
    assert "<td>Submitted for review</td>" in history and "<td>Approved</td>" in history
    assert "<td>Published</td>" in history and "in_review" not in history
    assert list(story.transitions.values_list("action", "user__username")) == [
        ("submit", "edna"),
        ("approve", "rita"),
        ("publish", "paul"),
    ]


def test_a_revision_is_restored_by_a_post_only(client, editor):
    """A link followed or a page reloaded (a GET) never restores a revision (the workflow steps: test_access)."""
    story = make_verified_story(submitted_by=editor)
    client.force_login(editor)
    assert client.get(reverse("admin:stories_story_restore", args=[story.pk, 1])).status_code == 405
    assert Story.objects.get(pk=story.pk).version == story.version
