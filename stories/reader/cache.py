"""Whole-page cache for reader views, keyed by the reader cache generation (see services/reader_cache).

Pages are stored in the shared cache and, for the process's next hits, in its memory (see
services/reader_cache), gzip-compressed: a hit goes out as it is stored to every client that accepts gzip
(every browser), and is decompressed for the rest. Keys are built from validated request parts only (a slug, a page number, a hashed query), never from
the raw query string, so nobody can fill the cache with junk URLs. Only 200 responses are stored. A
story scheduled to appear soon shortens the lifetime, so it shows up on time without a cache clear.
"""

from __future__ import annotations

import gzip
import hashlib
import math
import re
from functools import wraps

from django.conf import settings
from django.http import HttpResponse
from django.urls import get_script_prefix
from django.utils import timezone
from django.utils.cache import patch_vary_headers

from stories.services.reader_cache import read_page, reader_cache_key, store_page

CACHE_HEADER = "X-Reader-Cache"
ACCEPTS_GZIP = re.compile(r"\bgzip\b")  # as django.middleware.gzip reads Accept-Encoding


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _lifetime(seconds: int) -> int:
    from stories.selectors import next_scheduled_publication

    upcoming = next_scheduled_publication()
    if upcoming is not None:
        seconds = min(seconds, max(1, math.ceil((upcoming - timezone.now()).total_seconds())))
    return seconds


def cached_reader_page(key_parts):
    """Cache a view's 200 responses under reader_cache_key(view, host, *key_parts(request, **kwargs)).

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
            key = reader_cache_key(name, request.scheme, request.get_host(), get_script_prefix(), *parts)
            hit = read_page(key)
            if hit is not None:
                compressed, content_type = hit
                if ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", "")):
                    response = HttpResponse(compressed, content_type=content_type)
                    response["Content-Encoding"] = "gzip"
                else:
                    response = HttpResponse(gzip.decompress(compressed), content_type=content_type)
                response[CACHE_HEADER] = "hit"
                patch_vary_headers(response, ("Accept-Encoding",))
                return response
            response = view(request, *args, **kwargs)
            if response.status_code == 200 and not response.streaming:
                if hasattr(response, "render") and not response.is_rendered:
                    response.render()
                store_page(
                    key,
                    (gzip.compress(response.content, compresslevel=6, mtime=0), response["Content-Type"]),
                    _lifetime(seconds),
                )
                response[CACHE_HEADER] = "miss"
                patch_vary_headers(response, ("Accept-Encoding",))
            return response

        return wrapper

    return decorator
