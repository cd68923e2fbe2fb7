"""Reads of the stories app: what a user may see, and a story's editorial record."""
from __future__ import annotations

import functools
from typing import NamedTuple

from django.db.models import QuerySet

from core.checking import fact_checking
from core.models import Verdict
from core.permissions import has_permission
from stories.models import Article, Story, StoryRevision, StoryTransition


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
    from stories.models import StoryEdition

    return (StoryEdition.objects.filter(story=story).select_related("transition__user")
            .only("number", "created_at", "transition__action", "transition__user__username").order_by("-number"))


# --- the public reader site -------------------------------------------------------------------
# Only published stories (published, and not scheduled for later) ever leave these functions, and
# the story page's reads are prefetched so it runs a constant number of queries however many facts
# and sources a story has.

def published_stories() -> QuerySet[Story]:
    """Every story readers may see, newest first."""
    return Story.objects.published().order_by("-published_at", "-id")


def story_list(queryset: QuerySet[Story] | None = None) -> QuerySet[Story]:
    """Published stories for a list page, without their bodies, with the counts of checked facts
    (checked_count, corroborated_count, conflicting_count, single_source_count)."""
    queryset = published_stories() if queryset is None else queryset
    count = fact_checking().public_fact_count
    return queryset.defer("body", "generated_body").annotate(
        checked_count=count(),
        corroborated_count=count(Verdict.CORROBORATED),
        conflicting_count=count(Verdict.CONFLICTING),
        single_source_count=count(Verdict.SINGLE_SOURCE),
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
        return self.publisher or self.origin.rsplit("/", 1)[-1]  # as Article.source_name


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
    claims: list          # ReaderClaim, by source then position
    notes: list           # [(public note, decided_at)] of the reviewer's latest decision, if any


READER_SOURCE_COLUMNS = ["id", "origin", "title", "dek", "body", "publisher", "author", "published", "language"]


def _reader_source_rows(story_id):
    return (Article.objects.filter(story_id=story_id).exclude(state=Article.State.ARCHIVED)
            .order_by("id").values_list(*READER_SOURCE_COLUMNS))


def _correction_rows(story_id):
    from stories.models import Correction

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

    rows = fact_checking().public_fact_rows(story.pk)
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


def live_edition(slug: str):
    """The newest edition of the published story with this slug (one query); None when the story is
    not public or has no edition yet.

    Every uncached story page runs this, so it is one plain SQL statement: building the same query
    with the ORM took longer than the rest of the page. Its test checks it against
    Story.objects.published() for every state and publication time.
    """
    from django.db import connection
    from django.utils import timezone

    from stories.models import StoryEdition, StoryState

    now = connection.ops.adapt_datetimefield_value(timezone.now())
    found = list(StoryEdition.objects.raw(_live_edition_sql(), [slug, StoryState.PUBLISHED, now]))
    return found[0] if found else None


@functools.cache
def _live_edition_sql() -> str:
    from django.db import connection

    from stories.models import StoryEdition

    q = connection.ops.quote_name
    return (f"SELECT e.* FROM {q(StoryEdition._meta.db_table)} e JOIN {q(Story._meta.db_table)} s "
            "ON s.id = e.story_id WHERE s.slug = %s AND s.state = %s AND s.published_at <= %s "
            "ORDER BY e.number DESC LIMIT 1")


def feed_stories(limit: int = 50) -> list[Story]:
    return list(published_stories().defer("body", "generated_body")[:limit])


def sitemap_stories() -> QuerySet[Story]:
    return published_stories().only("slug", "updated_at", "published_at")


def next_scheduled_publication():
    """When the next published story dated in the future becomes visible, or None."""
    from django.utils import timezone

    from stories.models import StoryState

    return (Story.objects.filter(state=StoryState.PUBLISHED, published_at__gt=timezone.now())
            .order_by("published_at").values_list("published_at", flat=True).first())


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
    """Published stories matching the query (its first SEARCH_QUERY_MAX_LENGTH characters): PostgreSQL
    full-text search from the GIN index, ranked by relevance; on other databases, every word (up to
    SEARCH_FALLBACK_MAX_WORDS) found case-insensitively in the title, dek or body."""
    from django.db import connection
    from django.db.models import Q

    query = " ".join(query.split())[:SEARCH_QUERY_MAX_LENGTH]
    if not query:
        return Story.objects.none()
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVectorField
        from django.db.models.expressions import RawSQL

        document = RawSQL(SEARCH_DOCUMENT_SQL, [], output_field=SearchVectorField())
        search = SearchQuery(query, search_type="websearch", config="english")
        return (story_list().annotate(document=document).filter(document=search)
                .annotate(rank=SearchRank(document, search)).order_by("-rank", "-published_at", "-id"))
    condition = Q()
    for word in query.split()[:SEARCH_FALLBACK_MAX_WORDS]:
        condition &= Q(title__icontains=word) | Q(dek__icontains=word) | Q(body__icontains=word)
    return story_list(published_stories().filter(condition))


# --- the desk: work waiting for a user ---------------------------------------------------------
# One definition per kind of waiting work; the dashboard counts it and the story list filters by it
# (``?waiting=<key>``), so a count and the list behind its link always agree.
def stories_waiting(*, user, kind: str) -> QuerySet[Story]:
    """``review``: in review, submitted by someone else (four eyes); ``changes``: sent back to stories the
    user submitted; ``publish``: approved, not scheduled; ``scheduled``: approved with a publication time."""
    from stories.models import StoryState

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
    from stories.models import StoryState

    if story.state != StoryState.CHANGES_REQUESTED:
        return None
    return (StoryTransition.objects.filter(story=story, action="request_changes").select_related("user")
            .order_by("-created_at", "-id").first())
