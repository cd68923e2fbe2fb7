"""Reads of the stories app: what a user may see, and a story's editorial record."""

from __future__ import annotations

import functools
from typing import NamedTuple

from django.db.models import QuerySet, Subquery

from core.checking import fact_checking
from core.claim_values import named
from core.permissions import has_permission
from stories.models import (
    Article,
    Correction,
    Story,
    StoryEdition,
    StoryRevision,
    StorySlug,
    StoryState,
    StoryTransition,
)
from stories.outlet_names import resolve_outlet


def sees_every_story(*, user) -> bool:
    return has_permission(user, "stories.view_story")


def with_live_edition(stories: QuerySet[Story]) -> QuerySet[Story]:
    """Readers' stories with their live edition's `reader_title`, `reader_dek`, `reader_body`,
    `reader_language` and `reader_updated_at` (when the live edition was published)."""
    return stories.annotate(
        reader_title=_live_edition_field("title"),
        reader_dek=_live_edition_field("dek"),
        reader_body=_live_edition_field("body"),
        reader_language=_live_edition_field("language"),
        reader_updated_at=_live_edition_field("created_at"),
    )


def visible_stories(*, user) -> QuerySet[Story]:
    """Staff whose role may view stories see every story; everyone else only published ones."""
    return Story.objects.visible_to(user)


def visible_articles(*, user) -> QuerySet[Article]:
    """Source articles are editorial material: staff only (readers get them on the story page)."""
    if has_permission(user, "stories.view_article"):
        return Article.objects.all()
    return Article.objects.none()


def story_transitions(*, story: Story) -> QuerySet[StoryTransition]:
    """The audit trail, oldest first, with who did it."""
    return StoryTransition.objects.filter(story=story).select_related("user").order_by("created_at", "id")


def story_revisions(*, story: Story) -> QuerySet[StoryRevision]:
    """Saved versions of the text, newest first."""
    return StoryRevision.objects.filter(story=story).select_related("author").order_by("-number")


def story_editions(*, story: Story):
    """The pages readers were given, newest first, with the transition that made each (without their HTML)."""

    return (
        StoryEdition.objects.filter(story=story)
        .select_related("transition__user")
        .only("number", "created_at", "transition__action", "transition__user__username")
        .order_by("-number")
    )


# --- the public reader site -------------------------------------------------------------------
# Only published stories (published, and not scheduled for later) ever leave these functions, and
# the story page's reads are prefetched so it runs a constant number of queries however many facts
# and sources a story has.


def published_stories() -> QuerySet[Story]:
    """Every story readers may see, newest first."""
    return Story.objects.published().order_by("-published_at", "-id")


def _live_edition_field(name: str):
    """A column of the story's newest edition: what readers see, whatever draft the story row holds."""
    from django.db.models import OuterRef

    return Subquery(StoryEdition.objects.filter(story=OuterRef("pk")).order_by("-number").values(name)[:1])


def story_list(queryset: QuerySet[Story] | None = None) -> QuerySet[Story]:
    """Published stories for a list page, with their live edition's `reader_title`, `reader_dek`,
    `reader_summary` (the check summary as published) and `reader_updated_at` (when it was published):
    never a draft's words or dates."""
    queryset = published_stories() if queryset is None else queryset
    return queryset.only("id", "slug", "published_at").annotate(
        reader_title=_live_edition_field("title"),
        reader_dek=_live_edition_field("dek"),
        reader_summary=_live_edition_field("summary"),
        reader_updated_at=_live_edition_field("created_at"),
    )


class ReaderClaim(NamedTuple):
    article_id: int
    text: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    value: object


class ReaderSource(NamedTuple):
    """A source article as the story page shows it (the fields of Article it needs, and its text)."""

    pk: int
    origin: str
    title: str
    dek: str
    body: str
    publisher: str
    author: str
    published: object
    language: str

    @property
    def text(self) -> str:
        return "\n\n".join(part for part in (self.dek, self.body) if part)  # as Article.text

    @property
    def source_name(self) -> str:
        return resolve_outlet(publisher=self.publisher, author=self.author, origin=self.origin, known={})


class ReaderCorrection(NamedTuple):
    note: str
    created_at: object


class ReaderFact(NamedTuple):
    """A checked fact as the story page shows it: plain data read as rows (no model instances)."""

    id: int
    slot: str
    subject: str
    verdict: str
    review_status: str
    explanation: str
    claims: list  # ReaderClaim, by source then position
    notes: list  # [(public note, decided_at)] of the reviewer's latest decision, if any


READER_SOURCE_COLUMNS = ["id", "origin", "title", "dek", "body", "publisher", "author", "published", "language"]


def _reader_source_rows(story_id):
    return (
        Article.objects.filter(story_id=story_id)
        .exclude(state=Article.State.ARCHIVED)
        .order_by("id")
        .values_list(*READER_SOURCE_COLUMNS)
    )


def _correction_rows(story_id):

    return Correction.objects.filter(story_id=story_id).order_by("created_at", "id").values_list("note", "created_at")


def reader_story(story: Story) -> Story:
    """Load what a story's reader page shows onto it, in three queries however many facts and sources.

    Sets `reader_sources` (ReaderSource rows in citation order: [1] is the first), `reader_facts`
    (ReaderFact rows) and `reader_corrections` (ReaderCorrection rows). Facts, their claims and their
    latest decision are read as rows of one query: a story with hundreds of claims would otherwise
    build hundreds of model instances.
    """
    story.reader_sources = [ReaderSource(*row) for row in _reader_source_rows(story.pk)]
    story.reader_corrections = [ReaderCorrection(*row) for row in _correction_rows(story.pk)]

    rows = fact_checking().public.rows(story.pk)
    facts = {}
    for fact_id, slot, subject, verdict, status, explanation, *claim, note, decided_at in rows:
        fact = facts.get(fact_id)
        if fact is None:
            notes = [(note, decided_at)] if decided_at else []
            fact = facts[fact_id] = ReaderFact(fact_id, slot, subject, verdict, status, explanation, [], notes)
        if claim[0] is not None:
            fact.claims.append(ReaderClaim(*claim))
    story.reader_facts = list(facts.values())
    return story


def reader_fact_snapshot(*, story_id: int) -> dict[str, dict]:
    """The facts readers are given, by what each is about (concept and subject): label, verdict (in words)
    and the values stated, so two editions can be compared (stories.services.editions.published_fact_changes).

    A fact without a subject is about what its values name when they are names (a place: "Wajima"), so two
    places of one story stay two entries, as they are two rows on the reader page."""
    public = fact_checking().public
    claims_of: dict[tuple, list[tuple[str, object]]] = {}  # (fact id, slot, subject, verdict, status) -> claims
    for fact_id, slot, subject, verdict, status, _explanation, _article, text, *_span, value, _note, _at in public.rows(
        story_id
    ):
        claims_of.setdefault((fact_id, slot, subject, verdict, status), []).append((text, value))
    snapshot: dict[str, dict] = {}
    for (_id, slot, subject, verdict, status), claims in claims_of.items():
        about = subject or named([(value, "") for _text, value in claims])
        fact = snapshot.setdefault(
            f"{slot}|{about}",
            {
                "label": public.label(slot) + (f" ({about})" if about else ""),
                "verdict": public.verdict(verdict=verdict, review_status=status).word,
                "values": [],
            },
        )
        for text, _value in claims:
            stated = " ".join((text or "").split())
            if stated and stated not in fact["values"]:
                fact["values"].append(stated)
    for fact in snapshot.values():
        fact["values"].sort(key=str.casefold)
    return snapshot


# What the story page shows of an edition; the rest (its facts' JSON, the body's Markdown) is left unread.
LIVE_EDITION_FIELDS = ("id", "title", "dek", "article_html", "news_article_ld", "claim_reviews_ld")


def live_edition(slug: str):
    """The newest edition of the published story with this slug (one query), with the fields its page shows
    (LIVE_EDITION_FIELDS; any other is read by a query of its own); None when the story is not public or has
    no edition yet.

    Every uncached story page runs this, so it is one plain SQL statement: building the same query
    with the ORM took longer than the rest of the page. Its test checks it against
    Story.objects.published() for every state and publication time.
    """
    from django.db import connection
    from django.utils import timezone

    now = connection.ops.adapt_datetimefield_value(timezone.now())
    found = list(StoryEdition.objects.raw(_live_edition_sql(), [slug, True, now]))
    return found[0] if found else None


@functools.cache
def _live_edition_sql() -> str:
    from django.db import connection

    q = connection.ops.quote_name
    columns = ", ".join(f"e.{q(name)}" for name in LIVE_EDITION_FIELDS)
    return (
        f"SELECT {columns} FROM {q(StoryEdition._meta.db_table)} e JOIN {q(Story._meta.db_table)} s "
        "ON s.id = e.story_id WHERE s.slug = %s AND s.live = %s AND s.published_at <= %s "
        "ORDER BY e.number DESC LIMIT 1"
    )


def current_slug(old_slug: str) -> str | None:
    """The current slug of the published story that had this one before it was retitled, or None."""
    return (
        StorySlug.objects.filter(slug=old_slug, story__in=Story.objects.published())
        .values_list("story__slug", flat=True)
        .first()
    )


def story_path(slug: str) -> str:
    from django.urls import reverse

    return reverse("story-detail", kwargs={"slug": slug})


class PreviewContent(NamedTuple):
    """A story page rendered for a preview, with the fields of a StoryEdition the page reads."""

    title: str
    dek: str
    body: str
    summary: str
    article_html: str
    news_article_ld: str
    claim_reviews_ld: str


PREVIEW_PERMISSION = "stories.view_story"  # every desk role holds it (editors, reviewers, publishers)


def previewable_story(*, user, story_id: int) -> Story | None:
    """The story for the desk's preview of its reader page, in any state; None for anyone else."""
    if not has_permission(user, PREVIEW_PERMISSION):
        return None
    return Story.objects.filter(pk=story_id).first()


def feed_stories(limit: int = 50) -> list[Story]:
    return list(story_list()[:limit])


def sitemap_stories() -> QuerySet[Story]:
    """Published stories with `reader_updated_at`: when their live edition was published."""
    return (
        published_stories().only("slug", "published_at").annotate(reader_updated_at=_live_edition_field("created_at"))
    )


def next_scheduled_publication():
    """When the next published story dated in the future becomes visible, or None."""
    from django.utils import timezone

    return (
        Story.objects.filter(live=True, published_at__gt=timezone.now())
        .order_by("published_at")
        .values_list("published_at", flat=True)
        .first()
    )


SEARCH_QUERY_MAX_LENGTH = 200  # characters of a reader's query that are searched for; the rest is cut off
SEARCH_FALLBACK_MAX_WORDS = 10
# The searched document, exactly as the GIN index "stories_story_search" is built (migration 0008), so
# PostgreSQL serves the search from the index: title, then dek, then body, in English.
SEARCH_DOCUMENT_SQL = (
    "setweight(to_tsvector('english'::regconfig, COALESCE(\"stories_story\".\"title\", '')), 'A') || "
    "setweight(to_tsvector('english'::regconfig, COALESCE(\"stories_story\".\"dek\", '')), 'B') || "
    "setweight(to_tsvector('english'::regconfig, COALESCE(\"stories_story\".\"body\", '')), 'C')"
)


def search_stories(query: str) -> QuerySet[Story]:
    """Published stories whose live edition matches the query (its first SEARCH_QUERY_MAX_LENGTH characters),
    never a draft's words. PostgreSQL: full-text search from the GIN index over the story row where the row
    is what readers read (published, no draft over it), and over the live edition where a new draft is being
    edited over it; ranked by relevance. Other databases: every word (up to SEARCH_FALLBACK_MAX_WORDS) found
    case-insensitively in the live edition's title, dek or text."""
    from django.db import connection
    from django.db.models import Exists, OuterRef, Q

    query = " ".join(query.split())[:SEARCH_QUERY_MAX_LENGTH]
    if not query:
        return Story.objects.none()
    # the story's newest edition: `live` runs for each edition row, so it is the edition's story it reads
    live = StoryEdition.objects.filter(story=OuterRef("story")).order_by("-number").values("number")[:1]
    editions = StoryEdition.objects.filter(story=OuterRef("pk"), number=live)
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector, SearchVectorField
        from django.db.models.expressions import RawSQL

        document = RawSQL(SEARCH_DOCUMENT_SQL, [], output_field=SearchVectorField())
        search = SearchQuery(query, search_type="websearch", config="english")
        vector = (
            SearchVector("title", weight="A", config="english")
            + SearchVector("dek", weight="B", config="english")
            + SearchVector("body", weight="C", config="english")
        )
        drafted_over = (
            published_stories()
            .exclude(state=StoryState.PUBLISHED)
            .filter(Exists(editions.annotate(document=vector).filter(document=search)))
            .values("pk")
        )
        return (
            story_list()
            .annotate(document=document)
            .filter(Q(state=StoryState.PUBLISHED, document=search) | Q(pk__in=drafted_over))
            .annotate(rank=SearchRank(document, search))
            .order_by("-rank", "-published_at", "-id")
        )
    condition = Q()
    for word in query.split()[:SEARCH_FALLBACK_MAX_WORDS]:
        condition &= Q(title__icontains=word) | Q(dek__icontains=word) | Q(body__icontains=word)
    return story_list(published_stories().filter(Exists(editions.filter(condition))))


# --- the desk: work waiting for a user ---------------------------------------------------------
# One definition per kind of waiting work; the dashboard counts it and the story list filters by it
# (``?waiting=<key>``), so a count and the list behind its link always agree.
def stories_waiting(*, user, kind: str) -> QuerySet[Story]:
    """``review``: in review, submitted by someone else (four eyes); ``changes``: sent back to stories the
    user submitted; ``publish``: approved, not scheduled; ``scheduled``: approved with a publication time."""

    stories = Story.objects.all()
    if kind == "review":
        return stories.filter(state=StoryState.IN_REVIEW).exclude(submitted_by=user)
    if kind == "changes":
        return stories.filter(state=StoryState.CHANGES_REQUESTED, submitted_by=user)
    if kind == "publish":
        return stories.filter(state=StoryState.APPROVED, publish_at__isnull=True)
    if kind == "scheduled":
        return stories.filter(state=StoryState.APPROVED, publish_at__isnull=False).order_by("publish_at", "id")
    raise ValueError(f"no such kind of waiting work: {kind}")


def latest_changes_request(*, story: Story) -> StoryTransition | None:
    """The reviewer's "what to change" note a story sent back is waiting on, or None once resubmitted."""

    if story.state != StoryState.CHANGES_REQUESTED:
        return None
    return (
        StoryTransition.objects.filter(story=story, action="request_changes")
        .select_related("user")
        .order_by("-created_at", "-id")
        .first()
    )
