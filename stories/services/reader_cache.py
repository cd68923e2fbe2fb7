"""The readers' page cache: keys carry a generation number, and clearing the cache bumps it.

Bumping one number invalidates every cached reader page at once in every web process, which is what
publish, unpublish and corrections need: the home page, feed, sitemap and search results all change with
them. The number lives in the database (ReaderCacheGeneration) and is bumped in the same transaction as
the change, so a takedown takes effect with its commit even when the shared cache is down or flushed;
the cache only ever holds pages. A generation is never reused: the first one starts from the clock.

Each process remembers the number it read for a second, so a cached page costs one cache read, not a
query; another process's bump reaches it within that second (the process that bumps rereads at its
commit). Pages read from the shared cache are kept in the process too (stories.reader.cache), under the
same keys, so they go stale no later than the generation does.

The shared cache may be down: a page that cannot be read or stored is rendered uncached, and nothing a
reader sees fails with it.
"""

from __future__ import annotations

import logging
import time

from django.core.cache import cache
from django.db import transaction
from django.db.models import F

from stories.models import ReaderCacheGeneration

log = logging.getLogger(__name__)

GENERATION_REREAD_SECONDS = 1.0

LOCAL_PAGES = 300  # pages a web process keeps in memory (a story page is about 20 KB compressed)

_seen: tuple[int, float] | None = None  # (generation, monotonic time it was read)
_local = None


def _remember(generation: int) -> int:
    global _seen
    _seen = (generation, time.monotonic())
    return generation


def _forget_generation() -> None:
    global _seen
    _seen = None


def reader_cache_generation() -> int:
    """The current generation: one query at most once a second per process, never a write (the row is made
    by a migration; without it, 0 until the first clear makes it)."""
    seen = _seen
    if seen is not None and time.monotonic() - seen[1] < GENERATION_REREAD_SECONDS:
        return seen[0]
    generation = ReaderCacheGeneration.objects.filter(pk=1).values_list("number", flat=True).first()
    return _remember(generation or 0)


def forget_local_state() -> None:
    """Drop what this process remembers (the generation, its copies of pages): for tests that
    replace the shared cache."""
    global _seen
    _seen = None
    _local_pages().clear()


def _local_pages():
    """This process's copies of cached reader pages (a bounded in-memory cache)."""
    from django.core.cache.backends.locmem import LocMemCache

    global _local
    if _local is None:
        _local = LocMemCache("corroborate-reader-pages", {"OPTIONS": {"MAX_ENTRIES": LOCAL_PAGES}})
    return _local


def read_page(key: str):
    """A stored page (what store_page was given) from this process's copy, else from the shared cache
    (then copied here for the rest of its lifetime); None when neither has it or the cache is down."""
    local = _local_pages()
    stored = local.get(key)
    if stored is None:
        try:
            stored = cache.get(key)
        except Exception as exc:  # noqa: BLE001 - any cache failure: render the page uncached
            log.warning("reader cache unavailable, page rendered uncached: %s", exc)
            return None
        if stored is None:
            return None
        local.set(key, stored, max(1, stored[1] - time.time()))
    return stored[0]


def store_page(key: str, page, lifetime: float) -> None:
    """Store a page for `lifetime` seconds, in the shared cache (if it is up) and in this process's copy."""
    stored = (page, time.time() + lifetime)
    try:
        cache.set(key, stored, lifetime)
    except Exception as exc:  # noqa: BLE001 - any cache failure: the page was served, only not shared
        log.warning("reader cache unavailable, page not stored: %s", exc)
    _local_pages().set(key, stored, lifetime)


# What a stored page looks like (stories.reader.cache); a new format gets new keys, so a deploy never
# reads pages an older release stored.
PAGE_FORMAT = "p3"


def reader_cache_key(*parts) -> str:
    return ":".join(["reader", PAGE_FORMAT, str(reader_cache_generation()), *map(str, parts)])


def clear_reader_cache() -> None:
    """Invalidate every cached reader page: bump the generation in the caller's transaction (publish,
    unpublish, a correction), so readers see the change from its commit on; this process rereads then."""
    with transaction.atomic():
        if not ReaderCacheGeneration.objects.filter(pk=1).update(number=F("number") + 1):
            # never made, or removed: a fresh number from the clock, above any used before
            ReaderCacheGeneration.objects.get_or_create(pk=1, defaults={"number": time.time_ns()})
    _forget_generation()
    transaction.on_commit(_forget_generation)
