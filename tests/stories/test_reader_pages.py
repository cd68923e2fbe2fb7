"""Reader pages over HTTP: home, story, feed, sitemap, search; what readers may see; escaping; CSP."""

import datetime as dt
import json
import re
from html.parser import HTMLParser

import pytest
from django.utils import timezone

from core.models import ReviewStatus, Verdict
from stories.models import Correction, StoryState
from stories.services.editions import record_edition
from tests.factories import ArticleFactory, ClaimFactory, FactFactory, StoryFactory
from tests.workflow_data import make_checked_story

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_cache")]

HOSTILE = '<script>window.pwned=1</script><img src=x onerror="window.pwned=2">'


def unreadable_stories():
    """One story in every state a reader must not see, by name."""
    return {
        "draft": StoryFactory(title="Draft story", state=StoryState.DRAFT, published_at=None),
        "in_review": StoryFactory(title="Review story", state=StoryState.IN_REVIEW, published_at=None),
        "approved": StoryFactory(title="Approved story", state=StoryState.APPROVED, published_at=None),
        "scheduled": StoryFactory(title="Scheduled story", published_at=timezone.now() + dt.timedelta(days=1)),
        "unpublished": StoryFactory(
            title="Unpublished story", state=StoryState.APPROVED, published_at=timezone.now() - dt.timedelta(days=2)
        ),
        "no_date": StoryFactory(title="Dateless story", published_at=None),
    }


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def parsed_tags(html: str) -> list[tuple[str, dict]]:
    """Every start tag as a browser's tokenizer sees it, with its attributes."""
    parser = _Tags()
    parser.feed(html)
    return parser.tags


def assert_nothing_runs(html: str, where: str = "") -> None:
    for tag, attrs in parsed_tags(html):
        assert tag != "img", where
        assert not (tag == "script" and attrs.get("type") != "application/ld+json"), where
        assert not [name for name in attrs if name.startswith("on")], (where, tag, attrs)
        assert "style" not in attrs, (where, tag, attrs)
        for name in ("href", "src", "action"):
            assert not (attrs.get(name) or "").strip().lower().startswith("javascript:"), (where, tag, attrs)


def ld_blocks(html: str) -> list:
    return [
        json.loads(block)
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, flags=re.S)
    ]


# --- home -------------------------------------------------------------------------------------


def test_home_lists_published_stories_newest_first_with_the_check_summary(client):
    older = StoryFactory(title="Older story", published_at=timezone.now() - dt.timedelta(days=3))
    newer = make_checked_story(n_facts=3, n_sources=2, title="Newer story")
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("Newer story") < html.index("Older story")
    assert "3 facts checked: 1 corroborated, 1 disputed, 1 single source" in html
    assert "No facts checked yet" in html  # the older story has none
    assert newer.get_absolute_url() in html and older.get_absolute_url() in html
    assert html.count("<h1") == 1


def test_home_hides_every_story_readers_may_not_see(client):
    StoryFactory(title="Visible story")
    unreadable_stories()
    html = client.get("/").content.decode()
    assert "Visible story" in html
    for title in (
        "Draft story",
        "Review story",
        "Approved story",
        "Scheduled story",
        "Unpublished story",
        "Dateless story",
    ):
        assert title not in html


def test_home_paginates(client):
    for i in range(23):
        StoryFactory(title=f"Story number {i:02d}", published_at=timezone.now() - dt.timedelta(minutes=i + 1))
    first = client.get("/").content.decode()
    second = client.get("/?page=2").content.decode()
    assert "Story number 00" in first and "Story number 19" in first and "Story number 20" not in first
    assert "Story number 20" in second and "Story number 22" in second and "Story number 00" not in second
    assert 'rel="next" href="?page=2"' in first
    assert client.get("/?page=3").status_code == 404
    assert client.get("/?page=abc").status_code == 404


def test_home_with_no_stories(client):
    response = client.get("/")
    assert response.status_code == 200
    assert "No stories have been published yet" in response.content.decode()


# --- story page -------------------------------------------------------------------------------


def test_story_page_shows_body_sources_checks_picture_and_corrections(client):
    story = make_checked_story(
        n_facts=3,
        n_sources=2,
        title="Temasek opens a fourth office",
        body="# Top\n\n## Background\n\nTemasek will invest [1]. Others differ [2]. Not a source [7].",
    )
    response = client.get(story.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1 and "<h2>Top</h2>" in html and "<h2>Background</h2>" in html
    assert 'href="#source-1"' in html and 'href="#source-2"' in html and "[7]" in html
    assert 'id="source-1"' in html and 'id="source-2"' in html and 'href="#source-7"' not in html
    assert "Outlet 1" in html and "Outlet 2" in html and "English" in html and "21 May 2026" in html
    assert "How this was checked" in html
    assert "Corroborated" in html and "Disputed: sources differ" in html and "Single source" in html
    assert "Item 0 was worth <mark>100 million dollars</mark>." in html
    assert "Confirmed item 1 with the company." in html and "by phone" not in html
    assert "(value A)" in html and "(value B)" in html
    assert '<svg class="agreement-svg"' in html and 'role="img"' in html and '<desc id="agreement-desc">' in html
    assert "<table>" in html and "does not mention it" in html
    assert "An earlier version gave the wrong date." in html
    assert 'rel="canonical"' in html


def _row_labels(html: str) -> list[str]:
    """The fact labels of the agreement table, in its order."""
    return re.findall(r'<th scope="row"><a href="#fact-\d+">([^<]*)</a>', html)


def test_agreement_rows_name_the_place_and_tell_alike_facts_apart(client):
    story = StoryFactory(language="en")
    english = ArticleFactory(story=story, language="en", body="Tokyo felt it. 72 people died in Wajima.")
    german = ArticleFactory(story=story, language="de", body="Auch Tokio bebte. 48 Menschen starben.")

    def place(article, text):
        return ClaimFactory.on(article, text, kind="place", slot="place", value={"entity": "x", "name": text})

    FactFactory(story=story, kind="place", slot="place", claims=[place(german, "Tokio"), place(english, "Tokyo")])
    FactFactory(story=story, kind="place", slot="place", claims=[place(english, "Wajima")])
    for article, text in ((english, "72 people"), (german, "48 Menschen")):
        claim = ClaimFactory.on(article, text, kind="count", slot="deaths", value={"low": int(text[:2])})
        FactFactory(story=story, kind="count", slot="deaths", claims=[claim], verdict=Verdict.SINGLE_SOURCE)
    html = client.get(story.get_absolute_url()).content.decode()
    assert _row_labels(html) == ["Deaths (48 Menschen)", "Deaths (72 people)", "Place: Tokyo", "Place: Wajima"]
    assert "Place: Tokyo" in html.split('<svg class="agreement-svg"')[1]  # the picture's rows read the same


def test_story_page_skips_undecided_flagged_facts(client):
    story = StoryFactory()
    article = ArticleFactory(story=story)
    FactFactory(
        story=story,
        claims=[ClaimFactory.on(article, "S$300 million")],
        verdict=Verdict.SINGLE_SOURCE,
        flagged=True,
        review_status=ReviewStatus.NEEDS_SOURCING,
        slot="pending.amount",
    )
    html = client.get(story.get_absolute_url()).content.decode()
    assert "Pending amount" not in html
    assert "No facts have been checked for this story." in html


def test_origin_urls_link_out_only_for_http(client):
    story = StoryFactory()
    ArticleFactory(story=story, publisher="Web", origin="https://example.org/news/1")
    ArticleFactory(story=story, publisher="Evil", origin="javascript:alert(1)")
    ArticleFactory(story=story, publisher="Wire", origin="seeds/000_fc09857291499de6.txt")
    html = client.get(story.get_absolute_url()).content.decode()
    assert 'href="https://example.org/news/1"' in html
    # an origin that is no web address (a script URL, a file name, a path on the server) is never shown
    assert "javascript:" not in html and "seeds/" not in html and "000_fc09857291499de6" not in html


@pytest.mark.parametrize("state", ["draft", "in_review", "approved", "scheduled", "unpublished", "no_date"])
def test_story_page_is_404_unless_published(client, state):
    story = unreadable_stories()[state]
    response = client.get(story.get_absolute_url())
    assert response.status_code == 404
    assert story.title not in response.content.decode()
    assert "Content-Security-Policy" in response.headers


def test_unknown_story_is_404(client):
    assert client.get("/stories/no-such-story/").status_code == 404


def test_updated_date_and_correction_show_after_publication(client):
    story = StoryFactory(published_at=timezone.now() - dt.timedelta(days=2))
    Correction.objects.create(story=story, note="Fixed the figure.")
    record_edition(story=story)  # as adding a correction does
    html = client.get(story.get_absolute_url()).content.decode()
    assert "Updated" in html and "Fixed the figure." in html


# --- untrusted text ---------------------------------------------------------------------------


def test_hostile_text_is_escaped_or_sanitised_everywhere(client):
    story = StoryFactory(
        title=f"Title {HOSTILE}",
        dek=f"Dek {HOSTILE}",
        body=f'Body {HOSTILE} [x](javascript:alert(1)) <a href="#" onclick="x()">link</a> '
        f'<p style="color:red">styled</p> [1]',
    )
    article = ArticleFactory(
        story=story,
        publisher=f"Pub {HOSTILE}",
        title=f"Art {HOSTILE}",
        body=f"The value is 42 tonnes {HOSTILE} here.",
        origin=f"evil/{HOSTILE}.txt",
    )
    claim = ClaimFactory.on(article, "42 tonnes", sentence=f"The value is 42 tonnes {HOSTILE} here.")
    FactFactory(
        story=story,
        claims=[claim],
        verdict=Verdict.SINGLE_SOURCE,
        flagged=True,
        review_status=ReviewStatus.APPROVED,
        subject=f"subj {HOSTILE}",
        decision__note=f"Note {HOSTILE}",
        explanation=f"Why {HOSTILE}",
    )
    Correction.objects.create(story=story, note=f"Corr {HOSTILE}")
    for url in (story.get_absolute_url(), "/", "/search/?q=Title", f"/search/?q={HOSTILE}"):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert "<script>window.pwned" not in html, url
        assert_nothing_runs(html, url)
    html = client.get(story.get_absolute_url()).content.decode()
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in html  # shown as text
    assert "onerror=" in html  # as text, inside escaped markup
    # the JSON-LD carries the text, escaped so it cannot close its script element
    blocks = ld_blocks(html)
    assert blocks[0]["headline"].startswith("Title <script>")
    assert "\\u003Cscript\\u003E" in html


# --- JSON-LD ----------------------------------------------------------------------------------


def test_json_ld_news_article_and_claim_reviews(client):
    story = make_checked_story(n_facts=3, n_sources=2, title="JSON-LD story")
    html = client.get(story.get_absolute_url()).content.decode()
    article, reviews = ld_blocks(html)
    assert article["@type"] == "NewsArticle" and article["headline"] == "JSON-LD story"
    assert article["datePublished"] and article["url"].endswith(story.get_absolute_url())
    assert [s["publisher"]["name"] for s in article["isBasedOn"]] == ["Outlet 1", "Outlet 2"]
    assert article["correction"][0]["text"] == "An earlier version gave the wrong date."
    assert len(reviews) == 3
    for review in reviews:
        assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
        assert review["claimReviewed"].startswith("Item ")
        assert review["url"].startswith(article["url"] + "#fact-")
        assert review["author"]["name"] == "Corroborate"
        assert review["datePublished"]
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating" and rating["alternateName"]
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
        assert review["itemReviewed"]["@type"] == "Claim" and review["itemReviewed"]["appearance"]
    assert {r["reviewRating"]["alternateName"] for r in reviews} == {
        "Corroborated",
        "Disputed: sources differ",
        "Single source",
    }


# --- headers ----------------------------------------------------------------------------------


def test_the_sitemap_lets_the_browsers_xml_viewer_style_it_and_runs_no_script(client):
    response = client.get("/sitemap.xml")
    assert response["Content-Type"].startswith("application/xml") and b"<urlset" in response.content
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "style-src 'unsafe-inline'" in csp and "script-src" not in csp


def test_favicon_ico_leads_to_the_site_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301 and response["Location"].endswith("/reader/favicon.svg")


@pytest.mark.parametrize("url", ["/", "/search/?q=x", "/feed/", "/stories/missing/"])
def test_reader_pages_send_a_csp_without_inline_scripts(client, url):
    response = client.get(url)
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'none'" in csp and "unsafe-inline" not in csp and "default-src 'none'" in csp
    assert "frame-ancestors 'none'" in csp


def test_story_page_has_csp_and_no_inline_script_or_style(client):
    story = make_checked_story()
    response = client.get(story.get_absolute_url())
    assert "script-src 'none'" in response.headers["Content-Security-Policy"]
    html = response.content.decode()
    assert_nothing_runs(html)
    assert "<style" not in html


def test_livez(client):
    response = client.get("/livez")
    assert response.status_code == 200 and response.content == b"ok"


# --- feed and sitemap -------------------------------------------------------------------------


def test_feed_lists_published_stories_only(client):
    visible = StoryFactory(title="Feed visible", dek=f"Dek {HOSTILE}")
    hidden = unreadable_stories()
    response = client.get("/feed/")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/atom+xml")
    xml = response.content.decode()
    assert "Feed visible" in xml and visible.get_absolute_url() in xml
    for story in hidden.values():
        assert story.title not in xml and story.slug not in xml
    # the summary is typed html: the hostile dek arrives double-escaped, so feed readers show it as text
    assert "&amp;lt;script&amp;gt;" in xml and "<script" not in xml


def test_sitemap_lists_published_stories_only(client):
    visible = StoryFactory(title="Sitemap visible")
    hidden = unreadable_stories()
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    xml = response.content.decode()
    assert f"http://testserver{visible.get_absolute_url()}" in xml
    assert "<loc>http://testserver/</loc>" in xml
    for story in hidden.values():
        assert story.slug not in xml


# --- search -----------------------------------------------------------------------------------


def test_search_finds_published_stories_by_title_dek_and_body(client):
    StoryFactory(
        title="Temasek opens office in Shenzhen", dek="Singapore fund expands", body="Investment of S$300 million."
    )
    StoryFactory(title="Harvest festival", dek="Farmers gather", body="Pumpkins everywhere.")
    for story in unreadable_stories().values():
        story.title = f"Temasek {story.title}"
        story.save()
    assert "Temasek opens office" in client.get("/search/?q=temasek").content.decode()
    html = client.get("/search/?q=Temasek").content.decode()
    assert "1 story found" in html
    for hidden in ("Draft story", "Scheduled story", "Unpublished story", "Approved story"):
        assert hidden not in html
    assert "Temasek opens office" in client.get("/search/?q=singapore").content.decode()
    assert "Temasek opens office" not in client.get("/search/?q=pumpkins+temasek").content.decode()
    assert "Harvest festival" in client.get("/search/?q=pumpkins").content.decode()
    assert "No published story matches" in client.get("/search/?q=zebra").content.decode()


def test_search_without_query_shows_the_form(client):
    response = client.get("/search/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="q"' in html and "found" not in html


def test_search_on_postgres_uses_full_text_search(client):
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("full-text search runs on PostgreSQL; this database uses the plain fallback")
    StoryFactory(title="Temasek invests in offices", body="The fund invested heavily.")
    html = client.get("/search/?q=investing").content.decode()  # stemmed: investing ~ invests ~ invested
    assert "Temasek invests in offices" in html


def test_story_page_headings_never_skip_a_level(client):
    story = make_checked_story(body="# Title again\n\n### Deep\n\nText [1].")
    html = client.get(story.get_absolute_url()).content.decode()
    levels = [int(tag[1]) for tag, _ in parsed_tags(html) if re.fullmatch(r"h[1-6]", tag)]
    assert levels[0] == 1 and levels.count(1) == 1
    # the body is the editor's; the page's own structure below it goes h2 > h3 > h4
    page_levels = levels[levels.index(2, 2) :]
    assert all(b - a <= 1 for a, b in zip(page_levels, page_levels[1:])), levels


def test_consolidated_draft_citations_and_sources_list(client):
    """The draft services.consolidation writes: linked citations, and its own Sources list at the end,
    which the page leaves out because it lists the sources in full."""
    body = (
        "Temasek will invest S$300 million [[1]](#source-1)[[2]](#source-2).\n\n## Sources\n\n"
        '1. <span id="source-1"></span>**marsbit**: Report, 2026-05-21\n'
        '2. <span id="source-2"></span>**Straits**: Other, 2026-05-21\n'
    )
    story = StoryFactory(body=body)
    ArticleFactory(story=story, publisher="marsbit")
    ArticleFactory(story=story, publisher="Straits")
    html = client.get(story.get_absolute_url()).content.decode()
    body_html = html.split('<div class="story-body">', 1)[1].split("</div>", 1)[0]
    assert body_html.count('href="#source-1"') == 1 and body_html.count('href="#source-2"') == 1
    assert "[[" not in body_html and "Sources" not in body_html and "<span" not in body_html
    assert html.count('id="source-1"') == 1


def test_the_page_frame_links_follow_the_sites_url_prefix(client):
    """The frame's links are resolved once per prefix: a site mounted under /news links under /news."""
    from django.urls import get_script_prefix, set_script_prefix

    plain = client.get("/").content.decode()
    assert 'href="/feed/"' in plain and 'action="/search/"' in plain
    before = get_script_prefix()
    set_script_prefix("/news/")  # what the WSGI handler does for SCRIPT_NAME=/news (the test client does not)
    try:
        mounted = client.get("/").content.decode()
    finally:
        set_script_prefix(before)
    assert 'href="/news/feed/"' in mounted and 'action="/news/search/"' in mounted
    assert 'href="/news/sitemap.xml"' in mounted and 'href="/feed/"' not in mounted
    assert 'href="/feed/"' in client.get("/").content.decode()


def test_the_explanation_names_the_sources_as_the_page_cites_them(client):
    story = StoryFactory()
    first = ArticleFactory(story=story, publisher="Tagesblatt", body="72 Menschen starben.")
    second = ArticleFactory(story=story, publisher="Wire", body="65 people died.")
    FactFactory(
        story=story,
        kind="count",
        slot="deaths",
        verdict=Verdict.CONFLICTING,
        flagged=True,
        review_status=ReviewStatus.APPROVED,
        explanation=f"article {first.pk} says 72 people; article {second.pk} says 65 people: they disagree.",
        claims=[ClaimFactory.on(first, "72 Menschen"), ClaimFactory.on(second, "65 people")],
    )
    html = client.get(story.get_absolute_url()).content.decode()
    assert "[1] Tagesblatt says 72 people; [2] Wire says 65 people: they disagree." in html
    assert f"article {first.pk}" not in html
