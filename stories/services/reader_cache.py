"""The readers' page cache: keys carry a generation number, and clearing the cache bumps it.

Bumping one number invalidates every cached reader page at once in every web process (the cache is
shared), which is what publish, unpublish and corrections need: the home page, feed, sitemap and
search results all change with them.

A generation is never reused: a missing one (first use, a flushed or evicted cache) starts from the
clock, so pages stored under an older number can never come back. Each process remembers the number
it read for a second, so a cached page costs one cache read instead of two; another process's bump
reaches it within that second (the process that bumps sees its own bump at once). Pages read from
the shared cache are kept in the process too (stories.reader.cache), under the same keys, so they
go stale no later than the generation does.
"""
from __future__ import annotations

import time

from django.core.cache import cache

GENERATION_KEY = "reader:generation"
GENERATION_REREAD_SECONDS = 1.0

LOCAL_PAGES = 300  # pages a web process keeps in memory (a story page is about 20 KB compressed)

_seen: tuple[int, float] | None = None  # (generation, monotonic time it was read)
_local = None


def _remember(generation: int) -> int:
    global _seen
    _seen = (generation, time.monotonic())
    return generation


def reader_cache_generation() -> int:
    seen = _seen
    if seen is not None and time.monotonic() - seen[1] < GENERATION_REREAD_SECONDS:
        return seen[0]
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
        generation = cache.get(GENERATION_KEY) or time.time_ns()
    return _remember(generation)


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
    (then copied here for the rest of its lifetime); None when neither has it."""
    local = _local_pages()
    stored = local.get(key)
    if stored is None:
        stored = cache.get(key)
        if stored is None:
            return None
        local.set(key, stored, max(1, stored[1] - time.time()))
    return stored[0]


def store_page(key: str, page, lifetime: float) -> None:
    """Store a page for `lifetime` seconds, in the shared cache and in this process's copy."""
    stored = (page, time.time() + lifetime)
    cache.set(key, stored, lifetime)
    _local_pages().set(key, stored, lifetime)


# What a stored page looks like (stories.reader.cache); a new format gets new keys, so a deploy never
# reads pages an older release stored.
PAGE_FORMAT = "p3"


def reader_cache_key(*parts) -> str:
    return ":".join(["reader", PAGE_FORMAT, str(reader_cache_generation()), *map(str, parts)])


def clear_reader_cache() -> None:
    """Invalidate every cached reader page (call after publish, unpublish or a correction commits)."""
    try:
        generation = cache.incr(GENERATION_KEY)
    except ValueError:  # missing (never set, flushed or evicted): a fresh number nobody has used
        generation = time.time_ns()
        cache.set(GENERATION_KEY, generation, timeout=None)
    _remember(generation)
