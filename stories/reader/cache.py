"""The readers' page cache: whole reader pages in the shared Django cache, on top of the stored editions.

Keys carry a generation number, and clearing the cache bumps it: one number retires every cached reader
page at once in every web process, which is what publish, unpublish and corrections need (the home page,
feed, sitemap and search results all change with them). The number lives in the database
(ReaderCacheGeneration) and is bumped in the same transaction as the change, so a takedown takes effect
with its commit even when the shared cache is down or flushed. A generation is never reused: the first one
starts from the clock.

Each web process reads the number at most once a second (GENERATION_SECONDS), so a cached page costs one
shared-cache read and no query; a clear reaches the process that made it at its commit and the others within
that second. For the rest of that second the process also keeps the pages it read or stored under the number
(forgotten with it when the number is read again): a page asked for again within the second costs no
shared-cache read either, and is never older than the number it was kept under. So a page stays in a process
at most GENERATION_SECONDS past the end of its lifetime in the shared cache, the slack a clear already has.

Pages are stored gzip-compressed: a hit goes out as it is stored to every client that accepts gzip (every
browser), and is decompressed for the rest. Keys are built from validated request parts only (a slug, a
page number, a hashed query), never from the raw query string, so nobody can fill the cache with junk URLs.
Only 200 responses are stored. A story scheduled to appear soon shortens the lifetime, so it shows up on
time without a clear. The shared cache may be down: a page that cannot be read or stored is rendered
uncached, and nothing a reader sees fails with it.
"""

from __future__ import annotations

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
from django.db import transaction
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
GENERATION_SECONDS = 1
# At most this many pages kept in a process per generation read: every story of a busy second, but not a
# second's worth of distinct search results.
PAGES_KEPT = 200


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


class _Generation(NamedTuple):
    """The generation as this process last read it, and the pages it has read or stored under it since."""

    number: int
    read_at: float  # monotonic
    pages: dict[str, tuple[bytes, str]]


_seen: _Generation | None = None


def _current() -> _Generation:
    """The generation this process holds: read from the database at most once a GENERATION_SECONDS (never a
    write: a migration makes the row; without it, 0 until the first clear makes it)."""
    global _seen
    seen = _seen
    if seen is not None and time.monotonic() - seen.read_at < GENERATION_SECONDS:
        return seen
    number = ReaderCacheGeneration.objects.filter(pk=1).values_list("number", flat=True).first() or 0
    _seen = seen = _Generation(number, time.monotonic(), {})
    return seen


def reader_cache_generation() -> int:
    """The current generation (see _current)."""
    return _current().number


def forget_generation() -> None:
    """Read the generation again on the next page (after a clear; tests, whose database starts over)."""
    global _seen
    _seen = None


def clear_reader_cache() -> None:
    """Invalidate every cached reader page: bump the generation in the caller's transaction (publish,
    unpublish, a correction), so readers see the change from its commit on: this process at once, the others
    within GENERATION_SECONDS."""
    with transaction.atomic():
        if not ReaderCacheGeneration.objects.filter(pk=1).update(number=F("number") + 1):
            # never made, or removed: a fresh number from the clock, above any used before
            ReaderCacheGeneration.objects.get_or_create(pk=1, defaults={"number": time.time_ns()})
    forget_generation()
    transaction.on_commit(forget_generation)


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


def cached_reader_page(key_parts):
    """Cache a view's 200 responses under a key of the generation, the view, the host and
    key_parts(request, **kwargs).

    key_parts may return None to skip the cache for that request. READER_CACHE_SECONDS <= 0 turns
    the cache off (the benchmark measures the uncached page that way).
    """

    def decorator(view):
        name = view.__name__

        @wraps(view)
        def wrapper(request, *args, **kwargs):
            seconds = settings.READER_CACHE_SECONDS
            parts = key_parts(request, *args, **kwargs) if request.method in ("GET", "HEAD") else None
            if seconds <= 0 or parts is None:
                return view(request, *args, **kwargs)
            generation = _current()
            key = _page_key(generation, name, request, parts)
            hit = _read_page(generation, key)
            if hit is not None:
                return _from_cache(request, *hit)
            response = view(request, *args, **kwargs)
            if response.status_code == 200 and not response.streaming:
                if hasattr(response, "render") and not response.is_rendered:
                    response.render()
                page = (gzip.compress(response.content, compresslevel=6, mtime=0), response["Content-Type"])
                _store_page(generation, key, page, _lifetime(seconds))
                response[CACHE_HEADER] = "miss"
                patch_vary_headers(response, ("Accept-Encoding",))
            return response

        return wrapper

    return decorator
