"""Issue 12 in a real headless Chromium (Debian's package, driven by Playwright): what readers may trust and
how the desk publishes. Each test walks one point as a person would; screenshots of the seeds' first story
page at 1280 px and 390 px go to $READER_SCREENSHOTS (a temporary folder when unset)."""

import os
import re
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client

from stories import workflow
from stories.models import Article, Story, StoryState, StoryTransition
from tests.conftest import SEEDS
from tests.workflow_data import make_verified_story, publish_story, retitle_published

from .browser import chromium, needs_chromium  # noqa: F401  (chromium: the fixture)

pytestmark = [
    pytest.mark.e2e,
    needs_chromium,
    pytest.mark.django_db(transaction=True),
]
SCREEN = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}


def open_page(browser, live_server, user=None, viewport=SCREEN):
    """A page in a fresh context, logged in as `user` (its session cookie) or as a reader."""
    context = browser.new_context(viewport=viewport)
    if user is not None:
        client = Client()
        client.force_login(user)
        context.add_cookies([{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}])
    page = context.new_page()
    page.problems = []
    page.on("console", lambda msg: msg.type == "error" and page.problems.append(msg.text))
    page.on("pageerror", lambda exc: page.problems.append(str(exc)))
    return page


def published(editor, reviewer, publisher, **kwargs) -> Story:
    return publish_story(make_verified_story(**kwargs), editor=editor, reviewer=reviewer, publisher=publisher)


def test_an_internal_note_never_reaches_the_page_the_feed_or_the_api(
    chromium, live_server, editor, reviewer, publisher
):
    from verification.models import Fact
    from verification.services.review import decide_fact

    story = make_verified_story(decided=False)
    decide_fact(
        fact=Fact.objects.get(story=story, key="jobs"),
        user=reviewer,
        decision="approve",
        note="INTERNAL: the press office asked us not to quote them",
        public_note="Confirmed with the company.",
    )
    decide_fact(fact=Fact.objects.get(story=story, key="office"), user=reviewer, decision="approve")
    workflow.submit(story=story, user=editor)
    workflow.approve(story=story, user=reviewer)
    workflow.publish(story=story, user=publisher)
    page = open_page(chromium, live_server)
    page.goto(live_server.url + story.get_absolute_url())
    for summary in page.locator("details.fact-group > summary").all():
        summary.click()
    assert "Confirmed with the company." in page.locator(".review-note").first.inner_text()
    assert "INTERNAL" not in page.locator("body").inner_text()
    for url in ("/feed/", f"/api/stories/{story.pk}/", f"/api/facts/?story={story.pk}"):
        assert "INTERNAL" not in page.request.get(live_server.url + url).text(), url


def test_no_reader_page_shows_a_file_or_a_path_and_a_web_origin_is_a_link(
    chromium, live_server, editor, reviewer, publisher
):
    story = make_verified_story()
    first, second, _ = story.articles.order_by("id")
    Article.objects.filter(pk=first.pk).update(origin="/srv/corroborate/var/uploads/000_fc09857291499de6.txt")
    Article.objects.filter(pk=second.pk).update(origin="https://www.reuters.com/world/asia/grab-1")
    workflow.submit(story=story, user=editor)
    workflow.approve(story=story, user=reviewer)
    workflow.publish(story=story, user=publisher)
    page = open_page(chromium, live_server)
    for url in ("/", story.get_absolute_url(), "/search/?q=Grab", "/feed/"):
        page.goto(live_server.url + url)
        html = page.content()
        assert "000_fc0985" not in html and "/srv/" not in html and ".txt" not in html, url
    page.goto(live_server.url + story.get_absolute_url())
    link = page.locator("#source-2").get_by_role("link", name=re.compile("reuters.com"))
    assert link.get_attribute("href") == "https://www.reuters.com/world/asia/grab-1"
    # the body's citation markers lead to the one list of sources
    page.locator(".story-body a[href='#source-1']").first.click()
    page.wait_for_url("**#source-1")
    assert page.locator(".source-list").count() == 1 and page.locator("#source-1").is_visible()


@pytest.mark.parametrize("role", ["Editors", "Reviewers", "Publishers"])
def test_the_desk_previews_a_draft_and_readers_get_a_404(chromium, live_server, make_user, role):
    story = make_verified_story()
    url = live_server.url + f"/preview/{story.pk}/"
    reader = open_page(chromium, live_server)
    assert reader.goto(url).status == 404
    desk = open_page(chromium, live_server, make_user(role))
    desk.goto(live_server.url + f"/admin/stories/story/{story.pk}/change/")
    desk.get_by_role("link", name="Preview the reader page as it stands").click()
    desk.wait_for_url(url)
    assert desk.locator(".preview-banner").is_visible()
    assert desk.locator("h2", has_text="How this was checked").is_visible()
    assert desk.locator("svg.agreement-svg").is_visible()
    assert desk.locator("meta[name=robots]").get_attribute("content") == "noindex, nofollow"
    assert desk.problems == []


def test_readers_keep_the_live_edition_until_the_new_draft_is_published(
    chromium, live_server, editor, reviewer, publisher
):
    from stories.services.editing import save_story_text
    from verification.models import Fact

    story = published(editor, reviewer, publisher)
    reader = open_page(chromium, live_server)
    reader.goto(live_server.url + story.get_absolute_url())
    before = reader.locator(".story-body").inner_text()
    facts_url = live_server.url + f"/api/facts/?story={story.pk}"
    facts_before = reader.request.get(facts_url).json()["results"]
    assert len(facts_before) == 3

    desk = open_page(chromium, live_server, editor)
    desk.goto(live_server.url + f"/admin/stories/story/{story.pk}/change/")
    desk.get_by_role("button", name="Edit as a new draft").click()
    desk.wait_for_load_state("load")
    story.refresh_from_db()
    assert story.state == StoryState.DRAFT and story.live
    save_story_text(
        story=story,
        user=editor,
        expected_version=story.version,
        body=story.body + "\n\nGrab also opened a research centre.",
    )
    Fact.objects.get(story=story, key="office").claims.update(text="fifth office")  # the draft's facts re-checked
    Fact.objects.filter(story=story, key="amount").delete()
    reader.reload()
    assert reader.locator(".story-body").inner_text() == before  # still the live edition
    assert reader.request.get(facts_url).json()["results"] == facts_before  # and its facts
    reader.goto(live_server.url + "/")
    assert reader.get_by_role("link", name=story.title).is_visible()
    reader.goto(live_server.url + story.get_absolute_url())
    workflow.submit(story=story, user=editor)
    workflow.approve(story=story, user=reviewer)
    workflow.publish(story=story, user=publisher, correction="Grab's office in Jakarta is its fifth.")
    reader.reload()
    assert "Grab also opened a research centre." in reader.locator(".story-body").inner_text()
    assert "Grab's office in Jakarta is its fifth." in reader.locator("body").inner_text()
    facts_after = reader.request.get(facts_url).json()["results"]
    assert [f["slot"] for f in facts_after] == ["jobs.count", "ranking.office"]
    assert reader.problems == []


def test_a_time_entered_in_the_newsroom_zone_goes_out_in_it(chromium, live_server, settings, editor, publisher):
    settings.TIME_ZONE = "Asia/Singapore"
    story = make_verified_story(state=StoryState.APPROVED, submitted_by=editor)
    desk = open_page(chromium, live_server, publisher)
    desk.goto(live_server.url + f"/admin/stories/story/{story.pk}/change/")
    assert "Asia/Singapore" in desk.locator("#workflow").inner_text()
    desk.locator("input[name=publish_at]").fill("2099-06-01T09:00")
    desk.get_by_role("button", name="Schedule").click()
    desk.wait_for_load_state("load")
    story.refresh_from_db()
    assert story.publish_at.isoformat() == "2099-06-01T01:00:00+00:00"  # 09:00 in Singapore is 01:00 UTC
    assert "1 June 2099, 09:00" in desk.locator("#workflow").inner_text()
    naive = desk.request.post(
        live_server.url + f"/api/stories/{story.pk}/publish/",
        data={"publish_at": "2099-06-02T09:00:00"},
        headers={"X-CSRFToken": desk.context.cookies()[0]["value"]},
    )
    assert naive.status in (400, 403)  # no zone: refused (403 only if the session's CSRF check answers first)


def test_unpublishing_asks_for_confirmation_and_a_reason(chromium, live_server, editor, reviewer, publisher):
    story = published(editor, reviewer, publisher)
    desk = open_page(chromium, live_server, publisher)
    desk.goto(live_server.url + f"/admin/stories/story/{story.pk}/change/")
    desk.get_by_role("link", name="Unpublish…").click()
    desk.wait_for_url("**/unpublish/")
    desk.get_by_role("button", name="Yes, unpublish").click()  # no reason: the form will not go
    story.refresh_from_db()
    assert story.live and desk.url.endswith("/unpublish/")
    desk.get_by_label("Why (required; kept in the story’s history)").fill("Legal review of the jobs figure.")
    desk.get_by_role("button", name="Yes, unpublish").click()
    desk.wait_for_url(f"**/admin/stories/story/{story.pk}/change/")
    story.refresh_from_db()
    assert not story.live
    assert StoryTransition.objects.get(story=story, action="unpublish").note == "Legal review of the jobs figure."
    assert "Legal review of the jobs figure." in desk.locator("body").inner_text()
    reader = open_page(chromium, live_server)
    assert reader.goto(live_server.url + story.get_absolute_url()).status == 404


def test_an_old_address_leads_to_the_retitled_story(chromium, live_server, editor, reviewer, publisher):
    story = published(editor, reviewer, publisher)
    old = story.get_absolute_url()
    retitle_published(story, "Grab triples its bet", editor=editor, reviewer=reviewer, publisher=publisher)
    reader = open_page(chromium, live_server)
    response = reader.goto(live_server.url + old)
    assert response.status == 200 and reader.url.endswith("/stories/grab-triples-its-bet/")
    assert response.request.redirected_from is not None
    assert reader.locator("h1").inner_text() == "Grab triples its bet"


def _seed_stories(editor, reviewer, publisher):
    """The seeds through the whole flow as the desk works: import, name the outlets no metadata gives,
    verify, draft, decide, submit, approve, publish."""
    from verification.models import Fact
    from verification.services.review import decide_fact

    call_command("import_articles", str(SEEDS), "--no-progress", stdout=open(os.devnull, "w"))
    for article in Article.objects.all():
        if not article.source_name:
            Article.objects.filter(pk=article.pk).update(publisher=f"Outlet {article.pk}")
    call_command("verify", "--all", "--wait", stdout=open(os.devnull, "w"))
    from stories.services.consolidation import draft_consolidated_text

    stories = list(Story.objects.order_by("id"))
    for story in stories:
        draft_consolidated_text(story=story, user=editor)
        for fact in Fact.objects.filter(story=story).undecided():
            decide_fact(fact=fact, user=reviewer, decision="approve")
        Story.objects.filter(pk=story.pk).update(
            dek="OpenAI opens its first applied AI lab outside the United "
            "States in Singapore, backed by more than S$300 million."
        )
        workflow.submit(story=story, user=editor)
        workflow.approve(story=story, user=reviewer)
        workflow.publish(story=story, user=publisher)
    return stories


def test_the_seeds_drafted_in_english_contain_no_german_sentence(
    live_server, eager_tasks, editor, reviewer, publisher, chromium
):
    stories = _seed_stories(editor, reviewer, publisher)
    german = Article.objects.get(language="de")
    mixed = Story.objects.get(pk=german.story_id)
    assert mixed.language == "en"
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", german.text) if len(s.split()) >= 5]
    page = open_page(chromium, live_server)
    page.goto(live_server.url + mixed.get_absolute_url())
    body = page.locator(".story-body").inner_text()
    assert not any(sentence[:60] in body for sentence in sentences)
    assert not re.search(r"\b(und|der|die|das|nicht|wurde|sagte)\b", body)
    assert len(stories) >= 2


def test_the_seeds_first_story_reads_first_on_a_desktop_and_a_phone(
    live_server, eager_tasks, editor, reviewer, publisher, chromium, tmp_path
):
    _seed_stories(editor, reviewer, publisher)
    first = Story.objects.get(pk=Article.objects.get(origin__endswith="000_fc09857291499de6.txt").story_id)
    folder = Path(os.environ.get("READER_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    heights = {}
    for name, viewport in (("1280", SCREEN), ("390", PHONE)):
        page = open_page(chromium, live_server, viewport=viewport)
        page.goto(live_server.url + first.get_absolute_url())
        page.screenshot(path=str(folder / f"story-{name}.png"), full_page=True)
        page.screenshot(path=str(folder / f"story-{name}-first-screen.png"))
        page.locator("#agreement-heading").scroll_into_view_if_needed()
        page.screenshot(path=str(folder / f"story-{name}-agreement.png"))
        heights[name] = page.evaluate(
            "document.getElementById('how-checked').getBoundingClientRect().top + window.scrollY"
        )
        assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]  # nothing off-screen
        subtitle = page.locator(".story-header .dek")
        assert subtitle.is_visible() and page.locator(".story-header .check-summary").is_visible()
        if name == "390":
            assert page.locator(".agreement-rows").is_visible() and not page.locator("svg.agreement-svg").is_visible()
        else:
            assert page.locator("svg.agreement-svg").is_visible()
        assert page.problems == []
    (folder / "heights.txt").write_text(f"before 'How this was checked': {heights}\n")
    assert heights["1280"] <= 3 * SCREEN["height"], heights


def test_the_favicon_and_a_sitemap_a_browser_can_show(chromium, live_server, editor, reviewer, publisher):
    story = published(editor, reviewer, publisher)
    page = open_page(chromium, live_server)
    icon = page.goto(live_server.url + "/favicon.ico")
    assert icon.status == 200 and "svg" in icon.headers["content-type"]
    page.goto(live_server.url + "/sitemap.xml")  # the browser's XML viewer draws it, its styles allowed
    assert page.locator("body").evaluate("b => getComputedStyle(b).fontFamily") != ""
    assert story.slug in page.locator("body").inner_text()
    assert page.problems == []
