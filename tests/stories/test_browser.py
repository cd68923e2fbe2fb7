"""The reader site in a real headless Chromium (Debian's package, driven by Playwright; never a
downloaded browser): navigation, the agreement picture, no console errors, hostile text inert."""

import pytest

from core.models import ReviewStatus, Verdict
from stories.models import Correction
from tests.factories import ArticleFactory, ClaimFactory, FactFactory, StoryFactory

from .browser import chromium, needs_chromium  # noqa: F401  (chromium: the fixture)

PAYLOAD = '<script>window.__pwned = 1; alert(1)</script><img src=x onerror="window.__pwned = 2; alert(2)">'

pytestmark = [pytest.mark.e2e, needs_chromium]


@pytest.fixture
def browser_page(chromium):
    context = chromium.new_context()
    page = context.new_page()
    page.problems = []
    page.dialogs = []
    page.on("console", lambda msg: msg.type == "error" and page.problems.append(f"console: {msg.text}"))
    page.on("pageerror", lambda exc: page.problems.append(f"page error: {exc}"))
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    try:
        yield page
    finally:
        context.close()


def _story_with_sources(title="Temasek opens its fourth office", hostile=False):
    extra = f" {PAYLOAD}" if hostile else ""
    story = StoryFactory(
        title=title + extra,
        dek="Singapore's state investor expands." + extra,
        body=f"Temasek will invest S$300 million [[1]](#source-1)[[2]](#source-2).{extra}\n\n"
        f"The office opens in June [2].",
    )
    first = ArticleFactory(
        story=story,
        publisher="marsbit" + extra,
        origin="https://example.org/marsbit/1",
        body=f"Temasek will invest S$300 million{extra} in the office. It opens in June.",
    )
    second = ArticleFactory(
        story=story,
        publisher="Straits Daily",
        language="de",
        body="Temasek will invest S$320 million in the office. It opens in June.",
    )
    FactFactory(
        story=story,
        claims=[ClaimFactory.on(first, "June"), ClaimFactory.on(second, "June")],
        verdict=Verdict.CORROBORATED,
        slot="office.opening",
        explanation="Both sources give June.",
    )
    FactFactory(
        story=story,
        claims=[ClaimFactory.on(first, "S$300 million"), ClaimFactory.on(second, "S$320 million")],
        verdict=Verdict.CONFLICTING,
        flagged=True,
        review_status=ReviewStatus.APPROVED,
        decision__note="Internal: called the press office.",
        decision__public_note="Confirmed S$300 million with the company." + extra,
    )
    Correction.objects.create(story=story, note="The opening month was corrected." + extra)
    return story


@pytest.mark.django_db(transaction=True)
def test_home_to_story_to_source_with_the_agreement_picture(live_server, browser_page):
    story = _story_with_sources()
    page = browser_page
    page.goto(live_server.url + "/")
    assert page.locator("h1").inner_text() == "Cross-checked stories"
    page.get_by_role("link", name=story.title).click()
    page.wait_for_url(f"**{story.get_absolute_url()}")
    assert page.locator("h1").inner_text() == story.title

    picture = page.locator("svg.agreement-svg")
    picture.scroll_into_view_if_needed()
    assert picture.is_visible()
    box = picture.bounding_box()
    assert box and box["width"] > 200 and box["height"] > 100

    page.locator(".story-body").get_by_role("link", name="[1]").first.click()
    page.wait_for_url("**#source-1")
    source = page.locator("#source-1")
    assert source.is_visible() and "marsbit" in source.inner_text()
    assert source.get_by_role("link", name="example.org/marsbit/1").is_visible()
    assert (
        source.get_by_role("link", name="example.org/marsbit/1").get_attribute("href")
        == "https://example.org/marsbit/1"
    )

    # the skip link is the first thing the keyboard reaches, and takes it to the main content
    page.goto(live_server.url + story.get_absolute_url())
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("Enter")
    page.wait_for_url("**#main")
    assert page.evaluate("window.__pwned") is None
    assert page.problems == [] and page.dialogs == []


@pytest.mark.django_db(transaction=True)
def test_hostile_text_shows_as_text_and_runs_nothing(live_server, browser_page):
    story = _story_with_sources(title="Hostile story", hostile=True)
    page = browser_page
    for url in ("/", story.get_absolute_url(), "/search/?q=Hostile", "/search/?q=" + PAYLOAD):
        page.goto(live_server.url + url)
        page.wait_for_load_state("load")
        assert page.evaluate("window.__pwned") is None, url
        assert page.locator("img").count() == 0, url
    page.goto(live_server.url + story.get_absolute_url())
    assert "<script>window.__pwned = 1; alert(1)</script>" in page.locator("h1").inner_text()
    # the story body allows some HTML: sanitised, the payload is gone rather than shown
    assert "pwned" not in page.locator(".story-body").inner_text()
    # the sources' text is never HTML: what each source said shows the payload as text (facts folded by verdict)
    for summary in page.locator("details.fact-group > summary").all():
        summary.click()
    said = page.locator(".statements").first.inner_text() + page.locator(".statements").last.inner_text()
    assert '<img src=x onerror="window.__pwned = 2; alert(2)">' in said
    assert "onerror=" in page.locator("#source-1").inner_text()
    assert "onerror=" in page.locator(".review-note").inner_text()
    assert page.evaluate("window.__pwned") is None
    assert page.dialogs == []
    assert page.problems == []
