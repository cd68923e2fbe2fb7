"""The readers' page cache: whole reader pages (and anonymous API answers) in the shared Django cache, on top
of the stored editions.

Keys carry a generation number, and clearing the cache bumps it: one number retires every cached reader
page at once in every web process, which is what publish, unpublish and corrections need (the home page,
feed, sitemap and search results all change with them). The number lives in the database
(ReaderCacheGeneration) and is bumped in the same transaction as the change, so a takedown takes effect
with its commit even when the shared cache is down or flushed. A generation is never reused: the first one
starts from the clock.

Every cached request reads the number once, with one plain SQL statement (tens of microseconds: the ORM
would take longer than a cached page), and uses it for both its read and its store: a clear reaches every
web process with its commit, not a moment later. A process also keeps the pages it read or stored under the
number for PAGES_KEPT_SECONDS (forgotten at once when the number moves): a page asked for again within that
time costs no shared-cache read. So a page stays in a process at most PAGES_KEPT_SECONDS past the end of
its lifetime in the shared cache (which only matters for a story dated a few seconds ahead, below), never
past a clear.

Pages are stored gzip-compressed: a hit goes out as it is stored to every client that accepts gzip (every
browser), and is decompressed for the rest. Keys are built from validated request parts only (a slug, a
page number, a hashed query), never from the raw query string, so nobody can fill the cache with junk URLs.
Only 200 responses are stored. A story scheduled to appear soon shortens the lifetime, so it shows up on
time without a clear. The shared cache may be down: a page that cannot be read or stored is rendered
uncached, and nothing a reader sees fails with it.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import logging
import math
import re
import time
from functools import wraps
from typing import NamedTuple

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import F
from django.http import HttpResponse
from django.urls import get_script_prefix
from django.utils import timezone
from django.utils.cache import patch_vary_headers

from stories.models import ReaderCacheGeneration
from stories.selectors import next_scheduled_publication

log = logging.getLogger(__name__)

CACHE_HEADER = "X-Reader-Cache"
ACCEPTS_GZIP = re.compile(r"\bgzip\b")  # as django.middleware.gzip reads Accept-Encoding
# What a stored page looks like: a new format gets new keys, so a deploy never reads pages an older
# release stored.
PAGE_FORMAT = "p4"
PAGES_KEPT_SECONDS = 1
# At most this many pages kept in a process at a time: every story of a busy second, but not a second's
# worth of distinct search results.
PAGES_KEPT = 200


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


class _Generation(NamedTuple):
    """The generation as this process read it, and the pages it has read or stored under it since."""

    number: int
    read_at: float  # monotonic
    pages: dict[str, tuple[bytes, str]]


_seen: _Generation | None = None


@functools.cache
def _generation_sql() -> str:
    q = connection.ops.quote_name
    return f"SELECT {q('number')} FROM {q(ReaderCacheGeneration._meta.db_table)} WHERE {q('id')} = 1"


def reader_cache_generation() -> int:
    """The current generation, as committed (never a write: a migration makes the row; without it, 0 until
    the first clear makes it)."""
    with connection.cursor() as cursor:
        cursor.execute(_generation_sql())
        row = cursor.fetchone()
    return row[0] if row else 0


def _current() -> _Generation:
    """The generation read now, with the pages this process kept under it in the last PAGES_KEPT_SECONDS."""
    global _seen
    number = reader_cache_generation()
    seen = _seen
    if seen is None or seen.number != number or time.monotonic() - seen.read_at >= PAGES_KEPT_SECONDS:
        _seen = seen = _Generation(number, time.monotonic(), {})
    return seen


def forget_generation() -> None:
    """Forget the pages this process keeps (tests, whose database starts over with an old number)."""
    global _seen
    _seen = None


def clear_reader_cache() -> None:
    """Invalidate every cached reader page: bump the generation in the caller's transaction (publish,
    unpublish, a correction), so every process serves the new pages from its commit on."""
    with transaction.atomic():
        if not ReaderCacheGeneration.objects.filter(pk=1).update(number=F("number") + 1):
            # never made, or removed: a fresh number from the clock, above any used before
            ReaderCacheGeneration.objects.get_or_create(pk=1, defaults={"number": time.time_ns()})


def _page_key(generation: _Generation, view_name: str, request, parts) -> str:
    where = (request.scheme, request.get_host(), get_script_prefix())
    return ":".join(map(str, ("reader", PAGE_FORMAT, generation.number, view_name, *where, *parts)))


def _read_page(generation: _Generation, key: str):
    """(gzipped page, content type): kept in this process under the generation, else as the shared cache
    stores it; None when the cache has none or is down."""
    page = generation.pages.get(key)
    if page is not None:
        return page
    try:
        page = cache.get(key)
    except Exception as exc:  # noqa: BLE001 - any cache failure: render the page uncached
        log.warning("reader cache unavailable, page rendered uncached: %s", exc)
        return None
    if page is not None:
        _keep(generation, key, page)
    return page


def _store_page(generation: _Generation, key: str, page: tuple[bytes, str], lifetime: int) -> None:
    try:
        cache.set(key, page, lifetime)
    except Exception as exc:  # noqa: BLE001 - any cache failure: the page was served, only not stored
        log.warning("reader cache unavailable, page not stored: %s", exc)
        return
    _keep(generation, key, page)


def _keep(generation: _Generation, key: str, page: tuple[bytes, str]) -> None:
    if len(generation.pages) < PAGES_KEPT:
        generation.pages[key] = page


def _lifetime(seconds: int) -> int:
    upcoming = next_scheduled_publication()
    if upcoming is not None:
        seconds = min(seconds, max(1, math.ceil((upcoming - timezone.now()).total_seconds())))
    return seconds


def _from_cache(request, compressed: bytes, content_type: str) -> HttpResponse:
    if ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", "")):
        response = HttpResponse(compressed, content_type=content_type)
        response["Content-Encoding"] = "gzip"
    else:
        response = HttpResponse(gzip.decompress(compressed), content_type=content_type)
    response[CACHE_HEADER] = "hit"
    response["Vary"] = "Accept-Encoding"  # a new response: nothing to merge with
    return response


class PageSlot(NamedTuple):
    """Where one request's page is cached: its key under the generation the request read."""

    generation: _Generation
    key: str


def page_slot(request, view_name: str, parts) -> PageSlot | None:
    """The slot of a GET or HEAD request's page, its key made of the generation, the view, the host and
    parts (validated request parts); None when the cache is off (READER_CACHE_SECONDS <= 0, as the
    benchmark measures the uncached page) or parts is None (the view's way to skip the cache)."""
    if settings.READER_CACHE_SECONDS <= 0 or parts is None or request.method not in ("GET", "HEAD"):
        return None
    generation = _current()
    return PageSlot(generation, _page_key(generation, view_name, request, parts))


def cached_page(request, slot: PageSlot) -> HttpResponse | None:
    """The page stored in the slot, as a response for this request; None on a miss."""
    hit = _read_page(slot.generation, slot.key)
    return None if hit is None else _from_cache(request, *hit)


def store_page(slot: PageSlot, response):
    """Store a 200 response in the slot (rendered first if it is a template or API response); returns it."""
    if response.status_code == 200 and not response.streaming:
        if hasattr(response, "render") and not response.is_rendered:
            response.render()
        page = (gzip.compress(response.content, compresslevel=6, mtime=0), response["Content-Type"])
        _store_page(slot.generation, slot.key, page, _lifetime(settings.READER_CACHE_SECONDS))
        response[CACHE_HEADER] = "miss"
        patch_vary_headers(response, ("Accept-Encoding",))
    return response


def cached_reader_page(key_parts):
    """Cache a view's 200 responses under a key of the generation, the view, the host and
    key_parts(request, **kwargs); key_parts may return None to skip the cache for that request."""

    def decorator(view):
        name = view.__name__

        @wraps(view)
        def wrapper(request, *args, **kwargs):
            parts = key_parts(request, *args, **kwargs) if request.method in ("GET", "HEAD") else None
            slot = page_slot(request, name, parts)
            if slot is None:
                return view(request, *args, **kwargs)
            hit = cached_page(request, slot)
            return hit if hit is not None else store_page(slot, view(request, *args, **kwargs))

        return wrapper

    return decorator
