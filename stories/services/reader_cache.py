"""The readers' page cache: keys carry a generation number, and clearing the cache bumps it.

Bumping one number invalidates every cached reader page at once in every web process (the cache is
shared), which is what publish, unpublish and corrections need: the home page, feed, sitemap and
search results all change with them.
"""
from django.core.cache import cache

GENERATION_KEY = "reader:generation"


def reader_cache_generation() -> int:
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        generation = cache.get(GENERATION_KEY, 1)
    return generation


def reader_cache_key(*parts) -> str:
    return ":".join(["reader", str(reader_cache_generation()), *map(str, parts)])


def clear_reader_cache() -> None:
    """Invalidate every cached reader page (call after publish, unpublish or a correction commits)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # not set yet: nothing cached under it either
        cache.set(GENERATION_KEY, 2, timeout=None)
