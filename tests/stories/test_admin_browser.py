"""The newsroom's admin in a real headless Chromium (Debian's package, driven by Playwright), at 1280 px:
the desk per role, the review queue's columns, the "all decided" message, live run progress, the four-eyes
reason, and the side-by-side comparison with restore. Set DESK_SCREENSHOTS=<folder> to keep screenshots."""

import os
from pathlib import Path

import pytest
from django.test import Client
from django.utils import timezone
from playwright.sync_api import expect

from stories import workflow
from stories.models import StoryState
from stories.services.editing import save_story_text
from tests.workflow_data import make_verified_story
from verification.models import Fact, VerificationRun

from .browser import chromium, needs_chromium  # noqa: F401  (chromium: the fixture)
from .test_browser import browser_page  # noqa: F401  (the page fixture, console errors collected)

WIDTH, HEIGHT = 1280, 800

pytestmark = [pytest.mark.e2e, needs_chromium]


def _as(page, live_server, user):
    """Sign the browser in as `user` (a session made by Django's test client) at 1280 px."""
    client = Client()
    client.force_login(user)
    page.set_viewport_size({"width": WIDTH, "height": HEIGHT})
    page.context.clear_cookies()
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    return page


def _shot(page, name):
    folder = os.environ.get("DESK_SCREENSHOTS")
    if folder:
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)


def _inside_viewport(locator, container=None):
    """The element's box lies inside the window (and inside its scrolling container, which clips it)."""
    box = locator.bounding_box()
    right = WIDTH
    if container is not None:
        frame = container.bounding_box()
        right = min(right, frame["x"] + frame["width"])
    return box is not None and box["x"] >= 0 and box["x"] + box["width"] <= right


@pytest.mark.django_db(transaction=True)
def test_the_desk_per_role(live_server, browser_page, editor, reviewer, publisher):
    waiting = make_verified_story(decided=False)
    submitted = workflow.submit(story=make_verified_story(), user=editor)
    sent_back = workflow.request_changes(
        story=workflow.submit(story=make_verified_story(), user=editor), user=reviewer, note="Name the second source."
    )
    approved = workflow.approve(story=workflow.submit(story=make_verified_story(), user=editor), user=reviewer)
    page = browser_page
    for user, panels, first_link, lands_on in [
        (editor, ["Changes requested of me", "Verification runs"], "story sent back to you", sent_back),
        (
            reviewer,
            ["Stories waiting for my review", "Flagged facts waiting for a decision", "Verification runs"],
            "story in review",
            submitted,
        ),
        (
            publisher,
            ["Approved, waiting to be published", "Scheduled publications", "Verification runs"],
            "story approved",
            approved,
        ),
    ]:
        _as(page, live_server, user).goto(live_server.url + "/admin/")
        assert page.title().endswith("| Corroborate") and page.locator("#site-name").inner_text() == "Corroborate"
        assert page.locator(".desk-panel h2").all_inner_texts() == panels
        _shot(page, f"desk-{user.username}")
        page.locator(".desk-lines a", has_text=first_link).click()
        page.wait_for_load_state("load")
        rows = page.locator("#result_list tbody tr")
        assert rows.count() == 1 and lands_on.title in rows.first.inner_text()
    _as(page, live_server, reviewer).goto(live_server.url + "/admin/")
    page.locator(".desk-lines a", has_text=waiting.title).click()
    page.wait_for_load_state("load")
    assert page.locator("h1").inner_text() == f"Review queue: {waiting.title}"
    assert page.problems == []


@pytest.mark.django_db(transaction=True)
def test_the_queue_fits_1280_px_and_the_last_decision_leads_to_approval(live_server, browser_page, editor, reviewer):
    story = workflow.submit(story=make_verified_story(decided=False), user=editor)
    long_title = "Grab's S$300 million Singapore investment, its 500 new jobs and the regional office " * 3
    type(story).objects.filter(pk=story.pk).update(title=long_title.strip())
    page = _as(browser_page, live_server, reviewer)
    page.goto(live_server.url + "/admin/verification/fact/")
    _shot(page, "queue-1280")
    results = page.locator(".results")
    for column in ("concept_link", "story_title", "verdict_words", "decision_words", "sources", "waiting"):
        header = page.locator(f"th.column-{column}")
        assert _inside_viewport(header, results), column
        cell = page.locator(f"td.field-{column}, th.field-{column}").first
        assert _inside_viewport(cell, results), column
    assert results.evaluate("el => el.scrollWidth <= el.clientWidth")  # nothing hidden to scroll to
    assert page.evaluate("document.documentElement.scrollWidth") <= WIDTH
    title = page.locator("td.field-story_title .truncate").first
    assert title.get_attribute("title") == long_title.strip()
    assert [t.strip() for t in page.locator("td.field-verdict_words").all_inner_texts()] == [
        "Conflicting",
        "Single source",
    ]  # conflicts first
    assert page.locator("th.field-concept_link a").all_inner_texts() == ["Jobs", "Ranking (office)"]

    for n in range(2):
        page.locator("th.field-concept_link a").first.click()
        page.wait_for_load_state("load")
        if n == 0:
            assert page.locator(".fact-sentence mark").count() == 1
            _shot(page, "fact-page")
        page.get_by_role("button", name="Approve").click()
        page.wait_for_load_state("load")
        if n == 0:
            assert "Every flagged fact" not in page.locator(".messagelist").inner_text()
            page.goto(live_server.url + "/admin/verification/fact/")
    message = page.locator(".messagelist .success", has_text="Every flagged fact")
    assert message.is_visible() and "it can be approved now" in message.inner_text()
    _shot(page, "all-decided")
    assert page.locator("#workflow").get_by_role("button", name="Approve").is_visible()
    assert page.problems == []


@pytest.mark.django_db(transaction=True)
def test_run_progress_updates_without_reload(live_server, browser_page, editor):
    story = make_verified_story()
    run = VerificationRun.objects.create(
        story=story, state="running", stage="extracting", progress=0.2, started_at=timezone.now()
    )
    page = _as(browser_page, live_server, editor)
    page.goto(live_server.url + f"/admin/stories/story/{story.pk}/change/")
    page.evaluate("window.__sameDocument = true")
    line = page.locator(f'.run-lines li[data-run="{run.pk}"]')
    assert "extracting claims, 20%" in line.inner_text()
    VerificationRun.objects.filter(pk=run.pk).update(stage="checking", progress=0.6)
    expect(line).to_contain_text("cross-checking, 60%", timeout=10000)
    _shot(page, "run-live")
    VerificationRun.objects.filter(pk=run.pk).update(
        state="done", stage="finished", progress=1.0, finished_at=timezone.now()
    )
    expect(line).to_contain_text("finished", timeout=10000)
    assert page.evaluate("window.__sameDocument") is True  # no reload happened
    assert "last verified" in page.locator(".verification-line").inner_text()
    assert page.problems == []


@pytest.mark.django_db(transaction=True)
def test_the_submitter_sees_why_there_is_no_approve_button(live_server, browser_page, make_user):
    both = make_user("Reviewers")
    both.groups.add(*make_user("Editors").groups.all())
    story = workflow.submit(story=make_verified_story(), user=both)
    page = _as(browser_page, live_server, both)
    page.goto(live_server.url + f"/admin/stories/story/{story.pk}/change/")
    workflow_box = page.locator("#workflow")
    assert workflow_box.get_by_role("button", name="Approve").count() == 0
    reason = workflow_box.locator(".workflow-why li").first
    assert reason.is_visible() and "four eyes" in reason.inner_text()
    assert workflow_box.get_by_role("button", name="Request changes").is_visible()
    _shot(page, "four-eyes")
    assert page.problems == []


@pytest.mark.django_db(transaction=True)
def test_side_by_side_comparison_and_restore(live_server, browser_page, editor):
    story = make_verified_story()
    first = story.body
    for body in (first, first.replace("S$300 million", "S$320 million") + "\n\nA paragraph the editor added."):
        story.refresh_from_db()
        save_story_text(story=story.pk, user=editor, expected_version=story.version, body=body + " ")
    page = _as(browser_page, live_server, editor)
    page.goto(live_server.url + f"/admin/stories/story/{story.pk}/change/")
    page.locator("select[name=old]").select_option("1")
    page.locator("select[name=new]").select_option("2")
    page.get_by_role("button", name="Compare side by side").click()
    page.wait_for_load_state("load")
    table = page.locator("table.diff").last
    assert table.locator("del", has_text="S$300").count() >= 1 and table.locator("ins", has_text="S$320").count() >= 1
    assert table.locator("td.diff-added", has_text="A paragraph the editor added.").is_visible()
    old_cell = table.locator("td.diff-changed-old").first.bounding_box()
    new_cell = table.locator("td.diff-changed-new").first.bounding_box()
    assert old_cell["x"] + old_cell["width"] <= new_cell["x"] + 1  # side by side, not one under the other
    _shot(page, "compare")
    assert page.get_by_role("button", name="Restore revision 2").count() == 0  # it is the current text
    page.get_by_role("button", name="Restore revision 1").click()
    page.wait_for_load_state("load")
    assert "Restored revision 1" in page.locator(".messagelist").inner_text()
    story.refresh_from_db()
    assert story.body.strip() == first.strip() and story.state == StoryState.DRAFT
    assert page.problems == []
    assert Fact.objects.filter(story=story).exists()


@pytest.mark.django_db(transaction=True)
def test_the_lists_fit_1280_px(live_server, browser_page, editor, make_user):
    long_title = "OpenAI for Singapore S$300M Initiative Brings First International Applied AI Lab to Asia " * 2
    story = make_verified_story()
    type(story).objects.filter(pk=story.pk).update(title=long_title.strip())
    story.articles.update(title=long_title.strip())
    workflow.submit(story=make_verified_story(), user=editor)
    VerificationRun.objects.create(state="failed", error="the worker was lost", finished_at=timezone.now())
    page = _as(browser_page, live_server, make_user(None, superuser=True))
    for path in (
        "/admin/stories/story/",
        "/admin/stories/article/",
        "/admin/verification/verificationrun/",
        "/admin/verification/claim/",
        "/admin/verification/fact/?decision=all",
        "/admin/stories/importbatch/",
    ):
        page.goto(live_server.url + path)
        _shot(page, "list" + path.replace("/", "-").split("?")[0])
        results = page.locator(".results")
        if results.count():
            assert results.evaluate("el => el.scrollWidth <= el.clientWidth"), path
        assert page.evaluate("document.documentElement.scrollWidth") <= WIDTH, path
        if path == "/admin/stories/story/":
            _shot(page, "stories-1280")
            for column in ("state", "undecided_count", "publication", "last_change"):
                assert _inside_viewport(page.locator(f"th.column-{column}"), results), column
    assert page.problems == []
