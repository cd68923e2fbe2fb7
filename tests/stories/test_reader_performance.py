"""The story page's SQL stays constant as a story grows; reader pages are cached until a clear."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from stories.models import Story, StoryEdition, StoryState
from stories.reader.cache import clear_reader_cache
from stories.services.editions import record_edition
from tests.factories import StoryFactory
from tests.workflow_data import make_checked_story

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _own_cache(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": f"reader-perf-{id(settings)}",
        }
    }
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


def _queries_for(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.parametrize("cache_seconds", [0, 300])
def test_story_page_query_count_is_constant_as_facts_and_sources_grow(client, settings, cache_seconds):
    settings.READER_CACHE_SECONDS = cache_seconds
    small = make_checked_story(n_facts=3, n_sources=2)
    large = make_checked_story(n_facts=30, n_sources=6)
    small_count = _queries_for(client, small.get_absolute_url())
    large_count = _queries_for(client, large.get_absolute_url())
    assert small_count == large_count
    # the edition; a cache miss also reads the generation and asks for the next scheduled story
    assert large_count == (1 if cache_seconds == 0 else 3)
    html = client.get(large.get_absolute_url()).content.decode()
    assert html.count('class="fact fact--') == 30 and 'id="source-6"' in html


def test_story_page_queries_with_django_assert_num_queries(client, settings, django_assert_num_queries):
    settings.READER_CACHE_SECONDS = 0
    small = make_checked_story(n_facts=2, n_sources=2)
    large = make_checked_story(n_facts=24, n_sources=5)
    expected = _queries_for(client, small.get_absolute_url())
    with django_assert_num_queries(expected):
        client.get(large.get_absolute_url())


def test_a_story_published_without_the_workflow_gets_its_edition_from_the_command_not_a_view(client, settings):
    from django.core.management import call_command

    settings.READER_CACHE_SECONDS = 0
    large = make_checked_story(n_facts=24, n_sources=5)
    StoryEdition.objects.all().delete()  # as data loaded without the workflow
    assert client.get(large.get_absolute_url()).status_code == 404
    assert not StoryEdition.objects.exists()  # a GET never writes
    call_command("record_editions", stdout=open("/dev/null", "w"))
    assert _queries_for(client, large.get_absolute_url()) == 1
    assert list(StoryEdition.objects.filter(story=large).values_list("number", flat=True)) == [1]


def test_home_query_count_is_constant_as_stories_grow(client, settings):
    settings.READER_CACHE_SECONDS = 0
    make_checked_story(n_facts=3, n_sources=2)
    few = _queries_for(client, "/")
    for _ in range(5):
        make_checked_story(n_facts=6, n_sources=3)
    assert _queries_for(client, "/") == few


def test_a_cached_story_page_runs_one_query_for_the_generation(client):
    story = make_checked_story()
    first = client.get(story.get_absolute_url())
    assert first["X-Reader-Cache"] == "miss"
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(story.get_absolute_url())["X-Reader-Cache"] == "hit"
    assert [q["sql"] for q in ctx.captured_queries] == [
        'SELECT "number" FROM "stories_readercachegeneration" WHERE "id" = 1'
    ]


def test_pages_are_cached_until_the_reader_cache_is_cleared(client):
    story = make_checked_story(title="Original title")
    for url in (story.get_absolute_url(), "/", "/feed/", "/sitemap.xml", "/search/?q=original"):
        assert client.get(url)["X-Reader-Cache"] == "miss", url
        assert client.get(url)["X-Reader-Cache"] == "hit", url
    Story.objects.filter(pk=story.pk).update(title="Changed title")
    record_edition(story=Story.objects.get(pk=story.pk))  # as a correction does
    assert "Original title" in client.get(story.get_absolute_url()).content.decode()
    assert "Original title" in client.get("/").content.decode()

    clear_reader_cache()
    for url in (story.get_absolute_url(), "/", "/feed/"):
        response = client.get(url)
        assert response["X-Reader-Cache"] == "miss", url
        assert "Changed title" in response.content.decode() and "Original title" not in response.content.decode()


def test_unpublished_story_disappears_after_the_clear(client):
    story = make_checked_story(title="Soon gone")
    assert client.get(story.get_absolute_url()).status_code == 200
    Story.objects.filter(pk=story.pk).update(state=StoryState.APPROVED, live=False)
    clear_reader_cache()
    assert client.get(story.get_absolute_url()).status_code == 404
    assert "Soon gone" not in client.get("/").content.decode()
    assert story.slug not in client.get("/sitemap.xml").content.decode()
    assert "Soon gone" not in client.get("/feed/").content.decode()


def test_not_found_pages_are_not_cached(client):
    story = StoryFactory(title="Later", state=StoryState.APPROVED, published_at=None)
    assert client.get(story.get_absolute_url()).status_code == 404
    Story.objects.filter(pk=story.pk).update(state=StoryState.PUBLISHED, published_at=story.created_at, live=True)
    record_edition(story=story)
    assert client.get(story.get_absolute_url()).status_code == 200  # no clear needed: the 404 was not kept


def test_a_scheduled_story_shortens_the_cache_lifetime(client):
    import datetime as dt

    from django.utils import timezone

    from stories.reader.cache import _lifetime

    assert _lifetime(300) == 300
    StoryFactory(title="Scheduled", published_at=timezone.now() + dt.timedelta(seconds=40))
    assert 1 <= _lifetime(300) <= 40


def test_cached_pages_go_out_gzipped_to_clients_that_accept_it(client):
    import gzip

    story = make_checked_story(title="Compressed story")
    plain = client.get(story.get_absolute_url())
    assert plain["X-Reader-Cache"] == "miss" and "Accept-Encoding" in plain["Vary"]
    zipped = client.get(story.get_absolute_url(), HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert zipped["X-Reader-Cache"] == "hit" and zipped["Content-Encoding"] == "gzip"
    assert gzip.decompress(zipped.content) == plain.content
    again = client.get(story.get_absolute_url())
    assert again["X-Reader-Cache"] == "hit" and "Content-Encoding" not in again and again.content == plain.content


def test_a_clear_by_another_process_reaches_this_one_at_once(client, monkeypatch):
    """A page this process keeps is never served under a generation another process has moved on from."""
    from django.db.models import F

    from stories.models import ReaderCacheGeneration
    from stories.reader import cache

    monkeypatch.setattr(cache, "PAGES_KEPT_SECONDS", 3600)
    story = make_checked_story(title="Before the bump")
    url = story.get_absolute_url()
    assert client.get(url)["X-Reader-Cache"] == "miss"
    assert client.get(url)["X-Reader-Cache"] == "hit"
    Story.objects.filter(pk=story.pk).update(title="After the bump")
    record_edition(story=Story.objects.get(pk=story.pk))
    ReaderCacheGeneration.objects.filter(pk=1).update(number=F("number") + 1)  # another process's clear
    response = client.get(url)
    assert response["X-Reader-Cache"] == "miss" and "After the bump" in response.content.decode()


def test_a_flushed_cache_never_brings_back_an_old_generation():
    """The generation lives in the database: a flushed or evicted cache keeps it, and every clear moves
    it to a number never used before."""
    from django.core.cache import cache

    from stories.reader.cache import forget_generation, reader_cache_generation

    clear_reader_cache()
    seen = [reader_cache_generation()]
    for _ in range(3):
        cache.clear()  # flushed or evicted
        forget_generation()  # as another process
        assert reader_cache_generation() == seen[-1]
        clear_reader_cache()
        seen.append(reader_cache_generation())
    assert len(set(seen)) == 4 and seen == sorted(seen)


def test_a_page_asked_for_again_within_the_second_is_served_from_the_process(client, monkeypatch):
    """A process keeps the pages it read or stored for PAGES_KEPT_SECONDS: within that time a page costs no
    shared-cache read, and a flushed shared cache shows only after it."""
    from django.core.cache import cache as shared

    from stories.reader import cache

    story = make_checked_story(title="Kept in the process")
    url = story.get_absolute_url()
    monkeypatch.setattr(cache, "PAGES_KEPT_SECONDS", 3600)
    assert client.get(url)["X-Reader-Cache"] == "miss"
    shared.clear()
    kept = client.get(url)
    assert kept["X-Reader-Cache"] == "hit" and "Kept in the process" in kept.content.decode()

    monkeypatch.setattr(cache, "PAGES_KEPT_SECONDS", 0)  # the time has passed: the kept pages go
    assert client.get(url)["X-Reader-Cache"] == "miss"


def test_a_process_keeps_a_bounded_number_of_pages(client, monkeypatch):
    from django.core.cache import cache as shared

    from stories.reader import cache

    story = make_checked_story()
    monkeypatch.setattr(cache, "PAGES_KEPT_SECONDS", 3600)
    monkeypatch.setattr(cache, "PAGES_KEPT", 1)
    assert client.get(story.get_absolute_url())["X-Reader-Cache"] == "miss"
    assert client.get("/")["X-Reader-Cache"] == "miss"  # stored in the shared cache, not kept: one page already is
    shared.clear()
    assert client.get(story.get_absolute_url())["X-Reader-Cache"] == "hit"
    assert client.get("/")["X-Reader-Cache"] == "miss"
