"""Reader search: PostgreSQL full-text search served by a GIN index, a working fallback elsewhere, and a
bounded query."""

import pytest
from django.db import connection

from stories.selectors import SEARCH_DOCUMENT_SQL, SEARCH_QUERY_MAX_LENGTH, search_stories
from tests.factories import StoryFactory

pytestmark = [pytest.mark.django_db, pytest.mark.db_backend]


@pytest.fixture
def stories():
    return {
        "fund": StoryFactory(
            title="Grab invests in a Singapore fund", body="The ride-hailing firm will invest S$300 million."
        ),
        "quake": StoryFactory(
            title="Earthquake shakes the coast", body="Rescuers searched collapsed buildings overnight."
        ),
    }


def titles(queryset) -> set[str]:
    return {story.title for story in queryset}


def test_search_finds_published_stories_by_their_words(stories):
    assert titles(search_stories("Singapore fund")) == {stories["fund"].title}
    assert titles(search_stories("rescuers buildings")) == {stories["quake"].title}
    assert titles(search_stories("volcano")) == set()


def test_a_long_query_is_cut_to_the_bound_and_still_answers(stories):
    long_query = "Singapore " + "x" * 100_000
    assert len(" ".join(long_query.split())[:SEARCH_QUERY_MAX_LENGTH]) == SEARCH_QUERY_MAX_LENGTH
    assert list(search_stories(long_query)) == []
    assert titles(search_stories("Singapore " + "fund " * 5000)) == {stories["fund"].title}


def test_postgresql_search_is_served_by_the_gin_index(stories):
    """The selector searches exactly the expression the index holds, so PostgreSQL can answer from it (with
    thousands of stories it does; a table this small is cheaper to scan, so scans are switched off here)."""
    if connection.vendor != "postgresql":
        pytest.skip("full-text search and its index are PostgreSQL's; other databases use the fallback")
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'stories_story_search'")
        (definition,) = cursor.fetchone()
        assert "USING gin" in definition
        cursor.execute("SET enable_seqscan = off")
        cursor.execute(
            f"EXPLAIN SELECT id FROM stories_story WHERE ({SEARCH_DOCUMENT_SQL}) "
            "@@ websearch_to_tsquery('english'::regconfig, %s)",
            ["Singapore fund"],
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "stories_story_search" in plan, plan
    assert titles(search_stories("Singapore fund")) == {stories["fund"].title}
