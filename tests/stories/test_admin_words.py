"""Every admin page, as each role, with data in every state: what people read has no snake_case state
names, no raw ISO timestamps (microseconds or offsets) and no raw JSON."""

import re
from collections import deque
from datetime import timedelta
from html import unescape
from html.parser import HTMLParser
from urllib.parse import urldefrag, urlsplit

import pytest
from django.db import transaction
from django.utils import timezone
from rest_framework.authtoken.models import Token

from stories import workflow
from stories.models import StoryRevision
from stories.services.batches import record_import
from stories.services.editing import revert_to_revision, save_story_text
from stories.services.importing import ImportOutcome, ImportReport, import_payloads
from stories.services.sources import payloads_from_paths
from tests.conftest import SEEDS, _create_user, _ensure_role_groups, _role_user
from tests.factories import ArticleFactory, StoryFactory
from tests.workflow_data import make_verified_story
from verification.models import Fact, VerificationRun
from verification.services.review import decide_fact

pytestmark = pytest.mark.django_db

SNAKE = re.compile(r"\b[a-z]+(?:_[a-z]+)+\b")
ISO_TIME = re.compile(
    r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[+-]\d{2}:\d{2}|Z)?"
    r"|\d{2}:\d{2}:\d{2}\.\d{3,}|[+-]00:00\b"
)
RAW_JSON = re.compile(r"[{\[]\s*[\"'][\w ]+[\"']\s*:|\[\s*\{|\{\s*\}")
SKIP = (
    "/admin/logout/",
    "/delete/",
    "/admin/r/",
    "/admin/jsi18n/",
    "/admin/autocomplete/",
    "/password/",
    "/admin/password_change/",
)
PAGES_PER_ROLE = 220


class VisibleText(HTMLParser):
    """The text a person sees, and the links to follow."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.links, self._hidden = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "template"):
            self._hidden += 1
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.links.append(href)

    def handle_endtag(self, tag):
        if tag in ("script", "style", "template") and self._hidden:
            self._hidden -= 1

    def handle_data(self, data):
        if not self._hidden:
            self.parts.append(data)

    def text(self) -> str:
        return unescape(" ".join(" ".join(self.parts).split()))


@pytest.fixture(scope="module")
def newsroom(django_db_setup, django_db_blocker):
    """Built once for the four roles' crawls (pages only read it), in a transaction rolled back after them;
    each test's own transaction is a savepoint inside it."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield _newsroom()
        transaction.set_rollback(True)


def _newsroom():
    """Stories in every state, with a history of every kind, runs in every state and imports."""
    _ensure_role_groups()
    editor, reviewer, publisher = (_role_user(role) for role in ("Editors", "Reviewers", "Publishers"))
    stories = {"draft": make_verified_story(decided=False)}
    facts = Fact.objects.filter(story=stories["draft"], flagged=True).order_by("id")
    decide_fact(fact=facts[0], user=reviewer, decision="reject", note="the 500 is an old figure")
    decide_fact(fact=facts[1], user=reviewer, decision="needs_sourcing", note="one source only")
    for state in ("in_review", "changes_requested", "approved", "scheduled", "published"):
        story = make_verified_story()
        workflow.submit(story=story, user=editor, note="ready")
        if state == "changes_requested":
            workflow.request_changes(story=story, user=reviewer, note="say where the jobs figure comes from")
        if state in ("approved", "scheduled", "published"):
            workflow.approve(story=story, user=reviewer)
        if state == "scheduled":
            workflow.publish(story=story, user=publisher, publish_at=timezone.now() + timedelta(days=1))
        if state == "published":
            workflow.publish(story=story, user=publisher)
            workflow.add_correction(story=story, user=publisher, note="The job count was corrected.")
        stories[state] = story
    edited = stories["draft"]
    save_story_text(story=edited.pk, user=editor, expected_version=edited.version, body=edited.body + "\n\nMore.")
    edited.refresh_from_db()
    save_story_text(story=edited.pk, user=editor, expected_version=edited.version, body=edited.body + " Still more.")
    edited.refresh_from_db()
    revert_to_revision(story=edited, number=1, user=editor, expected_version=edited.version)
    for state, stage in (("queued", "planning"), ("running", "extracting"), ("failed", "checking")):
        VerificationRun.objects.create(
            state=state,
            stage=stage,
            progress=0.3,
            error="the worker was lost" if state == "failed" else "",
            finished_at=timezone.now(),
        )
    VerificationRun.objects.create(
        state="done",
        stage="finished",
        progress=1.0,
        finished_at=timezone.now(),
        counts={"articles_extracted": 3, "facts": 9, "single_source": 4, "flagged": 2},
    )
    report = ImportReport(
        [
            ImportOutcome("a.txt", "created", article_id=stories["draft"].articles.first().pk),
            ImportOutcome("b.txt", "rejected", "empty file"),
            ImportOutcome("c.txt", "duplicate", "same content as article 1", 1),
        ]
    )
    record_import(report=report, user=editor)
    Token.objects.create(user=editor)
    # A real import: an article with its paragraphs, boilerplate removed and the reasons why.
    import_payloads(payloads=payloads_from_paths(sorted(SEEDS.glob("*.txt"))[:1]), user=editor)
    # The engine explains in words; the factories' placeholder explanations name the verdict's key.
    Fact.objects.update(explanation="marsbit and reuters say S$300 million: they agree.")
    return {
        "Editors": editor,
        "Reviewers": reviewer,
        "Publishers": publisher,
        "superuser": _create_user(None, "chief", superuser=True),
    }


def _crawl(client, start):
    seen, queue, problems = set(), deque(["/admin/", *start]), []
    while queue and len(seen) < PAGES_PER_ROLE:
        url = queue.popleft()
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        if response.status_code != 200 or not response["Content-Type"].startswith("text/html"):
            continue
        page = VisibleText()
        page.feed(response.content.decode())
        text = page.text()
        for name, pattern in (("snake_case", SNAKE), ("timestamp", ISO_TIME), ("JSON", RAW_JSON)):
            for found in set(pattern.findall(text)):
                problems.append(f"{url}: {name} {found!r}")
        for href in page.links:
            target = urldefrag(href)[0]
            parts = urlsplit(target)
            if parts.netloc or not parts.path.startswith("/admin/") or any(s in parts.path for s in SKIP):
                continue
            if "o=" in parts.query or "_popup" in parts.query or "_changelist_filters" in parts.query:
                continue  # the same rows in another order, or the same page again
            queue.append(target)
    return seen, problems


@pytest.mark.parametrize("role", ["Editors", "Reviewers", "Publishers", "superuser"])
def test_admin_pages_read_in_words(client, newsroom, role):
    client.force_login(newsroom[role])
    # Comparisons are reached through a form, not a link: start from one of the edited draft's.
    draft, last = StoryRevision.objects.order_by("-number").values_list("story_id", "number").first()
    compare = f"/admin/stories/story/{draft}/revisions/compare/?old=1&new={last}"
    if role != "Publishers":  # publishers do not edit text, so the comparison is not theirs to open
        assert last > 1 and client.get(compare).status_code == 200
    seen, problems = _crawl(client, [compare])
    for kind in (
        "/admin/stories/story/",
        "/admin/verification/fact/",
        "/admin/verification/verificationrun/",
        "/admin/stories/article/",
        "/admin/stories/story/{}/revisions/compare/",
    ):
        if "{}" in kind:
            assert any("/revisions/compare/" in url for url in seen), sorted(seen)
        else:
            assert any(url.startswith(kind) and url.endswith("/change/") for url in seen), (kind, sorted(seen))
    if role == "Editors":
        assert any(url.startswith("/admin/stories/importbatch/") and url.endswith("/change/") for url in seen)
    assert not problems, "\n".join(sorted(problems)[:40])


@pytest.mark.parametrize(
    "text,pattern",
    [
        ("Workflow: draft → in_review", SNAKE),
        ("Run counts: articles_extracted=0", SNAKE),
        ("Scheduled for 2026-11-29 16:13:00+00:00", ISO_TIME),
        ("1 (generated, 2026-11-29 16:08:06.538229)", ISO_TIME),
        ('Counts: {"facts": 49}', RAW_JSON),
        ("high: None / {'low': 200.0}", RAW_JSON),
        ("Extra: {}", RAW_JSON),
    ],
)
def test_the_crawl_recognises_words_from_the_code(text, pattern):
    assert pattern.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "29 November 2026, 16:13",
        "Changes requested",
        "S$300 million ≈ US$234 million",
        "Run #3 over all articles: extracting claims, 40%",
        "[1] marsbit",
    ],
)
def test_the_crawl_lets_words_pass(text):
    assert not any(p.search(text) for p in (SNAKE, ISO_TIME, RAW_JSON))


def test_a_storys_sources_read_by_their_lead_and_file_name_never_the_importers_folders(client, editor):
    story = StoryFactory(state="draft", title="Quake in Noto")
    untitled = ArticleFactory(
        story=story,
        title="",
        publisher="",
        author="",
        origin="/home/desk/imports/2024/e19383100af6474c.txt",
        body="410 Sitze, das ist noch mehr als vorausgesagt. Labour gewinnt.",
    )
    ArticleFactory(story=story, publisher="Wire", origin="https://wire.example/quake", body="The quake struck.")
    client.force_login(editor)
    page = client.get(f"/admin/stories/story/{story.pk}/change/").content.decode()
    text = re.sub(r"<[^>]+>", " ", page)
    assert "e19383100af6474c.txt" in text and "/home/desk/imports" not in text
    assert "https://wire.example/quake" in text
    assert f"article {untitled.pk} (410 Sitze, das ist noch mehr als vorausgesagt.)" in text  # outlet missing
    assert re.search(r'<input type="text" name="title"[^>]*class="vLargeTextField"', page)
